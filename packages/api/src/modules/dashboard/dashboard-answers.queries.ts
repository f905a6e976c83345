// SQL forms of the region dashboard's fields, for answers PostgreSQL builds (graphql/sql-answers.ts):
// the same rows, in the same order, as the field resolvers hand out (dashboard.resolver.ts). Each
// form is a JSON-valued expression over the row `s.row`; the figures are the CTEs of
// `dashboardAnswerSql` (dashboard.queries.ts), named as there.
import { PROGRESS_STATUSES } from '@kruispunt/shared';
import { rowById, type FieldScope, type FieldSql, type SqlAnswerSpec } from '../../graphql/sql-answers';
import type { Context } from '../auth/context';

type Scope = FieldScope<Context>;
type Form = FieldSql<Context>;

/** One row of `table` whose id is the expression `key` over the row (or null). */
const one = (table: string, key: (row: string) => string): Form => rowById<Context>(table, key);

/** A column of the row. */
const column =
  (name: string): Form =>
  (s) =>
    `${s.row}."${name}"`;

/** Rows of the figure `cte` passing `where`, as a JSON array in `order`. */
const figureRows =
  (cte: string, where: (x: string) => string, order: (x: string) => string): Form =>
  (s) => {
    const x = s.alias('x');
    return `coalesce((SELECT json_agg(${s.object(x)} ORDER BY ${order(x)}) FROM ${cte} ${x} WHERE ${where(x)}), '[]')`;
  };

/** The region's zones (the row is the dashboard), by name then id, as `zones` of the region reads them. */
const regionZones: Form = (s) => {
  const z = s.alias('z');
  return `coalesce((SELECT json_agg(${s.object(z)} ORDER BY ${z}.name, ${z}.id) FROM zone ${z} WHERE ${z}.region_id = ${s.row}.region_id), '[]')`;
};

/** A zone's counts per progress status (the row is the zone), in the order of PROGRESS_STATUSES. */
const statusCounts: Form = (s) => {
  const [k, x] = [s.alias('k'), s.alias('x')];
  const statuses = s.params.add([...PROGRESS_STATUSES], '::text[]');
  return (
    `(SELECT json_agg(${s.object(k)} ORDER BY ${k}.n) FROM (SELECT st.status, st.n, coalesce((SELECT ${x}.count FROM progress ${x} WHERE ${x}."zoneId" = ${s.row}.id AND ${x}.status::text = st.status), 0) AS count` +
    ` FROM unnest(${statuses}) WITH ORDINALITY st(status, n)) ${k})`
  );
};

/** A share of the coverage row's actions (null without actions), as the resolver divides. */
const share =
  (part: string): Form =>
  (s) =>
    `CASE WHEN ${s.row}."actionCount" > 0 THEN ${s.row}."${part}"::float8 / ${s.row}."actionCount" END`;

/** The owner rows of a shared item (the row is a `shared_work` row), by creation then id, as the owner loaders read them. */
const sharedOwners: Form = (s: Scope) => {
  const o = s.alias('o');
  return (
    `coalesce((SELECT json_agg(${s.object(o)} ORDER BY ${o}.created_at, ${o}.id) FROM (` +
    `SELECT id, zone_id, role, created_at FROM working_group_owner WHERE ${s.row}.kind = 'WorkingGroup' AND working_group_id = ${s.row}.id` +
    ` UNION ALL SELECT id, zone_id, role, created_at FROM project_owner WHERE ${s.row}.kind = 'Project' AND project_id = ${s.row}.id) ${o}), '[]')`
  );
};

/** SQL forms of the region dashboard's fields (not the coach's workspace: those go graphql-js's way). */
export const DASHBOARD_FIELD_FORMS: NonNullable<SqlAnswerSpec<Context>['fields']> = {
  RegionDashboard: {
    year: (s) => `${s.row}.year`,
    region: one('region', (row) => `${row}.region_id`),
    zones: regionZones,
    actionCount: (s) => {
      const x = s.alias('x');
      return `(SELECT coalesce(sum(${x}.count), 0) FROM progress ${x} WHERE ${x}."zoneId" IS NULL)`;
    },
    themeMatrix: figureRows(
      'theme_matrix',
      (x) => `${x}."zoneId" IS NOT NULL`,
      (x) => `${x}."themeId", ${x}."zoneId"`,
    ),
    themeTotals: figureRows(
      'theme_matrix',
      (x) => `${x}."zoneId" IS NULL`,
      (x) => `${x}."themeId"`,
    ),
    coverage: (s) => {
      const [x, z] = [s.alias('x'), s.alias('z')];
      return `coalesce((SELECT json_agg(${s.object(x)} ORDER BY ${z}.name, ${z}.id) FROM coverage ${x} JOIN zone ${z} ON ${z}.id = ${x}."zoneId"), '[]')`;
    },
    // One per zone of the region: the row of each is the zone.
    progress: regionZones,
    timeline: figureRows(
      'timeline',
      (x) => `${x}."zoneId" IS NOT NULL`,
      (x) => `${x}.month, ${x}."zoneId"`,
    ),
    timelineTotals: figureRows(
      'timeline',
      (x) => `${x}."zoneId" IS NULL`,
      (x) => `${x}.month`,
    ),
    // In the figure's own order (most owners first, then name).
    sharedWork: (s) => {
      const x = s.alias('x');
      return `coalesce((SELECT json_agg(${s.object(x)}) FROM shared_work ${x}), '[]')`;
    },
  },
  ThemeZoneCount: { theme: one('theme', (row) => `${row}."themeId"`), zone: one('zone', (row) => `${row}."zoneId"`), count: column('count') },
  ThemeCount: { theme: one('theme', (row) => `${row}."themeId"`), count: column('count') },
  ZoneCoverage: {
    zone: one('zone', (row) => `${row}."zoneId"`),
    actionCount: column('actionCount'),
    withIndicators: column('withIndicators'),
    withEvaluationKind: column('withEvaluationKind'),
    withLead: column('withLead'),
    withMonths: column('withMonths'),
    indicatorShare: share('withIndicators'),
    evaluationShare: share('withEvaluationKind'),
  },
  ZoneProgress: {
    zone: (s) => s.object(s.row),
    counts: statusCounts,
    total: (s) => {
      const x = s.alias('x');
      return `(SELECT coalesce(sum(${x}.count), 0) FROM progress ${x} WHERE ${x}."zoneId" = ${s.row}.id)`;
    },
  },
  StatusCount: { status: column('status'), count: column('count') },
  ZoneMonthLoad: { zone: one('zone', (row) => `${row}."zoneId"`), month: column('month'), count: column('count') },
  MonthCount: { month: column('month'), count: column('count') },
  SharedWorkSummary: {
    kind: column('kind'),
    name: (s) =>
      `coalesce(CASE ${s.row}.kind WHEN 'WorkingGroup' THEN (SELECT w.name FROM working_group w WHERE w.id = ${s.row}.id) ELSE (SELECT p.name FROM project p WHERE p.id = ${s.row}.id) END, '')`,
    workingGroup: (s) => `CASE WHEN ${s.row}.kind = 'WorkingGroup' THEN ${one('working_group', (row) => `${row}.id`)(s)} END`,
    project: (s) => `CASE WHEN ${s.row}.kind = 'Project' THEN ${one('project', (row) => `${row}.id`)(s)} END`,
    ownerCount: column('ownerCount'),
    actionCount: column('actionCount'),
    // Owner rows are Ownership's rows (its forms: action-answers.queries.ts).
    owners: sharedOwners,
  },
};
