// Relay-style connections with keyset pagination: the cursor holds the sort values of the last
// row, so a page is one indexed range scan however deep a tool pages (no OFFSET).
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AppError } from '../common/app-error';
import { UUID } from '../common/global-id';
import { intInRange, textProblem } from '../common/validate';
import { rawAndEntities } from '../db/reader';

@ObjectType({ description: 'Where a page stands in the whole list (Relay PageInfo).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more items follow this page.' })
  hasNextPage: boolean;

  @Field(() => Boolean, { description: 'Whether items precede this page (true when `after` was given).' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item; pass it as `after` for the next page.' })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: () => Promise<number>;
}

/** Builds `<Name>Connection` and `<Name>Edge` object types for a node type. */
export function connectionTypes<T extends object>(nodeType: ClassType<T>, name: string, label: string) {
  @ObjectType(`${name}Edge`, { description: `A ${label} in a page, with its cursor.` })
  class EdgeType {
    @Field(() => String, { description: 'Opaque cursor of this item.' })
    cursor: string;

    @Field(() => nodeType, { description: `The ${label}.` })
    node: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${label}s (Relay connection).` })
  class ConnectionType {
    @Field(() => [EdgeType], { description: 'The items of this page, with cursors.' })
    edges: EdgeType[];

    @Field(() => [nodeType], { description: 'The items of this page (shortcut for edges.node).' })
    nodes(): T[] {
      return this.edges.map((e) => e.node);
    }

    @Field(() => PageInfo, { description: 'Paging information.' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'Number of items in the whole list with these filters (counted only when asked).' })
    totalCount(): Promise<number> {
      return this.count();
    }

    count: () => Promise<number>;
  }

  return { EdgeType, ConnectionType };
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

export interface SortSpec {
  /** SQL expressions in order; the row id is added last as a tie-breaker. */
  expressions: string[];
  /** Select aliases for the expressions (read back from raw rows to build cursors). */
  aliases: string[];
  /** The type of each expression's value in a cursor (default: text). */
  types?: CursorKey[];
  direction: 'ASC' | 'DESC';
}

/** The SQL type a cursor value is read as; `uuid` is the row id every cursor ends with. */
export type CursorKey = 'int' | 'text' | 'timestamptz' | 'uuid';

const INT4_MIN = -2_147_483_648;
const INT4_MAX = 2_147_483_647;
const MAX_CURSOR_LENGTH = 4096;

export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

/** A cursor value as its SQL type reads it, or undefined when it is not one. */
function cursorValue(value: unknown, key: CursorKey): unknown {
  switch (key) {
    case 'int':
      return Number.isInteger(value) && (value as number) >= INT4_MIN && (value as number) <= INT4_MAX ? value : undefined;
    case 'timestamptz': {
      if (typeof value !== 'string') return undefined;
      const time = Date.parse(value);
      return Number.isNaN(time) ? undefined : new Date(time).toISOString();
    }
    case 'uuid':
      return typeof value === 'string' && UUID.test(value) ? value : undefined;
    case 'text':
      return typeof value === 'string' && textProblem(value) === null ? value : undefined;
  }
}

/**
 * The values of a cursor, each checked against the SQL type it is read as (the row id last): the
 * one place a cursor is decoded, so a tool's cursor never becomes an SQL error.
 */
export function decodeCursor(cursor: string, keys: readonly CursorKey[]): unknown[] {
  try {
    if (cursor.length <= MAX_CURSOR_LENGTH) {
      const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
      if (Array.isArray(values) && values.length === keys.length + 1) {
        const checked = [...keys, 'uuid' as const].map((key, i) => cursorValue(values[i], key));
        if (checked.every((v) => v !== undefined)) return checked;
      }
    }
  } catch {
    // fall through
  }
  throw new AppError('INVALID_INPUT', 'Ongeldige cursor: gebruik een endCursor van dezelfde lijst en sortering.', { field: 'after' });
}

/** The page size asked (`first`), checked against the limits. */
export function pageSize(args: { first?: number | null }): number {
  return intInRange(args.first ?? DEFAULT_PAGE_SIZE, 'first', 0, MAX_PAGE_SIZE);
}

/**
 * Runs one page of a query: `qb` selects entities aliased `e` with filters applied.
 * Fetches first+1 rows to know whether a next page exists; the count query runs only if asked.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  sort: SortSpec,
  args: { first?: number | null; after?: string | null },
): Promise<Connection<T>> {
  const first = pageSize(args);
  const countQuery = qb.clone();
  const keys = [...sort.expressions, 'e.id'];
  const page = qb.clone();
  // Parenthesised: a bare "e.name" would be taken for the column itself and re-aliased away from the entity.
  sort.expressions.forEach((expr, i) => page.addSelect(`(${expr})`, sort.aliases[i]!));
  if (args.after) {
    const values = decodeCursor(args.after, sort.types ?? sort.expressions.map(() => 'text'));
    const params = Object.fromEntries(values.map((v, i) => [`cursor${i}`, v]));
    const op = sort.direction === 'ASC' ? '>' : '<';
    page.andWhere(`(${keys.join(', ')}) ${op} (${keys.map((_, i) => `:cursor${i}`).join(', ')})`, params);
  }
  keys.forEach((key, i) => (i === 0 ? page.orderBy(key, sort.direction) : page.addOrderBy(key, sort.direction)));
  // Sort and cut on the keys alone first, then read whole rows for this page only: sorting every
  // matching row at full width (a year of action sheets) was most of a page's time in PostgreSQL.
  const pageIds = page
    .clone()
    .select('e.id')
    .limit(first + 1);
  page.andWhere(`e.id IN (${pageIds.getQuery()})`);
  const { entities, raw } = await rawAndEntities(page.limit(first + 1));
  const rawById = new Map(raw.map((r: Record<string, unknown>) => [r.e_id as string, r]));
  let counted: Promise<number> | undefined;
  return pageOf(
    entities,
    first,
    args.after,
    (node) => {
      const r = rawById.get(node.id) ?? {};
      return encodeCursor([...sort.aliases.map((a) => normalizeCursorValue(r[a])), node.id]);
    },
    () => (counted ??= countQuery.getCount()),
  );
}

/** A connection from a page read with one row more than `first` (that row says a next page exists). */
export function pageOf<T>(rows: T[], first: number, after: string | null | undefined, cursorOf: (row: T, index: number) => string, totalCount: () => Promise<number>): Connection<T> {
  const edges = rows.slice(0, first).map((node, i) => ({ node, cursor: cursorOf(node, i) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: !!after,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}

export function normalizeCursorValue(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

/** Wraps a plain connection in its GraphQL class so `nodes` and `totalCount` resolve. */
export function toConnectionType<C extends { edges: unknown; pageInfo: PageInfo; count: () => Promise<number> }>(type: new () => C, connection: Connection<unknown>): C {
  return Object.assign(new type(), { edges: connection.edges, pageInfo: connection.pageInfo, count: connection.totalCount });
}

/** `first`/`after` arguments of every connection. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size (default 50, at most 200).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts (the endCursor of the previous page).' })
  after?: string | null;
}
