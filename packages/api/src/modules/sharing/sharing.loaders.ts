// Batched reads of pending invitations, through the request's DataLoaders (ctx.loaders.custom):
// one statement per kind of list and request, however many subjects or zones ask.
import { group } from '../../graphql/loaders';
import type { Context } from '../auth/context';
import { OwnershipInvitation, type SharedKind } from './invitation.entity';

/** Pending invitations to co-own one working group, project or action, oldest first. */
export function pendingInvitationsOf(ctx: Context, kind: SharedKind, subjectId: string): Promise<OwnershipInvitation[]> {
  return ctx.loaders
    .custom<OwnershipInvitation[]>(`invitations:subject:${kind}`, async (ids) => {
      const rows = await ctx.db
        .getRepository(OwnershipInvitation)
        .createQueryBuilder('i')
        .where('i.subject_type = :kind AND i.subject_id = ANY(:ids) AND i.status = :status', { kind, ids, status: 'PENDING' })
        .orderBy('i.created_at')
        .addOrderBy('i.id')
        .getMany();
      return group(rows, ids, (r) => r.subjectId);
    })
    .load(subjectId);
}

/** Pending invitations to a zone, oldest first. */
export function pendingInvitationsTo(ctx: Context, zoneId: string): Promise<OwnershipInvitation[]> {
  return ctx.loaders
    .custom<OwnershipInvitation[]>('invitations:zone', async (ids) => {
      const rows = await ctx.db
        .getRepository(OwnershipInvitation)
        .createQueryBuilder('i')
        .where('i.invited_zone_id = ANY(:ids) AND i.status = :status', { ids, status: 'PENDING' })
        .orderBy('i.created_at')
        .addOrderBy('i.id')
        .getMany();
      return group(rows, ids, (r) => r.invitedZoneId);
    })
    .load(zoneId);
}
