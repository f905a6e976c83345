// Fixed-window rate limiting per API token and per client IP. Counters live in PostgreSQL so
// every API instance behind a load balancer shares them. One statement per request.
import type { NextFunction, Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { bearerToken } from '../../graphql/context';
import { sha256 } from './auth.service';

export interface RateLimits {
  ipPerMinute: number;
  tokenPerMinute: number;
}

const WINDOW_MS = 60_000;

export function rateLimiter(db: DataSource, limits: RateLimits) {
  let lastCleanup = 0;
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const token = bearerToken(req.headers.authorization);
    const key = token ? `token:${sha256(token).slice(0, 32)}` : `ip:${req.ip ?? 'unknown'}`;
    const limit = token ? limits.tokenPerMinute : limits.ipPerMinute;
    const windowStart = new Date(Math.floor(Date.now() / WINDOW_MS) * WINDOW_MS);
    try {
      const [row] = (await db.query(
        `INSERT INTO rate_limit_bucket (key, window_start, count) VALUES ($1, $2, 1)
         ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_bucket.count + 1 RETURNING count`,
        [key, windowStart],
      )) as { count: number }[];
      if (Date.now() - lastCleanup > WINDOW_MS) {
        lastCleanup = Date.now();
        void db.query(`DELETE FROM rate_limit_bucket WHERE window_start < now() - interval '5 minutes'`).catch(() => undefined);
      }
      const count = row?.count ?? 0;
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
