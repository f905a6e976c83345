// For `pnpm --filter @kruispunt/api neighbours:analyse` (scripts/neighbours-analysis.py): every
// (source, candidate) part the neighbours statement scores, per field pair and per kind of link,
// written as JSON for an analysis outside the tests. Runs the statement's own CTEs
// (action-neighbours.queries.ts) up to its scoring, with every action as a source.
import { writeFileSync } from 'node:fs';
import type { DataSource } from 'typeorm';
import { NEIGHBOURS_SQL } from '../modules/action/action-neighbours.queries';

export async function writeNeighbourFeatures(db: DataSource, file: string): Promise<void> {
  const full = NEIGHBOURS_SQL('true');
  const head = `${full.slice(0, full.indexOf('scored AS ('))} unused AS (SELECT 1)`;
  const ids = ((await db.query(`SELECT id FROM action`)) as { id: string }[]).map((r) => r.id);
  const refs = await db.query(`SELECT a.id, z.slug AS zone, p.year, a.title FROM action a JOIN action_plan p ON p.id = a.action_plan_id JOIN zone z ON z.id = p.zone_id`);
  const parts = await db.query(`${head} SELECT source_id, id, subject, grp, goal, kind, link FROM parts`, [ids]);
  const fields = await db.query(
    `${head} SELECT a.id AS source_id, b.id, a.field AS fa, b.field AS fb, sum(a.u * b.u) AS cos
      FROM unit a JOIN unit b ON a.lexeme = b.lexeme AND a.id <> b.id WHERE a.id IN (SELECT id FROM src) GROUP BY 1, 2, 3, 4`,
    [ids],
  );
  const links = await db.query(
    `${head} SELECT s.id AS source_id, lb.id, la.kind, sum(i.idf) AS idf_sum, (SELECT ln(n) FROM n) AS lnn
      FROM src s JOIN links la ON la.id = s.id JOIN links lb ON lb.kind = la.kind AND lb.key = la.key AND lb.id <> s.id
      JOIN link_idf i ON i.kind = la.kind AND i.key = la.key GROUP BY 1, 2, 3`,
    [ids],
  );
  // The sheets' words per field as the statement stems them ('dutch'), for other subject signals.
  const words = await db.query(`SELECT a.id,
      tsvector_to_array(to_tsvector('dutch', a.title)) AS title,
      (SELECT array_agg(l) FROM unnest(to_tsvector('dutch', concat_ws(' ', a.what, a.why, array_to_string(a.in_scope, ' ')))) u(l, p, w), generate_series(1, coalesce(array_length(p, 1), 1))) AS body,
      tsvector_to_array(to_tsvector('dutch', concat_ws(' ', og.title, sg.title))) AS goal,
      (SELECT array_agg(l) FROM unnest(to_tsvector('dutch', (SELECT string_agg(s.text, ' ') FROM action_step s WHERE s.action_id = a.id))) u(l, p, w), generate_series(1, coalesce(array_length(p, 1), 1))) AS steps
    FROM action a LEFT JOIN operational_goal og ON og.id = a.operational_goal_id LEFT JOIN strategic_goal sg ON sg.id = coalesce(og.strategic_goal_id, a.strategic_goal_id)`);
  const synonyms = await db.query(
    `SELECT term, both_ways, tsvector_to_array(to_tsvector('dutch', term)) AS term_words, tsvector_to_array(to_tsvector('dutch', full_form)) AS full_words FROM search_synonym`,
  );
  writeFileSync(file, JSON.stringify({ refs, parts, fields, links, words, synonyms }));
}
