// Cross-origin access for outside tools (a region dashboard on another site): only origins on the
// allow-list (CORS_ORIGINS), and only with an API token — never with the session cookie, so a page
// on an allowed origin still cannot act as a signed-in user (Access-Control-Allow-Credentials is
// never sent, and browsers then leave cookies out of the request).
import type { NextFunction, Request, Response } from 'express';

const ALLOWED_HEADERS = 'Authorization, Content-Type, Apollo-Require-Preflight, X-Apollo-Operation-Name, X-Wal-Position';
const EXPOSED_HEADERS = 'X-SQL-Queries, X-Wal-Position, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After';
/** How long a browser may keep a preflight's answer (seconds). */
const PREFLIGHT_MAX_AGE = 600;

/** Normalises an origin as browsers send it: scheme://host[:port], lower case, no trailing slash. */
export function normaliseOrigin(origin: string): string | null {
  try {
    const url = new URL(origin);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.origin.toLowerCase();
  } catch {
    return null;
  }
}

export function cors(allowList: readonly string[]) {
  const allowed = new Set(allowList.map((o) => normaliseOrigin(o)).filter((o): o is string => o !== null));
  return (req: Request, res: Response, next: NextFunction): void => {
    res.vary('Origin');
    const origin = typeof req.headers.origin === 'string' ? normaliseOrigin(req.headers.origin) : null;
    if (!origin || !allowed.has(origin)) return next();
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS);
    if (req.method === 'OPTIONS') {
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST');
      res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
      res.setHeader('Access-Control-Max-Age', String(PREFLIGHT_MAX_AGE));
      res.status(204).end();
      return;
    }
    next();
  };
}
