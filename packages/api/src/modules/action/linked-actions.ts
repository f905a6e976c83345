// The actions that belong to a working group or project, from every zone's plan: those linked to
// it (action_working_group, action_project) and, for a working group, those whose lead it is.
// One statement for every group or project asked in the same request, visibility applied once.
import type { DataSource } from 'typeorm';
import { rawAndEntities } from '../../db/reader';
import { scopeQuery } from '../auth/visibility';
import type { Viewer } from '../auth/viewer';
import { Action } from './action.entity';
import { linkedActionIdsSql } from './action.queries';

export type LinkedTable = 'working_group' | 'project';

/** The action column naming a lead of this kind (an action's lead can be a working group, never a project). */
const LEAD_COLUMN: Partial<Record<LinkedTable, string>> = { working_group: 'lead_working_group_id' };

/** Per id in `ids`: the actions the viewer may see that belong to it, by title. */
export async function linkedActions(db: DataSource, viewer: Viewer, table: LinkedTable, ids: readonly string[]): Promise<Action[][]> {
  const fk = `${table}_id`;
  const lead = LEAD_COLUMN[table];
  const links = linkedActionIdsSql(table, fk, lead);
  const qb = db
    .getRepository(Action)
    .createQueryBuilder('e')
    .innerJoin(links, 'j', 'j.action_id = e.id')
    .addSelect('j.owner_id', 'owner_id')
    .setParameter('ids', [...ids]);
  const { entities, raw } = await rawAndEntities(scopeQuery(qb, 'Action', 'e', viewer).orderBy('e.title').addOrderBy('e.id'));
  const out = new Map<string, Action[]>(ids.map((id) => [id, []]));
  raw.forEach((row, i) => {
    const action = entities[i];
    if (action) out.get(row.owner_id as string)?.push(action);
  });
  return ids.map((id) => out.get(id) ?? []);
}

/**
 * Per zone id: the actions the viewer may see that the zone co-owns (an action_owner row) while
 * another zone's plan holds them, newest plan year first.
 */
export async function coOwnedActions(db: DataSource, viewer: Viewer, zoneIds: readonly string[]): Promise<Action[][]> {
  const qb = db
    .getRepository(Action)
    .createQueryBuilder('e')
    .innerJoin('action_owner', 'o', 'o.action_id = e.id')
    .innerJoin('action_plan', 'hp', 'hp.id = e.action_plan_id')
    .addSelect('o.zone_id', 'owner_id')
    .where('o.zone_id = ANY(:ids)', { ids: [...zoneIds] })
    .andWhere('hp.zone_id <> o.zone_id');
  const { entities, raw } = await rawAndEntities(scopeQuery(qb, 'Action', 'e', viewer).orderBy('hp.year', 'DESC').addOrderBy('e.title').addOrderBy('e.id'));
  const out = new Map<string, Action[]>(zoneIds.map((id) => [id, []]));
  raw.forEach((row, i) => {
    const action = entities[i];
    if (action) out.get(row.owner_id as string)?.push(action);
  });
  return zoneIds.map((id) => out.get(id) ?? []);
}
