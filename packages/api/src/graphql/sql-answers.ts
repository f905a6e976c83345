// Answers built by PostgreSQL. For the reads outside tools make most (a zone's whole plan, pages
// of actions), graphql-js's walk over thousands of fields, the row parsing before it and the
// stringifying after it cost the API several times what the database does. When every field a
// query selects below such a root has an SQL form, the root's own resolver logic runs as usual
// (the same service: arguments, rights, visibility) and one statement builds the rest of the
// answer as JSON, which is sent as PostgreSQL wrote it. Anything else — an argument below the
// root, a directive, a fragment on another type, a field without an SQL form, an error — goes
// graphql-js's way, so the two give the same answer (graphql/sql-answers.test.ts and
// modules/action/action-answers.test.ts compare them).
//
// SQL forms: a plain column of an entity (a field without a resolver of its own whose property
// is a TypeORM column) gets one from the metadata; fields with resolvers get theirs from the
// module that owns them (`SqlAnswerSpec`), beside the statements its loaders run.
import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import {
  getArgumentValues,
  getNamedType,
  getVariableValues,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { DataSource } from 'typeorm';
import { AppError } from '../common/app-error';
import { globalIdSql } from '../common/global-id';
import { preparedQuery } from '../db/reader';
import { SqlParams } from '../db/sql-params';
import { plainFieldsOf } from './plain-fields';

/** The statement's parameters: `param` adds one and returns its placeholder (`$n`). */

/** What a field's SQL form is given. */
export interface FieldScope<C> {
  /** The row the field belongs to (an SQL alias). */
  row: string;
  /** A fresh alias for a row the form reads (unique in the statement). */
  alias: (prefix: string) => string;
  /** The JSON object of what the query selects of this field's type, over the row `alias`. */
  object: (alias: string) => string;
  params: SqlParams;
  context: C;
}

/** A JSON-valued SQL expression for a field of `row`. */
export type FieldSql<C> = (scope: FieldScope<C>) => string;

/**
 * A field whose value is derived in JavaScript from what SQL reads (a rule that lives in
 * packages/shared): `sql` gives the material, `finish` the value for the selected leaf fields.
 */
export interface FinishedField<C> {
  sql: FieldSql<C>;
  /** The leaf fields `finish` gives (a selection of others is not answerable). */
  fields: readonly string[];
  /** The value (an object or a list of them) with every field of `fields`; the selection is taken from it. */
  finish: (material: unknown) => unknown;
}

/** What the query selects of an object type: its fields by response key, with their own selections. */
export interface Selection {
  typeName: string;
  fields: Selected[];
  /** The JSON object of this selection over the row `alias`, as SQL. */
  object: (alias: string) => string;
}

export interface Selected {
  key: string;
  field: string;
  /** What is selected of the field's type, when that is an object type. */
  selection: Selection | null;
}

/** What a root's `prepare` is given to build its statement. */
export interface RootBuild {
  /** The type the root field returns. */
  typeName: string;
  /** The JSON of the root field's whole selection over the row `alias`. */
  object: (alias: string) => string;
  /** The root field's selection, for a root that assembles its answer from the rows itself. */
  selection: () => Selection;
  alias: (prefix: string) => string;
  params: SqlParams;
}

/** A statement whose rows the root turns into the answer's text itself (see `connectionText`). */
export interface AssembledAnswer {
  sql: string;
  text: (rows: Record<string, unknown>[]) => string;
}

/** A root field answered by SQL. */
export interface SqlRoot<C> {
  /**
   * Does what the root's resolver does before its fields resolve (the same service call, so the
   * same rights and errors) and returns the answer's statement: one giving the whole value as
   * the text column `json` of its one row, or one whose rows the root assembles. Null: the
   * field's value is null.
   */
  prepare: (context: C, args: Record<string, unknown>, build: RootBuild) => Promise<string | AssembledAnswer | null>;
}

/** The form of a to-one field: the row of `table` whose id is the expression `key` over the field's row, or null. */
export const rowById =
  <C>(table: string, key: (row: string) => string): FieldSql<C> =>
  (s) => {
    const r = s.alias('r');
    return `(SELECT ${s.object(r)} FROM ${table} ${r} WHERE ${r}.id = ${key(s.row)})`;
  };

/** The check every root field makes before it resolves (the schema wraps its root resolvers with the same). */
export type RootGuard<C> = (fieldName: string, context: C) => void;

/** What a module gives: SQL forms of fields (by type, then field) and roots it answers. */
export interface SqlAnswerSpec<C> {
  fields?: Record<string, Record<string, FieldSql<C> | FinishedField<C>>>;
  roots?: Record<string, SqlRoot<C>>;
}

/** Not answerable by SQL: the query goes graphql-js's way. */
class NotAnswerable extends Error {}

/** An answer PostgreSQL wrote, sent as it is (see `stringifyAnswer`). */
export class RawJson {
  constructor(readonly text: string) {}
  /** Whoever stringifies it otherwise gets the same value. */
  toJSON(): unknown {
    return JSON.parse(this.text);
  }
}

/** The server's result stringifier: an SQL-built answer's text goes out unparsed. */
export function stringifyAnswer(result: { data?: unknown; errors?: unknown; extensions?: unknown }): string {
  if (result.data instanceof RawJson && result.errors === undefined && result.extensions === undefined) return `{"data":${result.data.text}}`;
  return JSON.stringify(result);
}

/** JSON forms of a column by its TypeORM type (what graphql-js would write for its value). */
function columnJson(column: string, type: string): string {
  if (type === 'timestamptz' || type === 'timestamp with time zone' || type === 'timestamp') return isoSql(column);
  if (type === 'numeric' || type === 'decimal') return `${column}::float8`;
  return column;
}

/** A timestamp as JavaScript's toISOString() writes it (graphql-scalars' DateTimeISO). */
export const isoSql = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** Column types whose JSON form `columnJson` knows; others (json, bytea, ...) have none. */
const KNOWN_COLUMN_TYPES = new Set([
  'uuid',
  'varchar',
  'character varying',
  'text',
  'smallint',
  'integer',
  'int',
  'int2',
  'int4',
  'boolean',
  'bool',
  'date',
  'enum',
  'numeric',
  'decimal',
  'timestamptz',
  'timestamp with time zone',
  'timestamp',
]);

type AnyField<C> = FieldSql<C> | FinishedField<C>;

interface Compiled {
  sql: string;
  params: unknown[];
  /** The root's own assembly of the rows, if it has one; else the text of `json` in the first row. */
  text: ((rows: Record<string, unknown>[]) => string) | null;
  /** Fields to finish in JavaScript, by their index in the answer's `{ $finish: i, v }` objects. */
  finishers: Finisher[];
}

type Finisher = (material: unknown) => unknown;

const FINISH_KEY = '$finish';

/** Compiles selections to JSON-building SQL with the forms of the given specs and the columns of `db`'s entities. */
export class SqlAnswers<C> {
  private readonly fields = new Map<string, Map<string, AnyField<C>>>();
  private readonly roots = new Map<string, SqlRoot<C>>();

  constructor(
    private readonly schema: GraphQLSchema,
    db: DataSource,
    specs: SqlAnswerSpec<C>[],
    private readonly guard: RootGuard<C>,
  ) {
    for (const plain of plainFieldsOf(schema)) {
      if (!db.hasMetadata(plain.target)) continue;
      const metadata = db.getMetadata(plain.target);
      if (plain.property === 'globalId') {
        const id = metadata.findColumnWithPropertyName('id');
        if (id) this.set(plain.typeName, plain.fieldName, ({ row }) => globalIdSql(plain.target.name, `${row}."${id.databaseName}"`));
        continue;
      }
      const column = metadata.findColumnWithPropertyName(plain.property);
      if (!column || column.isVirtual || column.embeddedMetadata || (column.transformer && column.type !== 'numeric')) continue;
      const type = String(typeof column.type === 'function' ? '' : column.type);
      if (!KNOWN_COLUMN_TYPES.has(type)) continue;
      this.set(plain.typeName, plain.fieldName, ({ row }) => columnJson(`${row}."${column.databaseName}"`, type));
    }
    for (const spec of specs) {
      for (const [typeName, fields] of Object.entries(spec.fields ?? {})) for (const [field, sql] of Object.entries(fields)) this.set(typeName, field, sql);
      for (const [name, root] of Object.entries(spec.roots ?? {})) this.roots.set(name, root);
    }
  }

  private set(typeName: string, field: string, sql: AnyField<C>): void {
    let byField = this.fields.get(typeName);
    if (!byField) this.fields.set(typeName, (byField = new Map()));
    byField.set(field, sql);
  }

  /**
   * The answer of a query operation, or null when some part of it is not answerable by SQL (or
   * its root refuses: the normal execution then gives the error).
   */
  async answer(
    operation: OperationDefinitionNode,
    fragments: Record<string, FragmentDefinitionNode>,
    rawVariables: Record<string, unknown>,
    context: C,
    db: DataSource,
  ): Promise<RawJson | null> {
    if (operation.operation !== 'query' || operation.directives?.length) return null;
    const queryType = this.schema.getQueryType();
    const coerced = getVariableValues(this.schema, operation.variableDefinitions ?? [], rawVariables);
    if (!queryType || !coerced.coerced) return null;
    const variables = coerced.coerced;
    try {
      const fields = collect(queryType, operation.selectionSet, fragments);
      const parts: string[] = [];
      // Roots one after another: each runs its own service call (as graphql-js would, in order).
      for (const [key, nodes] of fields) {
        const node = nodes[0]!;
        if (nodes.length > 1) throw new NotAnswerable();
        const root = this.roots.get(node.name.value);
        const definition = queryType.getFields()[node.name.value];
        if (!root || !definition) throw new NotAnswerable();
        const type = getNamedType(definition.type);
        if (!isObjectType(type)) throw new NotAnswerable();
        const compiled = await this.root(root, type, node, definition, fragments, variables, context);
        if (compiled === null) {
          parts.push(`"${key}":null`);
          continue;
        }
        const rows = await preparedQuery(db, compiled.sql, compiled.params);
        let text = compiled.text ? compiled.text(rows) : ((rows[0]?.json as string | null | undefined) ?? 'null');
        if (compiled.finishers.length) text = finishText(text, compiled.finishers);
        parts.push(`"${key}":${text}`);
      }
      return new RawJson(`{${parts.join(',')}}`);
    } catch (error) {
      if (error instanceof NotAnswerable) return null;
      throw error;
    }
  }

  private async root(
    root: SqlRoot<C>,
    type: GraphQLObjectType,
    node: FieldNode,
    definition: Parameters<typeof getArgumentValues>[0],
    fragments: Record<string, FragmentDefinitionNode>,
    variables: Record<string, unknown>,
    context: C,
  ): Promise<Compiled | null> {
    const selectionSet = node.selectionSet;
    if (node.directives?.length || !selectionSet) throw new NotAnswerable();
    // What the schema's root resolvers check first (sign-in), then the root's own service call.
    this.guard(node.name.value, context);
    const args = getArgumentValues(definition, node, variables);
    const params = new SqlParams();
    let aliases = 0;
    const alias = (prefix: string) => `${prefix}${++aliases}`;
    const finishers: Finisher[] = [];
    const object = (typeName: string, selections: readonly SelectionSetNode[], row: string): string => {
      const objectType = this.schema.getType(typeName);
      if (!isObjectType(objectType)) throw new NotAnswerable();
      const entries: string[] = [];
      for (const [key, nodes] of collectAll(objectType, selections, fragments)) {
        const name = nodes[0]!.name.value;
        if (name === '__typename') {
          entries.push(`'${key}', '${objectType.name}'`);
          continue;
        }
        if (nodes.some((n) => n.arguments?.length)) throw new NotAnswerable();
        const form = this.fields.get(objectType.name)?.get(name);
        const definitionOf = objectType.getFields()[name];
        if (!form || !definitionOf) throw new NotAnswerable();
        const subSelections = nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
        const fieldType = getNamedType(definitionOf.type);
        const scope: FieldScope<C> = {
          row,
          alias,
          params,
          context,
          object: (child) => {
            if (!isObjectType(fieldType)) throw new NotAnswerable();
            return object(fieldType.name, subSelections, child);
          },
        };
        if (typeof form === 'function') {
          entries.push(`'${key}', ${form(scope)}`);
          continue;
        }
        // Finished in JavaScript: its selection must be leaf fields (or __typename).
        if (!isObjectType(fieldType)) throw new NotAnswerable();
        const selected = [...collectAll(fieldType, subSelections, fragments)].map(([k, n]) => {
          const field = n[0]!.name.value;
          if (n.some((x) => x.selectionSet || x.arguments?.length) || (field !== '__typename' && !form.fields.includes(field))) throw new NotAnswerable();
          return [k, field] as const;
        });
        const typeName = fieldType.name;
        const pick = (value: unknown): unknown => {
          if (Array.isArray(value)) return value.map(pick);
          if (!value || typeof value !== 'object') return value;
          const record = value as Record<string, unknown>;
          return Object.fromEntries(selected.map(([k, field]) => [k, field === '__typename' ? typeName : record[field]]));
        };
        const index = finishers.push((material) => pick(form.finish(material))) - 1;
        entries.push(`'${key}', json_build_object('${FINISH_KEY}', ${index}, 'v', ${form.sql(scope)})`);
      }
      // json_build_object takes at most 100 arguments.
      if (entries.length > 50) throw new NotAnswerable();
      return `json_build_object(${entries.join(', ')})`;
    };
    const selection = (typeName: string, selections: readonly SelectionSetNode[]): Selection => {
      const objectType = this.schema.getType(typeName);
      if (!isObjectType(objectType)) throw new NotAnswerable();
      const fields = [...collectAll(objectType, selections, fragments)].map(([key, nodes]): Selected => {
        const field = nodes[0]!.name.value;
        if (nodes.some((n) => n.arguments?.length)) throw new NotAnswerable();
        const fieldType = field === '__typename' ? null : getNamedType(objectType.getFields()[field]?.type);
        const sub = nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
        return { key, field, selection: fieldType && isObjectType(fieldType) ? selection(fieldType.name, sub) : null };
      });
      return { typeName, fields, object: (row) => object(typeName, selections, row) };
    };
    const prepared = await root.prepare(context, args, {
      typeName: type.name,
      object: (row) => object(type.name, [selectionSet], row),
      selection: () => selection(type.name, [selectionSet]),
      alias,
      params,
    });
    if (prepared === null) return null;
    if (typeof prepared === 'string') return { sql: prepared, params: params.values, text: null, finishers };
    return { sql: prepared.sql, params: params.values, text: prepared.text, finishers };
  }
}

/** A page's figures, as graphql/connection.ts's PageInfo. */
export interface PageInfoValues {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/**
 * A Relay connection (graphql/connection.ts) answered from one statement whose rows are the page's
 * nodes: `select` are the columns to add to it (each selected node's JSON over the row `row`),
 * `text` assembles the connection as selected (`edges`, `nodes`, `pageInfo`, `__typename`; not
 * `totalCount`) from the page's rows with their cursors.
 */
export function connectionAnswer(selection: Selection, row: string): { select: string[]; text: (rows: Record<string, unknown>[], cursors: string[], pageInfo: PageInfoValues) => string } {
  const select: string[] = [];
  const column = (node: Selection) => {
    select.push(`${node.object(row)}::text AS n${select.length}`);
    return `n${select.length - 1}`;
  };
  const leaf = (value: unknown) => JSON.stringify(value ?? null);
  type Part = (rows: Record<string, unknown>[], cursors: string[], pageInfo: PageInfoValues) => string;
  const parts: [string, Part][] = selection.fields.map(({ key, field, selection: sub }): [string, Part] => {
    if (field === '__typename') return [key, () => leaf(selection.typeName)];
    if (field === 'nodes' && sub) {
      const c = column(sub);
      return [key, (rows) => `[${rows.map((r) => r[c] as string).join(',')}]`];
    }
    if (field === 'edges' && sub) {
      const edge = sub.fields.map(({ key: k, field: f, selection: node }): [string, (r: Record<string, unknown>, cursor: string) => string] => {
        if (f === '__typename') return [k, () => leaf(sub.typeName)];
        if (f === 'cursor') return [k, (_r, cursor) => leaf(cursor)];
        if (f === 'node' && node) {
          const c = column(node);
          return [k, (r) => r[c] as string];
        }
        throw new NotAnswerable();
      });
      return [key, (rows, cursors) => `[${rows.map((r, i) => `{${edge.map(([k, part]) => `"${k}":${part(r, cursors[i]!)}`).join(',')}}`).join(',')}]`];
    }
    if (field === 'pageInfo' && sub) {
      const known = new Set(['hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor']);
      const picked = sub.fields.map(({ key: k, field: f }) => {
        if (f !== '__typename' && !known.has(f)) throw new NotAnswerable();
        return [k, f] as const;
      });
      return [key, (_rows, _cursors, info) => `{${picked.map(([k, f]) => `"${k}":${leaf(f === '__typename' ? sub.typeName : info[f as keyof PageInfoValues])}`).join(',')}}`];
    }
    throw new NotAnswerable();
  });
  return { select, text: (rows, cursors, pageInfo) => `{${parts.map(([key, part]) => `"${key}":${part(rows, cursors, pageInfo)}`).join(',')}}` };
}

/**
 * Replaces every `{"$finish": i, "v": …}` object in the answer's text with its finished value,
 * parsing only those objects: the rest of the text stays as PostgreSQL wrote it. (The marker
 * cannot occur inside a string value, where JSON escapes the quote before `$finish`.)
 */
export function finishText(text: string, finishers: readonly Finisher[]): string {
  const marker = `{"${FINISH_KEY}"`;
  let out = '';
  let from = 0;
  for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, from)) {
    const end = closingBrace(text, at);
    const { [FINISH_KEY]: index, v } = JSON.parse(text.slice(at, end + 1)) as { [FINISH_KEY]: number; v: unknown };
    out += text.slice(from, at) + JSON.stringify(finishers[index]!(v));
    from = end + 1;
  }
  return out + text.slice(from);
}

/** The index of the brace that closes the JSON object starting at `start`. */
function closingBrace(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      // Skip the string, and its escaped characters.
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92 /* \ */) i++;
    } else if (c === 123 /* { */ || c === 91 /* [ */) depth++;
    else if ((c === 125 /* } */ || c === 93) /* ] */ && --depth === 0) return i;
  }
  throw new Error('An answer to finish ends inside an object.');
}

/** The fields of selection sets on `type` by response key (fragments entered); throws when graphql-js would decide otherwise. */
function collectAll(type: GraphQLObjectType, sets: readonly SelectionSetNode[], fragments: Record<string, FragmentDefinitionNode>): Map<string, FieldNode[]> {
  const out = new Map<string, FieldNode[]>();
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.directives?.length) throw new NotAnswerable();
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const list = out.get(key);
        if (list) list.push(selection);
        else out.set(key, [selection]);
        continue;
      }
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments[selection.name.value];
      if (!fragment) throw new NotAnswerable();
      const condition = fragment.typeCondition?.name.value;
      if (condition && condition !== type.name) throw new NotAnswerable();
      visit(fragment.selectionSet);
    }
  };
  sets.forEach(visit);
  // The same key twice must be the same field (validation ensures it; arguments are refused below the root).
  for (const nodes of out.values()) if (nodes.some((n) => n.name.value !== nodes[0]!.name.value)) throw new NotAnswerable();
  return out;
}

const collect = (type: GraphQLObjectType, set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>) => collectAll(type, [set], fragments);

/**
 * The Apollo plugin: answers a query by SQL when it can (before graphql-js would execute it);
 * `answers` is built once per data source (the first request's).
 */
export function sqlAnswersPlugin<C extends { db: DataSource }>(schema: () => GraphQLSchema, specs: SqlAnswerSpec<C>[], guard: RootGuard<C>): ApolloServerPlugin<C> {
  const built = new WeakMap<DataSource, SqlAnswers<C>>();
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ operation, document, request, contextValue, response }): Promise<GraphQLResponse | null> {
          if (operation.operation !== 'query') return null;
          const db = contextValue.db;
          let answers = built.get(db);
          if (!answers) built.set(db, (answers = new SqlAnswers(schema(), db, specs, guard)));
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
          let data: RawJson | null;
          try {
            data = await answers.answer(operation, fragments, request.variables ?? {}, contextValue, db);
          } catch (error) {
            // A refusal (not found, invalid input, no right): the resolvers give it their way.
            // Anything else is a bug of an SQL form: said in the log, and answered the long way.
            if (!(error instanceof AppError)) console.error('[sql-answers] answered the long way after an error', error);
            return null;
          }
          if (!data) return null;
          // Said in the answer, so that tests and operators see which way it went.
          response.http.headers.set('x-answered-by', 'sql');
          return { http: response.http, body: { kind: 'single', singleResult: { data: data as unknown as Record<string, unknown> } } };
        },
      };
    },
  };
}
