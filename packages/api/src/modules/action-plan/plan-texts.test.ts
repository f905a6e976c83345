// Each plan's own general texts over real HTTP: a new plan proposes last year's, visibly, until
// someone edits or confirms them; that proposal blocks submitting; edits are versioned, audited,
// refused on a submitted plan and for whoever does not edit the zone; the Word export uses them.
import JSZip from 'jszip';
import type { DataSource } from 'typeorm';
import { startServer, type StartedServer } from '../../server';
import { createTestDatabase, type TestDatabase } from '../../test/db';
import { codeOf, countOf, fieldOf, gidOf, zoneGid } from '../../test/fixtures';
import { gql } from '../../test/http';
import { createTestUser, type TestUser } from '../../test/users';
import { PlanTexts1796400000000 } from '../../migrations/1796400000000-PlanTexts';

const TEXTS = 'id version year introText targetGroupsText networkText textsProposedFromYear';
const UPDATE = `mutation($id: ID!, $v: Int!, $i: ActionPlanTextsInput!) { r: updateActionPlanTexts(id: $id, version: $v, input: $i) { ${TEXTS} } }`;
const CONFIRM = `mutation($id: ID!, $v: Int!) { r: confirmActionPlanTexts(id: $id, version: $v) { ${TEXTS} } }`;
const CREATE = `mutation($z: ID!, $y: Int!) { r: createActionPlan(zoneId: $z, year: $y) { ${TEXTS} } }`;
const CHECKS = `query($id: ID!) { node(id: $id) { ... on ActionPlan { planChecks(forSubmission: true) { code severity message } } } }`;

describe('the general texts of a plan', () => {
  let t: TestDatabase;
  let db: DataSource;
  let server: StartedServer;
  let zuid: TestUser;
  let noord: TestUser;
  let leuven: TestUser;
  let coach: TestUser;
  let admin: TestUser;
  let zone: string;

  const row = async (id: string) =>
    (await db.query(`SELECT intro_text, target_groups_text, network_text, texts_proposed_from_year, version FROM action_plan WHERE id = decode_plan($1)`, [id]))[0];
  const audits = () => countOf(db, `SELECT count(*)::int AS n FROM audit_entry WHERE entity_type = 'ActionPlan'`);
  const create = async (year: number) => {
    const res = await gql(server.url, CREATE, { z: zone, y: year }, zuid.headers);
    expect(res.errors).toBeUndefined();
    return res.data!.r;
  };

  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
    db = t.db;
    // The uuid inside a plan's global id, in SQL, so the assertions read the row itself.
    await db.query(
      `CREATE FUNCTION decode_plan(text) RETURNS uuid LANGUAGE sql AS $$ SELECT split_part(convert_from(decode(translate($1, '-_', '+/') || repeat('=', (4 - length($1) % 4) % 4), 'base64'), 'UTF8'), ':', 2)::uuid $$`,
    );
    server = await startServer(db, { port: 0, host: '127.0.0.1', rateLimit: { ipPerMinute: 100_000, tokenPerMinute: 100_000 } });
    zuid = await createTestUser(db, { editorOf: ['elz-leuven-zuid'] });
    noord = await createTestUser(db, { editorOf: ['elz-leuven-noord'] });
    leuven = await createTestUser(db, { editorOf: ['elz-leuven'] });
    coach = await createTestUser(db, { coachOf: ['oost-brabant'] });
    admin = await createTestUser(db, { admin: true });
    zone = await zoneGid(db, 'elz-leuven-zuid');
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  it('gives a seeded plan the texts of its zone, reviewed, but not a plan of another year than they were written for, and leaves the zone no text columns', async () => {
    const plans: { year: number; intro: string | null; proposed: number | null }[] = await db.query(
      `SELECT p.year, p.intro_text AS intro, p.texts_proposed_from_year AS proposed FROM action_plan p JOIN zone z ON z.id = p.zone_id WHERE z.slug = 'elz-leuven-zuid' ORDER BY p.year`,
    );
    expect(plans.map((p) => p.year)).toEqual([2024, 2025]);
    // Leuven Zuid's texts are those of its 2025 plan ("2025 wordt een pittig jaar"): its 2024 plan has none.
    expect(plans.map((p) => [p.year, p.intro?.match(/^Contextschets/) ? 'Contextschets' : p.intro, p.proposed])).toEqual([
      [2024, null, null],
      [2025, 'Contextschets', null],
    ]);
    expect((await db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'zone' AND column_name LIKE '%_text'`)).length).toBe(0);
  });

  it('gives a new plan the texts of the plan before as a proposal that names its year, and the deprecated zone fields answer the latest plan', async () => {
    const plan = await create(2026);
    const [before] = await db.query(`SELECT p.intro_text, p.network_text FROM action_plan p WHERE p.zone_id = (SELECT id FROM zone WHERE slug = 'elz-leuven-zuid') AND p.year = 2025`);
    expect(plan).toMatchObject({ year: 2026, introText: before.intro_text, networkText: before.network_text, textsProposedFromYear: 2025 });
    // The draft is the zone's own: its members see its texts through the zone, other callers the 2025 plan's.
    const q = `{ zone(slug: "elz-leuven-zuid") { introText actionPlans { year } } }`;
    expect((await gql(server.url, q, {}, zuid.headers)).data!.zone.introText).toBe(plan.introText);
    const forCoach = await gql(server.url, q, {}, coach.headers);
    expect(forCoach.data!.zone.actionPlans.map((p: { year: number }) => p.year)).toEqual([2024, 2025]);
    expect(forCoach.data!.zone.introText).toBe(before.intro_text);
  });

  it('blocks submitting while the texts are a proposal, and lets it through once they are confirmed', async () => {
    const plan = (await gql(server.url, `{ actionPlan(zoneSlug: "elz-leuven-zuid", year: 2026) { ${TEXTS} } }`, {}, zuid.headers)).data!.actionPlan;
    const checks = (await gql(server.url, CHECKS, { id: plan.id }, zuid.headers)).data!.node.planChecks;
    expect(checks).toContainEqual({ code: 'TEXTS_NOT_REVIEWED', severity: 'ERROR', message: expect.stringContaining('overgenomen uit 2025') });
    // Give the plan an action that passes, so only the texts stand in the way.
    const created = await gql(
      server.url,
      `mutation($p: ID!) { createAction(planId: $p, input: { title: "Klaar om in te dienen", evaluation: { process: { chosen: true }, output: { chosen: false }, outcome: { chosen: false } } }) { action { id } } }`,
      { p: plan.id },
      zuid.headers,
    );
    expect(created.errors).toBeUndefined();
    const submit = (v: number) =>
      gql(server.url, `mutation($id: ID!, $v: Int!) { r: setActionPlanStatus(id: $id, version: $v, status: SUBMITTED) { status version } }`, { id: plan.id, v }, zuid.headers);
    const refused = await submit(plan.version);
    expect(codeOf(refused)).toBe('INVALID_INPUT');
    expect((refused.errors![0]!.extensions!.checks as { code: string }[]).map((c) => c.code)).toEqual(['TEXTS_NOT_REVIEWED']);
    expect((await row(plan.id)).texts_proposed_from_year).toBe(2025);

    // Saving no text at all is no review: the proposal stays.
    const untouched = await gql(server.url, UPDATE, { id: plan.id, v: plan.version, i: {} }, zuid.headers);
    expect(untouched.data!.r).toMatchObject({ textsProposedFromYear: 2025, version: plan.version + 1 });

    const before = await audits();
    const confirmed = await gql(server.url, CONFIRM, { id: plan.id, v: plan.version + 1 }, zuid.headers);
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data!.r).toMatchObject({ textsProposedFromYear: null, introText: plan.introText, version: plan.version + 2 });
    expect(await audits()).toBe(before + 1);
    const history = await gql(server.url, `query($id: ID!) { history(id: $id) { operation fields } }`, { id: plan.id }, zuid.headers);
    expect(history.data!.history[0]).toMatchObject({ operation: 'UPDATE', fields: ['textsProposedFromYear'] });
    expect((await gql(server.url, CHECKS, { id: plan.id }, zuid.headers)).data!.node.planChecks.map((c: { code: string }) => c.code)).not.toContain('TEXTS_NOT_REVIEWED');
  });

  it('edits the texts with a version check: an edit clears the proposal, a stale version gets the current values and writes nothing', async () => {
    const plan = await create(2027);
    expect(plan.textsProposedFromYear).toBe(2026);
    const edited = await gql(server.url, UPDATE, { id: plan.id, v: plan.version, i: { introText: '2027 wordt het jaar van de zorgraad.' } }, zuid.headers);
    expect(edited.errors).toBeUndefined();
    // Only the edited field changes; the others stay as proposed, now reviewed.
    expect(edited.data!.r).toMatchObject({ introText: '2027 wordt het jaar van de zorgraad.', networkText: plan.networkText, textsProposedFromYear: null, version: plan.version + 1 });
    const history = await gql(server.url, `query($id: ID!) { history(id: $id) { operation fields after } }`, { id: plan.id }, zuid.headers);
    expect(history.data!.history[0].fields).toEqual(expect.arrayContaining(['introText', 'textsProposedFromYear']));

    const before = await row(plan.id);
    const stale = await gql(server.url, UPDATE, { id: plan.id, v: plan.version, i: { networkText: 'Oude versie' } }, zuid.headers);
    expect(codeOf(stale)).toBe('VERSION_CONFLICT');
    expect(stale.errors![0]!.extensions).toMatchObject({ currentVersion: plan.version + 1, yourVersion: plan.version, current: { introText: '2027 wordt het jaar van de zorgraad.' } });
    expect(await row(plan.id)).toEqual(before);

    // Null clears; blank is stored as null; too long is INVALID_INPUT naming the field.
    const cleared = await gql(server.url, UPDATE, { id: plan.id, v: before.version, i: { targetGroupsText: null, networkText: '   ' } }, zuid.headers);
    expect(cleared.data!.r).toMatchObject({ targetGroupsText: null, networkText: null });
    const long = await gql(server.url, UPDATE, { id: plan.id, v: before.version + 1, i: { introText: 'x'.repeat(20001) } }, zuid.headers);
    expect(codeOf(long)).toBe('INVALID_INPUT');
    expect(fieldOf(long)).toBe('introText');
  });

  it('exports each plan with its own texts in Word', async () => {
    const id = (await gql(server.url, `{ actionPlan(zoneSlug: "elz-leuven-zuid", year: 2027) { id } }`, {}, zuid.headers)).data!.actionPlan.id;
    const word = async (planId: string) => {
      const res = await fetch(`${server.url}/api/plans/${planId}/export.docx`, { headers: zuid.headers });
      expect(res.status).toBe(200);
      const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
      return (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    };
    const xml2027 = await word(id);
    expect(xml2027).toContain('2027 wordt het jaar van de zorgraad.');
    expect(xml2027).not.toContain('Contextschets');
    const id2025 = await gidOf(db, 'ActionPlan', `SELECT id FROM action_plan WHERE year = 2025 AND zone_id = (SELECT id FROM zone WHERE slug = 'elz-leuven-zuid')`);
    const xml2025 = await word(id2025);
    expect(xml2025).toContain('Contextschets');
    expect(xml2025).not.toContain('2027 wordt het jaar');
  });

  it('refuses edits on a submitted plan (also for an administrator) and from whoever does not edit the zone, writing nothing', async () => {
    const submitted = await gidOf(db, 'ActionPlan', `SELECT id FROM action_plan WHERE year = 2025 AND zone_id = (SELECT id FROM zone WHERE slug = 'elz-leuven-noord')`);
    // Leuven Zuid's published plan: everybody reads it, only its zone's editors write it.
    const own = await gidOf(db, 'ActionPlan', `SELECT id FROM action_plan WHERE year = 2025 AND zone_id = (SELECT id FROM zone WHERE slug = 'elz-leuven-zuid')`);
    const snapshot = async () => ({ submitted: await row(submitted), own: await row(own), audits: await audits() });
    const before = await snapshot();
    for (const user of [noord, admin]) {
      expect(codeOf(await gql(server.url, UPDATE, { id: submitted, v: before.submitted.version, i: { introText: 'Na indiening' } }, user.headers))).toBe('FORBIDDEN');
      expect(codeOf(await gql(server.url, CONFIRM, { id: submitted, v: before.submitted.version }, user.headers))).toBe('FORBIDDEN');
    }
    for (const user of [leuven, coach]) {
      expect(codeOf(await gql(server.url, UPDATE, { id: own, v: before.own.version, i: { introText: 'Van een andere zone' } }, user.headers))).toBe('FORBIDDEN');
    }
    // Another zone's draft plan does not even exist for them.
    const draft = await gidOf(db, 'ActionPlan', `SELECT id FROM action_plan WHERE year = 2027 AND zone_id = (SELECT id FROM zone WHERE slug = 'elz-leuven-zuid')`);
    expect(codeOf(await gql(server.url, CONFIRM, { id: draft, v: 1 }, leuven.headers))).toBe('NOT_FOUND');
    expect(codeOf(await gql(server.url, UPDATE, { id: own, v: before.own.version, i: { introText: 'Anoniem' } }))).toBe('UNAUTHENTICATED');
    expect(await snapshot()).toEqual(before);
  });
});

describe('the migration that moved the texts from the zone to its plans', () => {
  let t: TestDatabase;
  afterAll(() => t.drop());

  it("copies each zone's texts into every plan of the zone, reviewed, and back to the zone from its latest plan", async () => {
    t = await createTestDatabase({ seed: true });
    const migration = new PlanTexts1796400000000();
    const runner = t.db.createQueryRunner();
    try {
      const zuid = `(SELECT id FROM zone WHERE slug = 'elz-leuven-zuid')`;
      await t.db.query(`UPDATE action_plan SET intro_text = 'Inleiding ' || year, network_text = NULL WHERE zone_id = ${zuid}`);
      await migration.down(runner);
      // Down: the zone gets its latest plan's texts.
      const [zone] = await t.db.query(`SELECT intro_text, network_text FROM zone WHERE slug = 'elz-leuven-zuid'`);
      expect(zone).toEqual({ intro_text: 'Inleiding 2025', network_text: null });
      await t.db.query(`UPDATE zone SET network_text = 'Netwerk van de zone' WHERE slug = 'elz-leuven-zuid'`);
      await migration.up(runner);
      const plans = await t.db.query(`SELECT year, intro_text, network_text, texts_proposed_from_year FROM action_plan WHERE zone_id = ${zuid} ORDER BY year`);
      expect(plans).toEqual([
        { year: 2024, intro_text: 'Inleiding 2025', network_text: 'Netwerk van de zone', texts_proposed_from_year: null },
        { year: 2025, intro_text: 'Inleiding 2025', network_text: 'Netwerk van de zone', texts_proposed_from_year: null },
      ]);
      expect(await t.db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'zone' AND column_name LIKE '%_text'`)).toEqual([]);
    } finally {
      await runner.release();
    }
  });
});
