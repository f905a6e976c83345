// The hostile-input suite of our own: the schema is read by introspection over HTTP, and every
// argument of every query and mutation (and every field of their input objects) is sent hostile
// values of its kind, one at a time with the other arguments plausible: strings with NUL bytes,
// lone surrogates, huge or blank; ids blank, garbage, of another type or of no row; cursors that
// lie; numbers out of range; lists empty or huge; JSON nested deep. Half as a signed-in zone
// editor (session cookie), half with an API token, over real HTTP. Then a few hostile files for
// the import preview. Asserted for every answer: no HTTP 5xx, no INTERNAL_SERVER_ERROR, a JSON
// answer; after a mutation that was refused, the domain tables are exactly as before; and the
// process still answers at the end. The figures are printed.
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import type { DataSource } from 'typeorm';
import { toGlobalId } from '../common/global-id';
import { encodeCursor } from '../graphql/connection';
import { startServer, type StartedServer } from '../server';
import { createTestDatabase, type TestDatabase } from './db';
import { createTestUser, signInCookie } from './users';

const NO_ROW = '00000000-0000-4000-8000-000000000000';

const STRINGS: unknown[] = [
  'a\u0000b',
  '\u0000',
  'x\ud800y',
  '\udc00',
  '',
  '   ',
  'x'.repeat(100_000),
  'zorg '.repeat(40_000),
  "'; DROP TABLE zone; --",
  '%_\\',
  '😀',
  '<script>alert(1)</script>',
  1e308,
  ['a'],
  { a: 1 },
];
const INTS: unknown[] = [-1, 0, -2147483648, 2147483647, 2147483648, 1e308, 1.5, '1', true];
const FLOATS: unknown[] = [-1e308, 1e308, 'NaN', 'Infinity', '1'];
const CURSORS: unknown[] = [
  'garbage',
  '',
  'a\u0000',
  'x'.repeat(10_000),
  encodeCursor([]),
  encodeCursor(['x', 'not-a-uuid']),
  encodeCursor([{}, NO_ROW]),
  encodeCursor(['a\u0000', NO_ROW]),
  encodeCursor([1e308, 'a', 1, NO_ROW]),
  encodeCursor([-2147483649, 'a', 1, NO_ROW]),
  encodeCursor(['not a date', NO_ROW]),
  encodeCursor([null, null]),
  Buffer.from('{"a":1}').toString('base64url'),
];
function deepJson(depth: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
}
const JSONS: unknown[] = [
  null,
  'a\u0000',
  { 'k\u0000': 1 },
  deepJson(200),
  deepJson(60),
  Array.from({ length: 5000 }, () => ({})),
  { strategicGoals: 'x' },
  { __proto__: { polluted: true } },
  1e308,
];
// Below the top level (input fields, list items) a shorter set of each kind: the full sets are
// tried on every argument, and the edge check is the same code at every depth.
const NESTED: Record<string, unknown[]> = {
  String: ['a\u0000b', '\ud800', '', 'x'.repeat(100_000), 1e308],
  ID: ['', 'garbage', 123],
  Int: [-2147483648, 2147483648, 1.5],
};
const DATES: unknown[] = ['', 'garbage', '99999-01-01T00:00:00Z', '2026-02-30T00:00:00Z', '0000-01-01T00:00:00Z', 1e308];

interface Failure {
  what: string;
  status: number;
  body: string;
}

describe('hostile inputs for every argument of every operation', () => {
  let t: TestDatabase;
  let db: DataSource;
  let server: StartedServer;
  let callers: Record<string, string>[];
  const ids = new Map<string, string>();

  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
    db = t.db;
    server = await startServer(db, { port: 0, host: '127.0.0.1', rateLimit: { ipPerMinute: 1_000_000, tokenPerMinute: 1_000_000 } });
    const editor = await createTestUser(db, { editorOf: ['elz-leuven-zuid'] });
    callers = [await signInCookie(server.url, editor), editor.headers];
    // A real row of each type, in the editor's zone where it has one.
    const one = async (type: string, sql: string) => {
      const rows: { id: string }[] = await db.query(sql);
      ids.set(type, toGlobalId(type, rows[0]?.id ?? NO_ROW));
    };
    const zuid = `(SELECT id FROM zone WHERE slug = 'elz-leuven-zuid')`;
    await one('Zone', `SELECT ${zuid} AS id`);
    await one('ActionPlan', `SELECT id FROM action_plan WHERE zone_id = ${zuid} ORDER BY year DESC LIMIT 1`);
    await one('Action', `SELECT a.id FROM action a JOIN action_plan p ON p.id = a.action_plan_id WHERE p.zone_id = ${zuid} LIMIT 1`);
    for (const [type, table] of [
      ['Region', 'region'],
      ['Theme', 'theme'],
      ['Partner', 'partner'],
      ['WorkingGroup', 'working_group'],
      ['Project', 'project'],
      ['Cluster', 'cluster'],
      ['MultiYearPlan', 'multi_year_plan'],
      ['StrategicGoal', 'strategic_goal'],
      ['OperationalGoal', 'operational_goal'],
      ['ActionIndicator', 'action_indicator'],
      ['Remark', 'remark'],
      ['OwnershipInvitation', 'ownership_invitation'],
    ]) {
      await one(type!, `SELECT id FROM ${table} LIMIT 1`);
    }
  });
  afterAll(async () => {
    await new Promise((resolve) => setTimeout(resolve, 200));
    await server.close();
    await t.drop();
  });

  /** The node type an id argument or input field refers to, guessed from its name and field. */
  function idFor(name: string, fieldName: string): string {
    const singular = name.replace(/Ids$/, 'Id');
    const aliases: Record<string, string> = {
      planId: 'ActionPlan',
      subjectId: 'Action',
      indicatorId: 'ActionIndicator',
      ownerZoneId: 'Zone',
      leadZoneId: 'Zone',
      leadPartnerId: 'Partner',
      leadWorkingGroupId: 'WorkingGroup',
      stakeholderPartnerId: 'Partner',
      memberId: 'Partner',
      linkedActionId: 'Action',
    };
    if (aliases[singular]) return ids.get(aliases[singular])!;
    if (singular !== 'id' && singular.endsWith('Id')) {
      const type = singular[0]!.toUpperCase() + singular.slice(1, -2);
      if (ids.has(type)) return ids.get(type)!;
    }
    // `updateStrategicGoal(id:)`, `workingGroup(id:)`: the type is in the field's name.
    const type = fieldName.replace(/^(update|delete|resolve|revoke|carryOver|withdraw|accept|decline|set|add|remove)/, '').replace(/^[a-z]/, (c) => c.toUpperCase());
    return ids.get(type) ?? ids.get('Action')!;
  }

  /** A plausible value, so that only the argument under test is hostile. */
  function plausible(type: GraphQLInputType, name: string, fieldName: string, depth = 0): unknown {
    if (isNonNullType(type)) return plausible(type.ofType, name, fieldName, depth);
    if (isListType(type)) return [plausible(type.ofType, name, fieldName, depth)];
    if (isInputObjectType(type)) {
      const out: Record<string, unknown> = {};
      if (depth > 3) return out;
      for (const f of Object.values(type.getFields())) if (isNonNullType(f.type)) out[f.name] = plausible(f.type, f.name, fieldName, depth + 1);
      return out;
    }
    if (isEnumType(type)) return type.getValues()[0]!.value;
    switch (type.name) {
      case 'ID':
        return idFor(name, fieldName);
      case 'Int':
        return name === 'year' || name.startsWith('year') ? 2026 : name === 'first' ? 5 : 1;
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'JSON':
        return {};
      case 'DateTimeISO':
        return '2026-01-01T00:00:00.000Z';
      default:
        if (name === 'slug' || name === 'zoneSlug') return 'elz-leuven-zuid';
        if (name === 'regionSlug') return 'oost-brabant';
        if (name === 'email') return 'niemand@kruispunt.test';
        return 'zorg';
    }
  }

  /** Hostile values for a value of `type` at `name` (the variants of its input fields included). */
  function hostile(type: GraphQLInputType, name: string, fieldName: string, depth = 0): unknown[] {
    const inner = isNonNullType(type) ? type.ofType : type;
    const out: unknown[] = isNonNullType(type) ? [null] : [];
    if (isListType(inner)) {
      const item = plausible(inner.ofType, name, fieldName);
      out.push(
        [],
        [null],
        Array.from({ length: 1000 }, () => item),
        'not a list',
      );
      for (const h of hostile(inner.ofType, name, fieldName, depth + 1).slice(0, depth > 0 ? 2 : 6)) out.push([item, h]);
      return out;
    }
    if (isInputObjectType(inner)) {
      const base = plausible(inner, name, fieldName) as Record<string, unknown>;
      out.push({}, 'not an object', { ...base, notAField: 1 });
      if (depth > 2) return out;
      for (const f of Object.values(inner.getFields())) {
        for (const h of hostile(f.type, f.name, fieldName, depth + 1)) out.push({ ...base, [f.name]: h });
      }
      return out;
    }
    if (isEnumType(inner)) return [...out, 'NOPE', '', 1];
    if (!isScalarType(inner)) return out;
    if (name === 'after') return [...out, ...CURSORS];
    if (depth > 0 && NESTED[inner.name]) return [...out, ...NESTED[inner.name]!];
    switch (inner.name) {
      case 'ID':
        return [
          ...out,
          '',
          ' ',
          'garbage',
          'a\u0000',
          123,
          toGlobalId('Zone', 'not-a-uuid'),
          toGlobalId('Theme', NO_ROW),
          toGlobalId('Action', NO_ROW),
          ids.get('Region')!,
          'x'.repeat(10_000),
        ];
      case 'Int':
        return [...out, ...INTS];
      case 'Float':
        return [...out, ...FLOATS];
      case 'Boolean':
        return [...out, 'true', 0];
      case 'JSON':
        return [...out, ...JSONS];
      case 'DateTimeISO':
        return [...out, ...DATES];
      default:
        return [...out, ...STRINGS];
    }
  }

  /**
   * A checksum of every domain table (not sessions, tokens, users or rate-limit counters, which
   * requests themselves touch): per table its row count and the sum of a hash of each whole row.
   */
  let checksumSql: string | undefined;
  async function checksum(): Promise<string> {
    if (!checksumSql) {
      const tables: { t: string }[] = await db.query(
        `SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
           AND table_name NOT IN ('session', 'api_token', 'app_user', 'rate_limit_bucket', 'migrations', 'typeorm_metadata')
           AND table_name !~ '(throttle|attempt|rate_limit)' ORDER BY 1`,
      );
      checksumSql =
        tables.map(({ t }) => `SELECT '${t}' AS t, count(*) || '/' || coalesce(sum(hashtextextended(x::text, 0)::numeric), 0) AS h FROM "${t}" x`).join(' UNION ALL ') + ' ORDER BY 1';
    }
    const rows: { t: string; h: string }[] = await db.query(checksumSql);
    return rows.map((r) => `${r.t}:${r.h}`).join(',');
  }

  it('answers every hostile input with a client error, and refused writes change nothing', async () => {
    const started = Date.now();
    const introspection = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...callers[1]! },
      body: JSON.stringify({ query: getIntrospectionQuery() }),
    });
    const schema: GraphQLSchema = buildClientSchema(((await introspection.json()) as { data: IntrospectionQuery }).data);
    const failures: Failure[] = [];
    const statuses = new Map<string, number>();
    let sent = 0;
    let refusedWrites = 0;

    const send = async (what: string, body: string, caller: Record<string, string>) => {
      sent++;
      const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...caller }, body });
      const text = await res.text();
      let parsed: { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] } | undefined;
      try {
        parsed = JSON.parse(text);
      } catch {
        // not JSON: a failure below
      }
      const codes = (parsed?.errors ?? []).map((e) => e.extensions?.code ?? '?');
      for (const code of codes.length ? codes : ['ok']) statuses.set(code, (statuses.get(code) ?? 0) + 1);
      if (res.status >= 500 || !parsed || codes.includes('INTERNAL_SERVER_ERROR')) failures.push({ what, status: res.status, body: text.slice(0, 300) });
      return parsed;
    };

    const operations: { kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }[] = [
      ...Object.values(schema.getQueryType()!.getFields()).map((field) => ({ kind: 'query' as const, field })),
      ...Object.values(schema.getMutationType()!.getFields()).map((field) => ({ kind: 'mutation' as const, field })),
    ];
    // FUZZ_ONLY=createAction,zones runs those operations only (to look into a failure).
    const only = process.env.FUZZ_ONLY?.split(',');
    if (only) operations.splice(0, operations.length, ...operations.filter((o) => only.includes(o.field.name)));
    let before = await checksum();
    let turn = 0;
    for (const { kind, field } of operations) {
      // Sign-in attempts are throttled per account and IP: a few hostile ones are enough here.
      const perArg = field.name === 'signIn' ? 4 : Infinity;
      const selection = isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type)) ? '' : '{ __typename }';
      const declare = (args: readonly GraphQLArgument[]) => (args.length ? `(${args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ')})` : '');
      const call = (args: readonly GraphQLArgument[]) => (args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '');
      const query = `${kind}${declare(field.args)} { ${field.name}${call(field.args)} ${selection} }`;
      const base = Object.fromEntries(field.args.filter((a) => isNonNullType(a.type)).map((a) => [a.name, plausible(a.type, a.name, field.name)]));
      const variants: { what: string; body: string }[] = [];
      for (const arg of field.args) {
        for (const value of hostile(arg.type, arg.name, field.name).slice(0, perArg)) {
          variants.push({ what: `${field.name}(${arg.name}: ${JSON.stringify(value)?.slice(0, 80)})`, body: JSON.stringify({ query, variables: { ...base, [arg.name]: value } }) });
        }
        // Strings written in the document itself rather than as variables.
        if (isScalarType(getNamedType(arg.type)) && ['String', 'ID'].includes(getNamedType(arg.type).name)) {
          for (const value of ['a\u0000b', '', '\ud800']) {
            const others = field.args.filter((a) => a !== arg);
            const inline = `${kind}${declare(others)} { ${field.name}(${[...others.map((a) => `${a.name}: $${a.name}`), `${arg.name}: ${JSON.stringify(value)}`].join(', ')}) ${selection} }`;
            variants.push({ what: `${field.name}(${arg.name}: inline ${JSON.stringify(value)})`, body: JSON.stringify({ query: inline, variables: base }) });
          }
        }
      }
      if (kind === 'query') {
        // Reads change nothing: a few at a time.
        for (let i = 0; i < variants.length; i += 4) await Promise.all(variants.slice(i, i + 4).map((v) => send(v.what, v.body, callers[turn++ % 2]!)));
        continue;
      }
      for (const v of variants) {
        const answer = await send(v.what, v.body, callers[turn++ % 2]!);
        const after = await checksum();
        if (answer?.errors?.length && !answer.data?.[field.name]) {
          refusedWrites++;
          if (after !== before) {
            const changed = after
              .split(',')
              .filter((part) => !before.split(',').includes(part))
              .map((part) => part.split(':')[0]);
            failures.push({ what: `${v.what}: refused, but the database changed (${changed.join(', ')})`, status: 0, body: '' });
          }
        }
        before = after;
      }
    }

    // Hostile files for the import preview.
    const files: [string, string, Buffer][] = [
      ['leeg.txt', 'text/plain', Buffer.alloc(0)],
      ['nul.txt', 'text/plain', Buffer.from('Actie 1.1: a\u0000b\n'.repeat(100))],
      ['binair.txt', 'text/plain', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))],
      ['kapot.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', Buffer.from('PK\u0003\u0004 dit is geen zip')],
      ['kapot.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', Buffer.from('PK\u0005\u0006' + '\u0000'.repeat(18))],
      ['raar.exe', 'application/octet-stream', Buffer.from('MZ')],
      ['\u0000.txt', 'text/plain', Buffer.from('Actie 1.1: x')],
    ];
    for (const [name, type, body] of files) {
      sent++;
      const res = await fetch(`${server.url}/api/imports/preview`, {
        method: 'POST',
        headers: { 'content-type': type, 'x-file-name': encodeURIComponent(name), ...callers[1]! },
        body: new Uint8Array(body),
      });
      const text = await res.text();
      statuses.set(`preview ${res.status}`, (statuses.get(`preview ${res.status}`) ?? 0) + 1);
      if (res.status >= 500 || /INTERNAL_SERVER_ERROR/.test(text)) failures.push({ what: `import preview of ${JSON.stringify(name)}`, status: res.status, body: text.slice(0, 300) });
    }

    // The process still answers.
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);

    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `fuzz: ${sent} hostile inputs over ${operations.length} operations in ${seconds} s; ${refusedWrites} refused writes checked; ` +
        `${failures.length} failures; answers by code: ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`,
    );
    expect(failures).toEqual([]);
  }, 600_000);
});
