import { OWNER_ROLE_LABELS } from '@kruispunt/shared';
import type { OwnerFieldsFragment } from '@/gql/graphql';

const listFormat = new Intl.ListFormat('nl-BE', { type: 'conjunction' });

/** Owners other than the given zone: the ones a shared item is shared with. */
export function otherOwners(owners: readonly OwnerFieldsFragment[], zoneId: string | undefined): OwnerFieldsFragment[] {
  return owners.filter((owner) => owner.zone.id !== zoneId);
}

/** "ELZ Leuven", "ELZ Leuven en ELZOH", "A, B en C". */
export function joinZoneNames(owners: readonly OwnerFieldsFragment[]): string {
  return listFormat.format(owners.map((owner) => owner.zone.name));
}

/** "ELZ Leuven (mede-trekker)", "ELZ Leuven (mede-trekker) en ELZOH (deelnemer)". */
export function joinZonesWithRoles(owners: readonly OwnerFieldsFragment[]): string {
  return listFormat.format(owners.map((owner) => `${owner.zone.name} (${OWNER_ROLE_LABELS[owner.role].toLowerCase()})`));
}
