// "Gluren bij de buren" measured against the judged set (judged-neighbours.json) on the seed data,
// as a coach of the region sees it. `pnpm --filter @kruispunt/api neighbours:score` runs this file
// and prints the per-query figures (NEIGHBOURS_REPORT=1).
import { startServer, type StartedServer } from '../../server';
import { createTestDatabase, type TestDatabase } from '../../test/db';
import { gql } from '../../test/http';
import { createTestUser, type TestUser } from '../../test/users';
import { formatReport, JUDGED_QUERIES, refKey, scoreQuery, summarise, type ActionRef, type QueryScore } from './neighbours-score';

const PAGE = `query($after: String) { actions(first: 40, after: $after) {
  pageInfo { hasNextPage endCursor }
  nodes { id title actionPlan { year zone { slug } }
    similarActions(first: 5) { score reasons action { id title actionPlan { year zone { slug } } } } }
} }`;

interface Neighbour {
  score: number;
  reasons: string[];
  action: { id: string; title: string; actionPlan: { year: number; zone: { slug: string } } };
}
interface Node {
  id: string;
  title: string;
  actionPlan: { year: number; zone: { slug: string } };
  similarActions: Neighbour[];
}

const ref = (a: { title: string; actionPlan: { year: number; zone: { slug: string } } }): ActionRef => ({ zone: a.actionPlan.zone.slug, year: a.actionPlan.year, title: a.title });

describe('neighbours by meaning ("gluren bij de buren")', () => {
  let t: TestDatabase;
  let server: StartedServer;
  let coach: TestUser;
  const lists = new Map<string, Neighbour[]>();
  const statements: number[] = [];
  let scores: QueryScore[] = [];

  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
    server = await startServer(t.db, { port: 0, host: '127.0.0.1', rateLimit: { ipPerMinute: 100_000, tokenPerMinute: 100_000 } });
    coach = await createTestUser(t.db, { coachOf: ['oost-brabant'], scope: 'READ' });
    let after: string | null = null;
    do {
      const res: { data?: any; errors?: unknown; sqlQueries: number } = await gql(server.url, PAGE, { after }, coach.headers);
      expect(res.errors).toBeUndefined();
      statements.push(res.sqlQueries);
      for (const n of res.data.actions.nodes as Node[]) lists.set(refKey(ref(n)), n.similarActions);
      after = res.data.actions.pageInfo.hasNextPage ? res.data.actions.pageInfo.endCursor : null;
    } while (after);
    scores = JUDGED_QUERIES.map((q) => {
      const list = lists.get(refKey(q.query));
      if (!list) throw new Error(`judged query not in the seed: ${refKey(q.query)}`);
      return scoreQuery(q, list.map((s) => ({ ...ref(s.action), score: s.score })));
    });
    if (process.env.NEIGHBOURS_REPORT) process.stdout.write(`\n${formatReport(scores)}\n\n`);
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  it('judges every query against actions that exist in other zones', () => {
    expect(JUDGED_QUERIES.length).toBeGreaterThanOrEqual(30);
    const all = new Set(lists.keys());
    for (const q of JUDGED_QUERIES) {
      for (const r of q.relevant) {
        expect(all.has(refKey(r))).toBe(true);
        expect(r.zone).not.toBe(q.query.zone);
      }
    }
  });

  it('ranks what a zone would want to read first (floors on the whole judged set)', () => {
    const m = summarise(scores);
    expect(m.ndcg5).toBeGreaterThanOrEqual(0.6);
    expect(m.precision5).toBeGreaterThanOrEqual(0.45);
    expect(m.offSubjectTop3Share).toBeLessThanOrEqual(0.5);
  });
});
