import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { AuthService } from '../modules/auth/auth.service';
import { Viewer } from '../modules/auth/viewer';
import { Loaders } from './loaders';
import { AppError } from '../common/app-error';
import { admittedViewer } from '../modules/auth/rate-limit';
import { credentialsOf } from '../modules/auth/credentials';

export interface Context {
  db: DataSource;
  viewer: Viewer;
  loaders: Loaders;
  req?: Request;
  res?: Response;
}

export async function createContext(db: DataSource, req?: Request, res?: Response): Promise<Context> {
  // Found by the rate limiter in its statement; looked up here when it did not (or could not).
  const known = req ? admittedViewer(req) : undefined;
  if (known instanceof AppError) throw known;
  const viewer =
    known ??
    (req ? await new AuthService(db).resolveViewer(credentialsOf(req)) : Viewer.anonymous());
  return contextFor(db, viewer, req, res);
}

export function contextFor(db: DataSource, viewer: Viewer, req?: Request, res?: Response): Context {
  return { db, viewer, loaders: new Loaders(db, viewer), req, res };
}
