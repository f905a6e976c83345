// Admission control: at most `limit` requests run, the others wait in order; a place is freed
// when an answer is sent or its client goes away, also while still waiting; one caller holds at
// most its share, and waits too long or too often get 429 TOO_MANY_REQUESTS.
import { EventEmitter } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Request, type Response } from 'express';
import { concurrencyLimit, type ConcurrencyOptions } from './concurrency';

/** Requests carry their caller in a header (`x-caller`), `anyone` without. */
const keyOf = (req: Request) => String(req.headers?.['x-caller'] ?? 'anyone');
const options = (limit: number, more: Partial<ConcurrencyOptions> = {}): ConcurrencyOptions => ({
  limit,
  perCaller: limit,
  maxQueuedPerCaller: 100,
  maxWaitMs: 60_000,
  keyOf,
  ...more,
});

function request(limit: ReturnType<typeof concurrencyLimit>, started: string[], name: string, caller = 'anyone') {
  const res = new EventEmitter();
  limit({ socket: { destroyed: false }, headers: { 'x-caller': caller } } as unknown as Request, res as unknown as Response, () => started.push(name));
  return { finish: () => res.emit('finish'), close: () => res.emit('close') };
}

async function listen(app: express.Express): Promise<{ port: number; close: () => Promise<void> }> {
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

describe('concurrencyLimit', () => {
  it('runs at most `limit` at once, the rest in arrival order', () => {
    const limit = concurrencyLimit(options(2));
    const started: string[] = [];
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((n) => request(limit, started, n));
    expect(started).toEqual(['a', 'b']);
    a!.finish();
    a!.close(); // 'close' after 'finish' frees nothing twice
    expect(started).toEqual(['a', 'b', 'c']);
    b!.close(); // the client of b went away while it ran
    expect(started).toEqual(['a', 'b', 'c', 'd']);
    c!.finish();
    d!.finish();
    const e = request(limit, started, 'e');
    const f = request(limit, started, 'f');
    expect(started.slice(4)).toEqual(['e', 'f']);
    e.finish();
    f.finish();
  });

  it('forgets a waiting request whose client left, and never leaks a place', () => {
    const limit = concurrencyLimit(options(1));
    const started: string[] = [];
    const a = request(limit, started, 'a');
    const b = request(limit, started, 'b');
    const c = request(limit, started, 'c');
    b.close(); // gone before its turn
    a.finish();
    expect(started).toEqual(['a', 'c']);
    c.finish();
    for (let i = 0; i < 5; i++) {
      const r = request(limit, started, `r${i}`);
      expect(started.at(-1)).toBe(`r${i}`);
      r.close();
    }
  });

  it('keeps no place for a client that left before its turn came to be counted (real HTTP)', async () => {
    // As in the server: something slow (the rate-limit statement) runs before the limit.
    const app = express();
    app.use((_req, _res, next) => void setTimeout(next, 150));
    app.use(concurrencyLimit(options(1)));
    app.use((_req, res) => void setTimeout(() => res.json({ ok: true }), 10));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const port = (server.address() as AddressInfo).port;
    try {
      // Three clients give up while their request is still before the limit.
      for (let i = 0; i < 3; i++) {
        const gone = http.request({ port, host: '127.0.0.1', method: 'POST', path: '/' });
        gone.on('error', () => undefined);
        gone.end();
        await new Promise((resolve) => setTimeout(resolve, 30));
        gone.destroy();
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      // The only place is free: the next request is answered.
      const answer = await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', signal: AbortSignal.timeout(3000) });
      expect(await answer.json()).toEqual({ ok: true });
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('keeps a place for other callers while one holds its share, and gives freed places to the caller running fewest', () => {
    const limit = concurrencyLimit(options(3, { perCaller: 2 }));
    const started: string[] = [];
    const heavy = ['h1', 'h2', 'h3', 'h4'].map((n) => request(limit, started, n, 'heavy'));
    expect(started).toEqual(['h1', 'h2']); // its share: h3 and h4 wait although a place is free
    const small = request(limit, started, 's1', 'small');
    expect(started).toEqual(['h1', 'h2', 's1']); // the free place was kept for somebody else
    const other = request(limit, started, 'o1', 'other');
    const small2 = request(limit, started, 's2', 'small');
    expect(started).toHaveLength(3);
    heavy[0]!.finish(); // h3 (heavy runs 1), o1 (runs 0) and s2 (runs 1) wait: o1 runs the fewest
    expect(started.at(-1)).toBe('o1');
    small.finish(); // small now runs none, heavy one: s2 before the older h3
    expect(started.at(-1)).toBe('s2');
    other.finish(); // only heavy waits, and it is below its share again
    expect(started.at(-1)).toBe('h3');
    heavy[1]!.finish();
    expect(started).toEqual(['h1', 'h2', 's1', 'o1', 's2', 'h3', 'h4']);
    for (const r of [small2, heavy[2]!, heavy[3]!]) r.finish();
  });

  it('answers 429 TOO_MANY_REQUESTS when a caller has too many waiting or waited too long, and serves others meanwhile (real HTTP)', async () => {
    const app = express();
    app.use(concurrencyLimit(options(2, { perCaller: 1, maxQueuedPerCaller: 1, maxWaitMs: 300 })));
    app.use((req, res) => void setTimeout(() => res.json({ ok: true }), Number(req.headers['x-ms'] ?? 10)));
    const { port, close } = await listen(app);
    const call = (caller: string, ms: number) => fetch(`http://127.0.0.1:${port}/`, { method: 'POST', headers: { 'x-caller': caller, 'x-ms': String(ms) } });
    try {
      const running = call('heavy', 1_000);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const queued = call('heavy', 10); // waits for heavy's only place ...
      await new Promise((resolve) => setTimeout(resolve, 50));
      const refused = await call('heavy', 10); // ... and one more waiting is one too many
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('1');
      expect(await refused.json()).toEqual({
        errors: [{ message: expect.stringMatching(/^Te veel gelijktijdige verzoeken/), extensions: { code: 'TOO_MANY_REQUESTS', retryAfter: 1 } }],
      });
      const started = Date.now();
      const small = await call('small', 10); // the other place is free for somebody else
      expect(small.status).toBe(200);
      expect(Date.now() - started).toBeLessThan(200);
      const late = await queued; // waited 300 ms for a place that stayed taken
      expect(late.status).toBe(429);
      expect(((await late.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('TOO_MANY_REQUESTS');
      expect((await running).status).toBe(200);
      expect((await call('heavy', 10)).status).toBe(200); // nothing leaked
    } finally {
      await close();
    }
  });
});
