import { Link } from 'react-router';
import { OWNER_ROLE_LABELS } from '@kruispunt/shared';
import type { OwnerFieldsFragment } from '@/gql/graphql';

/** Owner zones of shared work with their roles, each linking to its zone. */
export function OwnerList({ owners }: { owners: readonly OwnerFieldsFragment[] }) {
  return (
    <ul className="owner-list">
      {owners.map((owner) => (
        <li key={owner.zone.id}>
          <Link to={`/zones/${owner.zone.slug}`}>{owner.zone.name}</Link> <span className="owner-list__role">({OWNER_ROLE_LABELS[owner.role]})</span>
        </li>
      ))}
    </ul>
  );
}
