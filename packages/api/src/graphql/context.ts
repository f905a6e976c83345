import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { viewerOf } from '../modules/auth/authenticate';
import { Viewer } from '../modules/auth/viewer';
import { Loaders } from './loaders';

export interface Context {
  db: DataSource;
  viewer: Viewer;
  loaders: Loaders;
  req?: Request;
  res?: Response;
}

export async function createContext(db: DataSource, req?: Request, res?: Response): Promise<Context> {
  // Found by the authentication middleware (modules/auth/authenticate.ts), with the rate count.
  const viewer = req ? await viewerOf(db, req) : Viewer.anonymous();
  return contextFor(db, viewer, req, res);
}

export function contextFor(db: DataSource, viewer: Viewer, req?: Request, res?: Response): Context {
  return { db, viewer, loaders: new Loaders(db, viewer), req, res };
}
