// Hostile uploads to POST /api/imports/preview, over real HTTP, with the default limits: the
// reported zip bombs (a .docx whose document unpacks to 100 MB or 20 MB of paragraphs), a zip
// whose headers lie about the size, a text file of 700 000 lines, too many XML elements,
// actions or nesting. Each gets a clear 4xx naming the limit within seconds, the API keeps
// answering, and a normal plan still previews as before. The worker's own heap and time limits
// are reached with lowered limits on a second server.
import fs from 'node:fs';
import path from 'node:path';
import { allActions, type ParsedPlan } from '@kruispunt/shared';
import { startServer, type StartedServer } from '../../server';
import { createTestDatabase, type TestDatabase } from '../../test/db';
import { docxOfBody, docxOfRepeated, manyLines, paragraph, paragraphBomb } from '../../test/hostile-files';
import { codeOf, zoneGid } from '../../test/fixtures';
import { gql } from '../../test/http';
import { createTestUser, type TestUser } from '../../test/users';

const SEEDS_DIR = process.env.SHARED_SEEDS_DIR ?? path.resolve(__dirname, '../../../../../../shared/seeds');
const NOORD_FILE = '001_1dfb06515e234aec.txt';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

interface Answer {
  status: number;
  ms: number;
  body: { error?: { code: string; message: string; field?: string; limit?: number; limitName?: string } } & Record<string, unknown>;
}

describe('hostile uploads to the import preview', () => {
  let t: TestDatabase;
  let server: StartedServer;
  let tight: StartedServer;
  let slow: StartedServer;
  let editor: TestUser;
  const noordText = fs.readFileSync(path.join(SEEDS_DIR, NOORD_FILE));

  const preview = async (url: string, body: Buffer, type: string, fileName: string): Promise<Answer> => {
    const started = Date.now();
    const res = await fetch(`${url}/api/imports/preview`, {
      method: 'POST',
      headers: { 'content-type': type, 'x-file-name': encodeURIComponent(fileName), ...editor.headers },
      body: new Uint8Array(body),
    });
    const answer = { status: res.status, body: (await res.json()) as Answer['body'], ms: Date.now() - started };
    return answer;
  };
  const docx = (body: Buffer, url = server.url) => preview(url, body, DOCX, 'plan.docx');
  const text = (body: Buffer, url = server.url) => preview(url, body, 'text/plain', 'plan.txt');

  /** The server still answers, and a real plan still previews with its nine actions. */
  async function stillAnswers(url = server.url): Promise<void> {
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const normal = await text(noordText, url);
    expect(normal.status).toBe(200);
    expect(allActions(normal.body.plan as ParsedPlan)).toHaveLength(9);
  }

  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
    const rateLimit = { ipPerMinute: 100_000, tokenPerMinute: 100_000 };
    // The default limits of config.ts (IMPORT_MAX_BYTES 10 MB and the rest).
    server = await startServer(t.db, { port: 0, host: '127.0.0.1', rateLimit });
    // Element and text limits out of the way, so that the worker's own heap and time limits are what stops a file.
    tight = await startServer(t.db, {
      port: 0,
      host: '127.0.0.1',
      rateLimit,
      importLimits: { maxXmlElements: 10_000_000, maxEntryBytes: 50_000_000, maxUnzippedBytes: 50_000_000 },
      importWorker: { heapMb: 48, timeoutMs: 15_000 },
    });
    slow = await startServer(t.db, {
      port: 0,
      host: '127.0.0.1',
      rateLimit,
      importWorker: { timeoutMs: 300 },
      importLimits: { maxXmlElements: 10_000_000, maxTextChars: 100_000_000, maxLines: 10_000_000 },
    });
    editor = await createTestUser(t.db, { editorOf: ['elz-leuven-noord'] });
  });
  afterAll(async () => {
    await tight?.close();
    await slow?.close();
    await server?.close();
    await t?.drop();
  });

  it('refuses the 100 MB zip bomb (356 kB sent) before reading it, within seconds', async () => {
    const bomb = paragraphBomb(100);
    expect(bomb.length).toBeLessThan(400_000);
    const answer = await docx(bomb);
    expect(answer.status).toBe(413);
    expect(answer.body.error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', field: 'file', limitName: 'IMPORT_MAX_ENTRY_BYTES', limit: 8_388_608 });
    expect(answer.body.error!.message).toBe('Het Word-bestand is te groot: het onderdeel word/document.xml is uitgepakt groter dan 8 MB.');
    expect(answer.ms).toBeLessThan(5_000);
    await stillAnswers();
  });

  it('refuses the 20 MB one and a zip whose headers say its document is 1 kB', async () => {
    const twenty = await docx(paragraphBomb(20));
    expect(twenty.status).toBe(413);
    expect(twenty.body.error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', limitName: 'IMPORT_MAX_ENTRY_BYTES' });
    expect(twenty.ms).toBeLessThan(5_000);
    const lying = await docx(paragraphBomb(100, { declaredSize: 1_000 }));
    expect(lying.status).toBe(413);
    expect(lying.body.error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', limitName: 'IMPORT_MAX_ENTRY_BYTES' });
    expect(lying.ms).toBeLessThan(5_000);
    await stillAnswers();
  });

  it('refuses the 8.9 MB text file of 700 000 lines "Actie 1.1: x" on its length, and 30 000 such lines on their number', async () => {
    const file = manyLines(700_000);
    expect(file.length).toBe(9_100_000);
    const answer = await text(file);
    expect(answer.status).toBe(413);
    expect(answer.body.error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', field: 'file', limitName: 'IMPORT_MAX_TEXT_CHARS', limit: 1_000_000 });
    expect(answer.body.error!.message).toBe('De tekst van het plan is te lang: hoogstens 1.000.000 tekens.');
    expect(answer.ms).toBeLessThan(5_000);
    const lines = await text(manyLines(30_000));
    expect(lines.status).toBe(413);
    expect(lines.body.error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', field: 'file', limitName: 'IMPORT_MAX_LINES', limit: 20_000 });
    expect(lines.body.error!.message).toBe('Het plan heeft te veel regels: hoogstens 20.000.');
    await stillAnswers();
  });

  it('refuses a text over the character limit, a plan with too many actions, and a .docx with too many XML elements', async () => {
    const long = await text(Buffer.from(`Actieplan 2025\n${'x'.repeat(1_000_001)}\n`));
    expect(long.body.error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', limitName: 'IMPORT_MAX_TEXT_CHARS', limit: 1_000_000 });
    // 600 actions in 1 200 lines: under the line limit, over the action limit.
    const actions = await text(Buffer.from(`Actieplan 2025\n\n${'Actie 1.1: x\n\n'.repeat(600)}`));
    expect(actions.status).toBe(413);
    expect(actions.body.error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', limitName: 'IMPORT_MAX_ACTIONS', limit: 500 });
    expect(actions.body.error!.message).toBe('Het plan heeft te veel acties (600): hoogstens 500 per bestand.');
    // 100 000 paragraphs of 4 elements: 4 MB unpacked (under the 8 MB part limit), 400 000 elements.
    const elements = await docx(docxOfRepeated(paragraph('x'), 100_000 * paragraph('x').length));
    expect(elements.status).toBe(413);
    expect(elements.body.error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', limitName: 'IMPORT_MAX_XML_ELEMENTS', limit: 100_000 });
    expect(elements.ms).toBeLessThan(5_000);
    await stillAnswers();
  });

  it('answers a document nested 20 000 deep (under the element limit) with a clear 4xx', async () => {
    const depth = 20_000;
    const nested = docxOfBody(`${'<w:sdt><w:sdtContent>'.repeat(depth)}${paragraph('Actie 1.1: x')}${'</w:sdtContent></w:sdt>'.repeat(depth)}`);
    const answer = await docx(nested);
    console.log('nested 20 000 deep:', answer.status, answer.body.error, `${answer.ms} ms`);
    expect([400, 413]).toContain(answer.status);
    expect(answer.body.error).toMatchObject({ field: 'file' });
    expect(answer.ms).toBeLessThan(5_000);
    await stillAnswers();
  });

  it('stops a reader that needs more heap than its worker has, and keeps answering', async () => {
    // 20 MB of paragraphs unpacked: the worker's 48 MB heap fills up, never the API's.
    const answer = await docx(paragraphBomb(20), tight.url);
    console.log('20 MB of paragraphs, 48 MB worker heap:', answer.status, answer.body.error, `${answer.ms} ms`);
    expect(answer.status).toBe(413);
    expect(answer.body.error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', field: 'file' });
    expect(answer.body.error).toMatchObject({ limitName: 'IMPORT_WORKER_HEAP_MB', limit: 48 });
    expect(answer.body.error!.message).toMatch(/het had meer dan 48 MB geheugen nodig/);
    expect(answer.ms).toBeLessThan(10_000);
    await stillAnswers(tight.url);
  });

  it('stops a reader that takes longer than the time limit', async () => {
    // 60 000 paragraphs (under every size limit) take mammoth over a second; the limit here is 0.3 s.
    const answer = await docx(docxOfRepeated(paragraph('Actie 1.1: x'), 60_000 * paragraph('Actie 1.1: x').length), slow.url);
    expect(answer.status).toBe(413);
    expect(answer.body.error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', field: 'file', limitName: 'IMPORT_TIMEOUT_MS', limit: 300 });
    expect(answer.body.error!.message).toMatch(/^Dit bestand is te groot of te ingewikkeld om te lezen \(het duurde langer dan 0,3 seconden\)/);
    expect(answer.ms).toBeLessThan(5_000);
  });

  it('refuses an importPlan with more actions than a file may hold, and writes nothing', async () => {
    // A real parsed action, made small (short texts, no lists) so that 600 fit in the 1 MB body limit.
    const real = allActions((await text(noordText)).body.plan as ParsedPlan)[0]!;
    const action = JSON.parse(JSON.stringify(real, (_k, v: unknown) => (typeof v === 'string' ? v.slice(0, 10) : Array.isArray(v) ? [] : v))) as ParsedPlan['actionsWithoutGoal'][number];
    // Each list stays under the schema's 500 per list; together they are 600.
    const list = (from: number) => Array.from({ length: 300 }, (_, i) => ({ ...action, line: from + i }));
    const plan = { strategicGoals: [{ number: '1', title: 'Doel', actions: list(1) }], actionsWithoutGoal: list(301) };
    const before = await t.db.query('SELECT count(*) AS n FROM action');
    const res = await gql(
      server.url,
      `mutation($zone: ID!, $plan: JSON!) { importPlan(zoneId: $zone, year: 2031, plan: $plan) { id } }`,
      { zone: await zoneGid(t.db, 'elz-leuven-noord'), plan },
      editor.headers,
    );
    expect(codeOf(res)).toBe('INVALID_INPUT');
    expect(res.errors![0]).toMatchObject({
      message: 'Het plan heeft te veel acties (600): hoogstens 500 per import.',
      extensions: { field: 'plan', limit: 500, limitName: 'IMPORT_MAX_ACTIONS' },
    });
    expect(await t.db.query('SELECT count(*) AS n FROM action')).toEqual(before);
  });

  it('still previews a normal plan exactly as before', async () => {
    const answer = await text(noordText);
    expect(answer.status).toBe(200);
    expect(answer.body.sourceText).toBe(noordText.toString('utf8').replace(/^\ufeff/, ''));
    expect(answer.body.plan).toMatchObject({ zone: 'ELZ Leuven Noord', years: [2025] });
  });
});
