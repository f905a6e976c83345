// Plan exports over real HTTP: formats, content, and the same permissions as reading the plan.
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { startServer, type StartedServer } from '../../server';
import { createTestDatabase, type TestDatabase } from '../../test/db';
import { gql } from '../../test/http';
import { createTestUser, type TestUser } from '../../test/users';

describe('plan exports', () => {
  let t: TestDatabase;
  let server: StartedServer;
  let reader: TestUser;
  let zuid: TestUser;
  let planId: string;

  const download = (format: string, headers: Record<string, string> = reader.headers, id = planId) => fetch(`${server.url}/api/plans/${id}/export.${format}`, { headers });

  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
    server = await startServer(t.db, { port: 0, host: '127.0.0.1', rateLimit: { ipPerMinute: 100_000, tokenPerMinute: 100_000 } });
    reader = await createTestUser(t.db, { scope: 'READ' });
    zuid = await createTestUser(t.db, { editorOf: ['elz-leuven-zuid'] });
    planId = (await gql(server.url, `{ actionPlan(zoneSlug: "elz-leuven-zuid", year: 2025) { id } }`, {}, reader.headers)).data!.actionPlan.id;
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  it('exports JSON in the import shape with every action under its goal', async () => {
    const res = await download('json');
    expect(res.status).toBe(200);
    const json = await res.json();
    expect(Object.keys(json)).toEqual(['zone', 'years', 'introText', 'targetGroupsText', 'networkText', 'strategicGoals', 'actionsWithoutGoal']);
    expect(json.zone).toBe('ELZ Leuven Zuid');
    expect(json.years).toEqual([2025]);
    const all = [...json.strategicGoals.flatMap((sd: any) => sd.operationalGoals.flatMap((od: any) => od.actions)), ...json.actionsWithoutGoal];
    expect(all).toHaveLength(15);
    const staff = all.find((a: any) => a.title === 'Werkgroepen personeelstekort nauwgezet opvolgen');
    expect(staff).toMatchObject({ evaluation: { process: true, output: false, outcome: false }, funding: 'regular', lead: 'ELZ Leuven, ELZ Leuven-Zuid' });
    expect(Object.keys(staff)).toEqual(['number', 'title', 'lead', 'targetGroups', 'inScope', 'outOfScope', 'steps', 'evaluation', 'indicators', 'funding', 'startDate', 'endDate']);
  });

  it('exports a Word document in the template layout with the check boxes', async () => {
    const res = await download('docx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('Actieplan-2025-ELZ-Leuven-Zuid.docx');
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    const xml = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    for (const heading of ['Communicatie naar specifieke doelgroepen', 'Functioneren als netwerkorganisatie', 'Tijdslijn 2025', 'Wat?', 'Waarom?', 'Voor wie?', 'Met wie?', 'Hoe?', 'Evaluatie']) {
      expect(xml).toContain(heading);
    }
    expect(xml).toContain('☒ Procesevaluatie');
    expect(xml).toContain('☐ Resultaatgerichte evaluatie (Output)');
    expect(xml).toContain('Werkgroepen personeelstekort nauwgezet opvolgen');
    // A shared sheet names its other owner zones, not the plan's own zone.
    expect(xml).toMatch(/Gedeeld met: ELZ Leuven \(/);
    expect(xml).not.toContain('Gedeeld met: ELZ Leuven Zuid');
  });

  it('exports the timeline as xlsx and csv, one row per action and a column per month', async () => {
    const xlsx = await download('xlsx');
    expect(xlsx.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('Tijdslijn 2025');
    expect(sheet.getRow(2).values).toEqual([undefined, 'Nr.', 'Actie', 'Doelstelling', 'jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec']);
    expect(sheet.rowCount).toBe(2 + 15);

    const csv = await (await download('csv')).text();
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toHaveLength(1 + 15);
    expect(lines[0]!.split(';')).toHaveLength(15);
    const governance = lines.find((l) => l.includes('Werkgroep Governance evalueren'))!;
    expect(governance.split(';')[3]).not.toBe(''); // January has a milestone
  });

  it('applies the permissions of reading the plan', async () => {
    expect((await download('json', {})).status).toBe(401);
    expect((await download('pdf')).status).toBe(404);
    // A draft plan of Leuven Zuid: visible to its editor, not to another reader.
    const plan = (await gql(server.url, `{ zone(slug: "elz-leuven-zuid") { id } }`, {}, zuid.headers)).data!.zone;
    const draft = await gql(server.url, `mutation($z: ID!) { createActionPlan(zoneId: $z, year: 2027) { id } }`, { z: plan.id }, zuid.headers);
    const draftId = draft.data!.createActionPlan.id;
    expect((await download('json', zuid.headers, draftId)).status).toBe(200);
    expect((await download('json', reader.headers, draftId)).status).toBe(404);
  });

  it('exports a region\'s year as NDJSON, one action per line, only plans the caller may see', async () => {
    const ndjson = async (headers: Record<string, string>, path = '/api/regions/oost-brabant/2025/actions.ndjson') => {
      const res = await fetch(`${server.url}${path}`, { headers });
      return { res, lines: res.ok ? (await res.text()).split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [] };
    };
    const { res, lines } = await ndjson(reader.headers);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/x-ndjson');
    // Every action of every published or submitted 2025 plan of the region, each once.
    const expected = await t.db.query(
      `SELECT count(*)::int AS n FROM action a JOIN action_plan p ON p.id = a.action_plan_id WHERE p.year = 2025 AND p.status <> 'DRAFT'`,
    );
    expect(lines).toHaveLength(expected[0].n);
    expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length);
    const staff = lines.find((l) => l.title === 'Werkgroepen personeelstekort nauwgezet opvolgen');
    expect(staff).toMatchObject({ plan: { region: 'oost-brabant', zone: 'elz-leuven-zuid', zoneName: 'ELZ Leuven Zuid', year: 2025 }, goal: { strategic: expect.any(String) } });
    // The id is the GraphQL id: a tool can fetch the action it read.
    const again = await gql(server.url, 'query ($id: ID!) { action(id: $id) { title } }', { id: staff.id }, reader.headers);
    expect(again.data!.action.title).toBe(staff.title);
    // A draft plan shows only to its own zone: Leuven Zuid's staff see their draft's actions too.
    const draft = await gql(server.url, 'mutation ($z: ID!) { createActionPlan(zoneId: $z, year: 2031) { id } }', { z: (await gql(server.url, '{ zone(slug: "elz-leuven-zuid") { id } }', {}, zuid.headers)).data!.zone.id }, zuid.headers);
    await gql(server.url, 'mutation ($p: ID!) { createAction(planId: $p, input: { title: "Conceptactie voor de bulkexport" }) { action { id } } }', { p: draft.data!.createActionPlan.id }, zuid.headers);
    expect((await ndjson(zuid.headers, '/api/regions/oost-brabant/2031/actions.ndjson')).lines.map((l) => l.title)).toEqual(['Conceptactie voor de bulkexport']);
    expect((await ndjson(reader.headers, '/api/regions/oost-brabant/2031/actions.ndjson')).lines).toEqual([]);
    // Mistakes are named; no caller, no export.
    expect((await ndjson(reader.headers, '/api/regions/nergens/2025/actions.ndjson')).res.status).toBe(404);
    const badYear = await fetch(`${server.url}/api/regions/oost-brabant/twintig/actions.ndjson`, { headers: reader.headers });
    expect(badYear.status).toBe(400);
    expect((await badYear.json()).error).toMatchObject({ code: 'INVALID_INPUT', field: 'year' });
    expect((await fetch(`${server.url}/api/regions/oost-brabant/2025/actions.ndjson`)).status).toBe(401);
  });
});
