// Updates that lose nothing: the client sends the version it last saw; the row is locked, and a
// different current version is a VERSION_CONFLICT carrying the current values. The change and its
// audit record happen in the caller's transaction.
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { AppError } from '../../common/app-error';
import { lockedRow, updatedRow } from '../../db/reader';
import { publicValues, recordChange, snapshot } from './audit';
import type { Viewer } from '../auth/viewer';

type Snapshot = Record<string, unknown>;

export interface VersionedUpdate<T> {
  manager: EntityManager;
  viewer: Viewer;
  entity: EntityTarget<T> & { name: string };
  id: string;
  expectedVersion: number;
  /** Dutch subject for NOT_FOUND, e.g. "Deze actie" (the same words as for a hidden row). */
  label?: string;
  /** Checks that need the current row (e.g. authorization); runs before the version check. */
  authorize?: (row: T) => Promise<void> | void;
  /** Column changes to apply. */
  patch: (row: T) => Partial<T> | Promise<Partial<T>>;
  /** Changes to child rows (steps, indicators, links) made after the column patch; `before` is the row's snapshot with `extra`. */
  children?: (row: T, before: Snapshot) => Promise<void>;
  /** Extra values (child rows) to include in conflict reports and the audit trail. */
  extra?: (id: string) => Promise<Snapshot>;
}

export async function lockForUpdate<T extends ObjectLiteral & { id: string }>(manager: EntityManager, entity: EntityTarget<T>, id: string, label = 'Item'): Promise<T> {
  const row = await lockedRow(manager, entity, id);
  if (!row) throw new AppError('NOT_FOUND', `${label} bestaat niet (meer).`);
  return row;
}

/**
 * The one version check of every write: VERSION_CONFLICT unless the row is still at the version
 * the client last saw, carrying the current version and values (`current`: the row with its child
 * rows, as the audit trail records them) so the client can show what changed and merge.
 */
export function requireVersion(row: { version: number }, expectedVersion: number, current: Snapshot, subject = 'dit'): void {
  if (row.version === expectedVersion) return;
  throw new AppError('VERSION_CONFLICT', `Iemand anders heeft ${subject} intussen gewijzigd. Bekijk de huidige waarden en kies wat je bewaart.`, {
    currentVersion: row.version,
    yourVersion: expectedVersion,
    current: publicValues(current),
  });
}

/** What a versioned update did: the row as stored, its snapshot with `extra`, and whether it changed anything (an audit record was written). */
export interface VersionedResult<T> {
  row: T;
  after: Snapshot;
  recorded: boolean;
}

export async function versionedUpdate<T extends ObjectLiteral & { id: string; version: number }>(u: VersionedUpdate<T>): Promise<T> {
  return (await versionedUpdateResult(u)).row;
}

/** `versionedUpdate`, answering also the stored snapshot and whether a change was recorded (so callers read neither again). */
export async function versionedUpdateResult<T extends ObjectLiteral & { id: string; version: number }>(u: VersionedUpdate<T>): Promise<VersionedResult<T>> {
  const row = await lockForUpdate(u.manager, u.entity, u.id, u.label);
  await u.authorize?.(row);
  const extraBefore = (await u.extra?.(u.id)) ?? {};
  const before = { ...snapshot(row), ...extraBefore };
  requireVersion(row, u.expectedVersion, before);
  const patch = await u.patch(row);
  // Always touch the row: its version increments even when only child rows change. The row as
  // stored comes back with the update (the same columns a read would give).
  const updated = (await updatedRow<T>(u.manager, u.entity, u.id, patch as Record<string, unknown>))!;
  await u.children?.(row, before);
  const after = { ...snapshot(updated), ...((await u.extra?.(u.id)) ?? {}) };
  const recorded = await recordChange(u.manager, u.viewer, u.entity.name, u.id, before, after);
  return { row: updated, after, recorded };
}
