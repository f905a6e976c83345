import type { DataSource } from 'typeorm';
import { Loaders } from './loaders';

export interface Context {
  db: DataSource;
  loaders: Loaders;
}

export function createContext(db: DataSource): Context {
  return { db, loaders: new Loaders(db) };
}
