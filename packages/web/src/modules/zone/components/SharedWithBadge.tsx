import { Badge } from '@/common/components/Badge';
import type { OwnerFieldsFragment } from '@/gql/graphql';
import { joinZoneNames, otherOwners } from '../owners';

/** "gedeeld met ELZ Leuven" when other zones co-own the item; nothing otherwise. */
export function SharedWithBadge({ owners, zoneId }: { owners: readonly OwnerFieldsFragment[]; zoneId: string | undefined }) {
  const others = otherOwners(owners, zoneId);
  if (others.length === 0) return null;
  return <Badge tone="shared">gedeeld met {joinZoneNames(others)}</Badge>;
}
