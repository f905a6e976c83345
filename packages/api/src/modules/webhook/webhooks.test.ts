// Webhooks (issue 17, part 4): registered by a user or a READ_WRITE token, told about plans and
// actions created, updated and deleted, as their owner may see them, with a signed POST to a real
// HTTP receiver started here (on 127.0.0.1, so these servers allow private addresses), retried with
// backoff, logged, and sent once however many instances run.
import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../database';
import { startServer, type StartedServer } from '../../server';
import { createTestDatabase, type TestDatabase } from '../../test/db';
import { codeOf, fieldOf, zoneGid } from '../../test/fixtures';
import { gql } from '../../test/http';
import { createTestUser, type TestUser } from '../../test/users';
import { fromGlobalId, toGlobalId } from '../../common/global-id';
import { guardedLookup } from './webhook-address';

interface Received {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  at: number;
}

/** A receiver that answers each path's status (200 unless told otherwise) and keeps every request. */
async function startReceiver(statusOf: (path: string) => number) {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body, at: Date.now() });
      res.statusCode = statusOf(req.url ?? '');
      // A slow receiver answers after 500 ms.
      setTimeout(() => res.end(), req.url?.startsWith('/slow') ? 500 : 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, received, on: (path: string) => received.filter((r) => r.path === path), close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function waitFor<T>(what: string, probe: () => T | Promise<T>, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value as NonNullable<T>;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The receiver's side of docs/api.md: the HMAC of "t.body" with the secret, compared in constant time. */
function verifies(secret: string, header: string, body: string): boolean {
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=') as [string, string]));
  const expected = createHmac('sha256', secret).update(`${parts.t}.${body}`).digest();
  const given = Buffer.from(parts.v1 ?? '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

// The coalescing window must hold two saves in a row also on a loaded machine (two saves 600 ms
// apart were seen there: beyond a 300 ms window, two deliveries are right).
const FAST = { allowPrivate: true, allowHttp: true, pollMs: 40, coalesceMs: 1_500, retryDelaysMs: [300, 600], timeoutMs: 2_000 };
const CREATE = `mutation($in: CreateWebhookInput!) { createWebhook(input: $in) { secret webhook { id url events description disabledAt } } }`;
const DELIVERIES = `{ webhooks { id url disabledAt disabledReason deliveries(first: 10) { id event status attempts lastStatusCode nextAttemptAt log { attempt statusCode error nextAttemptAt } } } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $t: String!) { updateAction(id: $id, version: $v, input: { title: $t }) { action { version updatedAt } } }`;
const NEW_ACTION = `mutation($p: ID!, $t: String!) { createAction(planId: $p, input: { title: $t }) { action { id version } } }`;

describe('webhooks', () => {
  let t: TestDatabase;
  let server: StartedServer;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let zuid: TestUser;
  let leuven: TestUser;
  let admin: TestUser;

  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
    server = await startServer(t.db, { port: 0, host: '127.0.0.1', rateLimit: { ipPerMinute: 100_000, tokenPerMinute: 100_000 }, webhooks: FAST });
    receiver = await startReceiver((path) => (path.startsWith('/fail') ? 500 : path.startsWith('/gone') ? 410 : 204));
    zuid = await createTestUser(t.db, { editorOf: ['elz-leuven-zuid'] });
    leuven = await createTestUser(t.db, { editorOf: ['elz-leuven'] });
    admin = await createTestUser(t.db, { admin: true });
  });
  afterAll(async () => {
    await server?.close();
    await receiver?.close();
    await t?.drop();
  });

  const register = async (user: TestUser, path: string, events: string[]) => {
    const res = await gql(server.url, CREATE, { in: { url: `${receiver.base}${path}`, events, description: `test ${path}` } }, user.headers);
    expect(res.errors).toBeUndefined();
    return res.data!.createWebhook as { secret: string; webhook: { id: string } };
  };
  /** The n-th action (by position) of a zone's 2025 plan, with its version. */
  const actionOf = async (zone: string, n: number) => {
    const [row] = (await t.db.query(
      `SELECT a.id, a.version FROM action a JOIN action_plan p ON p.id = a.action_plan_id JOIN zone z ON z.id = p.zone_id WHERE z.slug = $1 AND p.year = 2025 ORDER BY a.position, a.id OFFSET $2 LIMIT 1`,
      [zone, n],
    )) as { id: string; version: number }[];
    return { id: toGlobalId('Action', row!.id), version: row!.version };
  };
  const update = async (user: TestUser, id: string, version: number, title: string) => {
    const res = await gql(server.url, UPDATE, { id, v: version, t: title }, user.headers);
    expect(res.errors).toBeUndefined();
    return res.data!.updateAction.action as { version: number; updatedAt: string };
  };
  const deliveriesOf = async (user: TestUser, webhookId: string) => {
    const res = await gql(server.url, DELIVERIES, {}, user.headers);
    expect(res.errors).toBeUndefined();
    return (res.data!.webhooks as { id: string; disabledAt: string | null; disabledReason: string | null; deliveries: any[] }[]).find((w) => w.id === webhookId)!;
  };

  it('sends one signed delivery for a burst of saves of an action, whose HMAC verifies with the secret shown at creation', async () => {
    const { secret, webhook } = await register(zuid, '/ok/signed', ['ACTION_UPDATED']);
    expect(secret).toMatch(/^whsec_/);
    const action = await actionOf('elz-leuven-zuid', 0);
    const first = await update(zuid, action.id, action.version, 'Eerste versie');
    const last = await update(zuid, action.id, first.version, 'Tweede versie, meteen erna');

    const [got] = await waitFor('the delivery', () => (receiver.on('/ok/signed').length ? receiver.on('/ok/signed') : null));
    await sleep(FAST.coalesceMs + 4 * FAST.pollMs);
    expect(receiver.on('/ok/signed')).toHaveLength(1);
    expect(got!.headers['content-type']).toBe('application/json');
    expect(got!.headers['kruispunt-event']).toBe('ACTION_UPDATED');
    expect(verifies(secret, String(got!.headers['kruispunt-signature']), got!.body)).toBe(true);
    expect(verifies(`${secret}x`, String(got!.headers['kruispunt-signature']), got!.body)).toBe(false);
    const body = JSON.parse(got!.body);
    expect(body).toEqual({
      id: got!.headers['kruispunt-delivery'],
      event: 'ACTION_UPDATED',
      occurredAt: expect.any(String),
      data: { id: action.id, type: 'Action', zoneSlug: 'elz-leuven-zuid', year: 2025, updatedAt: last.updatedAt },
    });

    const log = await deliveriesOf(zuid, webhook.id);
    expect(log.deliveries).toEqual([
      expect.objectContaining({
        id: body.id,
        event: 'ACTION_UPDATED',
        status: 'DELIVERED',
        attempts: 1,
        lastStatusCode: 204,
        nextAttemptAt: null,
        log: [{ attempt: 1, statusCode: 204, error: null, nextAttemptAt: null }],
      }),
    ]);
    // The secret is not readable again: not in the list, and the type has no such field.
    const list = await gql(server.url, `{ webhooks { id url events description } }`, {}, zuid.headers);
    expect(JSON.stringify(list.data)).not.toContain(secret);
    expect(codeOf(await gql(server.url, `{ webhooks { secret } }`, {}, zuid.headers))).toBe('GRAPHQL_VALIDATION_FAILED');
    // Another user does not see it.
    expect((await gql(server.url, `{ webhooks { id } }`, {}, leuven.headers)).data!.webhooks).toEqual([]);
  });

  it('retries a failing receiver with growing waits, logs every attempt, then gives up; a 410 Gone disables the webhook', async () => {
    const failing = await register(zuid, '/fail/retry', ['ACTION_CREATED']);
    const gone = await register(zuid, '/gone/once', ['ACTION_CREATED']);
    const plan = (await gql(server.url, `{ actionPlan(zoneSlug: "elz-leuven-zuid", year: 2025) { id } }`, {}, zuid.headers)).data!.actionPlan.id as string;
    const created = await gql(server.url, NEW_ACTION, { p: plan, t: 'Nieuw, voor een falende ontvanger' }, zuid.headers);
    expect(created.errors).toBeUndefined();

    const failed = await waitFor('three attempts', async () => {
      const w = await deliveriesOf(zuid, failing.webhook.id);
      return w.deliveries[0]?.status === 'FAILED' ? w.deliveries[0] : null;
    });
    const hits = receiver.on('/fail/retry');
    expect(hits).toHaveLength(3);
    // The same delivery each time (the receiver can tell a repeat), after about 300 and 600 ms (±20 %).
    expect(new Set(hits.map((h) => h.headers['kruispunt-delivery']))).toEqual(new Set([failed.id]));
    expect(new Set(hits.map((h) => h.body)).size).toBe(1);
    expect(hits[1]!.at - hits[0]!.at).toBeGreaterThanOrEqual(0.8 * 300 - 20);
    expect(hits[2]!.at - hits[1]!.at).toBeGreaterThanOrEqual(0.8 * 600 - 20);
    expect(failed).toMatchObject({ attempts: 3, lastStatusCode: 500, nextAttemptAt: null });
    expect(failed.log.map((a: { attempt: number; statusCode: number; nextAttemptAt: string | null }) => [a.attempt, a.statusCode, a.nextAttemptAt !== null])).toEqual([
      [1, 500, true],
      [2, 500, true],
      [3, 500, false],
    ]);

    const disabled = await waitFor('the 410', async () => {
      const w = await deliveriesOf(zuid, gone.webhook.id);
      return w.disabledAt ? w : null;
    });
    expect(disabled.disabledReason).toMatch(/410/);
    expect(disabled.deliveries[0]).toMatchObject({ status: 'FAILED', attempts: 1, lastStatusCode: 410 });
    expect(receiver.on('/gone/once')).toHaveLength(1);
    // A disabled webhook is told nothing more.
    expect((await gql(server.url, NEW_ACTION, { p: plan, t: 'Nog een' }, zuid.headers)).errors).toBeUndefined();
    await sleep(FAST.coalesceMs + 6 * FAST.pollMs);
    expect(receiver.on('/gone/once')).toHaveLength(1);
  });

  it('announces nothing of a rolled-back or refused write', async () => {
    await register(zuid, '/ok/rollback', ['ACTION_UPDATED']);
    const action = await actionOf('elz-leuven-zuid', 2);
    const uuid = fromGlobalId(action.id).id;
    // A stale version: VERSION_CONFLICT, nothing written.
    await update(zuid, action.id, action.version, 'Eerst dit');
    const before = receiver.on('/ok/rollback').length;
    await waitFor('the real update', () => receiver.on('/ok/rollback').length > before);
    const stale = await gql(server.url, UPDATE, { id: action.id, v: action.version, t: 'Te laat' }, zuid.headers);
    expect(codeOf(stale)).toBe('VERSION_CONFLICT');
    // A transaction that writes and then fails: its event goes with it.
    await expect(
      t.db.transaction(async (m) => {
        await m.query(`UPDATE action SET title = 'Teruggedraaid' WHERE id = $1`, [uuid]);
        expect(Number((await m.query(`SELECT count(*) AS n FROM webhook_event WHERE entity_id = $1`, [uuid]))[0].n)).toBe(1);
        throw new Error('rolled back on purpose');
      }),
    ).rejects.toThrow('rolled back on purpose');
    expect(Number((await t.db.query(`SELECT count(*) AS n FROM webhook_event WHERE entity_id = $1`, [uuid]))[0].n)).toBe(0);
    await sleep(FAST.coalesceMs + 6 * FAST.pollMs);
    expect(receiver.on('/ok/rollback')).toHaveLength(before + 1);
  });

  it("tells nobody about another zone's draft plan until they may see it", async () => {
    const zuidHook = await register(zuid, '/ok/zuid-all', ['PLAN_CREATED', 'PLAN_UPDATED', 'PLAN_DELETED', 'ACTION_CREATED', 'ACTION_UPDATED', 'ACTION_DELETED']);
    await register(admin, '/ok/admin-all', ['PLAN_CREATED', 'PLAN_UPDATED', 'ACTION_CREATED']);
    const created = await gql(server.url, `mutation($z: ID!) { createActionPlan(zoneId: $z, year: 2034) { id version } }`, { z: await zoneGid(t.db, 'elz-leuven') }, leuven.headers);
    expect(created.errors).toBeUndefined();
    const plan = created.data!.createActionPlan as { id: string; version: number };
    const action = await gql(server.url, NEW_ACTION, { p: plan.id, t: 'Geheim ontwerp' }, leuven.headers);
    expect(action.errors).toBeUndefined();
    const actionId = action.data!.createAction.action.id as string;

    // The administrator is told (so the events were there) ...
    const about = (path: string, id: string) => receiver.on(path).filter((r) => JSON.parse(r.body).data.id === id);
    await waitFor("the administrator's deliveries", () => about('/ok/admin-all', plan.id).length > 0 && about('/ok/admin-all', actionId).length > 0);
    await sleep(FAST.coalesceMs + 6 * FAST.pollMs);
    // ... an editor of Leuven-Zuid is not, and the delivery log holds nothing of it either.
    expect(about('/ok/zuid-all', plan.id)).toEqual([]);
    expect(about('/ok/zuid-all', actionId)).toEqual([]);
    expect((await deliveriesOf(zuid, zuidHook.webhook.id)).deliveries).toEqual([]);

    // Published, the plan is everybody's: now Leuven-Zuid hears of it.
    const published = await gql(
      server.url,
      `mutation($id: ID!, $v: Int!) { setActionPlanStatus(id: $id, version: $v, status: PUBLISHED) { status } }`,
      { id: plan.id, v: plan.version },
      leuven.headers,
    );
    expect(published.errors).toBeUndefined();
    const seen = await waitFor('the published plan', () => about('/ok/zuid-all', plan.id)[0]);
    expect(JSON.parse(seen.body)).toMatchObject({ event: 'PLAN_UPDATED', data: { id: plan.id, type: 'ActionPlan', zoneSlug: 'elz-leuven', year: 2034 } });
  });

  it('announces a deletion with what the object was, only to those who could see it', async () => {
    const ALL = ['PLAN_DELETED', 'ACTION_DELETED'];
    await register(zuid, '/ok/zuid-deleted', ALL);
    await register(admin, '/ok/admin-deleted', ALL);
    const about = (path: string, id: string) =>
      receiver
        .on(path)
        .filter((r) => JSON.parse(r.body).data.id === id)
        .map((r) => JSON.parse(r.body));

    // An action of Leuven-Zuid's published plan, deleted by its editor: both hear of it.
    const own = await actionOf('elz-leuven-zuid', 3);
    const deleted = await gql(server.url, `mutation($id: ID!, $v: Int!) { deleteAction(id: $id, version: $v) }`, { id: own.id, v: own.version }, zuid.headers);
    expect(deleted.errors).toBeUndefined();
    const [told] = await waitFor('the deletion', () => (about('/ok/zuid-deleted', own.id).length ? about('/ok/zuid-deleted', own.id) : null));
    expect(told).toMatchObject({ event: 'ACTION_DELETED', data: { id: own.id, type: 'Action', zoneSlug: 'elz-leuven-zuid', year: 2025 } });
    expect(told.data.updatedAt).toBe(told.occurredAt);

    // An action and a plan of Leuven's draft, deleted: the administrator hears of them, Leuven-Zuid does not.
    const plan = (await gql(server.url, `mutation($z: ID!) { createActionPlan(zoneId: $z, year: 2036) { id } }`, { z: await zoneGid(t.db, 'elz-leuven') }, leuven.headers)).data!
      .createActionPlan.id as string;
    const draftAction = (await gql(server.url, NEW_ACTION, { p: plan, t: 'Kort bestaan' }, leuven.headers)).data!.createAction.action as { id: string; version: number };
    expect(
      (await gql(server.url, `mutation($id: ID!, $v: Int!) { deleteAction(id: $id, version: $v) }`, { id: draftAction.id, v: draftAction.version }, leuven.headers)).errors,
    ).toBeUndefined();
    await t.db.query(`DELETE FROM action_plan WHERE id = $1`, [fromGlobalId(plan).id]);
    await waitFor("the administrator's deletions", () => about('/ok/admin-deleted', draftAction.id).length > 0 && about('/ok/admin-deleted', plan).length > 0);
    expect(about('/ok/admin-deleted', plan)[0]).toMatchObject({ event: 'PLAN_DELETED', data: { id: plan, type: 'ActionPlan', zoneSlug: 'elz-leuven', year: 2036 } });
    await sleep(FAST.coalesceMs + 6 * FAST.pollMs);
    expect(about('/ok/zuid-deleted', draftAction.id)).toEqual([]);
    expect(about('/ok/zuid-deleted', plan)).toEqual([]);
  });

  it('refuses local and private addresses, plain http and bad input, each with its field', async () => {
    const strict = await startServer(t.db, { port: 0, host: '127.0.0.1', webhooks: { run: false, allowPrivate: false, allowHttp: false, maxPerUser: 2 } });
    try {
      const user = await createTestUser(t.db, { editorOf: ['elz-leuven-noord'] });
      const attempt = (url: string, events: string[] = ['PLAN_CREATED'], headers = user.headers) => gql(strict.url, CREATE, { in: { url, events } }, headers);
      for (const url of [
        'http://example.org/hook',
        'https://127.0.0.1/hook',
        'https://[::1]/hook',
        'https://[::ffff:127.0.0.1]/hook',
        'https://169.254.169.254/latest/meta-data',
        'https://10.1.2.3/hook',
        'https://192.168.0.10/hook',
        'https://localhost:8443/hook',
        'https://printer.local/hook',
        'https://intranet/hook',
        'https://user:pw@example.org/hook',
        'geen url',
      ]) {
        const res = await attempt(url);
        expect([url, codeOf(res), fieldOf(res)]).toEqual([url, 'INVALID_INPUT', 'url']);
      }
      expect(fieldOf(await attempt('https://example.org/hook', []))).toBe('events');
      expect(codeOf(await attempt('https://example.org/hook', ['PLAN_CREATED'], (await createTestUser(t.db, { editorOf: ['elz-leuven-noord'], scope: 'READ' })).headers))).toBe('FORBIDDEN');
      expect(codeOf(await attempt('https://example.org/hook', ['PLAN_CREATED'], {}))).toBe('UNAUTHENTICATED');
      // At most two per user here.
      expect((await attempt('https://example.org/one')).errors).toBeUndefined();
      expect((await attempt('https://example.org/two')).errors).toBeUndefined();
      const third = await attempt('https://example.org/three');
      expect([codeOf(third), fieldOf(third)]).toEqual(['INVALID_INPUT', 'url']);
      // Deleting one makes room; another user's is NOT_FOUND.
      const [own] = (await gql(strict.url, `{ webhooks { id } }`, {}, user.headers)).data!.webhooks as { id: string }[];
      expect(codeOf(await gql(strict.url, `mutation($id: ID!) { deleteWebhook(id: $id) }`, { id: own!.id }, zuid.headers))).toBe('NOT_FOUND');
      expect((await gql(strict.url, `mutation($id: ID!) { deleteWebhook(id: $id) }`, { id: own!.id }, user.headers)).data!.deleteWebhook).toBe(true);
      expect((await attempt('https://example.org/three')).errors).toBeUndefined();
    } finally {
      await strict.close();
    }
    // At delivery time a name is checked by what it resolves to (DNS rebinding): localhost is refused.
    const refused = await new Promise<NodeJS.ErrnoException | null>((resolve) => guardedLookup({ allowPrivate: false })('localhost', {}, (error) => resolve(error)));
    expect(refused?.message).toMatch(/private address/);
  });

  it('delivers each event exactly once with two more instances on the same database', async () => {
    const others: { db: DataSource; server: StartedServer }[] = [];
    try {
      for (let i = 0; i < 2; i++) {
        const db = createDataSource(t.url);
        await db.initialize();
        others.push({ db, server: await startServer(db, { port: 0, host: '127.0.0.1', webhooks: { ...FAST, pollMs: 10 } }) });
      }
      await register(admin, '/ok/once', ['ACTION_UPDATED']);
      const ids: string[] = [];
      for (let n = 0; n < 8; n++) {
        const action = await actionOf('elz-leuven', n);
        await update(leuven, action.id, action.version, `Door drie instanties gevolgd ${n}`);
        ids.push(action.id);
      }
      await waitFor('eight deliveries', () => receiver.on('/ok/once').length >= 8);
      await sleep(FAST.coalesceMs + 10 * FAST.pollMs);
      const hits = receiver.on('/ok/once');
      expect(hits).toHaveLength(8);
      expect(new Set(hits.map((h) => h.headers['kruispunt-delivery'])).size).toBe(8);
      expect(hits.map((h) => JSON.parse(h.body).data.id).sort()).toEqual([...ids].sort());
    } finally {
      for (const o of others) {
        await o.server.close();
        await o.db.destroy();
      }
    }
  });
});

describe('the webhook runner on its own database', () => {
  let t: TestDatabase;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let user: TestUser;
  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
    receiver = await startReceiver(() => 200);
    user = await createTestUser(t.db, { editorOf: ['elz-leuven-zuid'] });
  });
  afterAll(async () => {
    await receiver?.close();
    await t?.drop();
  });
  const updateAnAction = async (url: string, title: string) => {
    const [row] = (await t.db.query(
      `SELECT a.id, a.version FROM action a JOIN action_plan p ON p.id = a.action_plan_id JOIN zone z ON z.id = p.zone_id WHERE z.slug = 'elz-leuven-zuid' AND p.year = 2025 ORDER BY a.position LIMIT 1`,
    )) as { id: string; version: number }[];
    expect((await gql(url, UPDATE, { id: toGlobalId('Action', row!.id), v: row!.version, t: title }, user.headers)).errors).toBeUndefined();
  };

  it('finishes the delivery it is sending before close resolves (and so before the database closes)', async () => {
    const server = await startServer(t.db, { port: 0, host: '127.0.0.1', webhooks: FAST });
    try {
      expect((await gql(server.url, CREATE, { in: { url: `${receiver.base}/slow`, events: ['ACTION_UPDATED'] } }, user.headers)).errors).toBeUndefined();
      await updateAnAction(server.url, 'Traag ontvangen');
      await waitFor('the request at the receiver', () => receiver.on('/slow').length > 0);
      const started = Date.now();
      await server.close();
      expect(Date.now() - started).toBeGreaterThanOrEqual(300);
      const [delivery] = (await t.db.query(`SELECT status, attempts, locked_until FROM webhook_delivery`)) as { status: string; attempts: number; locked_until: Date | null }[];
      expect(delivery).toEqual({ status: 'DELIVERED', attempts: 1, locked_until: null });
    } finally {
      await server.close().catch(() => undefined);
    }
  });

  it('refuses, when it connects, a name that resolves to a private address', async () => {
    // Stored as it is (registration would refuse it): what a public name that later resolves to 127.0.0.1 amounts to.
    await t.db.query(`DELETE FROM webhook`);
    await t.db.query(`INSERT INTO webhook (user_id, url, events, secret) VALUES ($1, $2, '{ACTION_UPDATED}', 'whsec_test')`, [
      user.userId,
      `${receiver.base.replace('127.0.0.1', 'localhost')}/private`,
    ]);
    const server = await startServer(t.db, { port: 0, host: '127.0.0.1', webhooks: { ...FAST, allowPrivate: false } });
    try {
      await updateAnAction(server.url, 'Naar een privé-adres');
      const [delivery] = await waitFor('the refused attempt', async () => {
        // An attempt counts when it is done: the runner counts it when it takes the delivery, and records its outcome after.
        const rows = (await t.db.query(`SELECT attempts, last_error, last_status_code FROM webhook_delivery WHERE attempts > 0 AND locked_until IS NULL`)) as {
          attempts: number;
          last_error: string | null;
          last_status_code: number | null;
        }[];
        return rows.length ? rows : null;
      });
      expect(delivery!.last_error).toMatch(/localhost resolves to a private address/);
      expect(delivery!.last_status_code).toBeNull();
      expect(receiver.on('/private')).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
