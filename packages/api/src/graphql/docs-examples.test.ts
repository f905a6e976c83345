// Every ```graphql block of docs/api.md, run against the real server with a token, so the docs
// cannot rot. A ```json variables block right after it gives its variables; a value written
// "<...>" is a placeholder filled in here (see `fill`). Operations with an `$after` variable are
// paged through to the end, as the docs tell tools to do. A block whose first line is
// "# as an administrator" runs with an administrator's token.
import fs from 'node:fs';
import path from 'node:path';
import { parse, type OperationDefinitionNode } from 'graphql';
import { config } from '../config';
import { startServer, type StartedServer } from '../server';
import { createTestDatabase, type TestDatabase } from '../test/db';
import { gql } from '../test/http';
import { sha256 } from '../modules/auth/auth.service';
import { fromGlobalId, toGlobalId } from '../common/global-id';
import { createTestUser } from '../test/users';

const DOCS = path.join(config.repoRoot, 'docs', 'api.md');

interface Example {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  line: number;
}

function examples(markdown: string): Example[] {
  const blocks = [...markdown.matchAll(/^```([^\n]*)\n([\s\S]*?)^```\s*$/gm)].map((m) => ({
    info: m[1]!.trim(),
    body: m[2]!,
    line: markdown.slice(0, m.index).split('\n').length,
  }));
  const out: Example[] = [];
  blocks.forEach((block, i) => {
    if (block.info !== 'graphql') return;
    const next = blocks[i + 1];
    const variables = next?.info === 'json variables' ? (JSON.parse(next.body) as Record<string, unknown>) : {};
    const operation = parse(block.body).definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
    out.push({ name: operation?.name?.value ?? `line ${block.line}`, query: block.body, variables, line: block.line });
  });
  return out;
}

const EXAMPLES = examples(fs.readFileSync(DOCS, 'utf8'));

describe('the examples of docs/api.md', () => {
  let t: TestDatabase;
  let server: StartedServer;
  let headers: Record<string, string>;
  let adminHeaders: Record<string, string>;
  /** Values for "<...>" placeholders, by variable name. */
  let fixtures: Record<string, unknown>;

  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
    // No webhook runner: the webhook example registers a public URL, and this test sends nothing out.
    server = await startServer(t.db, { port: 0, host: '127.0.0.1', webhooks: { run: false } });
    // Staff of ELZ Leuven Zuid and coach of its region: the users the examples speak for.
    const staff = await createTestUser(t.db, { editorOf: ['elz-leuven-zuid'], coachOf: ['oost-brabant'], scope: 'READ_WRITE' });
    headers = staff.headers;
    adminHeaders = (await createTestUser(t.db, { admin: true, scope: 'READ_WRITE' })).headers;
    const plan = await gql(server.url, `{ actionPlan(zoneSlug: "elz-leuven-zuid", year: 2025) { actions { id version } } }`, {}, headers);
    const action = plan.data!.actionPlan.actions[0];
    // The renumbering example swaps the first two strategic goals of the zone's multi-year plan.
    const frame = (await gql(server.url, `{ zone(slug: "elz-leuven-zuid") { multiYearPlans { id version strategicGoals { id operationalGoals { id } } } } }`, {}, headers)).data!.zone
      .multiYearPlans[0] as { id: string; version: number; strategicGoals: { id: string; operationalGoals: { id: string }[] }[] };
    const order = frame.strategicGoals.map((sd) => ({ strategicGoalId: sd.id, operationalGoalIds: sd.operationalGoals.map((od) => od.id) }));
    [order[0], order[1]] = [order[1]!, order[0]!];
    // The mailed-link examples: a reset link of another user and an invitation into ELZ Leuven Zuid, made as the mails make them.
    const zoneId = (await gql(server.url, `{ zone(slug: "elz-leuven-zuid") { id } }`, {}, headers)).data!.zone.id as string;
    const resetToken = 'docs-example-reset-token-0123456789';
    const invitationToken = 'docs-example-invitation-token-0123456789';
    const forgetful = await createTestUser(t.db);
    await t.db.query(`INSERT INTO password_reset (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 hour')`, [forgetful.userId, sha256(resetToken)]);
    await t.db.query(`INSERT INTO account_invitation (email, zone_id, role, token_hash, expires_at) VALUES ('jan.claes@elz-leuven-zuid.be', $1, 'EDITOR', $2, now() + interval '7 days')`, [
      fromGlobalId(zoneId, 'Zone').id,
      sha256(invitationToken),
    ]);
    // A second invitation, for the example that withdraws one (the first is accepted by its example).
    const [pending] = (await t.db.query(
      `INSERT INTO account_invitation (email, zone_id, role, token_hash, expires_at) VALUES ('verkeerd.adres@elz-leuven-zuid.be', $1, 'VIEWER', $2, now() + interval '7 days') RETURNING id`,
      [fromGlobalId(zoneId, 'Zone').id, sha256('docs-example-withdrawn-invitation-0123456789')],
    )) as { id: string }[];
    const invitationId = toGlobalId('AccountInvitation', pending!.id);
    const remark = await gql(server.url, `mutation($a: ID!) { addRemark(actionId: $a, input: { text: "Wie trekt dit?" }) { id } }`, { a: action.id }, headers);
    fixtures = {
      id: action.id,
      version: action.version,
      plan: frame.id,
      planVersion: frame.version,
      order,
      remark: remark.data!.addRemark.id,
      zoneId,
      resetToken,
      invitationToken,
      invitationId,
      ...(await administrationFixtures(staff.userId)),
    };
  });
  /** Users, a zone and a region for the administration examples, and a session of the staff user to end. */
  async function administrationFixtures(staffUserId: string): Promise<Record<string, unknown>> {
    const user = async (name: string, disabled = false) => {
      const [row] = await t.db.query(`INSERT INTO app_user (email, name, password_hash, disabled_at) VALUES ($1, $2, '', $3) RETURNING id, version`, [
        `${name.toLowerCase().replace(/\W+/g, '.')}@elz-leuven-zuid.be`,
        name,
        disabled ? new Date() : null,
      ]);
      return { id: toGlobalId('User', row.id), version: row.version as number };
    };
    const [u, leaver, returner, colleague] = [await user('Jef Docs'), await user('An Vertrekt'), await user('Bart Keert Terug', true), await user('Cis Beheert')];
    const [zone] = await t.db.query(`SELECT id, version FROM zone WHERE slug = 'elz-leuven-noord'`);
    const [region] = await t.db.query(`SELECT id, version FROM region WHERE slug = 'oost-brabant'`);
    const [session] = await t.db.query(`INSERT INTO session (token_hash, user_id, expires_at, user_agent) VALUES ($1, $2, now() + interval '1 day', 'Docs') RETURNING id`, [
      sha256('docs-session'),
      staffUserId,
    ]);
    return {
      user: u.id,
      userVersion: u.version,
      leaver: leaver.id,
      leaverVersion: leaver.version,
      returner: returner.id,
      returnerVersion: returner.version,
      colleague: colleague.id,
      colleagueVersion: colleague.version,
      zone: toGlobalId('Zone', zone.id),
      contactZone: toGlobalId('Zone', zone.id),
      contactZoneVersion: zone.version,
      region: toGlobalId('Region', region.id),
      regionVersion: region.version,
      session: toGlobalId('AccountSession', session.id),
    };
  }

  afterAll(async () => {
    await new Promise((resolve) => setTimeout(resolve, 200)); // let the token's last-use update finish
    await server.close();
    await t.drop();
  });

  const fill = (variables: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(variables).map(([name, value]) => {
        if (typeof value !== 'string' || !/^<.*>$/.test(value)) return [name, value];
        if (!(name in fixtures)) throw new Error(`docs/api.md: no value for the placeholder of $${name}`);
        return [name, fixtures[name]];
      }),
    );

  it('has examples for zone staff, a coach and a tool paging with a token', () => {
    expect(EXAMPLES.map((e) => e.name)).toEqual(expect.arrayContaining(['ZonePlan', 'RegionThemes', 'ThemeAcrossZones', 'PublishedActions', 'UpdateProgress']));
  });

  it.each(EXAMPLES.map((e) => [`${e.name} (docs/api.md line ${e.line})`, e] as const))('%s runs without errors', async (_label, example) => {
    const variables = fill(example.variables);
    const res = await gql(server.url, example.query, variables, /^\s*# as an administrator/.test(example.query) ? adminHeaders : headers);
    expect(res.errors).toBeUndefined();
    expect(res.status).toBe(200);
    const data = res.data!;
    expect(Object.values(data).every((v) => v !== null)).toBe(true);
    console.log(`${example.name}: ${res.sqlQueries} SQL statements, ${JSON.stringify(data).length} bytes`);

    if ('after' in example.variables) {
      // Page to the end as the docs describe: every item once, as many as totalCount says.
      const [field] = Object.keys(data);
      let page = data[field!];
      const ids = new Set<string>();
      for (let pages = 1; ; pages++) {
        for (const edge of page.edges) ids.add(edge.node.id);
        if (!page.pageInfo.hasNextPage) break;
        expect(pages).toBeLessThan(50);
        const next = await gql(server.url, example.query, { ...variables, after: page.pageInfo.endCursor }, headers);
        expect(next.errors).toBeUndefined();
        page = next.data![field!];
      }
      expect(ids.size).toBe(page.totalCount);
      expect(ids.size).toBeGreaterThan(50); // more than one page of the seed's actions
    }
  });

  it('answers the update example with the stale version as the docs show: VERSION_CONFLICT with the current values', async () => {
    const update = EXAMPLES.find((e) => e.name === 'UpdateProgress')!;
    const { id } = fixtures as { id: string };
    const current = (await gql(server.url, `query($id: ID!) { node(id: $id) { ... on Action { version } } }`, { id }, headers)).data!.node.version as number;
    const first = await gql(server.url, update.query, { id, version: current }, headers);
    expect(first.errors).toBeUndefined();
    const stale = await gql(server.url, update.query, { id, version: current }, headers);
    expect(stale.data).toBeNull();
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: current + 1, current: expect.objectContaining({ progressStatus: 'RUNNING' }) });
  });
});
