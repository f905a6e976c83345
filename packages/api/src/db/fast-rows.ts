// Reads for DataLoaders and pages: the SQL TypeORM builds for a query, run as it is, and each row
// turned into an entity by a column plan computed once per entity. TypeORM's own result transformer
// works out per query which columns to process, groups rows by primary key and walks joins and
// relation ids for every row; for the thousands of rows a plan or a page of actions loads in one
// request that was a large share of the API's CPU time. Values get the same conversion as there
// (the driver's `prepareHydratedValue`: dates, enums, transformers), and the entities the same class.
import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import type { DataSource, EntityMetadata, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { DriverUtils } from 'typeorm/driver/DriverUtils';

interface ColumnPlan {
  key: string;
  property: string;
  column: string;
  /** Read when no columns are named (not `select: false`). */
  selected: boolean;
  convert: ((value: unknown) => unknown) | null;
}

/** Column types whose values pg already returns as TypeORM would hydrate them. */
const AS_IS = new Set(['uuid', 'varchar', 'character varying', 'text', 'smallint', 'integer', 'int', 'int2', 'int4']);

const plans = new WeakMap<EntityMetadata, Map<string, ColumnPlan[]>>();

function planFor(metadata: EntityMetadata, alias: string): ColumnPlan[] {
  let byAlias = plans.get(metadata);
  if (!byAlias) plans.set(metadata, (byAlias = new Map()));
  let plan = byAlias.get(alias);
  if (!plan) {
    const driver = metadata.connection.driver;
    plan = metadata.columns
      .filter((c: ColumnMetadata) => !c.isVirtual && !c.embeddedMetadata && !metadata.childEntityMetadatas.some((child) => child.target === c.target))
      .map((c: ColumnMetadata) => ({
        // The alias TypeORM gives the column in the select list (shortened when too long for the driver).
        key: DriverUtils.buildAlias(driver, undefined, alias, c.databaseName),
        property: c.propertyName,
        column: c.databaseName,
        selected: c.isSelect,
        convert: typeof c.type === 'string' && AS_IS.has(c.type) && !c.transformer ? null : (value: unknown) => driver.prepareHydratedValue(value, c),
      }));
    byAlias.set(alias, plan);
  }
  return plan;
}

/**
 * The select list that `hydrate` reads back: the columns of `metadata` (those of the given
 * properties, or all that are selected by default) as `alias.column AS <alias>_<column>`.
 */
export function selectList(metadata: EntityMetadata, alias: string, properties: string[] | null = null): string {
  const wanted = properties ? new Set(properties) : null;
  return planFor(metadata, alias)
    .filter((c) => (wanted ? wanted.has(c.property) : c.selected))
    .map((c) => `"${alias}"."${c.column}" AS "${c.key}"`)
    .join(', ');
}

/** One entity of `metadata` from a raw row whose columns are aliased `<alias>_<column>`. */
export function hydrate<T>(metadata: EntityMetadata, alias: string, row: Record<string, unknown>): T {
  const entity = metadata.create(undefined, { fromDeserializer: true }) as Record<string, unknown>;
  for (const c of planFor(metadata, alias)) {
    const value = row[c.key];
    if (value !== undefined) entity[c.property] = c.convert ? c.convert(value) : value;
  }
  return entity as T;
}

/**
 * Runs a select of whole entities (main alias, optionally with extra raw selects) and returns one
 * entity per row with its raw row: `getRawAndEntities` without the transformer and its
 * de-duplication (no join here selects another entity).
 */
export async function rawAndEntities<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): Promise<{ entities: T[]; raw: Record<string, unknown>[] }> {
  const [sql, parameters] = qb.getQueryAndParameters();
  const raw = await preparedQuery(qb.connection, sql, parameters);
  const metadata = qb.expressionMap.mainAlias!.metadata;
  return { entities: raw.map((row) => hydrate<T>(metadata, qb.alias, row)), raw };
}

/** Statement names by SQL text: the reads of loaders and pages come in a few dozen shapes. */
const statementNames = new Map<string, string>();
const MAX_NAMED_STATEMENTS = 2000;
/** Part of every name; a new generation makes every connection prepare its statements afresh. */
let generation = 0;

/**
 * PostgreSQL refuses a prepared statement whose result columns changed under it (a restore with
 * `pg_restore --clean`, or another instance's migration during a rolling deploy): SQLSTATE 0A000.
 */
const isStalePlan = (error: unknown) => (error as { code?: string }).code === '0A000' && /cached plan must not change result type/.test((error as Error).message);

/**
 * A read as a named prepared statement: each pooled connection parses and plans a statement
 * once and then reuses it (planning was a third of PostgreSQL's time for a page of actions).
 * Counted and logged as every statement is. Not for statements inside a transaction.
 */
export async function preparedQuery(db: DataSource, sql: string, parameters: unknown[]): Promise<Record<string, unknown>[]> {
  db.logger.logQuery(sql, parameters);
  const pool = (db.driver as PostgresDriver).master as Pool;
  const run = () => {
    let name = statementNames.get(sql);
    if (!name && statementNames.size < MAX_NAMED_STATEMENTS) {
      name = `kp${generation}_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
      statementNames.set(sql, name);
    }
    return pool.query(name ? { name, text: sql, values: parameters } : { text: sql, values: parameters });
  };
  try {
    return (await run()).rows as Record<string, unknown>[];
  } catch (error) {
    if (!isStalePlan(error)) throw error;
    // The tables changed under the prepared statements: new names, prepared again on first use.
    generation++;
    statementNames.clear();
    return (await run()).rows as Record<string, unknown>[];
  }
}
