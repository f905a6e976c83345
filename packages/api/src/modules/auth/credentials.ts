// The credentials a request carries: the session cookie or an `Authorization: Bearer` API token.
import type { Request, Response } from 'express';
import { config } from '../../config';
import { SESSION_COOKIE, SESSION_DAYS, type Credentials } from './auth.service';

export function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 1) continue;
    const name = part.slice(0, eq).trim();
    try {
      out[name] = decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      // A malformed cookie is ignored, not an error.
    }
  }
  return out;
}

export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

export function credentialsOf(req: Request): Credentials {
  return { sessionToken: parseCookies(req.headers.cookie)[SESSION_COOKIE] ?? null, bearerToken: bearerToken(req.headers.authorization) };
}

/** Sets the session cookie of a new session (password sign-in and single sign-on). */
export function setSessionCookie(req: Request, res: Response, secret: string, expiresAt: Date): void {
  res.cookie(SESSION_COOKIE, secret, {
    httpOnly: true,
    sameSite: 'lax',
    // Over HTTPS, directly or through a trusted proxy's X-Forwarded-Proto (`trust proxy`), the
    // cookie never travels over plain HTTP; COOKIE_SECURE forces it behind an untrusted TLS proxy.
    secure: config.cookieSecure || req.secure,
    path: '/',
    expires: expiresAt,
    maxAge: SESSION_DAYS * 86_400_000,
  });
}
