// The benchmark's floor: the same answers as the GraphQL API (same JSON shape, same visibility
// rules, same validation and audit record on save) from minimal hand-written SQL through `pg`,
// with the JSON built by PostgreSQL where it can be: no GraphQL, no ORM. A plain node:http
// server, so the comparison with the API includes the same HTTP round trip.
// Usage: DATABASE_URL=postgres://... PORT=5080 node dist/floor.js
import http from 'node:http';
import { createHash } from 'node:crypto';
import pg from 'pg';
import { actionChecks, actionUpdateSchema } from '@kruispunt/shared';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');
const port = Number(process.env.PORT ?? 5080);
// The same pool size as the API's.
const pool = new pg.Pool({ connectionString: url, max: 20 });

/** base64url("Type:uuid") without padding, as the API's global ids (all fit one base64 line). */
const gid = (type: string, column: string) => `translate(encode(convert_to('${type}:' || ${column}, 'UTF8'), 'base64'), E'+/=\\n', '-_')`;
/** A timestamp as JavaScript's toISOString() writes it. */
const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
/** Plans the viewer sees: not drafts, unless of a zone they belong to ($admin sees all). */
const visible = (plan: string, zones: string, admin: string) => `(${plan}.status <> 'DRAFT' OR ${admin} OR ${plan}.zone_id = ANY(${zones}::uuid[]))`;
/** Actions the viewer sees: with their plan, or as a member of one of their owner zones. */
const visibleAction = (action: string, plan: string, zones: string, admin: string) =>
  `(${visible(plan, zones, admin)} OR EXISTS (SELECT 1 FROM action_owner vo WHERE vo.action_id = ${action}.id AND vo.zone_id = ANY(${zones}::uuid[])))`;

interface Viewer {
  userId: string;
  userName: string;
  tokenId: string;
  admin: boolean;
  writes: boolean;
  memberZones: string[];
  editorZones: string[];
}

const VIEWER_SQL = `SELECT u.id, u.name, u.is_admin, t.id AS token_id, t.scope,
    coalesce((SELECT array_agg(m.zone_id) FROM zone_membership m WHERE m.user_id = u.id), '{}') AS member_zones,
    coalesce((SELECT array_agg(m.zone_id) FROM zone_membership m WHERE m.user_id = u.id AND m.role = 'EDITOR'), '{}') AS editor_zones
  FROM api_token t JOIN app_user u ON u.id = t.user_id
  WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now()) AND u.disabled_at IS NULL`;

async function viewerOf(req: http.IncomingMessage): Promise<Viewer | null> {
  const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  if (!token) return null;
  const { rows } = await pool.query(VIEWER_SQL, [createHash('sha256').update(token).digest('hex')]);
  const r = rows[0];
  if (!r) return null;
  return { userId: r.id, userName: r.name, tokenId: r.token_id, admin: r.is_admin, writes: r.scope === 'READ_WRITE', memberZones: r.member_zones, editorZones: r.editor_zones };
}

// --- 1. Region dashboard ---------------------------------------------------------------------

const DASHBOARD_SQL = `
WITH r AS (SELECT id, name, slug FROM region WHERE slug = $1),
z AS (SELECT z.id, z.name, z.short_name FROM zone z WHERE z.region_id = (SELECT id FROM r)),
ya AS (SELECT a.id, p.zone_id AS plan_zone, a.progress_status, a.lead_working_group_id, (a.evaluation_process OR a.evaluation_output OR a.evaluation_outcome) AS evaluated, a.lead_text IS NOT NULL AS led
      FROM action a JOIN action_plan p ON p.id = a.action_plan_id WHERE p.year = $2 AND ${visibleAction('a', 'p', '$3', '$4')}),
a AS (SELECT ya.*, EXISTS (SELECT 1 FROM action_indicator i WHERE i.action_id = ya.id) AS has_ind, EXISTS (SELECT 1 FROM action_month m WHERE m.action_id = ya.id) AS has_months
      FROM ya WHERE ya.plan_zone IN (SELECT id FROM z)),
owned AS (SELECT ya.id, ya.progress_status, oz.zone_id FROM ya
      CROSS JOIN LATERAL (SELECT ya.plan_zone AS zone_id UNION SELECT ao.zone_id FROM action_owner ao WHERE ao.action_id = ya.id) oz
      WHERE oz.zone_id IN (SELECT id FROM z)),
shared AS (
  SELECT 'WorkingGroup' AS kind, w.name,
    (SELECT count(*)::int FROM working_group_owner o WHERE o.working_group_id = w.id) AS owners,
    (SELECT count(*)::int FROM (SELECT x.action_id FROM action_working_group x JOIN ya ON ya.id = x.action_id WHERE x.working_group_id = w.id
      UNION SELECT ya.id FROM ya WHERE ya.lead_working_group_id = w.id) l) AS actions,
    (SELECT json_agg(json_build_object('role', o.role, 'since', ${iso('o.created_at')}, 'zone', json_build_object('id', ${gid('Zone', 'oz.id')}, 'shortName', oz.short_name)) ORDER BY o.created_at, o.id)
      FROM working_group_owner o JOIN zone oz ON oz.id = o.zone_id WHERE o.working_group_id = w.id) AS owner_list
  FROM working_group w WHERE EXISTS (SELECT 1 FROM working_group_owner o JOIN z ON z.id = o.zone_id WHERE o.working_group_id = w.id)
  UNION ALL
  SELECT 'Project', pr.name,
    (SELECT count(*)::int FROM project_owner o WHERE o.project_id = pr.id),
    (SELECT count(*)::int FROM action_project x JOIN ya ON ya.id = x.action_id WHERE x.project_id = pr.id),
    (SELECT json_agg(json_build_object('role', o.role, 'since', ${iso('o.created_at')}, 'zone', json_build_object('id', ${gid('Zone', 'oz.id')}, 'shortName', oz.short_name)) ORDER BY o.created_at, o.id)
      FROM project_owner o JOIN zone oz ON oz.id = o.zone_id WHERE o.project_id = pr.id)
  FROM project pr WHERE EXISTS (SELECT 1 FROM project_owner o JOIN z ON z.id = o.zone_id WHERE o.project_id = pr.id)
)
SELECT EXISTS (SELECT 1 FROM r) AS found, json_build_object(
  'year', $2::int,
  'region', (SELECT json_build_object('name', name, 'slug', slug) FROM r),
  'zones', (SELECT coalesce(json_agg(json_build_object('id', ${gid('Zone', 'z.id')}, 'name', z.name, 'shortName', z.short_name) ORDER BY z.name, z.id), '[]') FROM z),
  'themeMatrix', (SELECT coalesce(json_agg(json_build_object('count', c.n, 'theme', json_build_object('slug', th.slug, 'name', th.name), 'zone', json_build_object('id', ${gid('Zone', 'c.zone_id')}))), '[]')
      FROM (SELECT x.theme_id, o.zone_id, count(DISTINCT o.id)::int AS n FROM owned o JOIN action_theme x ON x.action_id = o.id GROUP BY 1, 2) c JOIN theme th ON th.id = c.theme_id),
  'coverage', (SELECT coalesce(json_agg(json_build_object('zone', json_build_object('id', ${gid('Zone', 'z.id')}), 'actionCount', c.n, 'withIndicators', c.ind, 'withEvaluationKind', c.ev,
        'withLead', c.led, 'withMonths', c.mo, 'indicatorShare', CASE WHEN c.n > 0 THEN c.ind::float8 / c.n END, 'evaluationShare', CASE WHEN c.n > 0 THEN c.ev::float8 / c.n END) ORDER BY z.name, z.id), '[]')
      FROM z CROSS JOIN LATERAL (SELECT count(*)::int AS n, count(*) FILTER (WHERE has_ind)::int AS ind, count(*) FILTER (WHERE evaluated)::int AS ev,
        count(*) FILTER (WHERE led)::int AS led, count(*) FILTER (WHERE has_months)::int AS mo FROM a WHERE a.plan_zone = z.id) c),
  'progress', (SELECT coalesce(json_agg(json_build_object('zone', json_build_object('id', ${gid('Zone', 'z.id')}), 'total', c.total, 'counts', c.counts) ORDER BY z.name, z.id), '[]')
      FROM z CROSS JOIN LATERAL (SELECT sum(n)::int AS total, json_agg(json_build_object('status', s.status, 'count', n) ORDER BY s.ord) AS counts
        FROM unnest(enum_range(NULL::progress_status)) WITH ORDINALITY AS s(status, ord)
        CROSS JOIN LATERAL (SELECT count(*)::int AS n FROM owned o WHERE o.zone_id = z.id AND o.progress_status = s.status) k) c),
  'timeline', (SELECT coalesce(json_agg(json_build_object('zone', json_build_object('id', ${gid('Zone', 'c.zone_id')}), 'month', c.month, 'count', c.n)), '[]')
      FROM (SELECT o.zone_id, m.month, count(DISTINCT o.id)::int AS n FROM owned o JOIN action_month m ON m.action_id = o.id GROUP BY 1, 2) c),
  'sharedWork', (SELECT coalesce(json_agg(json_build_object('kind', kind, 'name', name, 'ownerCount', owners, 'actionCount', actions, 'owners', owner_list) ORDER BY owners DESC, name), '[]') FROM shared)
)::text AS json`;

// --- 2. A zone's whole plan ------------------------------------------------------------------

const ref = (type: string, table: string, alias: string, column: string, fields: string) =>
  `(SELECT json_build_object('id', ${gid(type, `${alias}.id`)}, ${fields}) FROM ${table} ${alias} WHERE ${alias}.id = ${column})`;

const ACTION_JSON = `json_build_object(
  'id', ${gid('Action', 'a.id')}, 'version', a.version, 'position', a.position, 'number', a.number, 'title', a.title, 'what', a.what,
  'inScope', a.in_scope, 'outOfScope', a.out_of_scope, 'why', a.why, 'targetGroups', a.target_groups, 'councilRole', a.council_role,
  'stakeholdersOther', a.stakeholders_other, 'startDate', a.start_date, 'endDate', a.end_date, 'funding', a.funding, 'fundingRemark', a.funding_remark,
  'carriedOver', a.carried_over, 'linkNotes', a.link_notes, 'communicationChannels', a.communication_channels, 'progressStatus', a.progress_status, 'notes', a.notes,
  'operationalGoal', ${ref('OperationalGoal', 'operational_goal', 'g', 'a.operational_goal_id', `'number', g.number, 'title', g.title`)},
  'strategicGoal', ${ref('StrategicGoal', 'strategic_goal', 's', 'coalesce(a.strategic_goal_id, (SELECT g2.strategic_goal_id FROM operational_goal g2 WHERE g2.id = a.operational_goal_id))', `'number', s.number, 'title', s.title`)},
  'lead', CASE WHEN a.lead_text IS NOT NULL THEN json_build_object('text', a.lead_text,
      'zone', ${ref('Zone', 'zone', 'lz', 'a.lead_zone_id', `'name', lz.name`)},
      'partner', ${ref('Partner', 'partner', 'lp', 'a.lead_partner_id', `'name', lp.name`)},
      'workingGroup', ${ref('WorkingGroup', 'working_group', 'lw', 'a.lead_working_group_id', `'name', lw.name`)}) END,
  'owners', coalesce((SELECT json_agg(json_build_object('role', o.role, 'since', ${iso('o.created_at')}, 'zone', json_build_object('id', ${gid('Zone', 'oz.id')}, 'name', oz.name)) ORDER BY o.created_at, o.id)
      FROM action_owner o JOIN zone oz ON oz.id = o.zone_id WHERE o.action_id = a.id), '[]'),
  'stakeholderPartners', coalesce((SELECT json_agg(json_build_object('id', ${gid('Partner', 'sp.id')}, 'name', sp.name) ORDER BY sp.name, sp.id)
      FROM action_stakeholder x JOIN partner sp ON sp.id = x.partner_id WHERE x.action_id = a.id), '[]'),
  'steps', coalesce((SELECT json_agg(json_build_object('position', st.position, 'text', st.text, 'month', st.month, 'date', st.date) ORDER BY st.position, st.id)
      FROM action_step st WHERE st.action_id = a.id), '[]'),
  'evaluation', json_build_object('process', json_build_object('chosen', a.evaluation_process, 'text', a.evaluation_process_text),
      'output', json_build_object('chosen', a.evaluation_output, 'text', a.evaluation_output_text),
      'outcome', json_build_object('chosen', a.evaluation_outcome, 'text', a.evaluation_outcome_text)),
  'indicators', coalesce((SELECT json_agg(json_build_object('id', ${gid('ActionIndicator', 'i.id')}, 'position', i.position, 'name', i.name, 'method', i.method,
      'targetValue', i.target_value::float8, 'targetUnit', i.target_unit, 'kind', i.kind) ORDER BY i.position, i.id) FROM action_indicator i WHERE i.action_id = a.id), '[]'),
  'timeline', coalesce((SELECT json_agg(json_build_object('month', t.month, 'milestone', (SELECT string_agg(btrim(s.text, E' \\t\\n\\r'), '; ' ORDER BY s.position, s.id) FROM action_step s WHERE s.action_id = a.id AND s.month = t.month AND btrim(s.text, E' \\t\\n\\r') <> '')) ORDER BY t.month, t.id) FROM action_month t WHERE t.action_id = a.id), '[]'),
  'themes', coalesce((SELECT json_agg(json_build_object('id', ${gid('Theme', 'th.id')}, 'slug', th.slug, 'name', th.name) ORDER BY th.name, th.id)
      FROM action_theme x JOIN theme th ON th.id = x.theme_id WHERE x.action_id = a.id), '[]'),
  'workingGroups', coalesce((SELECT json_agg(json_build_object('id', ${gid('WorkingGroup', 'w.id')}, 'name', w.name) ORDER BY w.name, w.id)
      FROM action_working_group x JOIN working_group w ON w.id = x.working_group_id WHERE x.action_id = a.id), '[]'),
  'projects', coalesce((SELECT json_agg(json_build_object('id', ${gid('Project', 'pr.id')}, 'name', pr.name) ORDER BY pr.name, pr.id)
      FROM action_project x JOIN project pr ON pr.id = x.project_id WHERE x.action_id = a.id), '[]')
)`;

const PLAN_SQL = `
WITH pl AS (
  SELECT p.id, p.year, p.status, p.submitted_at, p.zone_id, p.multi_year_plan_id, z.name AS zone_name, z.short_name AS zone_short
  FROM action_plan p JOIN zone z ON z.id = p.zone_id WHERE z.slug = $1 AND p.year = $2 AND ${visible('p', '$3', '$4')}
)
SELECT (SELECT json_build_object(
  'id', ${gid('ActionPlan', 'pl.id')}, 'year', pl.year, 'status', pl.status, 'submittedAt', ${iso('pl.submitted_at')},
  'zone', json_build_object('id', ${gid('Zone', 'pl.zone_id')}, 'name', pl.zone_name, 'shortName', pl.zone_short),
  'multiYearPlan', ${ref('MultiYearPlan', 'multi_year_plan', 'm', 'pl.multi_year_plan_id', `'title', m.title, 'yearFrom', m.year_from, 'yearTo', m.year_to`)},
  'actions', coalesce((SELECT json_agg(${ACTION_JSON} ORDER BY a.position, a.id) FROM action a WHERE a.action_plan_id = pl.id), '[]')
) FROM pl)::text AS json`;

// --- 3. Paging through published actions ------------------------------------------------------

const PAGE_SQL = `
WITH page AS (
  -- The page's keys first (narrow rows sort fast), then whole rows for those 100 only.
  SELECT a.id, p.year, z.name AS zone_name, a.position
  FROM action a JOIN action_plan p ON p.id = a.action_plan_id JOIN zone z ON z.id = p.zone_id
  WHERE p.year = ANY($1::int[]) AND p.status = ANY($2::plan_status[])
    AND (${visible('p', '$3', '$4')} OR EXISTS (SELECT 1 FROM action_owner vo WHERE vo.action_id = a.id AND vo.zone_id = ANY($3::uuid[])))
    AND ($5::int IS NULL OR (p.year, z.name, a.position, a.id) > ($5::int, $6::text, $7::int, $8::uuid))
  ORDER BY p.year, z.name, a.position, a.id
  LIMIT $9
)
SELECT page.year, page.zone_name, page.position, page.id, json_build_object(
  'id', ${gid('Action', 'a.id')}, 'number', a.number, 'title', a.title, 'progressStatus', a.progress_status, 'funding', a.funding,
  'startDate', a.start_date, 'endDate', a.end_date,
  'actionPlan', json_build_object('year', p.year, 'zone', json_build_object('slug', z.slug)),
  'operationalGoal', (SELECT json_build_object('number', g.number, 'title', g.title) FROM operational_goal g WHERE g.id = a.operational_goal_id),
  'strategicGoal', (SELECT json_build_object('number', s.number, 'title', s.title) FROM strategic_goal s
      WHERE s.id = coalesce(a.strategic_goal_id, (SELECT g2.strategic_goal_id FROM operational_goal g2 WHERE g2.id = a.operational_goal_id))),
  'owners', coalesce((SELECT json_agg(json_build_object('role', o.role, 'zone', json_build_object('slug', oz.slug)) ORDER BY o.created_at, o.id)
      FROM action_owner o JOIN zone oz ON oz.id = o.zone_id WHERE o.action_id = a.id), '[]'),
  'indicators', coalesce((SELECT json_agg(json_build_object('name', i.name, 'method', i.method, 'targetValue', i.target_value::float8, 'targetUnit', i.target_unit, 'kind', i.kind)
      ORDER BY i.position, i.id) FROM action_indicator i WHERE i.action_id = a.id), '[]')
)::text AS json
FROM page JOIN action a ON a.id = page.id JOIN action_plan p ON p.id = a.action_plan_id JOIN zone z ON z.id = p.zone_id
ORDER BY page.year, page.zone_name, page.position, page.id`;

function cursorOf(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

// --- 4. Saving an action ----------------------------------------------------------------------

const SNAPSHOT_SQL = `
SELECT a.id, a.version, a.title, a.what, a.why, a.in_scope, a.target_groups, a.progress_status, a.lead_text, a.operational_goal_id, a.strategic_goal_id,
  a.evaluation_process, a.evaluation_process_text, a.evaluation_output, a.evaluation_output_text, a.evaluation_outcome, a.evaluation_outcome_text,
  p.zone_id, p.status,
  (SELECT array_agg(o.zone_id) FROM action_owner o WHERE o.action_id = a.id) AS owner_zones,
  coalesce((SELECT json_agg(json_build_object('text', s.text, 'month', s.month, 'date', s.date) ORDER BY s.position) FROM action_step s WHERE s.action_id = a.id), '[]') AS steps,
  coalesce((SELECT json_agg(json_build_object('id', i.id, 'name', i.name, 'method', i.method, 'targetValue', i.target_value::float8, 'targetUnit', i.target_unit, 'kind', i.kind) ORDER BY i.position) FROM action_indicator i WHERE i.action_id = a.id), '[]') AS indicators,
  coalesce((SELECT json_agg(json_build_object('month', t.month, 'milestone', (SELECT string_agg(btrim(s.text, E' \\t\\n\\r'), '; ' ORDER BY s.position, s.id) FROM action_step s WHERE s.action_id = a.id AND s.month = t.month AND btrim(s.text, E' \\t\\n\\r') <> '')) ORDER BY t.month) FROM action_month t WHERE t.action_id = a.id), '[]') AS timeline,
  coalesce((SELECT array_agg(x.theme_id ORDER BY x.theme_id) FROM action_theme x WHERE x.action_id = a.id), '{}') AS theme_ids
FROM action a JOIN action_plan p ON p.id = a.action_plan_id WHERE a.id = $1 FOR UPDATE OF a`;

class HttpError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const uuidOf = (globalId: string, type: string) => {
  const [t, id] = Buffer.from(globalId, 'base64url').toString('utf8').split(':');
  if (t !== type || !id) throw new HttpError('INVALID_INPUT', `Ongeldige id (verwacht: ${type})`);
  return id;
};

async function save(viewer: Viewer, variables: { id: string; version: number; input: unknown }, count: () => void): Promise<string> {
  if (!viewer.writes) throw new HttpError('FORBIDDEN', 'Dit token mag niet schrijven.');
  const parsed = actionUpdateSchema.safeParse(variables.input);
  if (!parsed.success) throw new HttpError('INVALID_INPUT', parsed.error.issues[0]?.message ?? 'Ongeldige invoer');
  const data = parsed.data;
  const id = uuidOf(variables.id, 'Action');
  const client = await pool.connect();
  const q = (sql: string, params: unknown[]) => (count(), client.query(sql, params));
  try {
    await client.query('BEGIN');
    const cur = (await q(SNAPSHOT_SQL, [id])).rows[0];
    if (!cur || (cur.status === 'DRAFT' && !viewer.admin && ![cur.zone_id, ...cur.owner_zones].some((z: string) => viewer.memberZones.includes(z))))
      throw new HttpError('NOT_FOUND', 'Deze actie bestaat niet.');
    if (!viewer.admin && ![cur.zone_id, ...cur.owner_zones].some((z: string) => viewer.editorZones.includes(z)))
      throw new HttpError('FORBIDDEN', 'Alleen redacteurs van een eigenaar-zone mogen dit bewerken.');
    if (cur.version !== variables.version) throw new HttpError('VERSION_CONFLICT', 'Iemand anders heeft dit intussen gewijzigd.');
    const ev = data.evaluation;
    const indicatorIds = (data.indicators ?? []).map((i) => (i.id ? uuidOf(i.id, 'ActionIndicator') : null));
    const themeIds = (data.themeIds ?? []).map((t) => uuidOf(t, 'Theme'));
    const updated = (
      await q(
        `UPDATE action SET title = coalesce($2, title), what = $3, why = $4, in_scope = $5, target_groups = $6, progress_status = coalesce($7, progress_status),
           evaluation_process = $8, evaluation_process_text = $9, evaluation_output = $10, evaluation_output_text = $11, evaluation_outcome = $12, evaluation_outcome_text = $13,
           version = version + 1, updated_at = now()
         WHERE id = $1 RETURNING version, updated_at, title, lead_text, operational_goal_id, strategic_goal_id, evaluation_process, evaluation_output, evaluation_outcome`,
        [
          id,
          data.title ?? null,
          data.what ?? null,
          data.why ?? null,
          data.inScope ?? [],
          data.targetGroups ?? [],
          data.progressStatus ?? null,
          ev?.process.chosen ?? false,
          ev?.process.text ?? null,
          ev?.output.chosen ?? false,
          ev?.output.text ?? null,
          ev?.outcome.chosen ?? false,
          ev?.outcome.text ?? null,
        ],
      )
    ).rows[0];
    const steps = data.steps ?? [];
    await q(`DELETE FROM action_step WHERE action_id = $1`, [id]);
    await q(`INSERT INTO action_step (action_id, position, text, month, date) SELECT $1, n - 1, t, m, d FROM unnest($2::text[], $3::int[], $4::date[]) WITH ORDINALITY AS u(t, m, d, n)`, [
      id,
      steps.map((s) => s.text),
      steps.map((s) => s.month ?? null),
      steps.map((s) => s.date ?? null),
    ]);
    const months = data.timeline ?? [];
    await q(`DELETE FROM action_month WHERE action_id = $1`, [id]);
    // One milestone system: the months only; a month's milestones are its steps' (as the API stores them).
    await q(`INSERT INTO action_month (action_id, month) SELECT $1, m FROM unnest($2::int[]) AS u(m)`, [id, months.map((t) => t.month)]);
    const ind = data.indicators ?? [];
    await q(`DELETE FROM action_indicator WHERE action_id = $1 AND NOT (id = ANY($2::uuid[]))`, [id, indicatorIds.filter(Boolean)]);
    await q(
      `UPDATE action_indicator i SET position = u.pos - 1, name = u.name, method = u.method, target_value = u.target, target_unit = u.unit, kind = u.kind::evaluation_kind, version = i.version + 1, updated_at = now()
       FROM unnest($2::uuid[], $3::text[], $4::text[], $5::numeric[], $6::text[], $7::text[]) WITH ORDINALITY AS u(id, name, method, target, unit, kind, pos)
       WHERE i.id = u.id AND i.action_id = $1`,
      [id, indicatorIds, ind.map((i) => i.name), ind.map((i) => i.method ?? null), ind.map((i) => i.targetValue ?? null), ind.map((i) => i.targetUnit ?? null), ind.map((i) => i.kind)],
    );
    await q(`DELETE FROM action_theme WHERE action_id = $1`, [id]);
    await q(`INSERT INTO action_theme (action_id, theme_id) SELECT $1, unnest($2::uuid[])`, [id, themeIds]);
    // The audit record: the changed fields, before and after.
    const before: Record<string, unknown> = {
      title: cur.title,
      what: cur.what,
      why: cur.why,
      inScope: cur.in_scope,
      targetGroups: cur.target_groups,
      steps: cur.steps,
      timeline: cur.timeline,
      themeIds: cur.theme_ids,
    };
    const after: Record<string, unknown> = {
      title: updated.title,
      what: data.what ?? null,
      why: data.why ?? null,
      inScope: data.inScope ?? [],
      targetGroups: data.targetGroups ?? [],
      steps,
      timeline: months,
      themeIds: [...themeIds].sort(),
    };
    const fields = Object.keys(after)
      .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
      .sort();
    await q(`INSERT INTO audit_entry (entity_type, entity_id, operation, user_id, api_token_id, actor_name, fields, before, after) VALUES ('Action', $1, 'UPDATE', $2, $3, $4, $5, $6, $7)`, [
      id,
      viewer.userId,
      viewer.tokenId,
      `${viewer.userName} (API-token)`,
      fields,
      JSON.stringify(Object.fromEntries(fields.map((f) => [f, before[f]]))),
      JSON.stringify(Object.fromEntries(fields.map((f) => [f, after[f]]))),
    ]);
    await client.query('COMMIT');
    const warnings = actionChecks({
      id: variables.id,
      title: updated.title,
      evaluationProcess: updated.evaluation_process,
      evaluationOutput: updated.evaluation_output,
      evaluationOutcome: updated.evaluation_outcome,
      indicatorCount: ind.length,
      hasLead: !!updated.lead_text,
      monthCount: months.length,
      hasGoal: !!(updated.operational_goal_id || updated.strategic_goal_id),
    });
    return JSON.stringify({ updateAction: { action: { id: variables.id, version: updated.version, updatedAt: (updated.updated_at as Date).toISOString() }, warnings } });
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

// --- HTTP -----------------------------------------------------------------------------------

async function handle(path: string, variables: Record<string, any>, viewer: Viewer, count: () => void): Promise<string> {
  const zones = viewer.memberZones;
  switch (path) {
    case '/dashboard': {
      count();
      const { rows } = await pool.query(DASHBOARD_SQL, [variables.region, variables.year, zones, viewer.admin]);
      if (!rows[0].found) throw new HttpError('NOT_FOUND', `Regio "${variables.region}" bestaat niet.`);
      return `{"regionDashboard":${rows[0].json}}`;
    }
    case '/plan': {
      count();
      const { rows } = await pool.query(PLAN_SQL, [variables.zone, variables.year, zones, viewer.admin]);
      return `{"actionPlan":${rows[0].json ?? 'null'}}`;
    }
    case '/actions': {
      const first = Number(variables.first ?? 100);
      const after = variables.after ? (JSON.parse(Buffer.from(String(variables.after), 'base64url').toString('utf8')) as unknown[]) : [null, null, null, null];
      count();
      const { rows } = await pool.query(PAGE_SQL, [variables.years, variables.planStatuses, zones, viewer.admin, ...after, first + 1]);
      const page = rows.slice(0, first);
      const last = page.at(-1);
      const endCursor = last ? JSON.stringify(cursorOf([last.year, last.zone_name, last.position, last.id])) : 'null';
      return `{"actions":{"pageInfo":{"hasNextPage":${rows.length > first},"endCursor":${endCursor}},"nodes":[${page.map((r) => r.json).join(',')}]}}`;
    }
    case '/save':
      return save(viewer, variables as never, count);
    default:
      throw new HttpError('NOT_FOUND', 'Unknown path');
  }
}

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    let statements = 1; // the viewer lookup
    const count = () => void (statements += 1);
    void (async () => {
      try {
        const viewer = await viewerOf(req);
        if (!viewer) throw new HttpError('UNAUTHENTICATED', 'Meld je aan.');
        const body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { variables?: Record<string, unknown> }) : {};
        const data = await handle(req.url ?? '', body.variables ?? {}, viewer, count);
        res.writeHead(200, { 'content-type': 'application/json', 'x-sql-queries': String(statements) });
        res.end(`{"data":${data}}`);
      } catch (error) {
        const code = error instanceof HttpError ? error.code : 'INTERNAL_SERVER_ERROR';
        if (!(error instanceof HttpError)) console.error('[floor]', error);
        res.writeHead(200, { 'content-type': 'application/json', 'x-sql-queries': String(statements) });
        res.end(JSON.stringify({ errors: [{ message: (error as Error).message, extensions: { code } }] }));
      }
    })();
  });
});
server.keepAliveTimeout = 65_000;
server.listen(port, '127.0.0.1', () => console.log(`Floor on http://127.0.0.1:${port}`));
process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
