// Fixed-window rate limiting per API token and per client IP. Counters live in PostgreSQL so
// every API instance behind a load balancer shares them. One statement per request, which for
// GraphQL also finds the caller's session or token (AuthService.admit).
import type { NextFunction, Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { bearerToken, credentialsOf } from './credentials';
import type { AppError } from '../../common/app-error';
import { AuthService, sha256 } from './auth.service';
import type { Viewer } from './viewer';

export interface RateLimits {
  ipPerMinute: number;
  tokenPerMinute: number;
}

const WINDOW_MS = 60_000;

/** Viewers found by the limiter along with the count (GraphQL requests), for the GraphQL context. */
const admitted = new WeakMap<Request, Viewer | AppError>();

/** The viewer (or the error to answer with) the limiter found for this request, if it looked. */
export function admittedViewer(req: Request): Viewer | AppError | undefined {
  return admitted.get(req);
}

/**
 * `withViewer`: also resolve the caller's session or token in the same statement (see
 * AuthService.admit) and keep it for the GraphQL context.
 */
export function rateLimiter(db: DataSource, limits: RateLimits, options: { withViewer?: boolean } = {}) {
  let lastCleanup = 0;
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const token = bearerToken(req.headers.authorization);
    const key = token ? `token:${sha256(token).slice(0, 32)}` : `ip:${req.ip ?? 'unknown'}`;
    const limit = token ? limits.tokenPerMinute : limits.ipPerMinute;
    const windowStart = new Date(Math.floor(Date.now() / WINDOW_MS) * WINDOW_MS);
    try {
      const credentials = options.withViewer ? credentialsOf(req) : {};
      const admission = await new AuthService(db).admit(credentials, { key, windowStart });
      if (options.withViewer) admitted.set(req, admission.viewer);
      if (Date.now() - lastCleanup > WINDOW_MS) {
        lastCleanup = Date.now();
        void db.query(`DELETE FROM rate_limit_bucket WHERE window_start < now() - interval '5 minutes'`).catch(() => undefined);
      }
      const count = admission.rateCount ?? 0;
      res.setHeader('RateLimit-Limit', String(limit));
      res.setHeader('RateLimit-Remaining', String(Math.max(0, limit - count)));
      if (count > limit) {
        const retryAfter = Math.ceil((windowStart.getTime() + WINDOW_MS - Date.now()) / 1000);
        res.setHeader('Retry-After', String(retryAfter));
        res.status(429).json({
          errors: [{ message: `Te veel verzoeken: probeer het over ${retryAfter} seconden opnieuw.`, extensions: { code: 'RATE_LIMITED', retryAfter } }],
        });
        return;
      }
    } catch (error) {
      // The limiter must not take the API down with it: log and let the request through.
      console.error('[rate-limit]', error);
    }
    next();
  };
}
