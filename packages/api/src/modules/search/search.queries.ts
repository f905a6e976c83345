// The search module's hand-written SQL: the goals statement and the conditions the name search
// adds to its query builder (owner zones, themes). Actions are searched by
// action/action-search.service.ts over their search document.

/**
 * Goals whose wording holds every word of $1 (search_queries, the same as for actions), in plans
 * of the zones $2 / regions $3 / years $4 (empty: any), at most $5, best first; each row the
 * strategic goal's columns (alias sg), the operational goal's (og) and `has_operational`.
 */
export const GOALS_SQL = (strategicColumns: string, operationalColumns: string): string =>
  `WITH q AS (SELECT every_word, any_exact_word FROM search_queries($1)),
        g AS (
          SELECT sg.id AS strategic_id, NULL::uuid AS operational_id, mp.zone_id, mp.year_from, mp.year_to, sg.title, 0 AS depth
          FROM strategic_goal sg JOIN multi_year_plan mp ON mp.id = sg.multi_year_plan_id
          UNION ALL
          SELECT og.strategic_goal_id, og.id, mp.zone_id, mp.year_from, mp.year_to, og.title, 1
          FROM operational_goal og JOIN strategic_goal sg ON sg.id = og.strategic_goal_id JOIN multi_year_plan mp ON mp.id = sg.multi_year_plan_id
        ),
        v AS (SELECT g.*, search_vector(g.title, 'A') AS doc FROM g JOIN zone z ON z.id = g.zone_id
          WHERE (cardinality($2::uuid[]) = 0 OR g.zone_id = ANY($2::uuid[])) AND (cardinality($3::uuid[]) = 0 OR z.region_id = ANY($3::uuid[]))
            AND (cardinality($4::int[]) = 0 OR EXISTS (SELECT 1 FROM unnest($4::int[]) y WHERE y BETWEEN g.year_from AND g.year_to))),
        hit AS (SELECT v.strategic_id, v.operational_id, ts_rank_cd(v.doc, q.any_exact_word, 1) AS rank, v.depth, v.title FROM v, q WHERE v.doc @@ q.every_word
          ORDER BY rank DESC, v.depth, v.title LIMIT $5)
      SELECT ${strategicColumns}, ${operationalColumns}, hit.operational_id IS NOT NULL AS has_operational
      FROM hit JOIN strategic_goal sg ON sg.id = hit.strategic_id LEFT JOIN operational_goal og ON og.id = hit.operational_id
      ORDER BY hit.rank DESC, hit.depth, hit.title`;

/** The zones the zone and region filters leave (parameters :zoneIds, :regionIds), as a condition on `column`; '' when none. */
export function inZonesCondition(column: string, zoneIds: readonly string[], regionIds: readonly string[]): string {
  return [...(zoneIds.length ? [`${column} = ANY(:zoneIds)`] : []), ...(regionIds.length ? [`${column} IN (SELECT id FROM zone WHERE region_id = ANY(:regionIds))`] : [])].join(' AND ');
}

/** Rows (alias e) owned by one of the filtered zones through the owner table `table(column, zone_id)`; '' without a zone filter. */
export function ownedCondition(table: string, column: string, zoneIds: readonly string[], regionIds: readonly string[]): string {
  const zones = inZonesCondition('o.zone_id', zoneIds, regionIds);
  return zones ? `EXISTS (SELECT 1 FROM ${table} o WHERE o.${column} = e.id AND ${zones})` : '';
}

/** Rows (alias e) with one of the themes :themeIds through `table(column, theme_id)`; '' without a theme filter. */
export function themedCondition(table: string, column: string, themeIds: readonly string[]): string {
  return themeIds.length ? `EXISTS (SELECT 1 FROM ${table} t WHERE t.${column} = e.id AND t.theme_id = ANY(:themeIds))` : '';
}
