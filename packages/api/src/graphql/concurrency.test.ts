// Admission control: at most `limit` requests run, the others wait in order; a place is freed
// when an answer is sent or its client goes away, also while still waiting.
import { EventEmitter } from 'node:events';
import type { Request, Response } from 'express';
import { concurrencyLimit } from './concurrency';

function request(limit: ReturnType<typeof concurrencyLimit>, started: string[], name: string) {
  const res = new EventEmitter();
  limit({} as Request, res as unknown as Response, () => started.push(name));
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
});
