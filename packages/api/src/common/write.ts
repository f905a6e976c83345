// Small helpers every write service shares: errors that name the field, global ids checked
// against their type and table, join-table rows replaced as a whole, and the merge that lets an
// update send only the fields it changes while the shared zod schema still checks the result.
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AppError } from './app-error';
import { fromGlobalId, toGlobalId } from './global-id';
import { parseInput } from './validate';

/** An INVALID_INPUT error whose message and `extensions.field` name the field. */
export function invalid(field: string, message: string): AppError {
  return new AppError('INVALID_INPUT', message, { field, issues: [{ field, message }] });
}

/** type-graphql gives class instances; the shared zod schemas want plain objects. */
export function plain<T extends object>(input: T): Record<string, unknown> {
  return JSON.parse(JSON.stringify(input ?? {})) as Record<string, unknown>;
}

/** The uuid behind a global id of `type`; a wrong id is INVALID_INPUT on `field`. */
export function uuidOf(globalId: string, type: string, field: string): string {
  try {
    return fromGlobalId(globalId, type).id;
  } catch {
    throw invalid(field, `Ongeldige verwijzing (verwacht: ${type}).`);
  }
}

/** The uuid of an existing row of `table` for one global id, or INVALID_INPUT on `field`. */
export async function existingId(m: EntityManager, table: string, globalId: string, type: string, field: string): Promise<string> {
  const id = uuidOf(globalId, type, field);
  if ((await m.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id])).length === 0) throw invalid(field, 'Dit item bestaat niet (meer).');
  return id;
}

/** Uuids of existing rows of `table` for the given global ids (deduplicated), or INVALID_INPUT on `field`. */
export async function existingIds(m: EntityManager, table: string, globalIds: readonly string[], type: string, field: string): Promise<string[]> {
  const ids = [...new Set(globalIds.map((g) => uuidOf(g, type, field)))];
  if (ids.length === 0) return [];
  const found: { id: string }[] = await m.query(`SELECT id FROM ${table} WHERE id = ANY($1)`, [ids]);
  if (found.length !== ids.length) throw invalid(field, 'Een van de gekozen items bestaat niet (meer).');
  return ids;
}

/** Replaces the rows of a join table that belong to one owner. */
export async function replaceLinks(m: EntityManager, table: string, ownerColumn: string, ownerId: string, targetColumn: string, ids: readonly string[]): Promise<void> {
  await m.query(`DELETE FROM ${table} WHERE ${ownerColumn} = $1`, [ownerId]);
  if (ids.length) await m.query(`INSERT INTO ${table} (${ownerColumn}, ${targetColumn}) SELECT $1, unnest($2::uuid[])`, [ownerId, ids]);
}

/** The global ids linked to one owner through a join table, sorted (for audit snapshots). */
export async function linkedGlobalIds(m: EntityManager, table: string, ownerColumn: string, ownerId: string, targetColumn: string, type: string): Promise<string[]> {
  const rows: { id: string }[] = await m.query(`SELECT ${targetColumn} AS id FROM ${table} WHERE ${ownerColumn} = $1`, [ownerId]);
  return rows.map((r) => toGlobalId(type, r.id)).sort();
}

/**
 * Validates an update: the stored values with the sent fields laid over them, through the same
 * schema as a create. Fields left out stay as they are; cross-field rules (a period's end after
 * its start) are checked against what will be stored.
 */
export function parseUpdate<S extends z.ZodType>(schema: S, current: Record<string, unknown>, input: Record<string, unknown>): z.output<S> {
  return parseInput(schema, { ...current, ...input });
}

/** Whether a database error is a unique-constraint violation (a race the checks did not see). */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } } | null;
  return e?.code === '23505' || e?.driverError?.code === '23505';
}

/** NOT_FOUND unless a row of `table` has this id. */
export async function requireRow(m: EntityManager, table: string, id: string, label: string): Promise<void> {
  if ((await m.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id])).length === 0) throw new AppError('NOT_FOUND', `${label} bestaat niet (meer).`);
}
