// Small helpers every write service shares: errors that name the field, global ids checked
// against their type and table, join-table rows replaced as a whole, and the merge that lets an
// update send only the fields it changes while the shared zod schema still checks the result.
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { transactionQuery } from '../db/reader';
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

/** A `@ManyToMany` + `@JoinTable` relation's join table and its two columns, as TypeORM declares them. */
export interface JoinTable {
  table: string;
  /** The column pointing at the owning entity (the one with `@JoinTable`). */
  ownerColumn: string;
  /** The column pointing at the relation's target. */
  targetColumn: string;
}

/** An entity class (`Partner`, `WorkingGroup`…); `common/` knows none by name. */
type EntityClass<E extends object> = (abstract new (...args: never[]) => E) & { name: string };

/**
 * The join table behind `entity.relation` from TypeORM's relation metadata (as the loaders'
 * `through` reads it), so a write names the tables the `@JoinTable` declares. Fails loudly for a
 * property that is no owning many-to-many relation.
 */
export function joinTableOf<E extends object>(m: EntityManager, entity: EntityClass<E>, relation: keyof E & string): JoinTable {
  const r = m.connection.getMetadata(entity).findRelationWithPropertyPath(relation);
  const junction = r?.junctionEntityMetadata;
  if (!r || r.relationType !== 'many-to-many' || !r.isOwning || !junction)
    throw new Error(`joinTableOf: ${entity.name}.${relation} is not the owning side (@JoinTable) of a many-to-many relation`);
  return { table: junction.tableName, ownerColumn: r.joinColumns[0]!.databaseName, targetColumn: r.inverseJoinColumns[0]!.databaseName };
}

/** The same join table seen from the relation's target (e.g. a zone's partners through `Partner.zones`). */
export function fromTarget(j: JoinTable): JoinTable {
  return { table: j.table, ownerColumn: j.targetColumn, targetColumn: j.ownerColumn };
}

/** The statements on a join table, built from its metadata (one place for every join-table write). */
export const joinTableSql = {
  /** Removes every link of owner $1. */
  deleteAll: (j: JoinTable): string => `DELETE FROM ${j.table} WHERE ${j.ownerColumn} = $1`,
  /** Links owner $1 to each target in $2. */
  insertMany: (j: JoinTable): string => `INSERT INTO ${j.table} (${j.ownerColumn}, ${j.targetColumn}) SELECT $1, unnest($2::uuid[])`,
  /** Links owner $1 to each target in $2, keeping links that exist. */
  insertMissing: (j: JoinTable): string => `INSERT INTO ${j.table} (${j.ownerColumn}, ${j.targetColumn}) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
  /** Links owner $1 to target $2. */
  insertOne: (j: JoinTable): string => `INSERT INTO ${j.table} (${j.ownerColumn}, ${j.targetColumn}) VALUES ($1, $2)`,
  /** Gives owner $2 the links owner $1 has. */
  copy: (j: JoinTable): string => `INSERT INTO ${j.table} (${j.ownerColumn}, ${j.targetColumn}) SELECT $2, ${j.targetColumn} FROM ${j.table} WHERE ${j.ownerColumn} = $1`,
  /** Replaces the links of owner $1 by links to each target in $2 that exists in `targetTable` (one row back per link made), in one statement. */
  replaceWithExisting: (j: JoinTable, targetTable: string): string =>
    `WITH gone AS (DELETE FROM ${j.table} WHERE ${j.ownerColumn} = $1 RETURNING 1)
  INSERT INTO ${j.table} (${j.ownerColumn}, ${j.targetColumn}) SELECT $1, t.id FROM ${targetTable} t WHERE t.id = ANY($2::uuid[]) AND (SELECT count(*) FROM gone) >= 0 RETURNING 1`,
  /** The targets owner $1 links to (column `id`). */
  targets: (j: JoinTable): string => `SELECT ${j.targetColumn} AS id FROM ${j.table} WHERE ${j.ownerColumn} = $1`,
};

/** Replaces the links of one owner through `entity.relation` (a `@ManyToMany` + `@JoinTable`) with `ids`. */
export async function replaceLinks<E extends object>(m: EntityManager, entity: EntityClass<E>, relation: keyof E & string, ownerId: string, ids: readonly string[]): Promise<void> {
  const j = joinTableOf(m, entity, relation);
  await m.query(joinTableSql.deleteAll(j), [ownerId]);
  if (ids.length) await m.query(joinTableSql.insertMany(j), [ownerId, ids]);
}

/**
 * `existingIds` and `replaceLinks` in one statement: links are made only to targets that exist,
 * and one that does not is INVALID_INPUT on `field` (thrown inside the caller's transaction, which
 * then rolls back: nothing is replaced). `globalIds` are of `type`, deduplicated.
 */
export async function replaceLinksChecked<E extends object>(
  m: EntityManager,
  entity: EntityClass<E>,
  relation: keyof E & string,
  ownerId: string,
  globalIds: readonly string[],
  type: string,
  field: string,
): Promise<void> {
  const ids = [...new Set(globalIds.map((g) => uuidOf(g, type, field)))];
  const j = joinTableOf(m, entity, relation);
  const targetTable = m.connection.getMetadata(entity).findRelationWithPropertyPath(relation)!.inverseEntityMetadata.tableName;
  const made = await transactionQuery(m, joinTableSql.replaceWithExisting(j, targetTable), [ownerId, ids]);
  if (made.length !== ids.length) throw invalid(field, 'Een van de gekozen items bestaat niet (meer).');
}

/** The global ids (of `type`) one owner links to through `entity.relation`, sorted (for audit snapshots). */
export async function linkedGlobalIds<E extends object>(m: EntityManager, entity: EntityClass<E>, relation: keyof E & string, ownerId: string, type: string): Promise<string[]> {
  const rows: { id: string }[] = await m.query(joinTableSql.targets(joinTableOf(m, entity, relation)), [ownerId]);
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
