// Bringing a plan in from the web, over real HTTP: the preview of an uploaded file (nothing stored)
// and the importPlan mutation that stores the (corrected) parsed plan as a draft. Who may do it,
// what a malformed plan is told, and that a refused import writes nothing.
import fs from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { allActions, type ParsedPlan } from '@kruispunt/shared';
import { startServer, type StartedServer } from '../../server';
import { createTestDatabase, type TestDatabase } from '../../test/db';
import { codeOf, fieldOf, rawId, zoneGid } from '../../test/fixtures';
import { gql } from '../../test/http';
import { createTestUser, signInCookie, type TestUser } from '../../test/users';

const SEEDS_DIR = process.env.SHARED_SEEDS_DIR ?? path.resolve(__dirname, '../../../../../../shared/seeds');
const NOORD_FILE = '001_1dfb06515e234aec.txt';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const TABLES = ['multi_year_plan', 'strategic_goal', 'operational_goal', 'action_plan', 'action', 'action_owner', 'action_step', 'action_indicator', 'action_month', 'audit_entry', 'zone'];

async function counts(db: DataSource): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of TABLES) out[t] = Number((await db.query(`SELECT count(*) AS n FROM ${t}`))[0].n);
  return out;
}

const IMPORT = `mutation($zone: ID!, $year: Int!, $plan: JSON!, $file: String) {
  importPlan(zoneId: $zone, year: $year, plan: $plan, fileName: $file) { id year status zone { slug } actions { title } }
}`;

describe('importing a plan from the web', () => {
  let t: TestDatabase;
  let db: DataSource;
  let server: StartedServer;
  let noord: TestUser;
  let noordCookie: Record<string, string>;
  let coach: TestUser;
  let readOnly: TestUser;
  let noordZone: string;
  const noordText = fs.readFileSync(path.join(SEEDS_DIR, NOORD_FILE));

  const preview = (body: Buffer | string, headers: Record<string, string>, type = 'text/plain; charset=utf-8', fileName: string | null = NOORD_FILE) =>
    fetch(`${server.url}/api/imports/preview`, {
      method: 'POST',
      headers: { 'content-type': type, ...(fileName ? { 'x-file-name': encodeURIComponent(fileName) } : {}), ...headers },
      body: typeof body === 'string' ? body : new Uint8Array(body),
    });

  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
    db = t.db;
    server = await startServer(db, { port: 0, host: '127.0.0.1', rateLimit: { ipPerMinute: 100_000, tokenPerMinute: 100_000 }, importMaxBytes: 200_000 });
    noord = await createTestUser(db, { editorOf: ['elz-leuven-noord'] });
    noordCookie = await signInCookie(server.url, noord);
    coach = await createTestUser(db, { coachOf: ['oost-brabant'] });
    readOnly = await createTestUser(db, { editorOf: ['elz-leuven-noord'], scope: 'READ' });
    noordZone = await zoneGid(db, 'elz-leuven-noord');
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  describe('the preview', () => {
    it('parses the ELZ Leuven Noord plan text and returns the source text, the plan with its unplaced fragments and the import JSON', async () => {
      const before = await counts(db);
      const res = await preview(noordText, noordCookie);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toContain('no-store');
      const body = (await res.json()) as {
        fileName: string;
        sourceText: string;
        plan: ParsedPlan;
        importJson: { actionsWithoutGoal: unknown[]; strategicGoals: { operationalGoals: { actions: { title: string }[] }[] }[] };
      };
      expect(body.fileName).toBe(NOORD_FILE);
      expect(body.sourceText).toBe(noordText.toString('utf8').replace(/^\ufeff/, ''));
      expect(body.plan.zone).toBe('ELZ Leuven Noord');
      expect(body.plan.years).toEqual([2025]);
      const actions = allActions(body.plan);
      expect(actions).toHaveLength(9);
      expect(actions[0]!.title).toMatch(/^We streven naar een gedragen afsprakenkader/);
      // Every action carries the line it starts on, and that line of the source holds its title's start.
      const lines = body.sourceText.split('\n');
      for (const a of actions) expect(lines[a.line - 1]).toContain(a.title.split(' ').slice(0, 3).join(' '));
      // What the parser could not place comes with its line number.
      const unplaced = [...body.plan.unplaced, ...actions.flatMap((a) => a.unplaced)];
      expect(unplaced.length).toBeGreaterThan(0);
      expect(unplaced.find((f) => f.line === 699)).toMatchObject({ context: 'Evaluatie (inleiding)', text: expect.stringMatching(/^Moeilijk om op dit moment indicatoren aan te geven/) });
      expect(body.importJson.strategicGoals.flatMap((sd) => sd.operationalGoals.flatMap((od) => od.actions.map((a) => a.title)))).toEqual(actions.map((a) => a.title));
      // Nothing is stored.
      expect(await counts(db)).toEqual(before);
    });

    it('warns when the text names another year than the one it will be saved as (?year=)', async () => {
      const warned = (await (
        await fetch(`${server.url}/api/imports/preview?year=2026`, {
          method: 'POST',
          headers: { 'content-type': 'text/plain', 'x-file-name': NOORD_FILE, ...noordCookie },
          body: new Uint8Array(noordText),
        })
      ).json()) as { plan: ParsedPlan; yearWarning: string | null };
      expect(warned.plan.years).toEqual([2025]);
      expect(warned.yearWarning).toMatch(/^De tekst is actieplan 2025, maar je slaat het op als actieplan 2026\. Alle acties komen in het actieplan 2026/);
      const same = (await (
        await fetch(`${server.url}/api/imports/preview?year=2025`, {
          method: 'POST',
          headers: { 'content-type': 'text/plain', 'x-file-name': NOORD_FILE, ...noordCookie },
          body: new Uint8Array(noordText),
        })
      ).json()) as { yearWarning: string | null };
      expect(same.yearWarning).toBeNull();
      expect(((await (await preview(noordText, noordCookie)).json()) as { yearWarning: string | null }).yearWarning).toBeNull();
      const bad = await fetch(`${server.url}/api/imports/preview?year=twintig`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', 'x-file-name': NOORD_FILE, ...noordCookie },
        body: new Uint8Array(noordText),
      });
      expect(bad.status).toBe(400);
      expect(await bad.json()).toMatchObject({ error: { code: 'INVALID_INPUT', field: 'year' } });
    });

    it('reads a .docx through mammoth (an exported plan comes back as its actions)', async () => {
      const planId = (await gql(server.url, `{ actionPlan(zoneSlug: "elz-leuven-noord", year: 2025) { id } }`, {}, noord.headers)).data!.actionPlan.id;
      const docx = Buffer.from(await (await fetch(`${server.url}/api/plans/${planId}/export.docx`, { headers: noord.headers })).arrayBuffer());
      const res = await preview(docx, noord.headers, DOCX, 'Actieplan 2025 ELZ Leuven Noord.docx');
      expect(res.status).toBe(200);
      const body = (await res.json()) as { sourceText: string; plan: ParsedPlan };
      expect(body.sourceText).toMatch(/^Actieplan 2025\n/);
      expect(body.plan.zone).toBe('ELZ Leuven Noord');
      expect(allActions(body.plan)).toHaveLength(9);
      // application/octet-stream: the kind follows the file name.
      expect((await preview(docx, noord.headers, 'application/octet-stream', 'plan.docx')).status).toBe(200);
    });

    it('is for zone editors only: anonymous 401, a coach or a read-only token 403', async () => {
      const anonymous = await preview(noordText, {});
      expect(anonymous.status).toBe(401);
      expect(await anonymous.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
      const byCoach = await preview(noordText, coach.headers);
      expect(byCoach.status).toBe(403);
      expect(await byCoach.json()).toMatchObject({ error: { code: 'FORBIDDEN', message: expect.any(String) } });
      expect((await preview(noordText, readOnly.headers)).status).toBe(403);
      expect((await preview(noordText, { authorization: 'Bearer kp_nonsense' })).status).toBe(401);
    });

    it('answers bad uploads with a clear Dutch error and the right status', async () => {
      const pdf = await preview(Buffer.from('%PDF-1.7'), noord.headers, 'application/pdf', 'plan.pdf');
      expect(pdf.status).toBe(415);
      expect(await pdf.json()).toMatchObject({ error: { code: 'INVALID_INPUT', field: 'file', message: expect.stringContaining('alleen .txt en .docx') } });
      const noName = await preview(noordText, noord.headers, 'text/plain', null);
      expect(noName.status).toBe(400);
      expect(await noName.json()).toMatchObject({ error: { code: 'BAD_REQUEST', message: expect.stringContaining('X-File-Name') } });
      const empty = await preview(Buffer.alloc(0), noord.headers);
      expect(empty.status).toBe(400);
      expect(await empty.json()).toMatchObject({ error: { code: 'INVALID_INPUT', message: 'Het bestand is leeg.' } });
      const notZip = await preview(Buffer.from('dit is geen zip'), noord.headers, DOCX, 'plan.docx');
      expect(notZip.status).toBe(400);
      expect((await notZip.json()).error.message).toMatch(/geen Word-bestand/);
      const brokenZip = await preview(Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(100)]), noord.headers, DOCX, 'plan.docx');
      expect(brokenZip.status).toBe(400);
      expect((await brokenZip.json()).error.message).toMatch(/kan niet gelezen worden/);
      const large = await preview(Buffer.alloc(300_000, 'a'), noord.headers);
      expect(large.status).toBe(413);
      expect(await large.json()).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } });
    });

    it('reads a text file saved as Windows-1252', async () => {
      const res = await preview(
        Buffer.from('Actieplan 2026 ELZ Leuven Noord\n\nActie 2026: Zorgzame buurt in Rotselaar met café\n\nWat?\n\nEen café voor iedereen.\n', 'latin1'),
        noord.headers,
      );
      expect(res.status).toBe(200);
      const body = (await res.json()) as { plan: ParsedPlan };
      expect(allActions(body.plan).map((a) => a.title)).toEqual(['Zorgzame buurt in Rotselaar met café']);
    });
  });

  describe('the importPlan mutation', () => {
    let parsed: ParsedPlan;
    beforeAll(async () => {
      parsed = (await (await preview(noordText, noord.headers)).json()).plan as ParsedPlan;
    });

    it('stores the corrected plan as a draft of the chosen zone and year, in the history as the user', async () => {
      const corrected = structuredClone(parsed);
      const first = corrected.strategicGoals[0]!.operationalGoals[0]!.actions[0]!;
      first.title = 'Afsprakenkader met de lokale besturen';
      // Move the last action of OD 4.1 to OD 2.3 and drop one that was wrongly detected.
      const od41 = corrected.strategicGoals.find((s) => s.number === '4')!.operationalGoals[0]!;
      const moved = od41.actions.pop()!;
      corrected.strategicGoals
        .find((s) => s.number === '2')!
        .operationalGoals.find((o) => o.number === '2.3')!
        .actions.push(moved);
      const dropped = od41.actions.shift()!;

      const res = await gql(server.url, IMPORT, { zone: noordZone, year: 2026, plan: corrected, file: NOORD_FILE }, noordCookie);
      expect(res.errors).toBeUndefined();
      expect(res.data!.importPlan).toMatchObject({ year: 2026, status: 'DRAFT', zone: { slug: 'elz-leuven-noord' } });
      const titles = res.data!.importPlan.actions.map((a: { title: string }) => a.title);
      expect(titles).toHaveLength(8);
      expect(titles).toContain('Afsprakenkader met de lokale besturen');
      expect(titles).not.toContain(dropped.title);

      const planId = rawId(res.data!.importPlan.id);
      const [movedRow] = await db.query(`SELECT o.number FROM action a JOIN operational_goal o ON o.id = a.operational_goal_id WHERE a.action_plan_id = $1 AND a.title = $2`, [
        planId,
        moved.title,
      ]);
      expect(movedRow).toEqual({ number: '2.3' });
      // The draft is the zone's own: a coach does not see it.
      expect((await gql(server.url, `{ actionPlan(zoneSlug: "elz-leuven-noord", year: 2026) { id } }`, {}, coach.headers)).data!.actionPlan).toBeNull();
      const [audit] = await db.query(`SELECT actor_name, after FROM audit_entry WHERE entity_type = 'ActionPlan' AND entity_id = $1`, [planId]);
      expect(audit.actor_name).toContain('Testgebruiker');
      expect(audit.after).toMatchObject({ status: 'DRAFT', importedFrom: NOORD_FILE, year: 2026, textYears: [2025] });
      // Stored under the chosen year only: every action in the 2026 plan, none added to the 2025 plan.
      const [perYear] = await db.query(
        `SELECT count(*) FILTER (WHERE p.year = 2026)::int AS y2026, count(*) FILTER (WHERE p.year = 2025 AND a.title = $2)::int AS y2025
           FROM action a JOIN action_plan p ON p.id = a.action_plan_id WHERE p.zone_id = $1`,
        [rawId(noordZone), 'Afsprakenkader met de lokale besturen'],
      );
      expect(perYear).toEqual({ y2026: 8, y2025: 0 });
    });

    it('refuses to import into a submitted plan (as into any existing plan), and writes nothing', async () => {
      const [{ status }] = await db.query(`SELECT status FROM action_plan WHERE year = 2025 AND zone_id = $1`, [rawId(noordZone)]);
      expect(status).toBe('SUBMITTED');
      const before = await counts(db);
      const res = await gql(server.url, IMPORT, { zone: noordZone, year: 2025, plan: parsed }, noord.headers);
      expect(codeOf(res)).toBe('INVALID_INPUT');
      expect(fieldOf(res)).toBe('year');
      expect(res.errors![0]!.message).toBe('ELZ Leuven Noord heeft al een actieplan 2025; er is niets geïmporteerd.');
      expect(await counts(db)).toEqual(before);
      expect((await db.query(`SELECT status FROM action_plan WHERE year = 2025 AND zone_id = $1`, [rawId(noordZone)]))[0].status).toBe('SUBMITTED');
    });

    it('refuses a second import of the same zone and year, and writes nothing', async () => {
      const before = await counts(db);
      const res = await gql(server.url, IMPORT, { zone: noordZone, year: 2026, plan: parsed }, noord.headers);
      expect(codeOf(res)).toBe('INVALID_INPUT');
      expect(fieldOf(res)).toBe('year');
      expect(res.errors![0]!.message).toBe('ELZ Leuven Noord heeft al een actieplan 2026; er is niets geïmporteerd.');
      expect(await counts(db)).toEqual(before);
    });

    it('names the fields of a malformed plan, and writes nothing', async () => {
      const before = await counts(db);
      const broken = structuredClone(parsed) as unknown as { strategicGoals: { operationalGoals: { actions: Record<string, unknown>[] }[] }[] };
      broken.strategicGoals[0]!.operationalGoals[0]!.actions[0]!.title = '  ';
      broken.strategicGoals[0]!.operationalGoals[0]!.actions[1]!.funding = 'veel';
      const res = await gql(server.url, IMPORT, { zone: noordZone, year: 2027, plan: broken }, noord.headers);
      expect(codeOf(res)).toBe('INVALID_INPUT');
      expect(fieldOf(res)).toBe('plan.strategicGoals.0.operationalGoals.0.actions.0.title');
      expect(res.errors![0]!.message).toBe('Titel is verplicht');
      expect((res.errors![0]!.extensions!.issues as { field: string }[]).map((i) => i.field)).toEqual([
        'plan.strategicGoals.0.operationalGoals.0.actions.0.title',
        'plan.strategicGoals.0.operationalGoals.0.actions.1.funding',
      ]);
      expect(codeOf(await gql(server.url, IMPORT, { zone: noordZone, year: 2027, plan: { strategicGoals: 'geen lijst' } }, noord.headers))).toBe('INVALID_INPUT');
      const empty = await gql(server.url, IMPORT, { zone: noordZone, year: 2027, plan: {} }, noord.headers);
      expect(empty.errors![0]).toMatchObject({ message: 'Het plan heeft geen acties; er is niets opgeslagen.', extensions: { code: 'INVALID_INPUT', field: 'plan' } });
      expect(fieldOf(await gql(server.url, IMPORT, { zone: noordZone, year: 1999, plan: parsed }, noord.headers))).toBe('year');
      expect(await counts(db)).toEqual(before);
    });

    it('is for editors of that zone: a coach, an editor of another zone and a read-only token are refused', async () => {
      const before = await counts(db);
      const zuid = await createTestUser(db, { editorOf: ['elz-leuven-zuid'] });
      for (const headers of [coach.headers, zuid.headers, readOnly.headers]) {
        expect(codeOf(await gql(server.url, IMPORT, { zone: noordZone, year: 2028, plan: parsed }, headers))).toBe('FORBIDDEN');
      }
      expect(codeOf(await gql(server.url, IMPORT, { zone: noordZone, year: 2028, plan: parsed }, {}))).toBe('UNAUTHENTICATED');
      expect(await counts(db)).toEqual(before);
    });
  });
});
