import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';

/**
 * What the GraphQL layer itself reads of a request's context. The whole context (the caller,
 * the loaders) is built by the auth module: modules/auth/context.ts.
 */
export interface RequestContext {
  db: DataSource;
  req?: Request;
  res?: Response;
}
