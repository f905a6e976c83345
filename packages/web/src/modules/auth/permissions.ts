import type { ViewerQuery } from '@/gql/graphql';

export type Me = NonNullable<ViewerQuery['me']>;
export type Membership = Me['zones'][number];

/** The zones the user edits (administrators edit every zone; the API decides in the end). */
export function editsZone(me: Me | null | undefined, zoneId: string): boolean {
  if (!me) return false;
  return me.isAdmin || me.zones.some((m) => m.role === 'EDITOR' && m.zone.id === zoneId);
}

export function isMemberOf(me: Me | null | undefined, zoneId: string): boolean {
  return Boolean(me?.zones.some((m) => m.zone.id === zoneId));
}

/** Shared work: every editor of any owner zone may edit it. */
export function editsShared(me: Me | null | undefined, owners: ReadonlyArray<{ zone: { id: string } }>): boolean {
  if (!me) return false;
  return me.isAdmin || owners.some((owner) => editsZone(me, owner.zone.id));
}

/** The role to show in the header for the zone in view: redacteur, lezer, coach or beheerder. */
export function roleLabel(me: Me, zoneSlug: string | null): string {
  const membership = me.zones.find((m) => m.zone.slug === zoneSlug) ?? me.zones[0];
  if (me.isAdmin) return 'Beheerder';
  if (membership) return membership.role === 'EDITOR' ? 'Redacteur' : 'Lezer';
  if (me.coachedRegions.length > 0) return 'Coach';
  return 'Lezer';
}
