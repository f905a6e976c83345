// Scores "gluren bij de buren" lists against the judged sets: precision@5 (grade >= 1), nDCG@5 (gain
// 2^grade - 1) and whether an off-subject (grade 0) action is in the top 3.
// - modules/action/judged-neighbours.json: 60 queries, the set the weights were chosen on (by
//   cross-validation, scripts/neighbours-analysis.py);
// - modules/action/judged-neighbours-blind.json: 30 queries judged later by a second judge who saw
//   neither the code, the lists nor the first set; never used to choose anything, only to read how
//   the ranking does on judgments it was not built for. Some of its queries have no neighbour at all
//   (placeholder actions): they count only for the off-subject share (an empty list is right).
import judged from '../modules/action/judged-neighbours.json';
import blind from '../modules/action/judged-neighbours-blind.json';

export interface ActionRef {
  zone: string;
  year: number;
  title: string;
}

export interface JudgedQuery {
  query: ActionRef;
  relevant: (ActionRef & { grade: number })[];
}

export interface QueryScore {
  query: ActionRef;
  precision5: number;
  ndcg5: number;
  offSubjectTop3: boolean;
  /** The returned list, with the grade of each item. */
  got: (ActionRef & { grade: number; score?: number; reasons?: string[] })[];
}

export interface Summary {
  queries: number;
  precision5: number;
  ndcg5: number;
  offSubjectTop3Share: number;
}

export const JUDGED_QUERIES: JudgedQuery[] = (judged as { queries: JudgedQuery[] }).queries;
export const BLIND_QUERIES: JudgedQuery[] = (blind as { queries: JudgedQuery[] }).queries;

export function refKey(r: ActionRef): string {
  return `${r.zone}|${r.year}|${r.title}`;
}

const gain = (grade: number) => 2 ** grade - 1;
const dcg = (grades: number[]) => grades.slice(0, 5).reduce((sum, g, i) => sum + gain(g) / Math.log2(i + 2), 0);

export function scoreQuery(q: JudgedQuery, got: (ActionRef & { score?: number; reasons?: string[] })[]): QueryScore {
  const grades = new Map(q.relevant.map((r) => [refKey(r), r.grade]));
  const graded = got.slice(0, 5).map((r) => ({ ...r, grade: grades.get(refKey(r)) ?? 0 }));
  const ideal = dcg(q.relevant.map((r) => r.grade).sort((a, b) => b - a));
  return {
    query: q.query,
    precision5: graded.filter((g) => g.grade >= 1).length / 5,
    ndcg5: ideal > 0 ? dcg(graded.map((g) => g.grade)) / ideal : NaN,
    offSubjectTop3: graded.slice(0, 3).some((g) => g.grade === 0),
    got: graded,
  };
}

/** Precision and nDCG over the queries that have a neighbour to find; the off-subject share over all. */
export function summarise(scores: QueryScore[]): Summary {
  const mean = (part: QueryScore[], f: (s: QueryScore) => number) => (part.length ? part.reduce((sum, s) => sum + f(s), 0) / part.length : 0);
  const findable = scores.filter((s) => !Number.isNaN(s.ndcg5));
  return {
    queries: scores.length,
    precision5: mean(findable, (s) => s.precision5),
    ndcg5: mean(findable, (s) => s.ndcg5),
    offSubjectTop3Share: mean(scores, (s) => (s.offSubjectTop3 ? 1 : 0)),
  };
}

export function formatReport(scores: QueryScore[], blindScores: QueryScore[] = []): string {
  const f = (n: number) => (Number.isNaN(n) ? ' -  ' : n.toFixed(2));
  const lines: string[] = [];
  const perQuery = (title: string, part: QueryScore[]) => {
    lines.push(title, 'P@5   nDCG@5 off3  query (zone year title) -> top 5 with grades');
    for (const s of part) {
      lines.push(`${f(s.precision5)}  ${f(s.ndcg5)}   ${s.offSubjectTop3 ? 'yes ' : 'no  '}  ${s.query.zone} ${s.query.year} ${s.query.title.slice(0, 60)}`);
      for (const g of s.got)
        lines.push(
          `        [${g.grade}] ${g.score === undefined ? '' : g.score.toFixed(3)} ${g.zone} ${g.year} ${g.title.slice(0, 70)}${g.reasons ? `\n              ${g.reasons.join(' · ')}` : ''}`,
        );
    }
    lines.push('');
  };
  perQuery('The judged set (judged-neighbours.json):', scores);
  if (blindScores.length) perQuery('The blind set (judged-neighbours-blind.json, a second judge):', blindScores);
  const line = (label: string, part: QueryScore[]) => {
    const m = summarise(part);
    return `${label.padEnd(28)} queries ${String(m.queries).padStart(2)}  P@5 ${f(m.precision5)}  nDCG@5 ${f(m.ndcg5)}  off-subject in top 3 ${f(m.offSubjectTop3Share)}`;
  };
  lines.push(
    line('all', scores),
    line(
      'half A (even index)',
      scores.filter((_, i) => i % 2 === 0),
    ),
    line(
      'half B (odd index)',
      scores.filter((_, i) => i % 2 === 1),
    ),
  );
  if (blindScores.length) lines.push(line('blind set (second judge)', blindScores));
  const worst = scores
    .filter((s) => !Number.isNaN(s.ndcg5))
    .sort((a, b) => a.ndcg5 - b.ndcg5)
    .slice(0, 8);
  lines.push('', 'worst queries of the judged set by nDCG@5:', ...worst.map((s) => `  ${f(s.ndcg5)} ${s.query.zone} ${s.query.year} ${s.query.title.slice(0, 70)}`));
  return lines.join('\n');
}
