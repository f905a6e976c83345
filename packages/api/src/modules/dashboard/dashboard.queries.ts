// The dashboard module's hand-written SQL. Every statement takes region $1, year $2 and the zones $3 that the visibility conditions (`scope`, built by the service) reference.

/**
 * `owned`: the year's visible actions (`id`, `progress_status`) once per owner zone of the
 * region (`zone_id`): the zone whose plan holds the action and every zone with an
 * action_owner row. A per-zone figure counts what the zone owns or co-owns; a region figure
 * counts distinct ids, so an action shared by two zones is one action of the region.
 */
export function ownedCte(scope: string): string {
  // Two indexed paths instead of expanding every action of the year in Flanders: the region's
  // plans (action_plan by zone and year), and the region's co-ownerships. UNION keeps each
  // (action, zone) pair once.
  return `owned AS (
      SELECT a.id, a.progress_status, p.zone_id
      FROM zone z JOIN action_plan p ON p.zone_id = z.id AND p.year = $2 JOIN action a ON a.action_plan_id = p.id
      WHERE z.region_id = $1 AND ${scope}
      UNION
      SELECT a.id, a.progress_status, ao.zone_id
      FROM zone z JOIN action_owner ao ON ao.zone_id = z.id JOIN action a ON a.id = ao.action_id JOIN action_plan p ON p.id = a.action_plan_id
      WHERE z.region_id = $1 AND p.year = $2 AND ${scope})`;
}

/** The region with slug $1, its columns as `select` lists them (alias `r`). */
export const regionBySlugSql = (select: string): string => `SELECT ${select} FROM region r WHERE r.slug = $1`;

/** The remarks author $4 wrote on plans of year $2 in the zones of region $1 that pass `visible` (alias r, referencing $3), open ones first, newest first. */
export const myRemarksSql = (visible: string): string =>
  `SELECT r.id FROM remark r JOIN action_plan p ON p.id = r.action_plan_id JOIN zone z ON z.id = p.zone_id
       WHERE z.region_id = $1 AND p.year = $2 AND r.author_id = $4 AND ${visible}
       ORDER BY r.resolved_at IS NOT NULL, r.created_at DESC`;

// Ordered as the grouping (sorted by the first key, each total after its cells), stated so that
// the answer does not depend on the plan PostgreSQL picks (alone or within `dashboardSql`).
const THEME_MATRIX = `SELECT at.theme_id AS "themeId", o.zone_id AS "zoneId", count(DISTINCT o.id)::int AS count
         FROM owned o JOIN action_theme at ON at.action_id = o.id
         GROUP BY GROUPING SETS ((at.theme_id, o.zone_id), (at.theme_id))
         ORDER BY at.theme_id, o.zone_id NULLS LAST`;

/** Actions per theme and owner zone, and per theme in the region (`zoneId` null), of the `owned` actions (region $1, year $2, `scope`). */
export const themeMatrixSql = (scope: string): string => `WITH ${ownedCte(scope)} ${THEME_MATRIX}`;

/** Per zone of region $1: its plan of year $2's actions passing `scope`, and how many have indicators, an evaluation kind, a lead and months. */
export const coverageSql = (scope: string): string =>
  `SELECT z.id AS "zoneId",
              count(a.id)::int AS "actionCount",
              count(a.id) FILTER (WHERE EXISTS (SELECT 1 FROM action_indicator i WHERE i.action_id = a.id))::int AS "withIndicators",
              count(a.id) FILTER (WHERE a.evaluation_process OR a.evaluation_output OR a.evaluation_outcome)::int AS "withEvaluationKind",
              count(a.id) FILTER (WHERE a.lead_text IS NOT NULL)::int AS "withLead",
              count(a.id) FILTER (WHERE EXISTS (SELECT 1 FROM action_month m WHERE m.action_id = a.id))::int AS "withMonths"
       FROM zone z
       LEFT JOIN action_plan p ON p.zone_id = z.id AND p.year = $2
       LEFT JOIN action a ON a.action_plan_id = p.id AND ${scope}
       WHERE z.region_id = $1
       GROUP BY z.id, z.name ORDER BY z.name`;

/** Per zone of region $1: its plan of year $2 (when it passes `planScope`), the actions passing `scope` with what each misses, and the operational goals no action takes up. */
export const qualitySql = (scope: string, planScope: string): string =>
  `SELECT z.id AS "zoneId", p.id AS "planId",
              (SELECT count(*)::int FROM action a WHERE a.action_plan_id = p.id AND ${scope}) AS "actionCount",
              coalesce((SELECT json_agg(json_build_object('actionId', g.id, 'missing', g.missing) ORDER BY g.position) FROM (
                 SELECT a.id, a.position, array_remove(ARRAY[
                   CASE WHEN NOT EXISTS (SELECT 1 FROM action_indicator i WHERE i.action_id = a.id) THEN 'INDICATORS' END,
                   CASE WHEN NOT (a.evaluation_process OR a.evaluation_output OR a.evaluation_outcome) THEN 'EVALUATION_KIND' END,
                   CASE WHEN a.lead_text IS NULL AND a.lead_working_group_id IS NULL THEN 'LEAD' END,
                   CASE WHEN NOT EXISTS (SELECT 1 FROM action_month m WHERE m.action_id = a.id) THEN 'MONTHS' END], NULL) AS missing
                 FROM action a WHERE a.action_plan_id = p.id AND ${scope}) g WHERE cardinality(g.missing) > 0), '[]') AS gaps,
              array(SELECT od.id FROM strategic_goal sd JOIN operational_goal od ON od.strategic_goal_id = sd.id
                    WHERE sd.multi_year_plan_id = p.multi_year_plan_id AND sd.retired_at IS NULL AND od.retired_at IS NULL
                      AND NOT EXISTS (SELECT 1 FROM action a WHERE a.action_plan_id = p.id AND a.operational_goal_id = od.id)
                    ORDER BY sd.position, od.position) AS "goalIds"
       FROM zone z
       LEFT JOIN action_plan p ON p.zone_id = z.id AND p.year = $2 AND ${planScope}
       WHERE z.region_id = $1
       ORDER BY z.name`;

/** Per zone of region $1 and year ($2 and the year before): actions passing `scope`, those done, and their themes. */
export const yearOverYearSql = (scope: string): string =>
  `SELECT z.id AS "zoneId", y.year,
              count(DISTINCT a.id)::int AS "actionCount",
              count(DISTINCT a.id) FILTER (WHERE a.progress_status = 'DONE')::int AS "doneCount",
              coalesce(array_agg(DISTINCT at.theme_id) FILTER (WHERE at.theme_id IS NOT NULL), '{}') AS "themeIds"
       FROM zone z
       CROSS JOIN (VALUES ($2::int - 1), ($2::int)) AS y(year)
       LEFT JOIN action_plan p ON p.zone_id = z.id AND p.year = y.year
       LEFT JOIN action a ON a.action_plan_id = p.id AND ${scope}
       LEFT JOIN action_theme at ON at.action_id = a.id
       WHERE z.region_id = $1
       GROUP BY z.id, z.name, y.year ORDER BY z.name, y.year`;

/** Pairs of actions of year $2 in different zones of region $1 (passing `scope`, owned by no common zone) on the same subject: tf-idf cosine of their subject words (the zones' own names left out) at least `minCosine`, plus a little per shared theme; best first, at most $4. */
export const overlapsSql = (scope: string, minCosine: number): string =>
  `WITH acts AS (
         SELECT a.id, p.zone_id, a.subject_vector
         FROM zone z JOIN action_plan p ON p.zone_id = z.id AND p.year = $2 JOIN action a ON a.action_plan_id = p.id
         WHERE z.region_id = $1 AND ${scope}
       ), noise AS (
         SELECT DISTINCT l AS lexeme FROM zone z,
           unnest(tsvector_to_array(to_tsvector('dutch', concat_ws(' ', z.name, z.short_name, array_to_string(z.municipalities, ' '))))) l
       ), lex AS (
         SELECT a.id, a.zone_id, l.lexeme, cardinality(l.positions) AS tf,
                CASE WHEN 'A' = ANY(l.weights) THEN 1.0 WHEN 'B' = ANY(l.weights) THEN 0.4 ELSE 0.2 END AS field
         FROM acts a, unnest(a.subject_vector) l
         WHERE length(l.lexeme) > 2 AND l.lexeme NOT IN (SELECT lexeme FROM noise)
       ), df AS (
         SELECT lexeme, count(*)::float8 AS df FROM lex GROUP BY lexeme
       ), w AS (
         SELECT lex.id, lex.zone_id, lex.lexeme, (1 + ln(lex.tf)) * ln((SELECT count(*) FROM acts)::float8 / df.df) * lex.field AS w
         FROM lex JOIN df USING (lexeme)
       ), norm AS (
         SELECT id, sqrt(sum(w * w)) AS norm FROM w GROUP BY id
       ), owners AS (
         SELECT a.id, a.zone_id FROM acts a UNION SELECT ao.action_id, ao.zone_id FROM action_owner ao WHERE ao.action_id IN (SELECT id FROM acts)
       ), pairs AS (
         SELECT x.id AS a, y.id AS b, sum(x.w * y.w) AS dot, (array_agg(x.lexeme ORDER BY x.w * y.w DESC))[1:3] AS words
         FROM w x JOIN w y ON y.lexeme = x.lexeme AND y.zone_id <> x.zone_id AND x.id < y.id
         WHERE x.w > 0 AND y.w > 0
         GROUP BY x.id, y.id
       ), scored AS (
         SELECT pairs.a, pairs.b, pairs.words, pairs.dot / nullif(na.norm * nb.norm, 0) AS cosine,
                coalesce((SELECT array_agg(t1.theme_id) FROM action_theme t1 JOIN action_theme t2 ON t2.theme_id = t1.theme_id AND t2.action_id = pairs.b WHERE t1.action_id = pairs.a), '{}') AS "themeIds"
         FROM pairs JOIN norm na ON na.id = pairs.a JOIN norm nb ON nb.id = pairs.b
         WHERE NOT EXISTS (SELECT 1 FROM owners oa JOIN owners ob ON ob.zone_id = oa.zone_id WHERE oa.id = pairs.a AND ob.id = pairs.b)
       )
       SELECT a, b, words, "themeIds", (cosine + 0.05 * least(cardinality("themeIds"), 2))::float8 AS score
       FROM scored WHERE cosine >= ${minCosine}
       ORDER BY score DESC, a, b LIMIT $4`;

const PROGRESS = `SELECT o.zone_id AS "zoneId", o.progress_status AS status, count(DISTINCT o.id)::int AS count
         FROM owned o
         GROUP BY GROUPING SETS ((o.zone_id, o.progress_status), (o.progress_status))`;

/** The `owned` actions per owner zone and progress status, and per status in the region (`zoneId` null). */
export const progressSql = (scope: string): string => `WITH ${ownedCte(scope)} ${PROGRESS}`;

// Ordered as the grouping, like THEME_MATRIX.
const TIMELINE = `SELECT o.zone_id AS "zoneId", m.month, count(DISTINCT o.id)::int AS count
         FROM owned o JOIN action_month m ON m.action_id = o.id
         GROUP BY GROUPING SETS ((o.zone_id, m.month), (m.month))
         ORDER BY m.month, o.zone_id NULLS LAST`;

/** The `owned` actions running per owner zone and month, and per month in the region (`zoneId` null). */
export const timelineSql = (scope: string): string => `WITH ${ownedCte(scope)} ${TIMELINE}`;

/** Working groups and projects with an owner zone in region $1: owner count, and the actions of year $2 passing `scope` linked to or led by them, each once; most owners first. */
export const sharedWorkSql = (scope: string): string =>
  `WITH ya AS (
         SELECT a.id, a.lead_working_group_id FROM action a JOIN action_plan p ON p.id = a.action_plan_id WHERE p.year = $2 AND ${scope}
       ), group_actions AS (
         SELECT gid, count(*) AS n FROM (
           SELECT aw.working_group_id AS gid, aw.action_id FROM action_working_group aw JOIN ya ON ya.id = aw.action_id
           UNION SELECT ya.lead_working_group_id, ya.id FROM ya WHERE ya.lead_working_group_id IS NOT NULL
         ) l GROUP BY gid
       ), project_actions AS (
         SELECT ap.project_id AS gid, count(*) AS n FROM action_project ap JOIN ya ON ya.id = ap.action_id GROUP BY ap.project_id
       )
       SELECT kind, id, owners::int AS "ownerCount", actions::int AS "actionCount" FROM (
         SELECT 'WorkingGroup' AS kind, w.id, w.name,
           (SELECT count(*) FROM working_group_owner o WHERE o.working_group_id = w.id) AS owners,
           coalesce(ga.n, 0) AS actions
         FROM working_group w LEFT JOIN group_actions ga ON ga.gid = w.id
         WHERE EXISTS (SELECT 1 FROM working_group_owner o JOIN zone z ON z.id = o.zone_id WHERE o.working_group_id = w.id AND z.region_id = $1)
         UNION ALL
         SELECT 'Project', pr.id, pr.name,
           (SELECT count(*) FROM project_owner o WHERE o.project_id = pr.id),
           coalesce(pa.n, 0)
         FROM project pr LEFT JOIN project_actions pa ON pa.gid = pr.id
         WHERE EXISTS (SELECT 1 FROM project_owner o JOIN zone z ON z.id = o.zone_id WHERE o.project_id = pr.id AND z.region_id = $1)
       ) s ORDER BY owners DESC, name`;

/** What `dashboardSql` reads: figures (each as the statement above gives it) and rows they refer to. */
export interface DashboardParts {
  /** The region's zones, by name then id (as `zoneJson` over alias `z`). */
  zones: boolean;
  themeMatrix: boolean;
  coverage: boolean;
  progress: boolean;
  timeline: boolean;
  sharedWork: boolean;
  /** The owner rows of the shared work, and their zones. */
  sharedWorkOwners: boolean;
}

/** How `dashboardSql` builds a row as JSON (`jsonObjectSql` of the entity over the alias given). */
export interface DashboardRowJson {
  /** Over alias `z`. */
  zone: string;
  /** Over alias `t`. */
  theme: string;
  /** Over alias `w`. */
  workingGroup: string;
  /** Over alias `pr`. */
  project: string;
}

/**
 * The selected figures of region $1's dashboard in year $2 (visibility `scope` referencing $3) in
 * one statement: each figure the rows of its own statement above as one JSON array (in that
 * order), with the rows they refer to (themes, working groups, projects, owners and their zones).
 * PostgreSQL builds the JSON, so the reader parses one value per figure; the `owned` actions are
 * found once for all figures that count them. Takes $2 and $3 only when it reads a figure.
 */
export function dashboardSql(scope: string, parts: DashboardParts, json: DashboardRowJson): string {
  const ctes: string[] = [];
  const columns: string[] = [];
  const figure = (name: string, cte: string, sql: string) => {
    ctes.push(`${cte} AS (${sql})`);
    columns.push(`(SELECT coalesce(json_agg(x), '[]') FROM ${cte} x) AS "${name}"`);
  };
  if (parts.themeMatrix || parts.progress || parts.timeline) ctes.push(ownedCte(scope));
  if (parts.zones) columns.push(`(SELECT coalesce(json_agg(${json.zone} ORDER BY z.name, z.id), '[]') FROM zone z WHERE z.region_id = $1) AS zones`);
  if (parts.themeMatrix) {
    figure('themeMatrix', 'theme_matrix', THEME_MATRIX);
    columns.push(`(SELECT coalesce(json_agg(${json.theme}), '[]') FROM theme t WHERE t.id IN (SELECT "themeId" FROM theme_matrix)) AS themes`);
  }
  if (parts.coverage) figure('coverage', 'coverage', coverageSql(scope));
  if (parts.progress) figure('progress', 'progress', PROGRESS);
  if (parts.timeline) figure('timeline', 'timeline', TIMELINE);
  if (parts.sharedWork) {
    figure('sharedWork', 'shared_work', sharedWorkSql(scope));
    columns.push(
      `(SELECT coalesce(json_agg(${json.workingGroup}), '[]') FROM working_group w WHERE w.id IN (SELECT id FROM shared_work WHERE kind = 'WorkingGroup')) AS "workingGroups"`,
      `(SELECT coalesce(json_agg(${json.project}), '[]') FROM project pr WHERE pr.id IN (SELECT id FROM shared_work WHERE kind = 'Project')) AS projects`,
    );
    if (parts.sharedWorkOwners) {
      // As the owner loaders read them: per item by creation, then id.
      ctes.push(`shared_owner AS (
         SELECT 'WorkingGroup' AS kind, o.working_group_id AS item, o.zone_id, o.role, o.created_at, o.id FROM working_group_owner o
         WHERE o.working_group_id IN (SELECT id FROM shared_work WHERE kind = 'WorkingGroup')
         UNION ALL
         SELECT 'Project', o.project_id, o.zone_id, o.role, o.created_at, o.id FROM project_owner o
         WHERE o.project_id IN (SELECT id FROM shared_work WHERE kind = 'Project'))`);
      columns.push(
        `(SELECT coalesce(json_agg(json_build_object('kind', kind, 'item', item, 'zoneId', zone_id, 'role', role, 'since', created_at) ORDER BY created_at, id), '[]') FROM shared_owner) AS owners`,
        `(SELECT coalesce(json_agg(${json.zone}), '[]') FROM zone z WHERE z.id IN (SELECT zone_id FROM shared_owner)) AS "ownerZones"`,
      );
    }
  }
  return `${ctes.length ? `WITH ${ctes.join(', ')} ` : ''}SELECT ${columns.join(', ')}`;
}

/**
 * The region dashboard answered as JSON (graphql/sql-answers.ts, dashboard-answers.ts): `object`
 * is the JSON of what the query selects of RegionDashboard over the row `row` (region id $1, year
 * $2); the figures' own statements are CTEs the field forms (dashboard-answers.queries.ts) read,
 * each computed once (MATERIALIZED: a per-zone form reads one many times) and only when read.
 */
export function dashboardAnswerSql(scope: string, object: string, row: string): string {
  return `WITH ${ownedCte(scope)},
       theme_matrix AS MATERIALIZED (${THEME_MATRIX}),
       coverage AS MATERIALIZED (${coverageSql(scope)}),
       progress AS MATERIALIZED (${PROGRESS}),
       timeline AS MATERIALIZED (${TIMELINE}),
       shared_work AS MATERIALIZED (${sharedWorkSql(scope)})
       SELECT ${object}::text AS json FROM (SELECT $1::uuid AS region_id, $2::int AS year) ${row}`;
}
