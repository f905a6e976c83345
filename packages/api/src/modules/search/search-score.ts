// Scores the global search on a judged query set: recall@10 and MRR, overall and per query. Both
// sets' judgments were made by reading the seed actions' texts:
// - judged-queries.json: the set the search was built against;
// - judged-queries-blind.json: 30 queries written and judged later by a second judge who saw
//   neither the code nor the first set's results; only read, never used to change the search.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface JudgedAction {
  zone: string;
  year: number;
  title: string;
}

export interface QueryScore {
  query: string;
  kind: string;
  recall: number;
  reciprocalRank: number;
  missed: JudgedAction[];
  found: number;
}

export interface SearchScore {
  recallAt10: number;
  mrr: number;
  queries: QueryScore[];
}

export interface JudgedQuery {
  query: string;
  kind: string;
  relevant: JudgedAction[];
}

const judgedSet = (file: string): JudgedQuery[] => JSON.parse(readFileSync(join(__dirname, file), 'utf8')).queries;
export const JUDGED_QUERIES = judgedSet('judged-queries.json');
export const BLIND_QUERIES = judgedSet('judged-queries-blind.json');

const key = (a: JudgedAction) => `${a.zone}|${a.year}|${a.title}`;

/** `search` returns the top 10 actions of a query, best first. */
export async function scoreSearch(search: (text: string) => Promise<JudgedAction[]>, judged: JudgedQuery[] = JUDGED_QUERIES): Promise<SearchScore> {
  const queries: QueryScore[] = [];
  for (const q of judged) {
    const got = (await search(q.query)).slice(0, 10).map(key);
    const relevant = new Set(q.relevant.map(key));
    const firstHit = got.findIndex((k) => relevant.has(k));
    queries.push({
      query: q.query,
      kind: q.kind,
      recall: got.filter((k) => relevant.has(k)).length / relevant.size,
      reciprocalRank: firstHit < 0 ? 0 : 1 / (firstHit + 1),
      missed: q.relevant.filter((a) => !got.includes(key(a))),
      found: got.length,
    });
  }
  const mean = (f: (q: QueryScore) => number) => queries.reduce((s, q) => s + f(q), 0) / queries.length;
  return { recallAt10: mean((q) => q.recall), mrr: mean((q) => q.reciprocalRank), queries };
}

/** A printable report: the figures, each query, then the worst ones with what they missed. */
export function formatScore(score: SearchScore, worst = 12): string {
  const f = (n: number) => n.toFixed(2);
  const lines = [`Search on ${score.queries.length} judged queries: recall@10 ${f(score.recallAt10)}, MRR ${f(score.mrr)}`, ''];
  for (const q of score.queries) lines.push(`  ${f(q.recall)}  ${f(q.reciprocalRank)}  ${String(q.found).padStart(2)} found  ${q.query} (${q.kind})`);
  lines.push('', 'Worst queries:');
  const sorted = [...score.queries].sort((a, b) => a.recall + a.reciprocalRank - (b.recall + b.reciprocalRank)).slice(0, worst);
  for (const q of sorted) {
    if (q.recall === 1 && q.reciprocalRank === 1) break;
    lines.push(`  "${q.query}": recall ${f(q.recall)}, RR ${f(q.reciprocalRank)}; missed ${q.missed.map((m) => `${m.zone} ${m.year} “${m.title.slice(0, 60)}”`).join('; ') || 'nothing'}`);
  }
  return lines.join('\n');
}
