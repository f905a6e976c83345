// The GraphQL context of a request: the caller (Viewer) and per-request loaders that apply the
// caller's row visibility (auth/visibility.ts) to every read.
import type { Request, Response } from 'express';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { RequestContext } from '../../graphql/context';
import { Loaders, type RowPolicy } from '../../graphql/loaders';
import { ActionPlan } from '../action-plan/action-plan.entity';
import { OwnershipRow } from '../collaboration/ownership';
import { Zone } from '../zone/zone.entity';
import { viewerOf } from './authenticate';
import { Viewer } from './viewer';
import { scopeQuery } from './visibility';

export interface Context extends RequestContext {
  viewer: Viewer;
  loaders: Loaders;
}

export async function createContext(db: DataSource, req?: Request, res?: Response): Promise<Context> {
  // Found by the authentication middleware (modules/auth/authenticate.ts), with the rate count.
  const viewer = req ? await viewerOf(db, req) : Viewer.anonymous();
  return contextFor(db, viewer, req, res);
}

export function contextFor(db: DataSource, viewer: Viewer, req?: Request, res?: Response): Context {
  return { db, viewer, loaders: new Loaders(db, rowPolicy(viewer)), req, res };
}

/**
 * Plans and owner rows bring their zone along (into the zone loader), so that `zone` of a plan or
 * an owner needs no statement of its own. (Loaded after them, those zones took a statement that
 * merged with other zone loads or not, by timing.)
 */
const ZONE_ALONG = { entity: Zone, on: 'companion.id = e.zone_id' };

function rowPolicy(viewer: Viewer): RowPolicy {
  return {
    scope: (qb, entityName, alias) => scopeQuery(qb, entityName, alias, viewer),
    companion: (entity: EntityTarget<ObjectLiteral>) => (entity === ActionPlan || (entity as { prototype?: unknown }).prototype instanceof OwnershipRow ? ZONE_ALONG : undefined),
  };
}
