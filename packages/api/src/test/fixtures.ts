// Small helpers for tests: global ids of seeded rows, error codes, and a started server with a
// seeded database and its users.
import type { DataSource } from 'typeorm';
import { toGlobalId } from '../common/global-id';
import type { GraphQLResult } from './http';

/** The global id of the first row an SQL query returns (`SELECT id ...`). */
export async function gidOf(db: DataSource, type: string, sql: string, params: unknown[] = []): Promise<string> {
  const rows: { id: string }[] = await db.query(sql, params);
  if (!rows[0]) throw new Error(`No ${type} for: ${sql} ${JSON.stringify(params)}`);
  return toGlobalId(type, rows[0].id);
}

export const zoneGid = (db: DataSource, slug: string) => gidOf(db, 'Zone', `SELECT id FROM zone WHERE slug = $1`, [slug]);

/** `extensions.code` of the first error, if any. */
export function codeOf(res: GraphQLResult): string | undefined {
  return res.errors?.[0]?.extensions?.code as string | undefined;
}

/** `extensions.field` of the first error, if any. */
export function fieldOf(res: GraphQLResult): string | undefined {
  return res.errors?.[0]?.extensions?.field as string | undefined;
}

/** The number of rows an SQL count query returns (`SELECT count(*) AS n ...`). */
export async function countOf(db: DataSource, sql: string, params: unknown[] = []): Promise<number> {
  return Number((await db.query(sql, params))[0].n);
}

/** The uuid inside a global id, to look the row up in SQL. */
export function rawId(globalId: string): string {
  return Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;
}
