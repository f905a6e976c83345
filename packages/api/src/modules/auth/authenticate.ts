// One authentication middleware for every route that needs a caller (`/graphql`, `/api/plans/*`,
// `/api/imports/*`): it finds the caller's session or token and counts the request against its
// rate limit (per API token, else per client IP) in one statement (AuthService.admit), keeps the
// viewer for the route, and answers 429 when the limit is exceeded. Counters live in PostgreSQL so
// every API instance behind a load balancer shares them. Routes read the viewer with `viewerOf`.
import type { NextFunction, Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error';
import { bearerToken, credentialsOf } from './credentials';
import { AuthService, sha256 } from './auth.service';
import type { Viewer } from './viewer';
import { FORGET_RATE_LIMIT_BUCKETS_SQL } from './auth.queries';

export interface RateLimits {
  ipPerMinute: number;
  tokenPerMinute: number;
}

const WINDOW_MS = 60_000;

/** The viewer the middleware found for a request, or the error to answer it with (a bad token). */
const admitted = new WeakMap<Request, Viewer | AppError>();

/** Who sent a request, for sharing the server fairly (`graphql/concurrency.ts`). */
const callerKeys = new WeakMap<Request, string>();

/**
 * The caller of a request for fair sharing: its API token, else its signed-in user, else its IP
 * (so people behind one office IP are not one caller once signed in).
 */
export function callerKeyOf(req: Request): string {
  return callerKeys.get(req) ?? `ip:${req.ip ?? 'unknown'}`;
}

/**
 * The caller of a request that went through `authenticate`; throws the credential error (say
 * UNAUTHENTICATED for a revoked token). Looks the caller up itself when the middleware could not
 * (its statement failed and it let the request through).
 */
export async function viewerOf(db: DataSource, req: Request): Promise<Viewer> {
  const known = admitted.get(req);
  if (known instanceof AppError) throw known;
  return known ?? new AuthService(db).resolveViewer(credentialsOf(req));
}

export function authenticate(db: DataSource, limits: RateLimits) {
  let lastCleanup = 0;
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    if (admitted.has(req)) return next();
    const token = bearerToken(req.headers.authorization);
    const key = token ? `token:${sha256(token).slice(0, 32)}` : `ip:${req.ip ?? 'unknown'}`;
    const limit = token ? limits.tokenPerMinute : limits.ipPerMinute;
    const windowStart = new Date(Math.floor(Date.now() / WINDOW_MS) * WINDOW_MS);
    try {
      const admission = await new AuthService(db).admit(credentialsOf(req), { key, windowStart });
      admitted.set(req, admission.viewer);
      const userId = admission.viewer instanceof AppError ? null : admission.viewer.data.userId;
      callerKeys.set(req, token || !userId ? key : `user:${userId}`);
      if (Date.now() - lastCleanup > WINDOW_MS) {
        lastCleanup = Date.now();
        void db.query(FORGET_RATE_LIMIT_BUCKETS_SQL).catch(() => undefined);
      }
      const count = admission.rateCount ?? 0;
      res.setHeader('RateLimit-Limit', String(limit));
      res.setHeader('RateLimit-Remaining', String(Math.max(0, limit - count)));
      // Seconds until the window ends and the count starts again.
      res.setHeader('RateLimit-Reset', String(Math.max(1, Math.ceil((windowStart.getTime() + WINDOW_MS - Date.now()) / 1000))));
      if (count > limit) {
        const retryAfter = Math.ceil((windowStart.getTime() + WINDOW_MS - Date.now()) / 1000);
        res.setHeader('Retry-After', String(retryAfter));
        res.status(429).json({
          errors: [{ message: `Te veel verzoeken: probeer het over ${retryAfter} seconden opnieuw.`, extensions: { code: 'RATE_LIMITED', retryAfter } }],
        });
        return;
      }
    } catch (error) {
      // The limiter must not take the API down with it: log and let the request through
      // (`viewerOf` then looks the caller up on its own).
      console.error('[authenticate]', error);
    }
    next();
  };
}
