// The action module's hand-written SQL. The services keep the logic and call these; join tables
// are named by `joinTableOf` (common/write.ts) from the entity's relation metadata.
import type { JoinTable } from '../../common/write';

/** A snapshot column: the sorted targets action $1 links to through `j`, as `"key"` ('{}' when none). */
export const linkedIdsColumn = (j: JoinTable, key: string): string =>
  `coalesce((SELECT array_agg(x.${j.targetColumn} ORDER BY x.${j.targetColumn}) FROM ${j.table} x WHERE x.${j.ownerColumn} = $1), '{}') AS "${key}"`;

/** Who may be an action's contact person (see action-contact.ts): $1 = the plan's zone, $2 = the action (null for a new one); rows: id, name, email. */
export const CONTACT_CANDIDATES_SQL = `
  SELECT DISTINCT u.id, u.name, u.email
  FROM app_user u JOIN zone_membership zm ON zm.user_id = u.id
  WHERE u.disabled_at IS NULL
    AND (zm.zone_id = $1 OR zm.zone_id IN (SELECT zone_id FROM action_owner WHERE action_id = $2))`;

/** CONTACT_CANDIDATES_SQL by name. */
export const CONTACT_CANDIDATES_BY_NAME_SQL = `${CONTACT_CANDIDATES_SQL} ORDER BY u.name, u.email`;

/** A row when user $3 is one of CONTACT_CANDIDATES_SQL. */
export const IS_CONTACT_CANDIDATE_SQL = `SELECT 1 FROM (${CONTACT_CANDIDATES_SQL}) c WHERE c.id = $3`;

/**
 * The links of actions to the working groups or projects :ids (`table`: working_group or
 * project), as (action_id, owner_id); with `lead`, the actions whose `lead` column names one too.
 * A subquery for the query builder.
 */
export const linkedActionIdsSql = (table: string, fk: string, lead: string | undefined): string =>
  `(SELECT j.action_id, j.${fk} AS owner_id FROM action_${table} j WHERE j.${fk} = ANY(:ids)${lead ? ` UNION SELECT l.id, l.${lead} FROM action l WHERE l.${lead} = ANY(:ids)` : ''})`;

/** The trend of indicators $1: each year's indicator of the same name (or itself) along the chain of actions continued from one another, at most $2 years back, with its target and the latest value measured; only actions passing `visible` (alias a). */
export const indicatorTrendsSql = (visible: string): string =>
  `WITH RECURSIVE chain AS (
       SELECT i.id AS root, i.name, i.id AS own, a.id AS action_id, a.continued_from_id, 0 AS depth
         FROM action_indicator i JOIN action a ON a.id = i.action_id WHERE i.id = ANY($1::uuid[])
       UNION ALL
       SELECT c.root, c.name, NULL::uuid, p.id, p.continued_from_id, c.depth + 1
         FROM chain c JOIN action p ON p.id = c.continued_from_id WHERE c.depth < $2
     )
     SELECT c.root, pl.year, c.depth, i.target_value::float AS target, i.target_unit AS unit,
            v.value::float AS measured, v.measured_on::text AS measured_on
       FROM chain c
       JOIN action a ON a.id = c.action_id
       JOIN action_plan pl ON pl.id = a.action_plan_id
       JOIN LATERAL (
         SELECT x.* FROM action_indicator x WHERE x.action_id = a.id
           AND (x.id = c.own OR (c.own IS NULL AND ${sameName('x.name', 'c.name')}))
           ORDER BY x.position LIMIT 1
       ) i ON true
       LEFT JOIN LATERAL (SELECT y.value, y.measured_on FROM indicator_value y WHERE y.indicator_id = i.id ORDER BY y.measured_on DESC, y.created_at DESC LIMIT 1) v ON true
      WHERE ${visible}
      ORDER BY c.root, pl.year, c.depth`;

/** "The same indicator": the same name, case and white space ignored (as milestoneKey in packages/shared). */
function sameName(a: string, b: string): string {
  const key = (x: string) => `lower(regexp_replace(btrim(${x}), '\\s+', ' ', 'g'))`;
  return `${key(a)} = ${key(b)}`;
}

// Finding actions (action-search.service.ts): the filter's conditions are built there, with their parameters numbered in order.

/** Actions with their plan (`p`) and its zone (`z`), as the conditions expect them. */
const ACTIONS_IN_PLANS = 'action e JOIN action_plan p ON p.id = e.action_plan_id JOIN zone z ON z.id = p.zone_id';

const where = (conditions: string[]) => (conditions.length ? `WHERE ${conditions.join(' AND ')}` : '');

/**
 * A page's keys in plan order (`s0` year, `s1` zone name, `s2` position): plans in (year, zone name) order
 * passing `planWhere`, and in each its actions passing `actionWhere` along the (plan, position) index.
 */
export const planOrderKeysSql = (planWhere: string[], actionWhere: string[], dir: string, limit: string): string =>
  `SELECT e.id, p.year AS s0, p.zone_name AS s1, e.position AS s2
        FROM (SELECT p.id, p.year, p.status, p.zone_id, z.name AS zone_name FROM action_plan p JOIN zone z ON z.id = p.zone_id ${where(planWhere)}
              ORDER BY p.year ${dir}, z.name ${dir}, p.id ${dir}) p
        CROSS JOIN LATERAL (SELECT e.id, e.position FROM action e ${where(actionWhere)} ORDER BY e.position ${dir}, e.id ${dir} LIMIT ${limit}) e
        ORDER BY p.year ${dir}, p.zone_name ${dir}, e.position ${dir}, e.id ${dir} LIMIT ${limit}`;

/** A page's keys sorted by `expression` (`s0`) of the actions passing every condition. */
export const sortKeysSql = (expression: string, conditions: string[], dir: string, limit: string): string =>
  `SELECT e.id, ${expression} AS s0 FROM ${ACTIONS_IN_PLANS} ${where(conditions)}
        ORDER BY ${expression} ${dir}, e.id ${dir} LIMIT ${limit}`;

/** The page's rows (the `columns` select list, alias e) for its `keys` statement, with the sort values as `sort0`… */
export const pageOfKeysSql = (columns: string, sortColumns: string[], keys: string, dir: string): string =>
  `SELECT ${columns}, ${sortColumns.map((c, i) => `${c} AS sort${i}`).join(', ')}
      FROM (${keys}) k JOIN action e ON e.id = k.id ORDER BY ${[...sortColumns, 'k.id'].map((c) => `${c} ${dir}`).join(', ')}`;

/** How many actions pass every condition (`n`). */
export const countActionsSql = (conditions: string[]): string => `SELECT count(*)::int AS n FROM ${ACTIONS_IN_PLANS} ${where(conditions)}`;

/**
 * Actions (the `columns` select list, alias e) passing every condition, ranked by relevance to the
 * text parameter `query`, at most `limit`, with `search_rank` and `search_snippet`.
 * Title (A) weighs most; the rank is divided by 1 + log(document length) (flag 1), so long sheets do not win everywhere.
 * The words as typed (with their synonyms) rank; matches through compound parts count a quarter.
 */
export const rankedActionsSql = (query: string, conditions: string[], limit: string, columns: string): string =>
  `WITH q AS (SELECT every_word, any_word, any_exact_word FROM search_queries(${query})),
      hits AS (
        SELECT e.id, s.document @@ q.every_word AS every_word,
          ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', s.document, q.any_exact_word, 1) + 0.25 * ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', s.document, q.any_word, 1) AS rank
        FROM ${ACTIONS_IN_PLANS} JOIN action_search s ON s.action_id = e.id CROSS JOIN q
        WHERE s.document @@ q.any_word${conditions.map((c) => ` AND ${c}`).join('')}
      ),
      top AS (
        SELECT * FROM hits WHERE every_word OR NOT EXISTS (SELECT 1 FROM hits h WHERE h.every_word)
        ORDER BY every_word DESC, rank DESC, id LIMIT ${limit}
      )
      SELECT ${columns}, top.rank AS search_rank,
        ts_headline('dutch', s.body, CASE WHEN s.document @@ q.any_exact_word THEN q.any_exact_word ELSE q.any_word END,
          'StartSel=«, StopSel=», MaxWords=22, MinWords=8, MaxFragments=2, FragmentDelimiter=" … "') AS search_snippet
      FROM top JOIN action e ON e.id = top.id JOIN action_search s ON s.action_id = e.id CROSS JOIN q
      ORDER BY top.every_word DESC, top.rank DESC, top.id`;
