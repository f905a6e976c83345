// Security headers on every response of the API: the web app (index.html and its assets, when
// the API serves them), the GraphQL explorer at GET /graphql and the API's JSON answers. The
// docker-compose nginx sends the same values for the files it serves (deploy/nginx.conf; a test
// holds the two together).
import type { RequestHandler } from 'express';

/**
 * Scripts only from our own origin, no inline script, no eval: both the built web app (Vite emits
 * module scripts, no inline ones) and the explorer (bundled at build time) load everything from
 * the API's origin. Styles likewise (React's `style` props go through the CSSOM, which CSP does
 * not restrict); fonts and icons may be inlined as `data:`. No page may frame ours.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  // For browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  // Paths name zones and plans: other sites learn at most our origin.
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export function securityHeaders(): RequestHandler {
  const entries = Object.entries(SECURITY_HEADERS);
  return (_req, res, next) => {
    for (const [name, value] of entries) res.setHeader(name, value);
    next();
  };
}
