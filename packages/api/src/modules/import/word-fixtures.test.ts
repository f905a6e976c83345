// Each seed plan as a real Word document (word-fixtures.ts: heading styles, lists, the action
// sheets as two-column tables, the goals and the timeline as tables, check boxes as Word makes
// them, header, footer, footnotes) imported as the upload does (plan-file.ts), against the same
// plan imported from its text: per field, the agreement of the Word import with the answer key
// is the text import's (packages/shared/src/plan-parser/agreement.ts). Prints both tables.
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import {
  actionAgreement,
  AGREEMENT_FIELDS,
  allActions,
  formatAgreement,
  meanAgreement,
  parsePlanText,
  seedZoneSchema,
  matchActions,
  normTitle,
  type AgreementField,
  type ParsedAction,
  type ParsedPlan,
  type SeedAction,
  type SeedZone,
} from '@kruispunt/shared';
import { planTextOf } from './plan-file';
import { wordPlanOf } from './word-fixtures';

const SEEDS_DIR = process.env.SHARED_SEEDS_DIR ?? path.resolve(__dirname, '../../../../../../shared/seeds');
const KEY_DIR = path.resolve(__dirname, '../../seed/data');
/** Plans in the template's style the parser was not written against (issue 16 part 2), with their keys. */
const OWN_DIR = path.resolve(__dirname, '../../../../shared/src/plan-parser/fixtures/own-plans');

const keys: SeedZone[] = fs
  .readdirSync(KEY_DIR)
  .filter((f) => f.endsWith('.json') && f !== 'federation.json')
  .map((f) => seedZoneSchema.parse(JSON.parse(fs.readFileSync(path.join(KEY_DIR, f), 'utf8'))))
  .sort((a, b) => a.source.localeCompare(b.source));

interface Read {
  plan: ParsedPlan;
  text: string;
  found: ParsedAction[];
  matched: { k: SeedAction; p: ParsedAction }[];
  sheets: Record<AgreementField, number>[];
}

function read(text: string, key: SeedZone, years?: number[]): Read {
  const plan = parsePlanText(text);
  const found = allActions(plan);
  const present = key.actionPlans.filter((p) => (years ?? plan.years).includes(p.year)).flatMap((p) => p.actions);
  const byTitle = new Map(found.map((a) => [normTitle(a.title), a]));
  const matched = present.map((k) => ({ k, p: byTitle.get(normTitle(k.title)) })).filter((m): m is { k: SeedAction; p: ParsedAction } => !!m.p);
  return { plan, text, found, matched, sheets: matched.filter((m) => m.p.source === 'sheet').map((m) => actionAgreement(m.k, m.p)) };
}

const results: { zone: string; text: Read; word: Read }[] = [];

afterAll(() => {
  const all = (which: 'text' | 'word') => results.flatMap((r) => r[which].sheets);
  const rows = results.flatMap((r) => [
    { label: `${r.zone} text`, n: r.text.sheets.length, agreement: meanAgreement(r.text.sheets) },
    { label: `${r.zone} Word`, n: r.word.sheets.length, agreement: meanAgreement(r.word.sheets) },
  ]);
  rows.push({ label: 'all text', n: all('text').length, agreement: meanAgreement(all('text')) }, { label: 'all Word', n: all('word').length, agreement: meanAgreement(all('word')) });
  const counts = results.map(
    (r) =>
      `${r.zone}: actions text ${r.text.found.length} (matched ${r.text.matched.length}), Word ${r.word.found.length} (matched ${r.word.matched.length}); unplaced text ${r.text.plan.unplaced.length}, Word ${r.word.plan.unplaced.length}`,
  );
  console.log(['Agreement per field with the key: the seed text vs. the seed as a Word document', formatAgreement(rows), ...counts].join('\n'));
});

describe('a seed plan as a Word document', () => {
  it('is written the way Word writes it: content controls, legacy form fields, typed boxes, tables, lists, headings, header, footer, footnotes', async () => {
    const key = keys[0]!;
    const zip = await JSZip.loadAsync(
      await wordPlanOf(
        key,
        key.actionPlans.map((p) => p.year),
      ),
    );
    const xml = await zip.file('word/document.xml')!.async('string');
    // A content control as Word saves it: an id, the w14 check box with its state and glyphs, the glyph as text.
    expect(xml).toMatch(
      /<w:sdt><w:sdtPr><w:id w:val="-?\d+"\/><w14:checkbox><w14:checked w14:val="1"\/><w14:checkedState w14:val="2612" w14:font="MS Gothic"\/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"\/><\/w14:checkbox><\/w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts [^>]*\/><\/w:rPr><w:t>☒<\/w:t><\/w:r><\/w:sdtContent><\/w:sdt>/,
    );
    expect(xml).toMatch(/<w14:checked w14:val="0"\/>.*?<w:t>☐<\/w:t>/);
    expect(xml).not.toContain('<w:sym');
    expect(xml).toMatch(/<w:ffData>.*?<w:checkBox><w:sizeAuto\/><w:default w:val="0"\/><w:checked\/><\/w:checkBox>.*?FORMCHECKBOX/);
    expect(xml).toMatch(/<w:checkBox><w:sizeAuto\/><w:default w:val="0"\/><\/w:checkBox>/);
    expect(xml).toMatch(/<w:t xml:space="preserve">☐<\/w:t>/);
    expect(xml).toMatch(/<w:pStyle w:val="Heading3"\/>/);
    expect(xml).toContain('<w:vMerge w:val="continue"/>');
    expect(xml).toMatch(/<w:ilvl w:val="1"\/>/);
    expect(xml).toContain('<w:footnoteReference w:id="1"/>');
    expect(xml).toMatch(/<w:t xml:space="preserve">Wat\?<\/w:t>.*?<w:t xml:space="preserve">Hoe\?<\/w:t>/);
    expect(await zip.file('word/header1.xml')!.async('string')).toContain(key.name);
    expect(await zip.file('word/footer1.xml')!.async('string')).toContain('PAGE');
    expect(await zip.file('word/footnotes.xml')!.async('string')).toContain('Opgemaakt door het team');
  });

  describe.each(keys.map((k) => [k.name, k] as const))('%s', (_name, key) => {
    let text: Read;
    let word: Read;

    beforeAll(async () => {
      const source = fs.readFileSync(path.join(SEEDS_DIR, key.source));
      text = read((await planTextOf(source, 'txt')).text, key);
      const docx = await wordPlanOf(key, text.plan.years);
      word = read((await planTextOf(docx, 'docx')).text, key, text.plan.years);
      results.push({ zone: key.name, text, word });
    });

    it('finds every action the text finds, by its title, under the goal the key puts it under', () => {
      const goal = (a: { operationalGoal: string | null; strategicGoal: string | null }) => a.operationalGoal ?? a.strategicGoal;
      expect(word.matched.map((m) => normTitle(m.k.title)).sort()).toEqual(expect.arrayContaining(text.matched.map((m) => normTitle(m.k.title)).sort()));
      expect(word.matched.filter((m) => goal(m.p) !== goal(m.k)).map((m) => `${m.k.title}: ${goal(m.p)} instead of ${goal(m.k)}`)).toEqual([]);
      expect(word.found.length).toBe(word.matched.length);
    });

    it('reads the strategic and operational goals and the zone as the text does', () => {
      const goals = (p: ParsedPlan) => p.strategicGoals.filter((s) => s.number !== null).flatMap((s) => [`SD ${s.number}`, ...s.operationalGoals.map((o) => `OD ${o.number}`)]);
      expect(goals(word.plan)).toEqual(goals(text.plan));
      expect(word.plan.years).toEqual(text.plan.years);
      expect((word.plan.zone ?? '').replace(/^Eerstelijnszone /i, 'ELZ ')).toBe(key.name);
      // The goals table's "Indicatoren" column: each operational goal's indicators.
      const ods = word.plan.strategicGoals.flatMap((sd) => sd.operationalGoals);
      for (const od of key.multiYearPlan.strategicGoals.flatMap((sd) => sd.operationalGoals)) {
        expect({ od: od.number, indicators: ods.find((o) => o.number === od.number)?.indicators.map(normTitle) }).toEqual({ od: od.number, indicators: od.indicators.map(normTitle) });
      }
    });

    it('leaves the page header, footer and footnotes out of the plan', () => {
      expect(word.text).not.toContain('Pagina');
      expect(word.text).not.toContain('Opgemaakt door het team');
      expect(word.text).not.toContain('verslag van de algemene vergadering');
      expect(word.text).not.toContain(`${key.name} – `);
    });

    it('reads the timeline month grid as the months of each action', () => {
      // Every month of the grid; a month more only where a step names it ("December: ...").
      const wrong = word.matched
        .filter((m) => m.k.timeline.length && m.p.source === 'sheet')
        .flatMap((m) => {
          const got = m.p.timeline.map((t) => t.month);
          const missing = m.k.timeline.filter((t) => !got.includes(t.month)).map((t) => t.month);
          const extra = got.filter((mo) => !m.k.timeline.some((t) => t.month === mo) && !m.k.steps.some((s) => s.month === mo));
          return missing.length || extra.length ? [`${m.k.title}: missing ${missing.join(',')}, extra ${extra.join(',')}`] : [];
        });
      expect(wrong).toEqual([]);
    });

    it('agrees with the key on every field at least as well as the text does (check boxes and tables included)', () => {
      const t = meanAgreement(text.sheets);
      const w = meanAgreement(word.sheets);
      const worse = AGREEMENT_FIELDS.filter((f) => w[f] < t[f] - 0.02).map((f) => `${f}: Word ${w[f].toFixed(2)} < text ${t[f].toFixed(2)}`);
      expect(worse).toEqual([]);
    });
  });
});

describe('the own plans (not written against) as Word documents', () => {
  const own = fs
    .readdirSync(OWN_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => seedZoneSchema.parse(JSON.parse(fs.readFileSync(path.join(OWN_DIR, f), 'utf8'))));
  const rows: { label: string; n: number; agreement: Record<AgreementField, number> }[] = [];

  /** As own-plans.test.ts matches: each key action with the parsed one whose title shares the most words (at least half), one to one. */
  function readOwn(text: string, key: SeedZone): Record<AgreementField, number>[] {
    const matched = matchActions(
      key.actionPlans.flatMap((p) => p.actions),
      allActions(parsePlanText(text)),
    );
    return matched.map((m) => actionAgreement(m.k, m.p));
  }

  afterAll(() => {
    console.log(['Own plans: agreement per field with the key, the plan text vs. the plan as a Word document', formatAgreement(rows)].join('\n'));
  });

  it.each(own.map((k) => [k.name, k] as const))('%s: the Word document agrees with the key as well as its text', async (_name, key) => {
    const text = readOwn(fs.readFileSync(path.join(OWN_DIR, key.source), 'utf8'), key);
    const docx = await wordPlanOf(
      key,
      key.actionPlans.map((p) => p.year),
    );
    const word = readOwn((await planTextOf(docx, 'docx')).text, key);
    rows.push({ label: `${key.name} text`, n: text.length, agreement: meanAgreement(text) }, { label: `${key.name} Word`, n: word.length, agreement: meanAgreement(word) });
    expect(word.length).toBe(key.actionPlans.flatMap((p) => p.actions).length);
    const t = meanAgreement(text);
    const w = meanAgreement(word);
    expect(AGREEMENT_FIELDS.filter((f) => w[f] < t[f] - 0.02).map((f) => `${f}: Word ${w[f].toFixed(2)} < text ${t[f].toFixed(2)}`)).toEqual([]);
  });
});
