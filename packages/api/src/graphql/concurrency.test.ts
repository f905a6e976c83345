// Admission control: at most `limit` requests run, the others wait in order; a place is freed
// when an answer is sent or its client goes away, also while still waiting.
import { EventEmitter } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Request, type Response } from 'express';
import { concurrencyLimit } from './concurrency';

function request(limit: ReturnType<typeof concurrencyLimit>, started: string[], name: string) {
  const res = new EventEmitter();
  limit({ socket: { destroyed: false } } as Request, res as unknown as Response, () => started.push(name));
  return { finish: () => res.emit('finish'), close: () => res.emit('close') };
}

describe('concurrencyLimit', () => {
  it('runs at most `limit` at once, the rest in arrival order', () => {
    const limit = concurrencyLimit(2);
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
    const limit = concurrencyLimit(1);
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
    app.use(concurrencyLimit(1));
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
});
