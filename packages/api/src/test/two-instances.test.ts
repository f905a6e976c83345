// Scaling out: two API processes (the built dist/main.js, as in production) against one
// PostgreSQL. Everything they share lives in the database, so a session made through one is
// honoured by the other, and an edit based on a stale version is refused whichever instance
// took the first one.
import { requireBuiltApi, startApiProcess, type ApiProcess } from './api-process';
import { createTestDatabase, type TestDatabase } from './db';
import { codeOf } from './fixtures';
import { gql } from './http';
import { createTestUser, signInCookie, type TestUser } from './users';

type Instance = ApiProcess;

async function stop(instance: Instance | undefined): Promise<void> {
  if (!instance || instance.child.exitCode !== null) return;
  const exited = new Promise((resolve) => instance.child.once('exit', resolve));
  instance.child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 5000)))]);
  clearTimeout(timer);
  if (instance.child.exitCode === null) instance.child.kill('SIGKILL');
}

const ME = `{ me { authKind user { email } } }`;
const PLAN = `query($zone: String!, $year: Int!) { actionPlan(zoneSlug: $zone, year: $year) { actions { id version what } } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $what: String!) {
  updateAction(id: $id, version: $version, input: { what: $what }) { action { id version what } }
}`;

describe('two API instances against one database', () => {
  let t: TestDatabase;
  let a: Instance | undefined;
  let b: Instance | undefined;
  let user: TestUser;

  beforeAll(async () => {
    requireBuiltApi();
    t = await createTestDatabase({ seed: true });
    user = await createTestUser(t.db, { editorOf: ['elz-leuven-zuid'] });
    // Both start at once, as `docker compose up --scale api=2` does: migrations take turns under a lock.
    [a, b] = await Promise.all([startApiProcess(t.url), startApiProcess(t.url)]);
  });

  afterAll(async () => {
    await Promise.all([stop(a), stop(b)]);
    await t?.drop();
  });

  it('honours a session signed in through the other instance', async () => {
    const cookie = await signInCookie(a!.url, user);
    expect((await gql(a!.url, ME, {}, cookie)).data!.me).toEqual({ authKind: 'session', user: { email: user.email } });
    const onB = await gql(b!.url, ME, {}, cookie);
    expect(onB.errors).toBeUndefined();
    expect(onB.data!.me).toEqual({ authKind: 'session', user: { email: user.email } });
    // Signing out through B ends the session for A too.
    expect((await gql(b!.url, `mutation { signOut }`, {}, cookie)).data!.signOut).toBe(true);
    expect((await gql(a!.url, ME, {}, cookie)).data!.me).toBeNull();
  });

  it('detects a conflicting edit across instances', async () => {
    const cookie = await signInCookie(b!.url, user);
    const plan = await gql(a!.url, PLAN, { zone: 'elz-leuven-zuid', year: 2025 }, cookie);
    expect(plan.errors).toBeUndefined();
    const action = plan.data!.actionPlan.actions[0] as { id: string; version: number };
    const v = action.version;

    const first = await gql(a!.url, UPDATE, { id: action.id, version: v, what: 'Gewijzigd via instantie A.' }, cookie);
    expect(first.errors).toBeUndefined();
    expect(first.data!.updateAction.action.version).toBe(v + 1);

    // B was not told anything: it reads the version from the database and refuses the stale edit.
    const second = await gql(b!.url, UPDATE, { id: action.id, version: v, what: 'Gewijzigd via instantie B.' }, cookie);
    expect(codeOf(second)).toBe('VERSION_CONFLICT');
    expect(second.errors![0]!.extensions!.currentVersion).toBe(v + 1);

    // With the current version B's edit goes through, and A sees it.
    const third = await gql(b!.url, UPDATE, { id: action.id, version: v + 1, what: 'Gewijzigd via instantie B.' }, cookie);
    expect(third.data!.updateAction.action.version).toBe(v + 2);
    const seen = await gql(a!.url, PLAN, { zone: 'elz-leuven-zuid', year: 2025 }, cookie);
    expect(seen.data!.actionPlan.actions.find((x: { id: string }) => x.id === action.id).what).toBe('Gewijzigd via instantie B.');
  });

  it('shares the rate-limit counters', async () => {
    // Both instances count in the same PostgreSQL rows: the remaining budget falls across them.
    const remaining = async (url: string) =>
      Number(
        (await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...user.headers }, body: '{"query":"{ me { authKind } }"}' })).headers.get(
          'ratelimit-remaining',
        ),
      );
    // Counters are per minute: should the minute turn between the calls, measure again.
    let seen: number[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      seen = [await remaining(a!.url), await remaining(b!.url), await remaining(a!.url)];
      if (seen[0]! > seen[1]! && seen[1]! > seen[2]!) break;
    }
    expect(seen[1]).toBe(seen[0]! - 1);
    expect(seen[2]).toBe(seen[1]! - 1);
  });
});
