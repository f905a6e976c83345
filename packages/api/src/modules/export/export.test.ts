// Plan exports over real HTTP: formats, content, and the same permissions as reading the plan.
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { startServer, type StartedServer } from '../../server';
import { createTestDatabase, type TestDatabase } from '../../test/db';
import { gql } from '../../test/http';
import { createTestUser, type TestUser } from '../../test/users';
import { textWidth, wordsOf } from '../../common/docx-layout';
import { SHEET_LABEL_WIDTH } from './export-formats';
import { allActions, parsePlanText } from '@kruispunt/shared';
import { planTextOf } from '../import/plan-file';

/** A .docx's parts as Word stores them: the body's XML and its page headers. */
async function docxParts(res: Response): Promise<{ body: string; headers: string[] }> {
  const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
  const headers = await Promise.all(
    Object.keys(zip.files)
      .filter((n) => /^word\/header\d*\.xml$/.test(n))
      .map((n) => zip.file(n)!.async('string')),
  );
  return { body: await zip.file('word/document.xml')!.async('string'), headers };
}
const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1])
    .join('')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
const paragraphsOf = (xml: string) => [...xml.matchAll(/<w:p(?: [^>]*)?>.*?<\/w:p>/gs)].map((m) => m[0]);
/** The body's tables (the export nests none): grid column widths and per row the cells' paragraphs' XML. */
function tablesOf(xml: string) {
  return [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map(([tbl]) => ({
    xml: tbl,
    grid: [...tbl.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1])),
    fixed: /<w:tblLayout w:type="fixed"\/>/.test(tbl),
    rows: [...tbl.matchAll(/<w:tr(?: [^>]*)?>.*?<\/w:tr>/gs)].map(([tr]) => [...tr.matchAll(/<w:tc>.*?<\/w:tc>/gs)].map(([tc]) => ({ xml: tc, paragraphs: paragraphsOf(tc) }))),
  }));
}

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
    for (const heading of [
      'Communicatie naar specifieke doelgroepen',
      'Functioneren als netwerkorganisatie',
      'Tijdslijn 2025',
      'Wat?',
      'Waarom?',
      'Voor wie?',
      'Met wie?',
      'Hoe?',
      'Evaluatie',
    ]) {
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
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(1 + 15);
    expect(lines[0]!.split(';')).toHaveLength(15);
    const governance = lines.find((l) => l.includes('Werkgroep Governance evalueren'))!;
    expect(governance.split(';')[3]).not.toBe(''); // January has a milestone
  });

  describe('the Word file reads like the template', () => {
    // Plans of their own (years no other test here uses): 2026 under the zone's multi-year plan
    // 2024-2026 with actions under its goals, 2028 after it for the general texts.
    let plan2026: string;
    let plan2028: string;
    const call = async (query: string, variables: Record<string, unknown>) => {
      const res = await gql(server.url, query, variables, zuid.headers);
      expect(res.errors).toBeUndefined();
      return res.data!;
    };
    const createPlan = async (year: number) => {
      const zone = (await call(`{ zone(slug: "elz-leuven-zuid") { id } }`, {})).zone.id;
      return (await call(`mutation($z: ID!, $y: Int!) { createActionPlan(zoneId: $z, year: $y) { id version textsProposedFromYear } }`, { z: zone, y: year })).createActionPlan;
    };
    const setTexts = async (plan: { id: string; version: number }, input: Record<string, string>) =>
      call(`mutation($id: ID!, $v: Int!, $i: ActionPlanTextsInput!) { updateActionPlanTexts(id: $id, version: $v, input: $i) { version } }`, { id: plan.id, v: plan.version, i: input });
    const addAction = (planId: string, input: Record<string, unknown>) =>
      call(`mutation($p: ID!, $i: ActionInput!) { createAction(planId: $p, input: $i) { action { id } } }`, { p: planId, i: input });
    const docxOf = async (id: string, kind = 'export.docx') => {
      const res = await fetch(`${server.url}/api/plans/${id}/${kind}`, { headers: zuid.headers });
      expect(res.status).toBe(200);
      return docxParts(res);
    };

    beforeAll(async () => {
      const first = await createPlan(2026);
      plan2026 = first.id;
      const goals = (await call(`query($id: ID!) { node(id: $id) { ... on ActionPlan { strategicGoals { id number operationalGoals { id number } } } } }`, { id: plan2026 })).node
        .strategicGoals;
      const od = (n: string) => goals.flatMap((sd: any) => sd.operationalGoals).find((o: any) => o.number === n).id;
      await addAction(plan2026, { title: 'Nieuwe leden werven', operationalGoalId: od('1.2'), timeline: [1, 2, 4, 5, 6].map((month) => ({ month })) });
      await addAction(plan2026, { title: 'Werkgroep met een eigen nummer', number: '1.2.1', operationalGoalId: od('1.2') });
      await addAction(plan2026, {
        title: 'Personeelstekort in kaart brengen',
        operationalGoalId: od('3.1'),
        lead: { text: 'ELZ Leuven Zuid' },
        communicationChannels: ['Nieuwsbrief'],
        fundingRemark: 'Met middelen van de provincie',
        funding: 'EXTERNAL',
        evaluation: { process: { chosen: true, text: null }, output: { chosen: false, text: null }, outcome: { chosen: false, text: null } },
        indicators: [
          { kind: 'PROCESS', name: 'Ingezette personeelstijd', targetValue: 2.5, targetUnit: 'VTE' },
          { kind: 'PROCESS', name: 'Bereikte zorgverleners', targetValue: 1250, targetUnit: 'deelnemers' },
          { kind: 'OUTPUT', name: 'Overleg met de sectoren', targetValue: 2, targetUnit: 'overlegmomenten' },
        ],
        steps: [
          { text: 'Werkgroepvergaderingen voorbereiden', month: 3 },
          { text: 'Geïnteresseerde zorgverleners uitnodigen', month: 3 },
          { text: 'Samenwerkingsovereenkomsten ondertekenen', month: 11 },
          // LibreOffice does not break after a slash: "november/december" is one word to fit.
          { text: 'Goedkeuring in november/december', month: 12 },
        ],
      });
      // Last in the plan, first under its goal: straight under strategic goal 1, before its operational goals' sheets.
      await addAction(plan2026, { title: 'Bestuur opleiden', strategicGoalId: goals.find((sd: any) => sd.number === '1').id });
      await setTexts(first, {
        introText: 'Contextschets\nTekst van het plan 2026.\nDoelgroepen\n• VAPH en Opgroeien\no In kader van de zorgraad\nTot slot.',
        targetGroupsText: 'Doelgroepen 2026.',
        networkText: 'Netwerk 2026.',
      });
      const second = await createPlan(2028);
      plan2028 = second.id;
      // A new plan starts from the texts of the zone's plan before it, as a proposal (action-plan/plan-texts.ts).
      expect(second.textsProposedFromYear).toBe(2026);
    });

    it("prints each year's own general texts, and says so when they are still another year's proposal", async () => {
      // 2028 still holds 2026's proposal: printed, with the warning above them.
      const proposed = textOf((await docxOf(plan2028)).body);
      expect(proposed).toContain('Let op: de algemene teksten hieronder komen uit het actieplan 2026 en zijn nog niet nagekeken voor 2028.');
      expect(proposed.indexOf('Let op:')).toBeLessThan(proposed.indexOf('Algemeen'));
      const plan = (await call(`query($id: ID!) { node(id: $id) { ... on ActionPlan { id version } } }`, { id: plan2028 })).node;
      await setTexts(plan, { introText: 'Tekst van het plan 2028.', targetGroupsText: 'Doelgroepen 2028.', networkText: 'Netwerk 2028.' });
      const own2028 = textOf((await docxOf(plan2028)).body);
      const own2026 = textOf((await docxOf(plan2026)).body);
      expect(own2028).not.toContain('Let op:');
      for (const text of ['Tekst van het plan 2028.', 'Doelgroepen 2028.', 'Netwerk 2028.']) {
        expect(own2028).toContain(text);
        expect(own2026).not.toContain(text);
      }
      for (const text of ['Tekst van het plan 2026.', 'Doelgroepen 2026.', 'Netwerk 2026.']) {
        expect(own2026).toContain(text);
        expect(own2028).not.toContain(text);
      }
    });

    it('does not print the seeded 2025 texts of Leuven Zuid in its 2024 plan', async () => {
      const idOf = async (year: number) => (await call(`query($y: Int!) { actionPlan(zoneSlug: "elz-leuven-zuid", year: $y) { id } }`, { y: year })).actionPlan.id;
      const text2025 = textOf((await docxOf(await idOf(2025))).body);
      const text2024 = textOf((await docxOf(await idOf(2024))).body);
      expect(text2025).toContain('2025 wordt een pittig jaar');
      expect(text2024).not.toContain('2025 wordt een pittig jaar');
      expect(text2024).not.toContain('Contextschets');
    });

    it('shows the typed headings and bullets of a general text as bold text and Word list levels', async () => {
      const paragraphs = paragraphsOf((await docxOf(plan2026)).body);
      const find = (text: string) => paragraphs.find((p) => textOf(p) === text)!;
      expect(find('Contextschets')).toMatch(/<w:b\/>/);
      expect(find('Doelgroepen')).toMatch(/<w:b\/>/);
      expect(find('Tekst van het plan 2026.')).not.toMatch(/<w:b\/>/);
      expect(find('Tot slot.')).not.toMatch(/<w:b\/>/);
      expect(find('VAPH en Opgroeien')).toMatch(/<w:ilvl w:val="0"\/>/);
      expect(find('In kader van de zorgraad')).toMatch(/<w:ilvl w:val="1"\/>/);
    });

    it('numbers an action without a number by its place under its operational goal, past numbers already taken', async () => {
      const text = textOf((await docxOf(plan2026)).body);
      expect(text).toContain('Actie 1.2.2: Nieuwe leden werven');
      expect(text).toContain('Actie 1.2.1: Werkgroep met een eigen nummer');
      // The funding mark in brackets before the colon, as the template's plans write it.
      expect(text).toContain('Actie 3.1.1 (met externe financiering): Personeelstekort in kaart brengen');
      // Straight under a strategic goal there is no operational goal to number by: the plan year, as the template's plans write it.
      expect(text.match(/Actie 2026: [^:]*?(?=Wat\?)/g)).toEqual(['Actie 2026: Bestuur opleiden']);
      // The other formats carry the same number; the yearly report heads its blocks with it.
      const json = await (await fetch(`${server.url}/api/plans/${plan2026}/export.json`, { headers: zuid.headers })).json();
      const numbers = json.strategicGoals.flatMap((sd: any) => sd.operationalGoals.flatMap((od: any) => od.actions.map((a: any) => `${a.number} ${a.title}`)));
      expect(numbers).toEqual(expect.arrayContaining(['1.2.2 Nieuwe leden werven', '1.2.1 Werkgroep met een eigen nummer', '3.1.1 Personeelstekort in kaart brengen']));
      const xlsx = new ExcelJS.Workbook();
      await xlsx.xlsx.load(Buffer.from(await (await fetch(`${server.url}/api/plans/${plan2026}/export.xlsx`, { headers: zuid.headers })).arrayBuffer()) as never);
      const rows = xlsx.worksheets[0]!.getSheetValues()
        .slice(3)
        .map((r: any) => [r[1], r[2]]);
      expect(rows).toEqual(
        expect.arrayContaining([
          ['1.2.2', 'Nieuwe leden werven'],
          ['3.1.1', 'Personeelstekort in kaart brengen'],
        ]),
      );
      const report = textOf((await docxOf(plan2026, 'report.docx')).body);
      expect(report).toContain('Actie 1.2.2: Nieuwe leden werven');
      expect(report).toContain('Actie 3.1.1: Personeelstekort in kaart brengen');
    });

    it('writes numbers the Belgian way: a decimal comma and a dot between thousands, also in the yearly report', async () => {
      const text = textOf((await docxOf(plan2026)).body);
      expect(text).toContain('Ingezette personeelstijd – streefwaarde: 2,5 VTE');
      expect(text).toContain('Bereikte zorgverleners – streefwaarde: 1.250 deelnemers');
      expect(text).not.toContain('2.5 VTE');
      expect(text).toContain('Personeelsinzet: 1,7 VTE.');
      const report = tablesOf((await docxOf(plan2026, 'report.docx')).body);
      const cells = report.flatMap((t) => t.rows.flatMap((r) => r.map((c) => textOf(c.xml))));
      expect(cells).toEqual(expect.arrayContaining(['2,5 VTE', '1.250 deelnemers', '2 overlegmomenten']));
      // The report's target column fits its longest word ("overlegmomenten" at 9,5 pt), in every block alike.
      const indicatorTables = report.filter((t) => textOf(t.rows[0]![1]!.xml) === 'Streefwaarde');
      expect(indicatorTables.length).toBeGreaterThan(0);
      for (const t of indicatorTables) {
        expect(t.fixed).toBe(true);
        expect(t.grid).toEqual(indicatorTables[0]!.grid);
        for (const row of t.rows.slice(1)) for (const word of wordsOf(textOf(row[1]!.xml))) expect(textWidth(word, 19) + 160).toBeLessThanOrEqual(t.grid[1]!);
      }
    });

    it('gives the action sheet a fixed label column wide enough for "Communicatie" and "Financiering" on one line', async () => {
      const { body } = await docxOf(plan2026);
      const sheets = tablesOf(body).filter((t) => t.rows.some((r) => textOf(r[0]!.xml) === 'Wat?'));
      expect(sheets).toHaveLength(4);
      // Calibri bold at 10.5 pt: "Financiering" and "Communicatie" print about 1.300 twips wide.
      expect(textWidth('Communicatie', 21, true)).toBeGreaterThan(1250);
      expect(textWidth('Communicatie', 21, true)).toBeLessThan(1800);
      const sheet = sheets.find((t) => t.rows.some((r) => textOf(r[0]!.xml) === 'Financiering'))!;
      const labels = sheet.rows.map((r) => textOf(r[0]!.xml));
      expect(labels).toEqual(expect.arrayContaining(['Communicatie', 'Financiering']));
      for (const t of sheets) {
        expect(t.fixed).toBe(true);
        expect(t.grid).toEqual([SHEET_LABEL_WIDTH, 9026 - SHEET_LABEL_WIDTH]);
        // Each label cell says the same width as the grid (Word reads the cell's, LibreOffice the grid's).
        for (const row of t.rows) expect(row[0]!.xml).toContain(`<w:tcW w:type="dxa" w:w="${SHEET_LABEL_WIDTH}"/>`);
      }
      // Every label word fits beside the cell's margins (108 twips a side).
      for (const word of labels.flatMap(wordsOf)) expect(textWidth(word, 21, true) + 216).toBeLessThanOrEqual(sheet.grid[0]!);
      // The lead: the template's question in bold, the answer as plain text.
      const lead = paragraphsOf(sheet.xml).find((p) => textOf(p).startsWith('Wie is de trekker van de actie?'))!;
      expect(textOf(lead)).toBe('Wie is de trekker van de actie? ELZ Leuven Zuid');
      const runs = [...lead.matchAll(/<w:r>.*?<\/w:r>/gs)].map(([r]) => ({ text: textOf(r), bold: /<w:b\/>/.test(r) }));
      expect(runs).toEqual([
        { text: 'Wie is de trekker van de actie?', bold: true },
        { text: ' ELZ Leuven Zuid', bold: false },
      ]);
    });

    it("writes a sheet's months without milestone as ranges, which the import reads back as the same months", async () => {
      const res = await fetch(`${server.url}/api/plans/${plan2026}/export.docx`, { headers: zuid.headers });
      const file = Buffer.from(await res.arrayBuffer());
      const sheet = tablesOf(await JSZip.loadAsync(file).then((z) => z.file('word/document.xml')!.async('string'))).find(
        (t) => t.xml.includes('Wie is de trekker') && paragraphsOf(t.xml).some((p) => textOf(p) === 'april – juni'),
      )!;
      const timeline = sheet.rows.find((r) => textOf(r[0]!.xml) === 'Tijdslijn')!;
      expect(timeline[1]!.paragraphs.map(textOf)).toEqual(['januari – februari', 'april – juni']);
      const parsed = allActions(parsePlanText((await planTextOf(file, 'docx')).text));
      const months = (title: string) =>
        parsed
          .find((a) => a.title === title)!
          .timeline.map((m) => m.month)
          .sort((a, b) => a - b);
      expect(months('Nieuwe leden werven')).toEqual([1, 2, 4, 5, 6]);
      expect(months('Personeelstekort in kaart brengen')).toEqual([3, 11, 12]);
      // The heading's marks come back too: number and funding.
      expect(parsed.filter((a) => a.title === 'Personeelstekort in kaart brengen').map((a) => [a.number, a.funding])).toEqual([['3.1.1', 'external']]);
    });

    it("sizes the timeline's month columns to their longest word, a milestone per line, within the landscape page", async () => {
      const { body, headers } = await docxOf(plan2026);
      const timeline = tablesOf(body).find((t) => t.grid.length === 13)!;
      expect(timeline.fixed).toBe(true);
      expect(timeline.grid.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(16838 - 2 * 1000);
      const row = timeline.rows.find((r) => textOf(r[0]!.xml) === 'Personeelstekort in kaart brengen')!;
      // The rows in the order of the sheets, which stand per goal.
      const sheetTitles = paragraphsOf(body)
        .map(textOf)
        .filter((t) => t.startsWith('Actie '))
        .map((t) => t.replace(/^Actie [^:]*: /, ''));
      expect(sheetTitles).toEqual(['Bestuur opleiden', 'Nieuwe leden werven', 'Werkgroep met een eigen nummer', 'Personeelstekort in kaart brengen']);
      expect(timeline.rows.slice(1).map((r) => textOf(r[0]!.xml))).toEqual(sheetTitles);
      // March holds two milestones: two paragraphs, each whole.
      expect(row[3]!.paragraphs.map(textOf)).toEqual(['Werkgroepvergaderingen voorbereiden', 'Geïnteresseerde zorgverleners uitnodigen']);
      expect(row[11]!.paragraphs.map(textOf)).toEqual(['Samenwerkingsovereenkomsten ondertekenen']);
      expect(wordsOf('Goedkeuring in november/december')).toEqual(['Goedkeuring', 'in', 'november/december']);
      expect(wordsOf('personeels-tekort')).toEqual(['personeels-', 'tekort']);
      // No word is wider than its column minus the cell margins: Word breaks between words only.
      for (const r of timeline.rows) {
        r.forEach((cell, column) => {
          const size = Number(/<w:sz w:val="(\d+)"\/>/.exec(cell.xml)?.[1] ?? 21);
          const margins = [...cell.xml.matchAll(/<w:(?:left|right|start|end) w:type="dxa" w:w="(\d+)"\/>/g)].reduce((sum, m) => sum + Number(m[1]), 0);
          const bold = /<w:b\/>/.test(cell.xml);
          for (const word of cell.paragraphs.flatMap((p) => wordsOf(textOf(p))))
            expect({ word, fits: textWidth(word, size, bold) + margins <= timeline.grid[column]! }).toEqual({ word, fits: true });
        });
      }
      // "Samenwerkingsovereenkomsten" gets a wide November; a month without milestones stays narrow.
      expect(timeline.grid[11]).toBeGreaterThan(timeline.grid[7]! * 2);
      // Every page names the plan; a sheet's heading stays with its sheet, a goal's heading with what follows.
      expect(headers.some((h) => textOf(h) === 'Actieplan 2026 · ELZ Leuven Zuid')).toBe(true);
      const headings = paragraphsOf(body).filter((p) => /^(?:Actie \d|Operationele doelstelling|Strategische doelstelling)/.test(textOf(p)));
      expect(headings.length).toBeGreaterThan(5);
      for (const p of headings) expect({ heading: textOf(p), keptWithNext: p.includes('<w:keepNext/>') }).toEqual({ heading: textOf(p), keptWithNext: true });
    });
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

  it("exports a region's year as NDJSON, one action per line, only plans the caller may see", async () => {
    const ndjson = async (headers: Record<string, string>, path = '/api/regions/oost-brabant/2025/actions.ndjson') => {
      const res = await fetch(`${server.url}${path}`, { headers });
      return {
        res,
        lines: res.ok
          ? (await res.text())
              .split('\n')
              .filter(Boolean)
              .map((l) => JSON.parse(l))
          : [],
      };
    };
    const { res, lines } = await ndjson(reader.headers);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/x-ndjson');
    // Every action of every published or submitted 2025 plan of the region, each once.
    const expected = await t.db.query(`SELECT count(*)::int AS n FROM action a JOIN action_plan p ON p.id = a.action_plan_id WHERE p.year = 2025 AND p.status <> 'DRAFT'`);
    expect(lines).toHaveLength(expected[0].n);
    expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length);
    const staff = lines.find((l) => l.title === 'Werkgroepen personeelstekort nauwgezet opvolgen');
    expect(staff).toMatchObject({ plan: { region: 'oost-brabant', zone: 'elz-leuven-zuid', zoneName: 'ELZ Leuven Zuid', year: 2025 }, goal: { strategic: expect.any(String) } });
    // The id is the GraphQL id: a tool can fetch the action it read.
    const again = await gql(server.url, 'query ($id: ID!) { action(id: $id) { title } }', { id: staff.id }, reader.headers);
    expect(again.data!.action.title).toBe(staff.title);
    // A draft plan shows only to its own zone: Leuven Zuid's staff see their draft's actions too.
    const draft = await gql(
      server.url,
      'mutation ($z: ID!) { createActionPlan(zoneId: $z, year: 2031) { id } }',
      { z: (await gql(server.url, '{ zone(slug: "elz-leuven-zuid") { id } }', {}, zuid.headers)).data!.zone.id },
      zuid.headers,
    );
    await gql(
      server.url,
      'mutation ($p: ID!) { createAction(planId: $p, input: { title: "Conceptactie voor de bulkexport" }) { action { id } } }',
      { p: draft.data!.createActionPlan.id },
      zuid.headers,
    );
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
