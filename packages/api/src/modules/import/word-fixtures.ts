// Test fixtures: a zone's plan as a real Word document, made the way Word makes one, from the
// hand-made structured version of a seed plan (packages/api/src/seed/data/*.json). Heading
// styles for the title, goals and actions; numbered and nested lists; the goals overview as a
// table; the timeline as a month grid (one row per action, one column per month, a month marked
// by its milestone, an "X" or only a fill colour); each action
// sheet as the template's two-column table (label cell "Wat?" / "Hoe?" / "Evaluatie" beside its
// content); the evaluation kinds as Word's check box content controls (w14:checkbox), as legacy
// form-field check boxes (FORMCHECKBOX) or as typed ☒ / ☐, in turn per sheet; a page header and
// footer and footnotes, which are not part of the plan's text.
//
// The docx library writes a content control's box as `w:sym`; Word writes the glyph as text in a
// run with the box's font, and gives the control an id. The XML is rewritten here to what Word
// writes, and the legacy form fields (which the library cannot make) are put in its place of a
// marker run, so the reader meets the XML Word itself saves.
import {
  AlignmentType,
  CheckBox,
  Document,
  Footer,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from 'docx';
import JSZip from 'jszip';
import type { SeedAction, SeedZone } from '@kruispunt/shared';

export type CheckBoxForm = 'control' | 'legacy' | 'typed';
export const CHECK_BOX_FORMS: readonly CheckBoxForm[] = ['control', 'legacy', 'typed'];

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const MONTH_HEADS = ['JAN', 'FEB', 'MRT', 'APR', 'MEI', 'JUN', 'JUL', 'AUG', 'SEP', 'OKT', 'NOV', 'DEC'];
const FUNDING_LABELS: Record<string, string> = { EXTRA: 'met extra financiering', CONDITIONAL: 'onder voorbehoud', EXTERNAL: 'met externe financiering' };

type Block = Paragraph | Table;

const para = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const prompt = (text: string) => new Paragraph({ children: [new TextRun({ text, italics: true, color: '666666' })] });
const bold = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })] });
const bullet = (text: string, level = 0) => new Paragraph({ text, bullet: { level } });

/** A text as Word paragraphs: "• x" and "◦ x" lines (the key's way of writing lists) as list items at their level. */
function textBlocks(text: string | null | undefined): Paragraph[] {
  const out: Paragraph[] = [];
  for (const raw of (text ?? '').split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const m = /^([•◦▪-])\s+(.*)$/.exec(line);
    if (m) out.push(bullet(m[2]!, m[1] === '◦' || m[1] === '▪' ? 1 : 0));
    else out.push(para(line));
  }
  return out;
}

/** List items whose text may hold sub-items after line breaks ("…\n◦ sub"): the sub-items one level deeper. */
function items(list: readonly string[], make: (text: string, level: number) => Paragraph = bullet): Paragraph[] {
  return list.flatMap((item) =>
    item
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .map((l, i) => (i === 0 ? make(l.replace(/^[•-]\s+/, ''), 0) : make(l.replace(/^[•◦▪-]\s+/, ''), 1))),
  );
}

const labelCell = (label: string) => new TableCell({ width: { size: 20, type: WidthType.PERCENTAGE }, shading: { fill: 'DCE9E6' }, children: [bold(label)] });
const contentCell = (children: Block[]) => new TableCell({ width: { size: 80, type: WidthType.PERCENTAGE }, children: children.length ? children : [para('')] });
const sheetRow = (label: string, children: Block[]) => new TableRow({ children: [labelCell(label), contentCell(children)] });

/** Builds a document; check boxes are written as markers and made into Word's XML afterwards (see `wordXml`). */
class WordPlan {
  private boxes = 0;
  private footnotes: Record<number, { children: Paragraph[] }> = {};
  private stepLists = 0;

  constructor(
    private readonly zone: SeedZone,
    private readonly years: number[],
  ) {}

  private footnote(text: string): FootnoteReferenceRun {
    const id = Object.keys(this.footnotes).length + 1;
    this.footnotes[id] = { children: [para(text)] };
    return new FootnoteReferenceRun(id);
  }

  /** A check box in the form given, followed by its label. */
  private box(form: CheckBoxForm, checked: boolean, label: string): Paragraph {
    const n = ++this.boxes;
    const box = form === 'control' ? new CheckBox({ checked }) : form === 'legacy' ? new TextRun(`@@FORMCHECKBOX:${checked ? 1 : 0}:${n}@@`) : new TextRun(checked ? '☒' : '☐');
    return new Paragraph({ children: label ? [box, new TextRun({ text: ` ${label}`, bold: checked })] : [box] });
  }

  private heading(level: (typeof HeadingLevel)[keyof typeof HeadingLevel], text: string, breakAt?: number): Paragraph {
    // A long heading broken by hand (Shift+Enter), as writers do to make it fit.
    if (breakAt !== undefined) {
      const words = text.split(' ');
      return new Paragraph({
        heading: level,
        children: [new TextRun(words.slice(0, breakAt).join(' ')), new TextRun({ text: words.slice(breakAt).join(' '), break: 1 })],
      });
    }
    return new Paragraph({ heading: level, text });
  }

  private goalsTable(): Table | null {
    const sds = this.zone.multiYearPlan.strategicGoals;
    if (!sds.length) return null;
    const withIndicators = sds.some((sd) => sd.operationalGoals.some((od) => od.indicators.length));
    const head = ['Strategische doelstelling', 'Operationele doelstelling', ...(withIndicators ? ['Indicatoren'] : [])];
    const cell = (children: Paragraph[], merge?: (typeof VerticalMergeType)[keyof typeof VerticalMergeType]) =>
      new TableCell({ children: children.length ? children : [para('')], verticalMerge: merge });
    const rows = [new TableRow({ tableHeader: true, children: head.map((h) => cell([bold(h)])) })];
    for (const sd of sds) {
      const ods = sd.operationalGoals.length ? sd.operationalGoals : [null];
      ods.forEach((od, i) => {
        const sdCell = i === 0 ? cell([para(`SD ${sd.number}: ${sd.title}`)], ods.length > 1 ? VerticalMergeType.RESTART : undefined) : cell([], VerticalMergeType.CONTINUE);
        rows.push(
          new TableRow({
            children: [sdCell, cell(od ? [para(`OD ${od.number} ${od.title}`)] : []), ...(withIndicators ? [cell(od ? od.indicators.map((t) => bullet(t)) : [])] : [])],
          }),
        );
      });
    }
    return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows });
  }

  private timelineTable(actions: SeedAction[]): Table {
    const cell = (children: Paragraph[]) => new TableCell({ children: children.length ? children : [para('')] });
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: [cell([bold('Actie')]), ...MONTH_HEADS.map((m) => cell([bold(m)]))] }),
        ...actions
          .filter((a) => a.timeline.length)
          .map(
            (a, row) =>
              new TableRow({
                children: [
                  cell([para(a.title)]),
                  ...MONTH_HEADS.map((_, i) => {
                    const at = a.timeline.find((t) => t.month === i + 1);
                    if (!at) return cell([]);
                    if (at.milestone) return cell(textBlocks(at.milestone));
                    // A month without a milestone: an "X" in one row, the cell coloured (and empty) in the next.
                    return row % 2 ? new TableCell({ shading: { fill: 'B7D7CF' }, children: [para('')] }) : cell([para('X')]);
                  }),
                ],
              }),
          ),
      ],
    });
  }

  private sheet(a: SeedAction, year: number, index: number): Block[] {
    const form = CHECK_BOX_FORMS[index % CHECK_BOX_FORMS.length]!;
    const labels = [a.carriedOver ? 'lopende actie' : null, FUNDING_LABELS[a.funding] ?? null].filter(Boolean);
    const title = `Actie ${a.number ?? year}${labels.length ? ` (${labels.join(', ')})` : ''}: ${a.title}`;
    const words = title.split(' ').length;
    const stepList = ++this.stepLists;
    const step = (text: string, level: number) => (level === 0 ? new Paragraph({ text, numbering: { reference: 'steps', level: 0, instance: stepList } }) : bullet(text, 1));
    const stepTexts = a.steps.map((s) => {
      if (!s.month || s.text.toLowerCase().includes(MONTHS[s.month - 1]!)) return s.text;
      const month = MONTHS[s.month - 1]!;
      return `${month[0]!.toUpperCase()}${month.slice(1)}: ${s.text}`;
    });
    const kinds = (
      [
        ['process', 'Procesevaluatie', 'PROCESS'],
        ['output', 'Resultaatgerichte evaluatie (Output)', 'OUTPUT'],
        ['outcome', 'Impact evaluatie (Outcome)', 'OUTCOME'],
      ] as const
    ).flatMap(([key, label, kind]) => {
      const part = a.evaluation[key];
      const own = a.indicators.filter((i) => i.kind === kind).map((i) => i.name);
      const under = part.text ? textBlocks(part.text) : own.map((t) => bullet(t));
      // Every sixth sheet has its boxes in a small table of their own, the box in a narrow cell
      // beside its label (as many zones' templates lay them out), the indicators below.
      if (index % 6 === 3) {
        const box = this.box(form, part.chosen, '');
        return [
          new Table({
            rows: [new TableRow({ children: [new TableCell({ width: { size: 5, type: WidthType.PERCENTAGE }, children: [box] }), new TableCell({ children: [para(label)] })] })],
          }),
          ...under,
        ];
      }
      return [this.box(form, part.chosen, label), ...under];
    });
    const why = textBlocks(a.why);
    // Every fifth sheet has a footnote in its "Waarom?" cell.
    if (index % 5 === 2 && why.length) {
      const first = (a.why ?? '').split('\n')[0]!.trim();
      why[0] = new Paragraph({ children: [new TextRun(first), this.footnote('Zie ook het verslag van de algemene vergadering.')] });
    }
    return [
      this.heading(HeadingLevel.HEADING_3, title, index % 4 === 1 && words > 8 ? Math.ceil(words / 2) : undefined),
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          sheetRow('Wat?', [
            prompt('Geef een korte beschrijving van wat je gaat doen.'),
            ...textBlocks(a.what),
            bold('1) Wat ga je wel doen?'),
            ...items(a.inScope),
            bold('2) Wat ga je niet doen?'),
            ...items(a.outOfScope),
          ]),
          sheetRow('Waarom?', [prompt('Waarom deze actie? Waarom deze actie nu?'), ...why]),
          sheetRow('Voor wie?', [prompt('Doelgroep(en)'), ...items(a.targetGroups)]),
          sheetRow('Met wie?', [
            new Paragraph({ children: [new TextRun({ text: 'Wie is de trekker van de actie? ', bold: true }), new TextRun(a.lead?.text ?? '')] }),
            ...(a.councilRole ? [prompt('Indien de zorgraad niet de trekker is, beschrijf dan kort welke rol de zorgraad opneemt.'), ...textBlocks(a.councilRole)] : []),
            prompt('Met welke stakeholders wordt er samengewerkt voor deze actie?'),
            ...items([...a.stakeholderPartners, ...a.stakeholdersOther]),
          ]),
          sheetRow('Hoe?', [prompt('Geef een beknopt plan hoe deze actie gaat worden opgezet of aangepakt.'), ...items(stepTexts, step)]),
          sheetRow('Evaluatie', kinds),
          // The funding row when the title's label says it is not regular (a remark on regular
          // funding stands in the sheet's own texts).
          ...(a.fundingRemark && a.funding !== 'REGULAR' ? [sheetRow('Financiering', textBlocks(a.fundingRemark))] : []),
        ],
      }),
      para(''),
    ];
  }

  async build(): Promise<Buffer> {
    const { zone, years } = this;
    const myp = zone.multiYearPlan;
    const plans = zone.actionPlans.filter((p) => years.includes(p.year));
    const multi = years.length > 1;
    const title = multi ? `${myp.title.includes(String(myp.yearFrom)) ? myp.title : `${myp.title} ${myp.yearFrom}-${myp.yearTo}`}` : `Actieplan ${years[0]}`;

    const intro: Block[] = [
      new Paragraph({ heading: HeadingLevel.TITLE, text: title }),
      new Paragraph({ children: [new TextRun({ text: zone.name, size: 32 })] }),
      new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Algemeen' }),
    ];
    const introLines = textBlocks(zone.introText);
    if (introLines.length) {
      const first = (zone.introText ?? '')
        .split('\n')
        .find((l) => l.trim())!
        .trim();
      introLines[0] = new Paragraph({ children: [new TextRun(first), this.footnote(`Opgemaakt door het team van ${zone.name}.`)] });
    }
    intro.push(...introLines);
    if (zone.targetGroupsText) intro.push(new Paragraph({ heading: HeadingLevel.HEADING_2, text: 'Communicatie naar specifieke doelgroepen' }), ...textBlocks(zone.targetGroupsText));
    if (zone.networkText) intro.push(new Paragraph({ heading: HeadingLevel.HEADING_2, text: 'Functioneren als netwerkorganisatie' }), ...textBlocks(zone.networkText));
    const goals = this.goalsTable();
    if (goals) intro.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: `Doelstellingen uit ${myp.title}` }), goals);

    const timeline: Block[] = [];
    for (const plan of plans) timeline.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: `Tijdslijn ${plan.year}` }), this.timelineTable(plan.actions), para(''));

    const body: Block[] = [];
    let index = 0;
    for (const plan of plans) {
      body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: `Acties ${plan.year}` }));
      for (const sd of myp.strategicGoals) {
        const direct = plan.actions.filter((a) => !a.operationalGoal && a.strategicGoal === sd.number);
        const ods = sd.operationalGoals.map((od) => ({ od, actions: plan.actions.filter((a) => a.operationalGoal === od.number) })).filter((o) => o.actions.length);
        if (!direct.length && !ods.length) continue;
        body.push(this.heading(HeadingLevel.HEADING_1, `Strategische doelstelling ${sd.number}: ${sd.title}`));
        for (const a of direct) body.push(...this.sheet(a, plan.year, index++));
        for (const { od, actions } of ods) {
          body.push(this.heading(HeadingLevel.HEADING_2, `Operationele doelstelling ${od.number}: ${od.title}`));
          for (const a of actions) body.push(...this.sheet(a, plan.year, index++));
        }
      }
      const loose = plan.actions.filter((a) => !a.operationalGoal && !a.strategicGoal);
      if (loose.length) {
        body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Andere acties' }));
        for (const a of loose) body.push(...this.sheet(a, plan.year, index++));
      }
    }

    const header = new Header({ children: [para(`${zone.name} – ${title}`)] });
    const footer = new Footer({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun('Pagina '), new TextRun({ children: [PageNumber.CURRENT] })] })] });
    const page = (orientation: (typeof PageOrientation)[keyof typeof PageOrientation]) => ({
      properties: { page: { size: { orientation } } },
      headers: { default: header },
      footers: { default: footer },
    });
    const doc = new Document({
      creator: 'Kruispunt tests',
      numbering: {
        config: [
          {
            reference: 'steps',
            levels: [
              { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT },
              { level: 1, format: LevelFormat.LOWER_LETTER, text: '%2)', alignment: AlignmentType.LEFT },
            ],
          },
        ],
      },
      footnotes: this.footnotes,
      sections: [
        { ...page(PageOrientation.PORTRAIT), children: intro },
        { ...page(PageOrientation.LANDSCAPE), children: timeline },
        { ...page(PageOrientation.PORTRAIT), children: body },
      ],
    });
    return wordXml(await Packer.toBuffer(doc));
  }
}

/** Check box content controls as Word writes them, and the legacy form fields in place of their markers. */
async function wordXml(docx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  let xml = await zip.file('word/document.xml')!.async('string');
  let id = 0;
  xml = xml
    .replace(/<w:sdtPr><w14:checkbox>/g, () => `<w:sdtPr><w:id w:val="${-1795738113 + ++id * 7919}"/><w14:checkbox>`)
    .replace(
      /<w:r><w:sym w:char="(2612|2610)" w:font="MS Gothic"\/><\/w:r>/g,
      (_, c: string) => `<w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr><w:t>${c === '2612' ? '☒' : '☐'}</w:t></w:r>`,
    )
    .replace(/<w:r>(?:(?!<w:r>).)*?@@FORMCHECKBOX:([01]):(\d+)@@<\/w:t><\/w:r>/g, (_, checked: string, n: string) => {
      const state = checked === '1' ? '<w:checked/>' : '';
      return (
        `<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Selectievakje${n}"/><w:enabled/><w:calcOnExit w:val="0"/>` +
        `<w:checkBox><w:sizeAuto/><w:default w:val="0"/>${state}</w:checkBox></w:ffData></w:fldChar></w:r>` +
        '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
      );
    });
  if (xml.includes('@@FORMCHECKBOX')) throw new Error('a form field marker was left in the document');
  zip.file('word/document.xml', xml);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The zone's plan of the given years (the years its text is the plan of) as a Word document. */
export function wordPlanOf(zone: SeedZone, years: number[]): Promise<Buffer> {
  return new WordPlan(zone, years).build();
}
