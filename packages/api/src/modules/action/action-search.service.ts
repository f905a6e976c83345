// Finding actions across zones: the filters external tools and coaches need, keyset-paginated.
//
// The SQL is written by hand (action.queries.ts) rather than built by TypeORM: an external tool paging through a year
// asks for this page over and over, and building the statement through the query builder cost
// more CPU than reading the rows. In plan order (year, zone, position) a page walks the plans in
// that order and reads each plan's actions along the (plan, position) index, so PostgreSQL stops
// after the page's rows instead of sorting every action of the year for each page.
import { escapeLike } from '../../db/like';
import { SqlParams } from '../../db/sql-params';
import { fromGlobalId } from '../../common/global-id';
import { searchText } from '../../common/validate';
import { decodeCursor, encodeCursor, normalizeCursorValue, pageOf, pageSize, type Connection, type CursorKey } from '../../graphql/connection';
import type { Context } from '../auth/context';
import { VisibilitySql } from '../auth/visibility';
import { hydrate, hydratePartial, preparedQuery, selectList } from '../../db/reader';
import { Action } from './action.entity';
import type { ActionFilter, ActionSort } from './action-search.inputs';
import { countActionsSql, pageOfKeysSql, planOrderKeysSql, rankedActionsSql, sortKeysSql } from './action.queries';

/** Each sort's keys (the row id breaks ties), with the SQL type a cursor value is read as. */
const SORT_KEYS: Record<ActionSort, CursorKey[]> = {
  // Year, zone name, position in the plan.
  PLAN: ['int', 'text', 'int'],
  TITLE: ['text'],
  // Milliseconds: the cursor carries the value through a JS Date without losing precision.
  UPDATED_AT: ['timestamptz'],
};

const ids = (values: string[] | null | undefined, type: string, field: string) => (values ?? []).map((v, i) => fromGlobalId(v, type, `filter.${field}.${i}`).id);

/**
 * The conditions of a filter: on the plan (aliases `p` action_plan, `z` its zone) and on the
 * action (`e`, with `p` giving its plan's `status` and `zone_id`). Visibility is one of them.
 */
export function conditions(ctx: Context, filter: ActionFilter, params: SqlParams): { plan: string[]; action: string[] } {
  const plan: string[] = [];
  const action: string[] = [];
  const zoneIds = ids(filter.zoneIds, 'Zone', 'zoneIds');
  if (zoneIds.length) plan.push(`p.zone_id = ANY(${params.add(zoneIds, '::uuid[]')})`);
  const regionIds = ids(filter.regionIds, 'Region', 'regionIds');
  if (regionIds.length) plan.push(`z.region_id = ANY(${params.add(regionIds, '::uuid[]')})`);
  if (filter.years?.length) plan.push(`p.year = ANY(${params.add(filter.years, '::int[]')})`);
  if (filter.planStatuses?.length) plan.push(`p.status = ANY(${params.add(filter.planStatuses, '::plan_status[]')})`);
  // What the caller may see (auth/visibility.ts).
  const visibility = new VisibilitySql(ctx.viewer, (value) => params.add(value, ''));
  if (!visibility.unrestricted) action.push(visibility.actionWithPlan('e', 'p'));
  if (filter.progressStatuses?.length) action.push(`e.progress_status = ANY(${params.add(filter.progressStatuses, '::progress_status[]')})`);
  if (filter.fundings?.length) action.push(`e.funding = ANY(${params.add(filter.fundings, '::funding_kind[]')})`);
  const themeIds = ids(filter.themeIds, 'Theme', 'themeIds');
  if (themeIds.length) action.push(`EXISTS (SELECT 1 FROM action_theme at WHERE at.action_id = e.id AND at.theme_id = ANY(${params.add(themeIds, '::uuid[]')}))`);
  if (filter.themeSlugs?.length) {
    action.push(`EXISTS (SELECT 1 FROM action_theme at JOIN theme th ON th.id = at.theme_id WHERE at.action_id = e.id AND th.slug = ANY(${params.add(filter.themeSlugs, '::text[]')}))`);
  }
  const ownerZoneIds = ids(filter.ownerZoneIds, 'Zone', 'ownerZoneIds');
  if (ownerZoneIds.length) action.push(`EXISTS (SELECT 1 FROM action_owner ao WHERE ao.action_id = e.id AND ao.zone_id = ANY(${params.add(ownerZoneIds, '::uuid[]')}))`);
  if (filter.shared != null) action.push(`${filter.shared ? '' : 'NOT '}EXISTS (SELECT 1 FROM action_owner ao2 WHERE ao2.action_id = e.id AND ao2.zone_id <> p.zone_id)`);
  const workingGroupIds = ids(filter.workingGroupIds, 'WorkingGroup', 'workingGroupIds');
  if (workingGroupIds.length) {
    action.push(`EXISTS (SELECT 1 FROM action_working_group aw WHERE aw.action_id = e.id AND aw.working_group_id = ANY(${params.add(workingGroupIds, '::uuid[]')}))`);
  }
  const projectIds = ids(filter.projectIds, 'Project', 'projectIds');
  if (projectIds.length) action.push(`EXISTS (SELECT 1 FROM action_project ap WHERE ap.action_id = e.id AND ap.project_id = ANY(${params.add(projectIds, '::uuid[]')}))`);
  if (filter.updatedSince) action.push(`e.updated_at >= ${params.add(filter.updatedSince, '::timestamptz')}`);
  const search = searchText(filter.search, 'filter.search');
  if (search) {
    // The action's search document (every text of the sheet and what it links to) against
    // the query the text becomes (search_queries: stems, synonyms, compound parts, typos,
    // the last word as a prefix), or a substring of the title. Not correlated: the query is built once.
    const like = `%${escapeLike(search)}%`;
    action.push(`(e.id IN (SELECT s.action_id FROM action_search s, search_queries(${params.add(search, '::text')}) q WHERE s.document @@ q.every_word)
      OR e.title ILIKE ${params.add(like, '::text')})`);
  }
  return { plan, action };
}

export class ActionSearchService {
  constructor(private readonly ctx: Context) {}

  /** `columns`: the properties to read of each action (all when absent); the page's actions are not shared with other loaders. */
  async search(
    filter: ActionFilter = {},
    sort: ActionSort = 'PLAN',
    descending = false,
    page: { first?: number | null; after?: string | null } = {},
    columns: string[] | null = null,
  ): Promise<Connection<Action>> {
    const metadata = this.ctx.db.getMetadata(Action);
    const statement = this.pageStatement(filter, sort, descending, page, () => selectList(metadata, 'e', columns));
    const rows = await preparedQuery(this.ctx.db, statement.sql, statement.params.values);
    return statement.connection(rows, (row) => hydratePartial<Action>(metadata, 'e', row, columns));
  }

  /**
   * The statement of a page of actions, with `select` as its select list over the action `e`
   * (given the statement's parameters, to add its own), and the connection its rows make: `node`
   * turns a row into a page item. The cursors are made of the rows' sort keys (`sortN`) and id,
   * which `select` must give as `e_id` (selectList does). `params` may already hold values (the
   * statement's numbering goes on after them).
   */
  pageStatement(
    filter: ActionFilter,
    sort: ActionSort,
    descending: boolean,
    page: { first?: number | null; after?: string | null },
    select: (params: SqlParams) => string,
    params = new SqlParams(),
  ): { sql: string; params: SqlParams; connection: <T>(rows: Record<string, unknown>[], node: (row: Record<string, unknown>) => T) => Connection<T> } {
    this.ctx.viewer.requireSignedIn();
    const first = pageSize(page);
    const { plan, action } = conditions(this.ctx, filter, params);
    const countParams = params.values.slice();
    const dir = descending ? 'DESC' : 'ASC';
    const types = SORT_KEYS[sort];
    const cursor = page.after ? decodeCursor(page.after, types).map((value, i) => params.add(value, `::${types[i] ?? 'uuid'}`)) : null;
    const op = descending ? '<' : '>';
    const limit = params.add(first + 1, '::int');
    let keys: string;
    if (sort === 'PLAN') {
      // Plans in (year, zone name) order, and in each its actions along the (plan, position)
      // index: PostgreSQL reads plans until the page is full, not every action of the year.
      const planWhere = [...plan, ...(cursor ? [`(p.year, z.name) ${op}= (${cursor[0]}, ${cursor[1]})`] : [])];
      const actionWhere = ['e.action_plan_id = p.id', ...action, ...(cursor ? [`(p.year, p.zone_name, e.position, e.id) ${op} (${cursor.join(', ')})`] : [])];
      keys = planOrderKeysSql(planWhere, actionWhere, dir, limit);
    } else {
      const expression = sort === 'TITLE' ? 'e.title' : "date_trunc('milliseconds', e.updated_at)";
      const all = [...plan, ...action, ...(cursor ? [`(${expression}, e.id) ${op} (${cursor.join(', ')})`] : [])];
      keys = sortKeysSql(expression, all, dir, limit);
    }
    const sortColumns = types.map((_, i) => `k.s${i}`);
    // The keys first (narrow rows sort fast), then whole rows for this page only.
    const sql = pageOfKeysSql(select(params), sortColumns, keys, dir);
    const countSql = countActionsSql([...plan, ...action]);
    let counted: Promise<number> | undefined;
    return {
      sql,
      params,
      connection: (rows, node) =>
        pageOf(
          rows.map(node),
          first,
          page.after,
          (_item, i) => encodeCursor([...types.map((_, k) => normalizeCursorValue(rows[i]![`sort${k}`])), rows[i]!.e_id]),
          () => (counted ??= preparedQuery(this.ctx.db, countSql, countParams).then((r) => r[0]!.n as number)),
        ),
    };
  }

  /**
   * Actions ranked by relevance to `text` (the global search), among those the filter (and the
   * viewer's visibility) allows, each with a snippet of its texts whose matching words are
   * marked «…». Actions holding every word come first; then, for a text of two words or more (or
   * when none holds every word), those holding some of them.
   * One statement: the query, the ranking and the snippets are computed in PostgreSQL.
   */
  async ranked(text: string, filter: ActionFilter, limit: number): Promise<RankedAction[]> {
    this.ctx.viewer.requireSignedIn();
    const params = new SqlParams();
    const { plan, action } = conditions(this.ctx, { ...filter, search: null }, params);
    const query = params.add(text, '::text');
    const metadata = this.ctx.db.getMetadata(Action);
    const sql = rankedActionsSql(query, [...plan, ...action], params.add(limit, '::int'), selectList(metadata, 'e'));
    const rows = await preparedQuery(this.ctx.db, sql, params.values);
    return rows.map((row) => ({
      action: hydrate<Action>(metadata, 'e', row),
      rank: Number(row.search_rank),
      snippet: (row.search_snippet as string | null)?.trim() || null,
    }));
  }
}

export interface RankedAction {
  action: Action;
  rank: number;
  /** Plain text with the matching words between « and ». */
  snippet: string | null;
}
