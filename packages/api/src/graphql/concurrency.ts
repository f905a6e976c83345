// Admission control for /graphql: at most `limit` operations execute at once per instance; the
// rest wait their turn (first come, first served) before their body is even parsed. On a small
// machine fifty concurrent plans do not finish sooner than four at a time: they hold fifty sets of
// rows and half-built answers in memory, the garbage collector works through all of them, and they
// queue for the twenty database connections anyway. (`pnpm bench`, 50 connections on 2 cores:
// a page of 100 actions went from 19 to 34 requests/s, and the process from 400 to 300 MB.)
import type { NextFunction, Request, Response } from 'express';

export function concurrencyLimit(limit: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  };
  return (req: Request, res: Response, next: NextFunction): void => {
    // The client went away before this request got here (while its rate limit was counted):
    // there is nobody to answer, and 'close' has fired already, so a place taken now would
    // never be given back (a few of those and the instance answered nothing any more).
    if (res.closed || req.socket.destroyed) return;
    let state: 'waiting' | 'running' | 'done' = 'waiting';
    const start = () => {
      state = 'running';
      next();
    };
    // Answered, or the client went away (while running or still waiting): free the place.
    const done = () => {
      if (state === 'running') release();
      else if (state === 'waiting') {
        const i = waiting.indexOf(start);
        if (i !== -1) waiting.splice(i, 1);
      }
      state = 'done';
    };
    res.once('finish', done);
    res.once('close', done);
    if (running < limit) {
      running += 1;
      start();
    } else {
      waiting.push(start);
    }
  };
}
