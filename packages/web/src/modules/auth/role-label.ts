import type { Me } from './hooks/useViewer';

/**
 * The role to show in the header for the zone in view: redacteur, lezer, coach or beheerder.
 * Display only: what the user may do comes from the server's `viewerCan…` fields.
 */
export function roleLabel(me: Me, zoneSlug: string | null): string {
  const membership = me.zones.find((m) => m.zone.slug === zoneSlug) ?? me.zones[0];
  if (me.isAdmin) return 'Beheerder';
  if (membership) return membership.role === 'EDITOR' ? 'Redacteur' : 'Lezer';
  if (me.coachedRegions.length > 0) return 'Coach';
  return 'Lezer';
}
