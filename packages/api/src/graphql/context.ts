import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { AuthService, SESSION_COOKIE } from '../modules/auth/auth.service';
import { Viewer } from '../modules/auth/viewer';
import { Loaders } from './loaders';

export interface Context {
  db: DataSource;
  viewer: Viewer;
  loaders: Loaders;
  req?: Request;
  res?: Response;
}

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

export async function createContext(db: DataSource, req?: Request, res?: Response): Promise<Context> {
  const viewer = req
    ? await new AuthService(db).resolveViewer({
        sessionToken: parseCookies(req.headers.cookie)[SESSION_COOKIE] ?? null,
        bearerToken: bearerToken(req.headers.authorization),
      })
    : Viewer.anonymous();
  return contextFor(db, viewer, req, res);
}

export function contextFor(db: DataSource, viewer: Viewer, req?: Request, res?: Response): Context {
  return { db, viewer, loaders: new Loaders(db, viewer), req, res };
}
