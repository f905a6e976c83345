// Admission control for /graphql: at most `limit` operations execute at once per instance; the
// rest wait their turn before their body is even parsed. On a small machine fifty concurrent plans
// do not finish sooner than four at a time: they hold fifty sets of rows and half-built answers in
// memory, the garbage collector works through all of them, and they queue for the twenty database
// connections anyway. (`pnpm bench`, 50 connections on 2 cores: a page of 100 actions went from 19
// to 34 requests/s, and the process from 400 to 300 MB.)
//
// The places are shared fairly between callers (an API token, else a signed-in user, else an IP):
// one caller holds at most `perCaller` of them, so with the default 3 of 4 somebody else's small
// query always finds a place even while one token sends its heaviest allowed requests in parallel;
// a freed place goes to the waiting caller that runs the fewest, oldest request first. A caller
// with `maxQueuedPerCaller` requests waiting, or whose request waited `maxWaitMs`, is answered 429
// TOO_MANY_REQUESTS with a Retry-After: the client retries later instead of the server holding
// sockets and bodies without end.
import type { NextFunction, Request, Response } from 'express';

export interface ConcurrencyOptions {
  /** Operations executing at once per instance. */
  limit: number;
  /** Places one caller may hold at once (at most `limit`). */
  perCaller: number;
  /** Requests one caller may have waiting; one more is answered 429 at once. */
  maxQueuedPerCaller: number;
  /** Longest wait for a place before the request is answered 429. */
  maxWaitMs: number;
  /** Who sent the request: requests with the same key share `perCaller`. */
  keyOf: (req: Request) => string;
}

interface Waiting {
  key: string;
  start: () => void;
}

/** Seconds a client is asked to wait before it tries again after a 429 of this limit. */
const RETRY_AFTER_SECONDS = 1;

function tooManyRequests(res: Response, reason: 'queue' | 'wait'): void {
  if (res.headersSent || res.closed) return;
  const message =
    reason === 'queue'
      ? 'Te veel gelijktijdige verzoeken van dezelfde gebruiker of hetzelfde token: wacht op de antwoorden en probeer het dan opnieuw.'
      : 'De server is bezet met andere verzoeken van dezelfde gebruiker of hetzelfde token: probeer het zo opnieuw.';
  res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
  res.status(429).json({ errors: [{ message, extensions: { code: 'TOO_MANY_REQUESTS', retryAfter: RETRY_AFTER_SECONDS } }] });
}

export function concurrencyLimit(options: ConcurrencyOptions) {
  const perCaller = Math.max(1, Math.min(options.perCaller, options.limit));
  let running = 0;
  const runningBy = new Map<string, number>();
  const waitingBy = new Map<string, number>();
  const waiting: Waiting[] = [];
  const count = (map: Map<string, number>, key: string, delta: number) => {
    const n = (map.get(key) ?? 0) + delta;
    if (n > 0) map.set(key, n);
    else map.delete(key);
  };
  /** The waiting request to start next: of a caller below its share, the one running the fewest, oldest first. */
  const pickNext = (): number => {
    let best = -1;
    let bestRunning = Infinity;
    for (let i = 0; i < waiting.length; i++) {
      const r = runningBy.get(waiting[i]!.key) ?? 0;
      if (r < perCaller && r < bestRunning) {
        best = i;
        bestRunning = r;
        if (r === 0) break;
      }
    }
    return best;
  };
  const startWaiting = () => {
    while (running < options.limit) {
      const i = pickNext();
      if (i === -1) return;
      const [next] = waiting.splice(i, 1);
      next!.start();
    }
  };

  return (req: Request, res: Response, next: NextFunction): void => {
    // The client went away before this request got here (while its rate limit was counted):
    // there is nobody to answer, and 'close' has fired already, so a place taken now would
    // never be given back (a few of those and the instance answered nothing any more).
    if (res.closed || req.socket.destroyed) return;
    const key = options.keyOf(req);
    let state: 'waiting' | 'running' | 'done' = 'waiting';
    let timer: NodeJS.Timeout | undefined;
    const run = () => {
      state = 'running';
      running += 1;
      count(runningBy, key, 1);
      next();
    };
    const entry: Waiting = {
      key,
      start: () => {
        clearTimeout(timer);
        count(waitingBy, key, -1);
        run();
      },
    };
    const leaveQueue = () => {
      const i = waiting.indexOf(entry);
      if (i !== -1) waiting.splice(i, 1);
      count(waitingBy, key, -1);
      clearTimeout(timer);
    };
    // Answered, or the client went away (while running or still waiting): free the place.
    const done = () => {
      if (state === 'running') {
        running -= 1;
        count(runningBy, key, -1);
        state = 'done';
        startWaiting();
      } else if (state === 'waiting') {
        leaveQueue();
        state = 'done';
      }
    };
    res.once('finish', done);
    res.once('close', done);
    if (running < options.limit && (runningBy.get(key) ?? 0) < perCaller && !waiting.length) {
      run();
      return;
    }
    if ((waitingBy.get(key) ?? 0) >= options.maxQueuedPerCaller) {
      state = 'done';
      tooManyRequests(res, 'queue');
      return;
    }
    count(waitingBy, key, 1);
    waiting.push(entry);
    timer = setTimeout(() => {
      if (state !== 'waiting') return;
      leaveQueue();
      state = 'done';
      tooManyRequests(res, 'wait');
    }, options.maxWaitMs);
    // Others may be waiting only because they are at their share: this one may start now.
    startWaiting();
  };
}
