import { useRights } from '@/common/hooks/useRights';
import type { OwnersPanelFieldsFragment, PendingInvitationFieldsFragment } from '@/gql/graphql';

export interface OwnersPanelRights {
  /** Invite zones, withdraw invitations, change roles, remove owners. */
  canManage: boolean;
  /** Accept or decline an invitation to the viewer's zone. */
  canAnswer: (invitation: PendingInvitationFieldsFragment) => boolean;
}

/**
 * Which buttons the owners panel shows: the one place that decides it. For now from the user's
 * zones (useRights); to be replaced by the server's `viewerCanManageOwners` and its invitation
 * counterpart. The API decides in the end (FORBIDDEN).
 */
export function useOwnersPanelRights(subject: OwnersPanelFieldsFragment): OwnersPanelRights {
  const rights = useRights();
  if (rights.loading) return { canManage: false, canAnswer: () => false };
  return {
    canManage: rights.canEditShared(subject.owners.map((owner) => owner.zone.id)),
    canAnswer: (invitation) => rights.canEditZone(invitation.invitedZone.id),
  };
}
