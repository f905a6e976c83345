// "Gluren bij de buren" in one statement per batch of actions: for each source action, the actions
// of other zones that are worth reading before starting it, with what they share.
//
// The subject: title, what/why/in-scope and the goal it serves, as Dutch stems weighted
// tf-idf ((1 + ln tf) * ln(N / df), N and df over every action the caller may see), so words
// every zone writes ("zorg", "partners", "actie") weigh next to nothing. Each of the three
// fields is a unit vector of its own and they are mixed with fixed shares (title 0.5, text 0.3,
// goal 0.2) before the cosine: a long text cannot outweigh a title, and a two-word title still
// counts in full. Zone names and municipalities are left out: they say where, not what.
//
// The links: shared themes, partners (stakeholders and lead) and shared work (working groups
// and projects), each an idf-weighted overlap (a theme on half the actions, such as governance,
// counts little; a project or a rare partner a lot), shared / sqrt(mass a * mass b); and the
// target groups as a cosine of their words.
//
// score = 0.5 subject + 0.15 themes + 0.15 shared work + 0.1 partners + 0.1 target groups:
// half what the action is about, half what it is linked to. An action that shares nothing
// worth mentioning (score below MIN_SCORE) is no neighbour.
export const WEIGHTS = { subject: 0.5, theme: 0.15, work: 0.15, partner: 0.1, group: 0.1 } as const;
export const FIELD_SHARES = { title: 0.5, body: 0.3, goal: 0.2 } as const;
export const MIN_SCORE = 0.08;

/** Reasons' thresholds: a title or goal this alike, words and target groups that contribute this much. */
const TITLE_TRIGRAM = 0.3;
const GOAL_COSINE = 0.3;
const WORD_CONTRIBUTION = 0.01;
const GROUP_COSINE = 0.15;

export interface NeighbourRow {
  source_id: string;
  id: string;
  score: number;
  themes: string[] | null;
  partners: string[] | null;
  work: { kind: 'WORKING_GROUP' | 'PROJECT'; name: string }[] | null;
  group_words: string[] | null;
  words: string[] | null;
  similar_title: boolean;
  similar_goal: boolean;
}

/**
 * $1 = source action ids, $2 = how many per source; `visibility` is a condition on the candidate
 * action `b` and its plan `pb` (auth/visibility.ts), its parameters numbered from $3.
 */
export const NEIGHBOURS_SQL = (visibility: string) => `
WITH src AS (SELECT DISTINCT unnest($1::uuid[]) AS id),
corpus AS (
  SELECT b.id, pb.zone_id, b.title, b.what, b.why, b.in_scope, b.target_groups, b.operational_goal_id, b.strategic_goal_id, b.lead_partner_id, b.lead_working_group_id,
    (${visibility}) AS visible
  FROM action b JOIN action_plan pb ON pb.id = b.action_plan_id
  WHERE (${visibility}) OR b.id IN (SELECT id FROM src)
),
n AS (SELECT count(*)::float8 AS n FROM corpus WHERE visible),
noise AS (
  SELECT DISTINCT l AS lexeme FROM zone z,
    unnest(tsvector_to_array(to_tsvector('dutch', concat_ws(' ', z.name, z.short_name, array_to_string(z.municipalities, ' '))))) l
),
field_text AS (
  SELECT c.id, c.visible, f.field, f.txt
  FROM corpus c
  LEFT JOIN operational_goal og ON og.id = c.operational_goal_id
  LEFT JOIN strategic_goal sg ON sg.id = coalesce(og.strategic_goal_id, c.strategic_goal_id)
  CROSS JOIN LATERAL (VALUES
    ('title', c.title),
    ('body', concat_ws(' ', c.what, c.why, array_to_string(c.in_scope, ' '))),
    ('goal', concat_ws(' ', og.title, sg.title)),
    ('group', array_to_string(c.target_groups, ' '))
  ) f(field, txt)
),
terms AS (
  SELECT ft.id, ft.visible, ft.field, t.lexeme, 1 + ln(coalesce(array_length(t.positions, 1), 1)) AS tf
  FROM field_text ft CROSS JOIN LATERAL unnest(to_tsvector('dutch', coalesce(ft.txt, ''))) t
  WHERE length(t.lexeme) > 1 AND NOT EXISTS (SELECT 1 FROM noise WHERE noise.lexeme = t.lexeme)
),
df AS (SELECT lexeme, count(DISTINCT id)::float8 AS df FROM terms WHERE visible GROUP BY lexeme),
weighted AS (
  SELECT t.id, t.field, t.lexeme, t.tf * ln((SELECT n FROM n) / df.df) AS w
  FROM terms t JOIN df USING (lexeme)
),
unit AS (
  SELECT id, field, lexeme, w / sqrt(sum(w * w) OVER (PARTITION BY id, field)) AS u
  FROM weighted WHERE w > 0
),
subject_mix AS (
  SELECT id, lexeme, sum(u * CASE field WHEN 'title' THEN ${FIELD_SHARES.title} WHEN 'body' THEN ${FIELD_SHARES.body} ELSE ${FIELD_SHARES.goal} END) AS v
  FROM unit WHERE field <> 'group' GROUP BY id, lexeme
),
subject AS (SELECT id, lexeme, v / sqrt(sum(v * v) OVER (PARTITION BY id)) AS u FROM subject_mix),
-- The sources' vectors as jsonb objects (stem -> weight): matched against every action's stems by
-- key lookups, which stay fast whatever join the planner picks for these CTEs' rough estimates.
src_vectors AS (
  SELECT id, 'subject' AS field, jsonb_object_agg(lexeme, u) AS vec FROM subject WHERE id IN (SELECT id FROM src) GROUP BY id
  UNION ALL
  SELECT id, field, jsonb_object_agg(lexeme, u) FROM unit WHERE field IN ('group', 'goal') AND id IN (SELECT id FROM src) GROUP BY id, field
),
links AS (
  SELECT at.action_id AS id, 'theme' AS kind, at.theme_id AS key, jsonb_build_object('name', th.name) AS label
    FROM action_theme at JOIN theme th ON th.id = at.theme_id WHERE at.action_id IN (SELECT id FROM corpus)
  UNION
  SELECT s.action_id, 'partner', s.partner_id, jsonb_build_object('name', p.name)
    FROM action_stakeholder s JOIN partner p ON p.id = s.partner_id WHERE s.action_id IN (SELECT id FROM corpus)
  UNION
  SELECT c.id, 'partner', c.lead_partner_id, jsonb_build_object('name', p.name)
    FROM corpus c JOIN partner p ON p.id = c.lead_partner_id
  UNION
  SELECT w.action_id, 'work', w.working_group_id, jsonb_build_object('kind', 'WORKING_GROUP', 'name', g.name)
    FROM action_working_group w JOIN working_group g ON g.id = w.working_group_id WHERE w.action_id IN (SELECT id FROM corpus)
  UNION
  SELECT c.id, 'work', c.lead_working_group_id, jsonb_build_object('kind', 'WORKING_GROUP', 'name', g.name)
    FROM corpus c JOIN working_group g ON g.id = c.lead_working_group_id
  UNION
  SELECT ap.action_id, 'work', ap.project_id, jsonb_build_object('kind', 'PROJECT', 'name', pr.name)
    FROM action_project ap JOIN project pr ON pr.id = ap.project_id WHERE ap.action_id IN (SELECT id FROM corpus)
),
link_idf AS (
  SELECT l.kind, l.key, ln((SELECT n FROM n) / count(*)) AS idf
  FROM links l JOIN corpus c ON c.id = l.id AND c.visible GROUP BY l.kind, l.key
),
link_mass AS (
  SELECT l.id, l.kind, sum(i.idf) AS mass FROM links l JOIN link_idf i USING (kind, key) GROUP BY l.id, l.kind
),
parts AS (
  -- subject: cosine of the mixed vectors, and the stems that contribute most
  SELECT a.id AS source_id, b.id, sum(b.u * (a.vec->>b.lexeme)::float8) AS subject, 0::float8 AS grp, 0::float8 AS goal,
    NULL::text AS kind, 0::float8 AS link,
    (array_agg(b.lexeme ORDER BY b.u * (a.vec->>b.lexeme)::float8 DESC) FILTER (WHERE b.u * (a.vec->>b.lexeme)::float8 >= ${WORD_CONTRIBUTION}))[1:3] AS words,
    NULL::jsonb AS labels
  FROM src_vectors a JOIN subject b ON a.field = 'subject' AND a.vec ? b.lexeme AND b.id <> a.id
  GROUP BY a.id, b.id
  UNION ALL
  -- target groups and goals: cosine of their own unit vectors
  SELECT a.id, b.id, 0, sum(b.u * (a.vec->>b.lexeme)::float8) FILTER (WHERE a.field = 'group'), sum(b.u * (a.vec->>b.lexeme)::float8) FILTER (WHERE a.field = 'goal'),
    NULL, 0,
    (array_agg(b.lexeme ORDER BY b.u * (a.vec->>b.lexeme)::float8 DESC) FILTER (WHERE a.field = 'group'))[1:2], NULL
  FROM src_vectors a JOIN unit b ON a.field IN ('group', 'goal') AND b.field = a.field AND a.vec ? b.lexeme AND b.id <> a.id
  GROUP BY a.id, b.id
  UNION ALL
  -- themes, partners, shared work: idf-weighted overlap
  SELECT s.id, lb.id, 0, 0, 0, la.kind,
    sum(i.idf) / sqrt(max(ma.mass) * max(mb.mass)),
    NULL, jsonb_agg(la.label ORDER BY i.idf DESC, la.label->>'name')
  FROM src s JOIN links la ON la.id = s.id JOIN links lb ON lb.kind = la.kind AND lb.key = la.key AND lb.id <> s.id
  JOIN link_idf i ON i.kind = la.kind AND i.key = la.key
  JOIN link_mass ma ON ma.id = s.id AND ma.kind = la.kind JOIN link_mass mb ON mb.id = lb.id AND mb.kind = la.kind
  WHERE i.idf > 0
  GROUP BY s.id, lb.id, la.kind
),
scored AS (
  SELECT p.source_id, p.id,
    ${WEIGHTS.subject} * sum(p.subject)
      + ${WEIGHTS.group} * coalesce(sum(p.grp), 0)
      + ${WEIGHTS.theme} * coalesce(sum(p.link) FILTER (WHERE p.kind = 'theme'), 0)
      + ${WEIGHTS.partner} * coalesce(sum(p.link) FILTER (WHERE p.kind = 'partner'), 0)
      + ${WEIGHTS.work} * coalesce(sum(p.link) FILTER (WHERE p.kind = 'work'), 0) AS score,
    coalesce(sum(p.goal), 0) AS goal,
    coalesce(sum(p.grp), 0) AS grp,
    max(p.words) FILTER (WHERE p.kind IS NULL AND p.subject > 0) AS words,
    max(p.words) FILTER (WHERE p.kind IS NULL AND p.subject = 0) AS group_words,
    (jsonb_agg(p.labels) FILTER (WHERE p.kind = 'theme')) -> 0 AS themes,
    (jsonb_agg(p.labels) FILTER (WHERE p.kind = 'partner')) -> 0 AS partners,
    (jsonb_agg(p.labels) FILTER (WHERE p.kind = 'work')) -> 0 AS work
  FROM parts p
  JOIN corpus c ON c.id = p.id AND c.visible
  JOIN corpus cs ON cs.id = p.source_id AND cs.zone_id <> c.zone_id
  GROUP BY p.source_id, p.id
),
ranked AS (
  SELECT *, row_number() OVER (PARTITION BY source_id ORDER BY score DESC, id) AS rank
  FROM scored WHERE score >= ${MIN_SCORE}
)
SELECT r.source_id, r.id, r.score,
  (SELECT array_agg(t->>'name') FROM jsonb_array_elements(r.themes) t) AS themes,
  (SELECT array_agg(t->>'name') FROM jsonb_array_elements(r.partners) t) AS partners,
  r.work,
  CASE WHEN r.grp >= ${GROUP_COSINE} THEN (SELECT array_agg(surface ORDER BY o) FROM (${surface('r.group_words', "fs.field = 'group'")}) g) END AS group_words,
  (SELECT array_agg(surface ORDER BY o) FROM (${surface('r.words', "fs.field <> 'group'")}) w) AS words,
  similarity(cs.title, c.title) >= ${TITLE_TRIGRAM} AS similar_title,
  r.goal >= ${GOAL_COSINE} AS similar_goal
FROM ranked r JOIN corpus c ON c.id = r.id JOIN corpus cs ON cs.id = r.source_id
WHERE r.rank <= $2
ORDER BY r.source_id, r.rank`;

/** The stems in `stems` (an array column of `r`) as the source action writes them (its first word with that stem). */
function surface(stems: string, fieldCondition: string): string {
  return `SELECT coalesce(
      (SELECT w FROM field_text fs, regexp_split_to_table(fs.txt, '[^[:alnum:]]+') w
        WHERE fs.id = r.source_id AND ${fieldCondition} AND w <> '' AND (ts_lexize('dutch_stem', lower(w)))[1] = l LIMIT 1),
      l) AS surface, o
    FROM unnest(${stems}) WITH ORDINALITY u(l, o)`;
}
