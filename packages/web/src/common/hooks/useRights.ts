import { useQuery } from '@apollo/client/react';
import type { ViewerRightsQuery as ViewerRightsData } from '@/gql/graphql';
import { ViewerRightsQuery } from '../rights';

type Me = NonNullable<ViewerRightsData['me']>;

export interface Rights {
  me: Me | null;
  /** Editors of the zone (and administrators). */
  canEditZone: (zoneId: string) => boolean;
  /** Shared work: editors of any owner zone. */
  canEditShared: (ownerZoneIds: readonly string[]) => boolean;
  /** Remarks: coaches of the zone's region, members of the zone, administrators. */
  canRemarkOn: (zoneId: string, regionId: string) => boolean;
  /** Zones the user edits. */
  editorZones: Me['zones'][number]['zone'][];
}

export function rightsOf(me: Me | null): Rights {
  const isAdmin = me?.isAdmin ?? false;
  const editorZones = (me?.zones ?? []).filter((m) => m.role === 'EDITOR').map((m) => m.zone);
  const editorIds = new Set(editorZones.map((z) => z.id));
  const memberIds = new Set((me?.zones ?? []).map((m) => m.zone.id));
  const coachIds = new Set((me?.coachedRegions ?? []).map((r) => r.id));
  const canEditZone = (zoneId: string): boolean => isAdmin || editorIds.has(zoneId);
  return {
    me,
    editorZones,
    canEditZone,
    canEditShared: (ids) => ids.some(canEditZone),
    canRemarkOn: (zoneId, regionId) => isAdmin || coachIds.has(regionId) || memberIds.has(zoneId),
  };
}

/** The rights of the signed-in user; `loading` until known (show no edit controls meanwhile). */
export function useRights(): Rights & { loading: boolean } {
  const { data } = useQuery(ViewerRightsQuery);
  return { ...rightsOf(data?.me ?? null), loading: !data };
}
