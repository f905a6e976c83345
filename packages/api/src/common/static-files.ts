// The built web app as the API serves it (the start command; in the deployment nginx does the
// same from deploy/nginx.conf): files compressed at build time (`.br`, `.gz` beside each file,
// written by the web build) chosen by the browser's Accept-Encoding, hashed assets cached for a
// year, the app shell revalidated on every visit so a new release is seen at once.
import fs from 'node:fs';
import path from 'node:path';
import type { NextFunction, Request, Response } from 'express';

/** Cache policy per kind of file: hashed assets never change; the shell must always be fresh. */
export const CACHE_POLICY = {
  asset: 'public, max-age=31536000, immutable',
  shell: 'no-cache',
  other: 'public, max-age=3600',
} as const;

const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/** The encodings a request accepts (q=0 means refused). */
export function accepted(header: string | undefined): Set<string> {
  const names = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find((v) => v !== undefined);
    if (name && (q === undefined || Number(q) > 0)) names.add(name);
  }
  return names;
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * Serves `webDist`: a file that exists, else the app shell for client-side routes (every GET
 * outside /graphql and /api). Source maps are never served.
 */
export function serveWebApp(webDist: string) {
  const root = path.resolve(webDist);
  const shell = path.join(root, 'index.html');
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (/^\/(graphql|api)(\/|$)/.test(req.path)) return next();
    let relative: string;
    try {
      relative = decodeURIComponent(req.path);
    } catch {
      return next();
    }
    const requested = path.join(root, relative);
    const inside = requested.startsWith(root + path.sep);
    const servable = inside && !requested.endsWith('.map') && !/\.(br|gz)$/.test(requested) && isFile(requested);
    const file = servable ? requested : shell;
    if (!servable && (path.extname(relative) !== '' || !isFile(shell))) {
      // A missing file with an extension is a 404, not the app shell.
      res.status(404).type('text/plain').send('Niet gevonden');
      return;
    }
    const policy = file === shell ? CACHE_POLICY.shell : relative.startsWith('/assets/') ? CACHE_POLICY.asset : CACHE_POLICY.other;
    const wanted = accepted(req.headers['accept-encoding'] as string | undefined);
    const encoding = ENCODINGS.find((e) => wanted.has(e.name) && isFile(file + e.suffix));
    res.setHeader('Cache-Control', policy);
    res.setHeader('Vary', 'Accept-Encoding');
    res.type(path.extname(file));
    if (encoding) res.setHeader('Content-Encoding', encoding.name);
    res.sendFile(encoding ? file + encoding.suffix : file, { cacheControl: false, dotfiles: 'deny' }, (error) => {
      if (error && !res.headersSent) next(error);
    });
  };
}
