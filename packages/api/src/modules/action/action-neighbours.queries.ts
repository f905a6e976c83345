// "Gluren bij de buren" in one statement per batch of actions: for each source action, the actions
// of other zones that are worth reading before starting it, with what they share.
//
// The subject: title, what/why/in-scope and the goal it serves, as Dutch stems (the stored,
// GIN-indexed action.subject_vector; goals parsed on the fly) weighted tf-idf:
// (1 + ln tf) * ln(N / df), with N and df over all actions (ts_stat; a statistic that weighs
// words, never shown), so words every zone writes ("zorg", "partners", "actie") weigh next to
// nothing. Each of the three fields is a unit vector of its own and they are mixed with fixed
// shares (title 0.5, text 0.3, goal 0.2) before the cosine: a long text cannot outweigh a title,
// and a two-word title still counts in full. Zone names and municipalities are left out: they
// say where, not what.
//
// The links: shared themes, partners (stakeholders and lead) and shared work (working groups
// and projects), each an idf-weighted overlap, shared / sqrt(mass a * mass b) (Ochiai); the
// target groups as a cosine of their words.
//
// score = 0.5 subject + 0.15 themes + 0.15 shared work + 0.1 partners + 0.1 target groups:
// half what the action is about, half what it is linked to; a shared theme counts in full only
// when few actions carry it (THEME_DISTINCTIVE). An action that shares nothing worth mentioning
// (score below MIN_SCORE) is no neighbour, nor is one far behind the best (below SHARE_OF_BEST of
// its score): next to a neighbour on the same subject, one that only shares a theme is noise.
//
// THEME_DISTINCTIVE, MIN_SCORE and SHARE_OF_BEST were chosen by cross-validation on the judged
// set (scripts/neighbours-analysis.py: on one half read on the other, and leaving one query out),
// never by looking at single queries.
//
// Only candidates are scored: actions sharing a distinctive link or word with the source (on at
// most a tenth of all actions, or ten), the word matches found through the GIN index and capped
// by ts_rank. One source on 5,457 synthetic actions: 0.15-0.35 s; a page of 10: ~4 s.
export const WEIGHTS = { subject: 0.5, theme: 0.15, work: 0.15, partner: 0.1, group: 0.1 } as const;
export const FIELD_SHARES = { title: 0.5, body: 0.3, goal: 0.2 } as const;
export const MIN_SCORE = 0.07;
/**
 * A shared theme counts in full only when it is distinctive: the overlap is multiplied by
 * min(1, THEME_DISTINCTIVE * idf / ln N) of the shared themes, so a theme half the actions carry
 * ("Governance") says little and a theme few carry ("Digitale inclusie") says as much as before.
 */
export const THEME_DISTINCTIVE = 2;
/** A neighbour is listed only if it scores at least this share of the best neighbour's score. */
export const SHARE_OF_BEST = 0.4;
/** At most this many word-sharing candidates per source are scored in full (found by ts_rank). */
export const CANDIDATES = 200;

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
n AS (SELECT count(*)::float8 AS n FROM action),
-- Document frequencies over every action's stored subject vector (weights only, never shown).
df AS (SELECT word AS lexeme, ndoc::float8 AS df FROM ts_stat('SELECT subject_vector FROM action')),
noise AS (
  SELECT DISTINCT l AS lexeme FROM zone z,
    unnest(tsvector_to_array(to_tsvector('dutch', concat_ws(' ', z.name, z.short_name, array_to_string(z.municipalities, ' '))))) l
),
-- Every action's links: themes, partners (stakeholders and lead), shared work (groups, projects).
every_link AS (
  SELECT action_id AS id, 'theme' AS kind, theme_id AS key, NULL AS sub FROM action_theme
  UNION SELECT action_id, 'partner', partner_id, NULL FROM action_stakeholder
  UNION SELECT id, 'partner', lead_partner_id, NULL FROM action WHERE lead_partner_id IS NOT NULL
  UNION SELECT action_id, 'work', working_group_id, 'WORKING_GROUP' FROM action_working_group
  UNION SELECT id, 'work', lead_working_group_id, 'WORKING_GROUP' FROM action WHERE lead_working_group_id IS NOT NULL
  UNION SELECT action_id, 'work', project_id, 'PROJECT' FROM action_project
),
link_idf AS (SELECT kind, key, ln((SELECT n FROM n) / count(*)) AS idf FROM every_link GROUP BY kind, key),
-- The actions sharing a link with a source, with what the link is called.
links AS (
  SELECT l.id, l.kind, l.key,
    CASE l.kind
      WHEN 'theme' THEN jsonb_build_object('name', (SELECT name FROM theme WHERE id = l.key))
      WHEN 'partner' THEN jsonb_build_object('name', (SELECT name FROM partner WHERE id = l.key))
      ELSE jsonb_build_object('kind', l.sub, 'name', CASE l.sub WHEN 'PROJECT' THEN (SELECT name FROM project WHERE id = l.key) ELSE (SELECT name FROM working_group WHERE id = l.key) END)
    END AS label
  FROM every_link l WHERE (l.kind, l.key) IN (SELECT kind, key FROM every_link WHERE id IN (SELECT id FROM src))
),
-- Candidates: the sources; the actions sharing a distinctive link with one (a key on at most a
-- tenth of all actions, or ten); and, found through the GIN index, the actions sharing its
-- distinctive words (same bound), at most CANDIDATES per source by ts_rank. An action sharing
-- only what half the actions have (a governance theme, a common word) is no neighbour.
distinctive AS (SELECT greatest(10, (SELECT n FROM n) / 10) AS df),
src_query AS (
  SELECT a.id, string_agg(quote_literal(t.lexeme), ' | ')::tsquery AS q
  FROM action a CROSS JOIN LATERAL unnest(tsvector_to_array(a.subject_vector)) t(lexeme) JOIN df ON df.lexeme = t.lexeme
  WHERE a.id IN (SELECT id FROM src) AND df.df <= (SELECT df FROM distinctive)
    AND length(t.lexeme) > 1 AND NOT EXISTS (SELECT 1 FROM noise WHERE noise.lexeme = t.lexeme)
  GROUP BY a.id
),
candidate AS (
  SELECT id FROM src
  UNION SELECT l.id FROM links l JOIN link_idf i USING (kind, key) WHERE i.idf >= ln((SELECT n FROM n) / (SELECT df FROM distinctive))
  UNION SELECT m.id FROM src_query q CROSS JOIN LATERAL (
    SELECT b.id FROM action b WHERE b.subject_vector @@ q.q AND b.id <> q.id ORDER BY ts_rank(b.subject_vector, q.q, 1) DESC LIMIT ${CANDIDATES}
  ) m
),
corpus AS (
  SELECT b.id, pb.zone_id, b.title, b.what, b.why, b.in_scope, b.target_groups, b.subject_vector, b.operational_goal_id, b.strategic_goal_id,
    (${visibility}) AS visible
  FROM action b JOIN action_plan pb ON pb.id = b.action_plan_id
  WHERE b.id IN (SELECT id FROM candidate)
),
link_mass AS (
  SELECT l.id, l.kind, sum(i.idf) AS mass FROM every_link l JOIN link_idf i USING (kind, key) WHERE l.id IN (SELECT id FROM corpus) GROUP BY l.id, l.kind
),
goal_text AS (
  SELECT c.id, concat_ws(' ', og.title, sg.title) AS txt
  FROM corpus c
  LEFT JOIN operational_goal og ON og.id = c.operational_goal_id
  LEFT JOIN strategic_goal sg ON sg.id = coalesce(og.strategic_goal_id, c.strategic_goal_id)
),
-- The sources' texts as written, to show the words they share in their own spelling.
field_text AS (
  SELECT c.id, f.field, f.txt
  FROM corpus c JOIN goal_text g ON g.id = c.id
  CROSS JOIN LATERAL (VALUES
    ('title', c.title),
    ('body', concat_ws(' ', c.what, c.why, array_to_string(c.in_scope, ' '))),
    ('goal', g.txt),
    ('group', array_to_string(c.target_groups, ' '))
  ) f(field, txt)
  WHERE c.id IN (SELECT id FROM src)
),
raw_terms AS (
  SELECT c.id, f.field, t.lexeme, f.tf
  FROM corpus c CROSS JOIN LATERAL unnest(c.subject_vector) t
  CROSS JOIN LATERAL (VALUES
    ('title', cardinality(array_positions(t.weights, 'A'))),
    ('body', cardinality(array_positions(t.weights, 'B'))),
    ('group', cardinality(array_positions(t.weights, 'C')))
  ) f(field, tf)
  WHERE f.tf > 0
  UNION ALL
  SELECT g.id, 'goal', t.lexeme, coalesce(array_length(t.positions, 1), 1)
  FROM goal_text g CROSS JOIN LATERAL unnest(to_tsvector('dutch', g.txt)) t
),
weighted AS (
  SELECT t.id, t.field, t.lexeme, (1 + ln(t.tf)) * ln((SELECT n FROM n) / coalesce(df.df, 1)) AS w
  FROM raw_terms t LEFT JOIN df ON df.lexeme = t.lexeme
  WHERE length(t.lexeme) > 1 AND NOT EXISTS (SELECT 1 FROM noise WHERE noise.lexeme = t.lexeme)
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
-- The sources' vectors as jsonb objects (stem -> weight): matched against every candidate's
-- stems by key lookups, which stay fast whatever join the planner picks on these CTEs' estimates.
src_vectors AS (
  SELECT id, 'subject' AS field, jsonb_object_agg(lexeme, u) AS vec FROM subject WHERE id IN (SELECT id FROM src) GROUP BY id
  UNION ALL
  SELECT id, field, jsonb_object_agg(lexeme, u) FROM unit WHERE field IN ('group', 'goal') AND id IN (SELECT id FROM src) GROUP BY id, field
),
parts AS (
  -- subject: cosine of the mixed vectors, and the stems that contribute most
  SELECT a.id AS source_id, b.id, sum(b.u * (a.vec->>b.lexeme)::float8) AS subject, 0::float8 AS grp, 0::float8 AS goal,
    NULL::text AS kind, 0::float8 AS link,
    NULL::text[] AS words, NULL::jsonb AS labels
  FROM src_vectors a JOIN subject b ON a.field = 'subject' AND a.vec ? b.lexeme AND b.id <> a.id
  GROUP BY a.id, b.id
  UNION ALL
  -- target groups and goals: cosine of their own unit vectors
  SELECT a.id, b.id, 0, sum(b.u * (a.vec->>b.lexeme)::float8) FILTER (WHERE a.field = 'group'), sum(b.u * (a.vec->>b.lexeme)::float8) FILTER (WHERE a.field = 'goal'),
    NULL, 0,
    NULL, NULL
  FROM src_vectors a JOIN unit b ON a.field IN ('group', 'goal') AND b.field = a.field AND a.vec ? b.lexeme AND b.id <> a.id
  GROUP BY a.id, b.id
  UNION ALL
  -- themes, partners, shared work: idf-weighted overlap
  SELECT s.id, lb.id, 0, 0, 0, la.kind,
    sum(i.idf) / sqrt(max(ma.mass) * max(mb.mass))
      * CASE la.kind WHEN 'theme' THEN least(1, ${THEME_DISTINCTIVE} * sum(i.idf) / ln((SELECT n FROM n))) ELSE 1 END,
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
    (jsonb_agg(p.labels) FILTER (WHERE p.kind = 'theme')) -> 0 AS themes,
    (jsonb_agg(p.labels) FILTER (WHERE p.kind = 'partner')) -> 0 AS partners,
    (jsonb_agg(p.labels) FILTER (WHERE p.kind = 'work')) -> 0 AS work
  FROM parts p
  JOIN corpus c ON c.id = p.id AND c.visible
  JOIN corpus cs ON cs.id = p.source_id AND cs.zone_id <> c.zone_id
  GROUP BY p.source_id, p.id
),
ranked AS (
  SELECT * FROM (
    SELECT *, row_number() OVER (PARTITION BY source_id ORDER BY score DESC, id) AS rank, max(score) OVER (PARTITION BY source_id) AS best
    FROM scored WHERE score >= ${MIN_SCORE}
  ) s WHERE score >= ${SHARE_OF_BEST} * best
)
SELECT r.source_id, r.id, r.score,
  (SELECT array_agg(t->>'name') FROM jsonb_array_elements(r.themes) t) AS themes,
  (SELECT array_agg(t->>'name') FROM jsonb_array_elements(r.partners) t) AS partners,
  r.work,
  CASE WHEN r.grp >= ${GROUP_COSINE} THEN (SELECT array_agg(surface ORDER BY o) FROM (${surface('st.group_words', "fs.field = 'group'")}) g) END AS group_words,
  (SELECT array_agg(surface ORDER BY o) FROM (${surface('st.words', "fs.field <> 'group'")}) w) AS words,
  similarity(cs.title, c.title) >= ${TITLE_TRIGRAM} AS similar_title,
  r.goal >= ${GOAL_COSINE} AS similar_goal
FROM ranked r JOIN corpus c ON c.id = r.id JOIN corpus cs ON cs.id = r.source_id
-- The stems that contribute most to the subject and to the target groups, for the listed ones only.
CROSS JOIN LATERAL (
  SELECT
    (SELECT array_agg(b.lexeme ORDER BY b.u * (a.vec->>b.lexeme)::float8 DESC) FROM src_vectors a JOIN subject b ON b.id = r.id AND a.vec ? b.lexeme
      WHERE a.id = r.source_id AND a.field = 'subject' AND b.u * (a.vec->>b.lexeme)::float8 >= ${WORD_CONTRIBUTION})[1:3] AS words,
    (SELECT array_agg(b.lexeme ORDER BY b.u * (a.vec->>b.lexeme)::float8 DESC) FROM src_vectors a JOIN unit b ON b.id = r.id AND b.field = 'group' AND a.vec ? b.lexeme
      WHERE a.id = r.source_id AND a.field = 'group')[1:2] AS group_words
) st
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
