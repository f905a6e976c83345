// The one door for database reads: the only module that touches TypeORM internals to read, and
// the one that decides which server answers (the primary or the streaming replica). The hot
// write path (a save's lock, update and child rows) goes through it too: prepared statements on
// the transaction's connection (`transactionQuery`, `lockedRow`, `updatedRow`).
//
// Rows: the SQL TypeORM builds for a query, run as it is, and each row turned into an entity by a
// column plan computed once per entity. TypeORM's own result transformer works out per query which
// columns to process, groups rows by primary key and walks joins and relation ids for every row;
// for the thousands of rows a plan or a page of actions loads in one request that was a large share
// of the API's CPU time. Values get the same conversion as there (the driver's
// `prepareHydratedValue`: dates, enums, transformers), and the entities the same class. Reads that
// gather many kinds of related rows in one statement build them as JSON in PostgreSQL
// (`jsonObjectSql` / `fromJson`): one round trip instead of one per kind.
//
// Pools: see "Replica" below and docs/architecture.md.
import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { DataSource, EntityManager, EntityMetadata, EntityTarget, ObjectLiteral, QueryRunner, SelectQueryBuilder } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { DriverUtils } from 'typeorm/driver/DriverUtils';
import { currentQueryCounter, outsideQueryCounter } from './query-counter';

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
  return fill(metadata.create(undefined, { fromDeserializer: true }) as Record<string, unknown>, metadata, alias, row, null) as T;
}

/** Sets the row's columns (those in `only`, or all) on `entity`, converted as TypeORM would. */
function fill(entity: Record<string, unknown>, metadata: EntityMetadata, alias: string, row: Record<string, unknown>, only: ReadonlySet<string> | null): Record<string, unknown> {
  for (const c of planFor(metadata, alias)) {
    if (only && !only.has(c.property)) continue;
    const value = row[c.key];
    if (value !== undefined) entity[c.property] = c.convert ? c.convert(value) : value;
  }
  return entity;
}

const partialPrototypes = new WeakMap<EntityMetadata, Map<string, { proto: object; loaded: ReadonlySet<string> }>>();

/**
 * The prototype of an entity read with only `properties`: the entity's own prototype (so
 * `instanceof` and its getters hold) under accessors for every other column that throw when
 * read, so that a resolver reading a column its page did not select fails at once and by name
 * instead of answering undefined. Assigning such a column makes it an own property as usual.
 * One per column set, made once: a partial row costs what a whole one does.
 */
function partialPrototype(metadata: EntityMetadata, properties: readonly string[]): { proto: object; loaded: ReadonlySet<string> } {
  let byKey = partialPrototypes.get(metadata);
  if (!byKey) partialPrototypes.set(metadata, (byKey = new Map()));
  const key = [...properties].sort().join(',');
  let made = byKey.get(key);
  if (!made) {
    const proto = Object.create((metadata.target as Function).prototype) as object;
    const loaded = new Set(properties);
    for (const c of metadata.columns) {
      const property = c.propertyName;
      if (loaded.has(property)) continue;
      Object.defineProperty(proto, property, {
        configurable: true,
        get(): never {
          throw new Error(`${metadata.name}.${property} was not read for this list: the fields that read it must name it (e.g. action-prefetch.ts)`);
        },
        set(this: object, value: unknown) {
          Object.defineProperty(this, property, { value, writable: true, enumerable: true, configurable: true });
        },
      });
    }
    made = { proto, loaded };
    byKey.set(key, made);
  }
  return made;
}

/** `hydrate` for a row read with `selectList(metadata, alias, properties)`: the other columns throw when read. */
export function hydratePartial<T>(metadata: EntityMetadata, alias: string, row: Record<string, unknown>, properties: readonly string[] | null): T {
  if (!properties) return hydrate<T>(metadata, alias, row);
  const { proto, loaded } = partialPrototype(metadata, properties);
  return fill(Object.create(proto) as Record<string, unknown>, metadata, alias, row, loaded) as T;
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

// ---- Rows built as JSON by PostgreSQL (`json_build_object` / `json_agg`) ----

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

// ---- What this module relies on in TypeORM ----

/**
 * Fails loudly when TypeORM no longer has the shape this module relies on (an upgrade changed
 * its internals): better at start than a wrong row or a read on the wrong server later. Called
 * for every data source (`createDataSource`), before it connects.
 */
export function checkReaderInternals(db: DataSource): void {
  const driver = db.driver as PostgresDriver & Record<string, unknown>;
  const missing = [
    ['DriverUtils.buildAlias', typeof DriverUtils.buildAlias === 'function'],
    ['PostgresDriver.prepareHydratedValue', typeof driver.prepareHydratedValue === 'function'],
    ['PostgresDriver.obtainMasterConnection', typeof driver.obtainMasterConnection === 'function'],
    ['PostgresDriver.obtainSlaveConnection', typeof driver.obtainSlaveConnection === 'function'],
    ['PostgresDriver.slaves (an array)', Array.isArray(driver.slaves)],
    ['PostgresDriver.isReplicated (a boolean)', typeof driver.isReplicated === 'boolean'],
    ['DataSource.defaultReplicationModeForReads', typeof db.defaultReplicationModeForReads === 'function'],
    ['SelectQueryBuilder.expressionMap', typeof db.createQueryBuilder().expressionMap === 'object'],
  ]
    .filter(([, ok]) => !ok)
    .map(([name]) => name);
  if (missing.length) throw new Error(`db/reader.ts relies on TypeORM internals that are gone or changed (${missing.join(', ')}): adapt it to this TypeORM version.`);
}

/** The primary's pool, once the data source is connected. */
function primaryPool(db: DataSource): pg.Pool {
  const pool = (db.driver as PostgresDriver).master as pg.Pool | undefined;
  if (typeof pool?.query !== 'function') throw new Error('The data source is not connected (or TypeORM no longer keeps its pool in PostgresDriver.master).');
  return pool;
}

// ---- Prepared statements, and which server runs them ----

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

/** `sql` as a named prepared statement (a name per text, up to MAX_NAMED_STATEMENTS texts; then unnamed). */
function preparedConfig(sql: string, parameters: unknown[]): pg.QueryConfig {
  let name = statementNames.get(sql);
  if (!name && statementNames.size < MAX_NAMED_STATEMENTS) {
    name = `kp${generation}_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
    statementNames.set(sql, name);
  }
  return name ? { name, text: sql, values: parameters } : { text: sql, values: parameters };
}

/** The tables changed under the prepared statements: new names, prepared again on first use. */
function forgetStatements(): void {
  generation++;
  statementNames.clear();
}

async function runPrepared(pool: pg.Pool, sql: string, parameters: unknown[]): Promise<Record<string, unknown>[]> {
  try {
    return (await pool.query(preparedConfig(sql, parameters))).rows as Record<string, unknown>[];
  } catch (error) {
    if (!isStalePlan(error)) throw error;
    forgetStatements();
    return (await pool.query(preparedConfig(sql, parameters))).rows as Record<string, unknown>[];
  }
}

/**
 * A statement of a transaction (`m`: the transaction's manager), as a named prepared statement on
 * the transaction's own connection: a save runs a dozen of them, and going through TypeORM's
 * query runner cost more CPU than PostgreSQL spent on them (statement logging, result wrapping,
 * parsing and planning each time). Counted and logged as every statement is; errors are pg's own
 * (code, detail), as the error mapping expects. Outside a transaction it is `m.query`.
 *
 * A stale prepared statement (see `isStalePlan`) aborts the transaction; the names are renewed so
 * the next attempt prepares them afresh.
 */
export async function transactionQuery<T = Record<string, unknown>>(m: EntityManager, sql: string, parameters: unknown[]): Promise<T[]> {
  const runner = m.queryRunner;
  if (!runner?.isTransactionActive || runner.isReleased) return m.query(sql, parameters);
  const client = (await runner.connect()) as pg.PoolClient;
  m.connection.logger.logQuery(sql, parameters, runner);
  try {
    return (await client.query(preparedConfig(sql, parameters))).rows as T[];
  } catch (error) {
    if (isStalePlan(error)) forgetStatements();
    throw error;
  }
}

/**
 * A read as a named prepared statement: each pooled connection parses and plans a statement
 * once and then reuses it (planning was a third of PostgreSQL's time for a page of actions).
 * Counted and logged as every statement is. Not for statements inside a transaction.
 *
 * It runs on the replica when the unit of work may read there (`routeReads`), else on the
 * primary; `'primary'` always on the primary (a statement that writes, or a check that must see
 * the latest row). A replica that fails to answer hands the statement to the primary.
 */
export async function preparedQuery(db: DataSource, sql: string, parameters: unknown[], target: 'route' | 'primary' = 'route'): Promise<Record<string, unknown>[]> {
  db.logger.logQuery(sql, parameters);
  const replica = target === 'route' && currentQueryCounter()?.replica ? replicas.get(db) : undefined;
  if (replica) {
    try {
      return await runPrepared(replica.pool, sql, parameters);
    } catch (error) {
      if (!isReplicaFailure(error)) throw error;
      replicaFailed(replica, error);
    }
  }
  return runPrepared(primaryPool(db), sql, parameters);
}

/** `m.query` as `transactionQuery`: for helpers that take something with a `query` method. */
export function preparedIn(m: EntityManager): Pick<EntityManager, 'query'> {
  return { query: ((sql: string, parameters?: unknown[]) => transactionQuery(m, sql, parameters ?? [])) as EntityManager['query'] };
}

const lockSql = new WeakMap<EntityMetadata, string>();

/** The row `id` of `entity` locked for update in the transaction of `m` (all its columns), or null. */
export async function lockedRow<T>(m: EntityManager, entity: EntityTarget<T>, id: string): Promise<T | null> {
  const metadata = m.connection.getMetadata(entity);
  let sql = lockSql.get(metadata);
  if (!sql) lockSql.set(metadata, (sql = `SELECT ${selectList(metadata, 'e')} FROM "${metadata.tablePath}" "e" WHERE "e"."id" = $1 FOR UPDATE OF "e"`));
  const [row] = await transactionQuery(m, sql, [id]);
  return row ? hydrate<T>(metadata, 'e', row) : null;
}

/**
 * Updates row `id` of `entity` in the transaction of `m` with the column values of `patch`
 * (properties, converted as TypeORM would: transformers, json), increments its version column
 * and sets its update date, and answers the row as stored; null when there is no such row.
 * One prepared statement per set of columns; an unknown property is a programming error.
 */
export async function updatedRow<T>(m: EntityManager, entity: EntityTarget<T>, id: string, patch: Record<string, unknown>): Promise<T | null> {
  const metadata = m.connection.getMetadata(entity);
  const driver = m.connection.driver;
  const sets: string[] = [];
  const values: unknown[] = [id];
  for (const [property, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const column = metadata.findColumnWithPropertyPath(property);
    if (!column || column.isVirtual || column.relationMetadata?.isManyToMany) throw new Error(`updatedRow: ${metadata.name}.${property} is no column`);
    if (column.isVersion || column.isUpdateDate) continue;
    values.push(driver.preparePersistentValue(value, column));
    sets.push(`"${column.databaseName}" = $${values.length}`);
  }
  if (metadata.versionColumn) sets.push(`"${metadata.versionColumn.databaseName}" = "e"."${metadata.versionColumn.databaseName}" + 1`);
  if (metadata.updateDateColumn) sets.push(`"${metadata.updateDateColumn.databaseName}" = now()`);
  const sql = `UPDATE "${metadata.tablePath}" "e" SET ${sets.join(', ')} WHERE "e"."id" = $1 RETURNING ${selectList(metadata, 'e')}`;
  const [row] = await transactionQuery(m, sql, values);
  return row ? hydrate<T>(metadata, 'e', row) : null;
}

// ---- Replica ----
//
// With DATABASE_REPLICA_URL, the reads of GraphQL queries go to a streaming replica (a hot
// standby); writes, every statement of a mutation and every statement in a transaction go to
// the primary. Which one serves a request is decided once, when its operation is known
// (`routeReads`), and kept in its unit of work (`Counter.replica`); both kinds of reads follow it:
// `preparedQuery` here, and the SELECTs TypeORM's query builders run outside a transaction (its
// own replication hooks: `defaultReplicationModeForReads` and `obtainSlaveConnection`).
//
// Read-your-own-writes across requests: after a mutation the client is given the primary's WAL
// position (`primaryWalPosition`, see graphql/read-routing.ts), and a later query of that client
// reads from the replica only once the replica has replayed that far; else from the primary.
// The replica's replay position is asked at most every `checkMs` per instance. A replica that is
// down, unreachable or refuses a connection is marked down until the next check: the statement
// that found out goes to the primary, and so does every read meanwhile; never an error.

interface ReplicaState {
  up: boolean;
  /** How far the standby has replayed the primary's WAL; null: not in recovery (no lag to wait for). */
  replayed: bigint | null;
  checkedAt: number;
}

interface Replica {
  pool: pg.Pool;
  checkMs: number;
  state: ReplicaState | null;
  checking: Promise<ReplicaState> | null;
}

const replicas = new WeakMap<DataSource, Replica>();

/** Longest wait for the replica to say how far it is; slower counts as down. */
const CHECK_TIMEOUT_MS = 1_000;

/**
 * Serves reads of `db` from `pool` (a pool on the replica, not connected yet) where the routing
 * allows it. TypeORM's `replication` option is not used: it connects to every replica at start,
 * so a replica that is down would keep the API from starting.
 */
export function attachReplica(db: DataSource, pool: pg.Pool, checkMs: number): void {
  const replica: Replica = { pool, checkMs, state: null, checking: null };
  replicas.set(db, replica);
  // A pooled connection the replica closes (a restart) must not bring the process down.
  pool.on('error', () => undefined);
  const driver = db.driver as PostgresDriver;
  // Closed with the primary's pool by `db.destroy()`.
  driver.slaves = [pool];
  driver.isReplicated = true;
  db.defaultReplicationModeForReads = () => (currentQueryCounter()?.replica ? 'slave' : 'master');
  // Hand-written reads (`db.query('SELECT …')`) of a query follow the route too; anything that
  // may write or lock, and every statement given a query runner (a transaction), stays on the primary.
  const query = db.query.bind(db);
  db.query = (async (sql: string, parameters?: unknown[], queryRunner?: QueryRunner) => {
    if (queryRunner || !currentQueryCounter()?.replica || !isPlainRead(sql)) return query(sql, parameters, queryRunner);
    const runner = db.createQueryRunner('slave');
    try {
      return await runner.query(sql, parameters);
    } finally {
      await runner.release();
    }
  }) as DataSource['query'];
  const primaryConnection = driver.obtainMasterConnection.bind(driver);
  driver.obtainSlaveConnection = () =>
    new Promise((resolve) => {
      pool.connect((error, client, release) => {
        if (!error && client) return resolve([client, release]);
        replicaFailed(replica, error);
        resolve(primaryConnection());
      });
    });
}

/** The pools reads are served from (for tests and diagnostics: count what each one served). */
export function poolsOf(db: DataSource): { primary: pg.Pool; replica: pg.Pool | null } {
  return { primary: primaryPool(db), replica: replicas.get(db)?.pool ?? null };
}

/** A statement that only reads: a SELECT (or WITH … SELECT) that neither writes, locks rows nor takes advisory locks. */
function isPlainRead(sql: string): boolean {
  return (
    /^\s*(SELECT|WITH)\b/i.test(sql) &&
    !/\b(INSERT|UPDATE|DELETE|MERGE|nextval|setval|set_config|pg_notify|pg_advisory\w*)\b|\bFOR\s+(NO\s+KEY\s+)?(UPDATE|SHARE)\b|\bFOR\s+KEY\s+SHARE\b/i.test(sql)
  );
}

export function hasReplica(db: DataSource): boolean {
  return replicas.has(db);
}

/** A WAL position (`16/B374D848`) as a number; null when it is not one. */
export function walPositionValue(position: string | null | undefined): bigint | null {
  const match = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(position ?? '');
  return match ? (BigInt(`0x${match[1]}`) << 32n) + BigInt(`0x${match[2]}`) : null;
}

/** WAL page size (PostgreSQL's default XLOG_BLCKSZ) and the longest page header. */
const WAL_PAGE = 8192n;
const WAL_PAGE_HEADER_MAX = 40n;

/**
 * The replay position a standby must reach to hold everything written up to `position` (from
 * `pg_current_wal_insert_lsn()`). When the last record ended on a page boundary, the insert
 * position already points past the next page's header, where no record ends: a standby that has
 * replayed that record reports the boundary itself, and would otherwise never count as caught up.
 */
export function replayTarget(position: string | null | undefined): bigint | null {
  const value = walPositionValue(position);
  if (value === null) return null;
  const offset = value % WAL_PAGE;
  return offset > 0n && offset <= WAL_PAGE_HEADER_MAX ? value - offset : value;
}

async function check(replica: Replica): Promise<ReplicaState> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), CHECK_TIMEOUT_MS);
    });
    const { rows } = await outsideQueryCounter(() =>
      Promise.race([replica.pool.query<{ standby: boolean; lsn: string | null }>('SELECT pg_is_in_recovery() AS standby, pg_last_wal_replay_lsn()::text AS lsn'), timeout]),
    );
    const row = rows[0]!;
    if (replica.state && !replica.state.up) console.log('[db] the replica answers again: queries read from it.');
    replica.state = { up: true, replayed: row.standby ? (walPositionValue(row.lsn) ?? 0n) : null, checkedAt: Date.now() };
  } catch (error) {
    if (!replica.state || replica.state.up) console.warn(`[db] the replica does not answer (${(error as Error).message}): reads go to the primary.`);
    replica.state = { up: false, replayed: null, checkedAt: Date.now() };
  } finally {
    clearTimeout(timer);
  }
  return replica.state;
}

function stateOf(replica: Replica): ReplicaState | Promise<ReplicaState> {
  const state = replica.state;
  if (state && Date.now() - state.checkedAt < replica.checkMs) return state;
  return (replica.checking ??= check(replica).finally(() => {
    replica.checking = null;
  }));
}

/** Errors that say the replica cannot serve now, not that the statement is wrong. */
function isReplicaFailure(error: unknown): boolean {
  const code = String((error as { code?: unknown }).code ?? '');
  const message = (error as Error).message ?? '';
  return (
    code.startsWith('08') || // connection exception
    code.startsWith('57P') || // shut down, crashed, or not accepting connections yet
    (code === '40001' && /recovery/.test(message)) || // cancelled by a conflict with WAL replay
    /^E(CONNREFUSED|CONNRESET|HOSTUNREACH|NETUNREACH|TIMEDOUT|PIPE|AI_AGAIN)$|^ENOTFOUND$/.test(code) ||
    /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/.test(message)
  );
}

function replicaFailed(replica: Replica, error: unknown): void {
  if (!replica.state || replica.state.up) console.warn(`[db] the replica failed (${(error as Error | undefined)?.message ?? 'no connection'}): reads go to the primary.`);
  replica.state = { up: false, replayed: null, checkedAt: Date.now() };
  const unit = currentQueryCounter();
  if (unit) unit.replica = false;
}

/**
 * Decides where the reads of the current unit of work (a GraphQL query) go: the replica when one
 * is configured, answers, and has replayed the WAL at least up to `after` (the position the
 * client was given after its last write, when any); the primary otherwise.
 */
export async function routeReads(db: DataSource, after: string | null): Promise<'replica' | 'primary'> {
  const replica = replicas.get(db);
  const unit = currentQueryCounter();
  if (!replica || !unit) return 'primary';
  const state = await stateOf(replica);
  const wanted = replayTarget(after);
  const caughtUp = wanted === null || state.replayed === null || state.replayed >= wanted;
  unit.replica = state.up && caughtUp;
  return unit.replica ? 'replica' : 'primary';
}

/** The primary's WAL position now (after a write committed): what a replica must reach to show it. */
export async function primaryWalPosition(db: DataSource): Promise<string> {
  const pool = primaryPool(db);
  const { rows } = await outsideQueryCounter(() => pool.query<{ lsn: string }>('SELECT pg_current_wal_insert_lsn()::text AS lsn'));
  return rows[0]!.lsn;
}
