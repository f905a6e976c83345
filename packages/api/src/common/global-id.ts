// Relay-style global ids: base64url("Type:uuid"). Opaque to clients, decodable here, and only here:
// the GraphQL edge (graphql/input-guard.ts) checks every ID value's form with `parseGlobalId`, and
// services check the type they expect with `fromGlobalId`.
import { AppError } from './app-error';

export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TYPE_NAME = /^[A-Z][A-Za-z]{0,63}$/;

/** The type and uuid of a global id, or null when it is not one (strictly: it must re-encode to itself). */
export function parseGlobalId(globalId: string): { type: string; id: string } | null {
  if (globalId.length > 200) return null;
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const sep = decoded.indexOf(':');
  const type = decoded.slice(0, sep);
  const id = decoded.slice(sep + 1);
  if (sep < 1 || !TYPE_NAME.test(type) || !UUID.test(id) || toGlobalId(type, id) !== globalId) return null;
  return { type, id };
}

export function fromGlobalId(globalId: string, expectedType?: string, field = 'id'): { type: string; id: string } {
  const parsed = parseGlobalId(globalId);
  if (!parsed || (expectedType && parsed.type !== expectedType)) {
    throw new AppError('INVALID_INPUT', `Ongeldige id${expectedType ? ` (verwacht: ${expectedType})` : ''}`, { field });
  }
  return parsed;
}

/**
 * `toGlobalId` as an SQL expression over a uuid column, for answers PostgreSQL builds
 * (graphql/sql-answers.ts): base64url of "Type:uuid" without padding (a short type's id fits
 * one base64 line; the newlines PostgreSQL adds after 76 characters are taken out anyway).
 */
export function globalIdSql(type: string, column: string): string {
  if (!TYPE_NAME.test(type)) throw new Error(`Not a type name: ${type}`);
  return `translate(encode(convert_to('${type}:' || ${column}, 'UTF8'), 'base64'), E'+/=\\n', '-_')`;
}
