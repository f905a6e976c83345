// Rows built as JSON by PostgreSQL (`json_build_object` / `json_agg`) and turned back into
// entities. A read that gathers many kinds of related rows in one statement returns them this
// way: one round trip instead of one per kind, and parsing done by the JSON parser rather than
// row by row in JavaScript.
import type { EntityMetadata } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

const TIMESTAMP_TYPES = new Set(['timestamptz', 'timestamp', 'timestamp with time zone', 'timestamp without time zone']);

interface JsonColumn {
  key: string;
  property: string;
  convert: ((value: unknown) => unknown) | null;
}

const columnsOf = new WeakMap<EntityMetadata, JsonColumn[]>();
const objectSql = new WeakMap<EntityMetadata, Map<string, string>>();

function jsonColumns(metadata: EntityMetadata): JsonColumn[] {
  let columns = columnsOf.get(metadata);
  if (!columns) {
    columns = metadata.columns
      .filter((c: ColumnMetadata) => !c.isVirtual && !c.embeddedMetadata)
      .map((c: ColumnMetadata) => {
        const timestamp = typeof c.type === 'string' && TIMESTAMP_TYPES.has(c.type);
        const from = c.transformer && !Array.isArray(c.transformer) ? c.transformer : null;
        return {
          key: c.databaseName,
          property: c.propertyName,
          // JSON has no dates: timestamps come as ISO strings, `date` columns as "YYYY-MM-DD" as TypeORM gives them.
          convert: timestamp ? (v: unknown) => (v == null ? v : new Date(v as string)) : from ? (v: unknown) => from.from(v) : null,
        };
      });
    columnsOf.set(metadata, columns);
  }
  return columns;
}

/**
 * `json_build_object('col', alias.col, ...)` over the entity's columns, or only those named in
 * `only` (column names; the entity then lacks the others: for rows never handed out whole).
 */
export function jsonObjectSql(metadata: EntityMetadata, alias: string, only?: readonly string[]): string {
  let byAlias = objectSql.get(metadata);
  if (!byAlias) objectSql.set(metadata, (byAlias = new Map()));
  const cacheKey = only ? `${alias}:${only.join(',')}` : alias;
  let sql = byAlias.get(cacheKey);
  if (!sql) {
    sql = `json_build_object(${jsonColumns(metadata)
      .filter((c) => !only || only.includes(c.key))
      .map((c) => `'${c.key}', "${alias}"."${c.key}"`)
      .join(', ')})`;
    byAlias.set(cacheKey, sql);
  }
  return sql;
}

/** The entity for an object built by `jsonObjectSql` (null stays null). */
export function fromJson<T>(metadata: EntityMetadata, json: Record<string, unknown> | null): T | null {
  if (!json) return null;
  const entity = metadata.create(undefined, { fromDeserializer: true }) as Record<string, unknown>;
  for (const c of jsonColumns(metadata)) {
    const value = json[c.key];
    if (value !== undefined) entity[c.property] = c.convert ? c.convert(value) : value;
  }
  return entity as T;
}
