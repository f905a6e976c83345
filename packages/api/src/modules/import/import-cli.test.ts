// The command itself, as a user runs it: `node dist/cli.js import-plan <file> ...` in a child
// process (build first: `npx tsc -p tsconfig.build.json`). A dry run prints exactly the import
// JSON on stdout; a .docx is read through mammoth; without --dry-run the plan is stored.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { crc32 } from 'node:zlib';
import { createTestDatabase, type TestDatabase } from '../../test/db';

const run = promisify(execFile);
const API_DIR = path.resolve(__dirname, '../../..');
const CLI = path.join(API_DIR, 'dist', 'cli.js');
const SEEDS_DIR = process.env.SHARED_SEEDS_DIR ?? path.resolve(__dirname, '../../../../../../shared/seeds');

async function cli(args: string[], env: Record<string, string> = {}): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    // A dry run needs no database: without DATABASE_URL it must not start one either.
    const { DATABASE_URL: _ignored, ...base } = process.env;
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { cwd: API_DIR, env: { ...base, ...env }, maxBuffer: 20_000_000 });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

/** A minimal .docx (a zip with stored entries): one Word paragraph per string. */
function docx(paragraphs: string[]): Buffer {
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const files: [string, string][] = [
    [
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ],
    [
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ],
    [
      'word/document.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs
        .map((p) => `<w:p><w:r><w:t xml:space="preserve">${esc(p)}</w:t></w:r></w:p>`)
        .join('')}</w:body></w:document>`,
    ],
  ];
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of files) {
    const data = Buffer.from(content, 'utf8');
    const nameBuf = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, data);
    centrals.push(central, nameBuf);
    offset += local.length + nameBuf.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

beforeAll(() => {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: build the API first (npx tsc -p tsconfig.build.json).`);
});

describe('pnpm cli import-plan --dry-run --json', () => {
  it.each(['000_d1bd872e8508c32e.txt', '001_1dfb06515e234aec.txt', '002_9db8726a188f00ca.txt', '003_8efae48a1dc44449.txt'])('prints only the import JSON for %s', async (seed) => {
    const { stdout, stderr, code } = await cli(['import-plan', path.join(SEEDS_DIR, seed), '--dry-run', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(['zone', 'years', 'strategicGoals', 'actionsWithoutGoal']);
    expect(json.strategicGoals.length).toBeGreaterThan(0);
    const action = json.strategicGoals.flatMap((s: { operationalGoals: { actions: object[] }[] }) => s.operationalGoals.flatMap((o) => o.actions))[0];
    expect(Object.keys(action)).toEqual(['number', 'title', 'lead', 'targetGroups', 'inScope', 'outOfScope', 'steps', 'evaluation', 'indicators', 'funding', 'startDate', 'endDate']);
    // The summary goes to stderr.
    expect(stderr).toContain(`${seed}: `);
  });

  it('gives ELZ Leuven Noord 2025 with its goals and nine actions', async () => {
    const { stdout } = await cli(['import-plan', path.join(SEEDS_DIR, '001_1dfb06515e234aec.txt'), '--dry-run', '--json']);
    const json = JSON.parse(stdout);
    expect(json.zone).toBe('ELZ Leuven Noord');
    expect(json.years).toEqual([2025]);
    expect(json.strategicGoals.map((s: { number: string }) => s.number)).toEqual(['1', '2', '3', '4']);
    const actions = json.strategicGoals.flatMap((s: { operationalGoals: { actions: { funding: string }[] }[] }) => s.operationalGoals.flatMap((o) => o.actions));
    expect(actions.map((a: { funding: string }) => a.funding)).toEqual(['regular', 'extra', 'regular', 'regular', 'conditional', 'regular', 'regular', 'regular', 'external']);
    expect(json.actionsWithoutGoal).toEqual([]);
  });

  it('reads a .docx through mammoth, check boxes included', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kruispunt-import-')), 'actieplan.docx');
    fs.writeFileSync(
      file,
      docx([
        'Actieplan 2026 ELZ Proefzone',
        'Acties 2026',
        'Strategische doelstelling 1: Samen zorgen',
        'Operationele doelstelling 1.1: Een netwerkdag per jaar',
        'Actie 1.1.1: Netwerkdag in het voorjaar',
        'Wat?',
        'Een netwerkdag voor alle partners.',
        'Met wie?',
        'Wie is de trekker van de actie?',
        'Stafmedewerker',
        'Evaluatie',
        '☒ Procesevaluatie',
        'Aantal partners op de netwerkdag',
        '☐ Resultaatgerichte evaluatie (Output)',
        '☒ Impact evaluatie (Outcome)',
        'Partners kennen elkaar beter',
      ]),
    );
    const { stdout, code, stderr } = await cli(['import-plan', file, '--dry-run', '--json']);
    expect({ code, stderr: stderr.includes('mammoth:') ? stderr : '' }).toEqual({ code: 0, stderr: '' });
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({ zone: 'ELZ Proefzone', years: [2026] });
    expect(json.strategicGoals[0].operationalGoals[0].actions[0]).toMatchObject({
      number: '1.1.1',
      title: 'Netwerkdag in het voorjaar',
      lead: 'Stafmedewerker',
      evaluation: { process: true, output: false, outcome: true },
      indicators: ['Aantal partners op de netwerkdag', 'Partners kennen elkaar beter'],
    });
  });

  it('fails on a missing file or an unknown format, with the reason on stderr', async () => {
    const missing = await cli(['import-plan', '/nonexistent/plan.txt', '--dry-run', '--json']);
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr).toContain('Bestand niet gevonden');
    const pdf = path.join(os.tmpdir(), 'kruispunt-plan.pdf');
    fs.writeFileSync(pdf, '%PDF-1.4');
    const wrong = await cli(['import-plan', pdf, '--dry-run']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('alleen .txt en .docx');
  });
});

describe('pnpm cli import-plan (storing)', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => {
    await t.drop();
  });

  it('stores the plan as a draft in the given zone and region, and refuses the same year twice', async () => {
    const file = path.join(SEEDS_DIR, '003_8efae48a1dc44449.txt');
    const first = await cli(['import-plan', file, '--zone', 'Eerstelijnszone Zuidoost Hageland', '--region', 'Oost-Brabant'], { DATABASE_URL: t.url });
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /^Ontwerp-actieplan 2024 \(10 acties\) opgeslagen voor Eerstelijnszone Zuidoost Hageland \(nieuwe zone\): 3 SD, 5 OD, 10 acties, \d+ stappen, \d+ indicatoren\.\n$/,
    );
    const [row] = await t.db.query(
      `SELECT z.short_name, p.year, p.status, count(a.id)::int AS actions FROM zone z JOIN action_plan p ON p.zone_id = z.id JOIN action a ON a.action_plan_id = p.id GROUP BY 1, 2, 3`,
    );
    expect(row).toEqual({ short_name: 'Zuidoost Hageland', year: 2024, status: 'DRAFT', actions: 10 });

    const again = await cli(['import-plan', file, '--zone', 'Zuidoost Hageland'], { DATABASE_URL: t.url });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('Eerstelijnszone Zuidoost Hageland heeft al een actieplan 2024; er is niets geïmporteerd.');
    expect((await t.db.query(`SELECT count(*)::int AS n FROM action`))[0].n).toBe(10);
  });
});
