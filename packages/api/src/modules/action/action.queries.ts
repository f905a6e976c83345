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
 * Actions holding every word come first; after them, for a text of two words or more (or when none
 * holds every word), those holding some, so a longer question still lists its best partial hits.
 */
export const rankedActionsSql = (query: string, conditions: string[], limit: string, columns: string): string =>
  `WITH q AS (SELECT every_word, any_word, any_exact_word, cardinality(tsvector_to_array(to_tsvector('dutch', ${query}))) AS words FROM search_queries(${query})),
      hits AS (
        SELECT e.id, s.document @@ q.every_word AS every_word,
          ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', s.document, q.any_exact_word, 1) + 0.25 * ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', s.document, q.any_word, 1) AS rank
        FROM ${ACTIONS_IN_PLANS} JOIN action_search s ON s.action_id = e.id CROSS JOIN q
        WHERE s.document @@ q.any_word${conditions.map((c) => ` AND ${c}`).join('')}
      ),
      top AS (
        SELECT hits.* FROM hits CROSS JOIN q
        WHERE hits.every_word OR q.words >= 2 OR NOT EXISTS (SELECT 1 FROM hits h WHERE h.every_word)
        ORDER BY hits.every_word DESC, hits.rank DESC, hits.id LIMIT ${limit}
      )
      SELECT ${columns}, top.rank AS search_rank,
        ts_headline('dutch', s.body, CASE WHEN s.document @@ q.any_exact_word THEN q.any_exact_word ELSE q.any_word END,
          'StartSel=«, StopSel=», MaxWords=22, MinWords=8, MaxFragments=2, FragmentDelimiter=" … "') AS search_snippet
      FROM top JOIN action e ON e.id = top.id JOIN action_search s ON s.action_id = e.id CROSS JOIN q
      ORDER BY top.every_word DESC, top.rank DESC, top.id`;

// The statement of the action relation loaders (action-relations.ts): every requested relation of
// every action as a column of one query over the actions `x` ($1), rows built as JSON.

/** A list relation as a derived table: `k` the action id (`key` of `from`), `v` the JSON array of `row` in `order`, for the actions in parameter `ids`. */
export const groupedRowsSql = (row: string, from: string, key: string, order: string, ids: string): string =>
  `SELECT ${key} AS k, json_agg(${row} ORDER BY ${order}) AS v FROM ${from} WHERE ${key} = ANY(${ids}::uuid[]) GROUP BY ${key}`;

/** A to-one relation as a scalar subquery: the JSON `row` found by `from … where …`, or null. */
export const oneRowSql = (row: string, from: string, where: string): string => `(SELECT ${row} FROM ${from} WHERE ${where})`;

/** The timeline as a derived table: per action in parameter `ids` (`k`), its months (each the JSON `month` of alias r) and its steps' milestones (`v`). */
export const timelineSql = (month: string, ids: string): string =>
  `SELECT r.action_id AS k, json_build_object('months', json_agg(${month} ORDER BY r.month, r.id),
         'steps', (SELECT json_agg(json_build_object('text', s.text, 'month', s.month) ORDER BY s.position) FROM action_step s WHERE s.action_id = r.action_id AND s.month IS NOT NULL)) AS v
       FROM action_month r WHERE r.action_id = ANY(${ids}::uuid[]) GROUP BY r.action_id`;

/** The owner zones of the actions in parameter `ids`. */
export const ownerZonesSql = (ids: string): string => `SELECT o.zone_id FROM action_owner o WHERE o.action_id = ANY(${ids}::uuid[])`;

/** The zones of the plans `q.plan_ids`. */
export const PLAN_ZONES_SQL = 'SELECT p.zone_id FROM action_plan p WHERE p.id = ANY(q.plan_ids)';

/** The actions $1 with each relation's `columns` (joined through `joins`); the first row also carries every action's plan (`plan_ids`). */
export const relationsSql = (columns: string[], joins: string[]): string =>
  `SELECT x.id, ${columns.join(', ')}, CASE WHEN row_number() OVER () = 1 THEN array_agg(x.action_plan_id) OVER () END AS plan_ids
    FROM action x ${joins.join(' ')} WHERE x.id = ANY($1::uuid[])`;

/** The `inner` statement with, in its first row, the zones of `zoneSources` once each (the JSON `zone` of alias z) as `zones`. */
export const withZonesSql = (zone: string, zoneSources: string[], inner: string): string =>
  `SELECT q.*, CASE WHEN q.plan_ids IS NOT NULL THEN (SELECT json_agg(${zone}) FROM zone z WHERE z.id IN (${zoneSources.join(' UNION ')})) END AS zones FROM (${inner}) q`;

/** The action continued from action $1 in a plan of year $2. */
export const CONTINUATION_IN_YEAR_SQL = `SELECT a.id FROM action a JOIN action_plan p ON p.id = a.action_plan_id WHERE a.continued_from_id = $1 AND p.year = $2`;

/** A new action plan of zone $1 in multi-year plan $2 for year $3 with texts $4..$6 (proposed from year $7), unless the zone has one that year. */
export const INSERT_PLAN_SQL = `INSERT INTO action_plan (zone_id, multi_year_plan_id, year, intro_text, target_groups_text, network_text, texts_proposed_from_year)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (zone_id, year) DO NOTHING`;

/** Of the actions $1, those another action continues (`id`). */
export const CONTINUED_SQL = `SELECT DISTINCT continued_from_id AS id FROM action WHERE continued_from_id = ANY($1)`;

/** The position after the last action of plan $1 (`next`). */
export const NEXT_POSITION_SQL = `SELECT coalesce(max(position) + 1, 0)::int AS next FROM action WHERE action_plan_id = $1`;

/** Gives action $2 the owner zones (and roles) of action $1. */
export const COPY_OWNERS_SQL = `INSERT INTO action_owner (action_id, zone_id, role) SELECT $2, zone_id, role FROM action_owner WHERE action_id = $1`;

/** Gives action $2 the steps of action $1, their dates $3 years later (29 February to 28 February). */
export const COPY_STEPS_SQL = `INSERT INTO action_step (action_id, position, text, month, date) SELECT $2, position, text, month, (date + make_interval(years => $3))::date FROM action_step WHERE action_id = $1`;

/** Gives action $2 the indicators of action $1 (without their values). */
export const COPY_INDICATORS_SQL = `INSERT INTO action_indicator (action_id, position, name, method, target_value, target_unit, kind) SELECT $2, position, name, method, target_value, target_unit, kind FROM action_indicator WHERE action_id = $1`;

/** Gives action $2 the timeline months of action $1. */
export const COPY_MONTHS_SQL = `INSERT INTO action_month (action_id, month) SELECT $2, month FROM action_month WHERE action_id = $1`;

/** Gives action $2 the links of action $1 to other actions (not to itself). */
export const COPY_LINKS_SQL = `INSERT INTO action_link (from_action_id, to_action_id, remark) SELECT $2, to_action_id, remark FROM action_link WHERE from_action_id = $1 AND to_action_id <> $2`;

/** Operational goal $1's multi-year plan (zone, years) and whether it or its strategic goal is retired. */
export const OPERATIONAL_GOAL_PLAN_SQL = `SELECT p.zone_id, p.year_from, p.year_to, (g.retired_at IS NOT NULL OR s.retired_at IS NOT NULL) AS retired FROM operational_goal g JOIN strategic_goal s ON s.id = g.strategic_goal_id JOIN multi_year_plan p ON p.id = s.multi_year_plan_id WHERE g.id = $1`;

/** Strategic goal $1's multi-year plan (zone, years) and whether it is retired. */
export const STRATEGIC_GOAL_PLAN_SQL = `SELECT p.zone_id, p.year_from, p.year_to, s.retired_at IS NOT NULL AS retired FROM strategic_goal s JOIN multi_year_plan p ON p.id = s.multi_year_plan_id WHERE s.id = $1`;

/** Of the actions $1, those passing `visible` (alias a). */
export const visibleActionIdsSql = (visible: string): string => `SELECT a.id FROM action a WHERE a.id = ANY($1) AND ${visible}`;

/** Adds the months $2 to action $1's timeline (those it has stay). */
export const ADD_MONTHS_SQL = `INSERT INTO action_month (action_id, month) SELECT $1, unnest($2::smallint[]) ON CONFLICT (action_id, month) DO NOTHING`;

/** Updates the indicators $1 with position $2, name $3, method $4, target $5 $6 and kind $7 (each a new version). */
export const UPDATE_INDICATORS_SQL = `UPDATE action_indicator i SET position = u.position, name = u.name, method = u.method, target_value = u.target_value, target_unit = u.target_unit,
           kind = u.kind::evaluation_kind, version = i.version + 1, updated_at = CURRENT_TIMESTAMP
         FROM unnest($1::uuid[], $2::smallint[], $3::text[], $4::text[], $5::numeric[], $6::text[], $7::text[]) AS u(id, position, name, method, target_value, target_unit, kind)
         WHERE i.id = u.id`;

/** Deletes the indicators $1. */
export const DELETE_INDICATORS_SQL = `DELETE FROM action_indicator WHERE id = ANY($1)`;

/** The child rows of action $1 as plain values (steps, indicators, timeline, the `linkedIds` columns of linkedIdsColumn, linked actions), for conflicts and the audit trail. */
export const childSnapshotSql = (linkedIds: string[]): string =>
  `SELECT
        coalesce((SELECT json_agg(json_build_object('text', s.text, 'month', s.month, 'date', s.date) ORDER BY s.position) FROM action_step s WHERE s.action_id = $1), '[]') AS steps,
        coalesce((SELECT json_agg(json_build_object('id', i.id, 'name', i.name, 'method', i.method, 'targetValue', i.target_value, 'targetUnit', i.target_unit, 'kind', i.kind) ORDER BY i.position) FROM action_indicator i WHERE i.action_id = $1), '[]') AS indicators,
        coalesce((SELECT json_agg(json_build_object('month', t.month) ORDER BY t.month) FROM action_month t WHERE t.action_id = $1), '[]') AS timeline,
        ${linkedIds.join(',\n        ')},
        coalesce((SELECT array_agg(l.to_action_id ORDER BY l.to_action_id) FROM action_link l WHERE l.from_action_id = $1), '{}') AS "linkedActionIds"`;

/** How many indicators and timeline months action $1 has. */
export const CHILD_COUNTS_SQL = `SELECT (SELECT count(*) FROM action_indicator WHERE action_id = $1)::int AS indicators, (SELECT count(*) FROM action_month WHERE action_id = $1)::int AS months`;

/**
 * An action's steps replaced in one statement: the old rows are deleted before the new ones go in
 * (the insert waits on the delete's count), positions follow the given order.
 */
export const REPLACE_STEPS_SQL = `WITH gone AS (DELETE FROM action_step WHERE action_id = $1 RETURNING 1)
  INSERT INTO action_step (action_id, position, text, month, date)
  SELECT $1, u.n - 1, u.text, u.month, u.date FROM unnest($2::text[], $3::smallint[], $4::date[]) WITH ORDINALITY AS u(text, month, date, n)
  WHERE (SELECT count(*) FROM gone) >= 0`;

/** An action's timeline months replaced in one statement (as REPLACE_STEPS_SQL). */
export const REPLACE_MONTHS_SQL = `WITH gone AS (DELETE FROM action_month WHERE action_id = $1 RETURNING 1)
  INSERT INTO action_month (action_id, month) SELECT $1, u.month FROM unnest($2::smallint[]) AS u(month)
  WHERE (SELECT count(*) FROM gone) >= 0`;
