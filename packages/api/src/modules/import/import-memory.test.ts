// The API process itself under hostile uploads: the built dist/main.js (build first), started as
// the container starts it (NODE_OPTIONS --max-old-space-size=256) and with Node's default heap,
// gets the reported files - the 100 MB zip bomb, the 20 MB one, the 700 000-line text, the
// 20 000-deep document - several at once. It stays up, answers each with a 4xx, and its peak
// resident memory (VmHWM of /proc/<pid>/status) is printed and bounded.
import fs from 'node:fs';
import { requireBuiltApi, startApiProcess } from '../../test/api-process';
import { createTestDatabase, type TestDatabase } from '../../test/db';
import { docxOfBody, docxOfRepeated, manyLines, paragraph, paragraphBomb } from '../../test/hostile-files';
import { createTestUser, type TestUser } from '../../test/users';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function peakRssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmHWM:\s+(\d+) kB/.exec(status)![1]) / 1024);
}

describe('the API process under hostile uploads', () => {
  let t: TestDatabase;
  let editor: TestUser;
  const files: { name: string; type: string; body: Buffer }[] = [
    { name: 'bomb-100mb.docx', type: DOCX, body: paragraphBomb(100) },
    { name: 'bomb-20mb.docx', type: DOCX, body: paragraphBomb(20) },
    { name: 'lying-sizes.docx', type: DOCX, body: paragraphBomb(100, { declaredSize: 1_000 }) },
    { name: '700000-lines.txt', type: 'text/plain', body: manyLines(700_000) },
    // Just under the element limit (24 000 paragraphs, 96 000 elements): mammoth's reading is the worker's to survive.
    { name: 'near-limits.docx', type: DOCX, body: docxOfRepeated(paragraph('Actie 1.1: x'), 24_000 * paragraph('Actie 1.1: x').length) },
    { name: 'nested.docx', type: DOCX, body: docxOfBody(`${'<w:sdt><w:sdtContent>'.repeat(20_000)}${paragraph('x')}${'</w:sdtContent></w:sdt>'.repeat(20_000)}`) },
  ];

  beforeAll(async () => {
    requireBuiltApi();
    t = await createTestDatabase({ seed: true });
    editor = await createTestUser(t.db, { editorOf: ['elz-leuven-noord'] });
  });
  afterAll(async () => {
    await t?.drop();
  });

  for (const [label, nodeOptions] of [
    ['the container heap (--max-old-space-size=256)', '--max-old-space-size=256 --max-semi-space-size=16'],
    ['the default heap', ''],
  ] as const) {
    it(`stays up with ${label}, answers every file with a 4xx (or, just under the limits, a preview) and keeps its memory bounded`, async () => {
      const api = await startApiProcess(t.url, { nodeOptions });
      try {
        const send = async (f: (typeof files)[number]) => {
          const started = Date.now();
          const res = await fetch(`${api.url}/api/imports/preview`, {
            method: 'POST',
            headers: { 'content-type': f.type, 'x-file-name': f.name, ...editor.headers },
            body: new Uint8Array(f.body),
          });
          const body = (await res.json()) as { error?: { code: string; limitName?: string } };
          return { name: f.name, sent: f.body.length, status: res.status, code: body.error?.code, limit: body.error?.limitName, ms: Date.now() - started };
        };
        const baseline = peakRssMb(api.child.pid!);
        const oneByOne = [];
        for (const f of files) oneByOne.push(await send(f));
        // Then all of them at once, twice over (more than the readers allowed at once: they queue).
        const atOnce = await Promise.all([...files, ...files].map(send));
        const peak = peakRssMb(api.child.pid!);
        console.log(
          `${label}: peak RSS ${peak} MB (at start ${baseline} MB)\n${[...oneByOne, ...atOnce].map((r) => `  ${r.name} (${r.sent} B): ${r.status} ${r.code} ${r.limit} in ${r.ms} ms`).join('\n')}`,
        );
        for (const r of [...oneByOne, ...atOnce]) {
          if (r.name === 'near-limits.docx' && r.status === 200) continue;
          expect(r.status).toBeGreaterThanOrEqual(400);
          expect(r.status).toBeLessThan(500);
        }
        expect(api.child.exitCode).toBeNull();
        expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
        expect(api.output()).not.toMatch(/heap out of memory|RangeError/);
        // The budget follows from the configuration, not from one machine's figure: the process at
        // start, two readers at once (IMPORT_MAX_CONCURRENT) each with its 160 MB old and 20 MB young
        // heap plus what a worker holds outside it (isolate, zip buffers: about 90 MB measured), and
        // 200 MB for the API's own requests (12 bodies of up to 10 MB, a 16 MB-semi-space young
        // generation). Measured 520-750 MB on two machines; one bomb alone once took 1.1 GB.
        const budget = baseline + 2 * (160 + 20 + 100) + 200;
        expect(peak).toBeLessThan(budget);
      } finally {
        api.child.kill('SIGTERM');
      }
    });
  }
});
