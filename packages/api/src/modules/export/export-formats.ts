// The plan in the formats the Departement Zorg and other tools take: Word in the template's layout,
// the timeline as a spreadsheet (xlsx, csv), and JSON in the import shape.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import ExcelJS from 'exceljs';
import { FUNDING_KIND_LABELS, MONTH_LABELS, OWNER_ROLE_LABELS, formatDate, formatNumber } from '@kruispunt/shared';
import { textWidth, widestWord } from '../../common/docx-layout';
import { groupActions, type ExportAction, type ExportPlan } from './export-data';

const BOX = (chosen: boolean) => (chosen ? '☒' : '☐');
const squashed = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
const MONTHS_LONG = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

// ---------- JSON (the import shape) ----------

function importAction(a: ExportAction) {
  return {
    number: a.number,
    title: a.title,
    lead: a.leadText,
    targetGroups: a.targetGroups,
    inScope: a.inScope,
    outOfScope: a.outOfScope,
    steps: a.steps.map((s) => s.text),
    evaluation: { process: a.evaluation.process.chosen, output: a.evaluation.output.chosen, outcome: a.evaluation.outcome.chosen },
    indicators: a.indicators.map((i) => i.name),
    funding: a.funding.toLowerCase() as 'regular' | 'extra' | 'external' | 'conditional',
    startDate: a.startDate,
    endDate: a.endDate,
  };
}

export function toJson(plan: ExportPlan) {
  const grouped = groupActions(plan);
  return {
    zone: plan.zone.name,
    years: [plan.year],
    // The plan's own general texts, so that importing the file gives the plan back with them.
    introText: plan.texts.introText,
    targetGroupsText: plan.texts.targetGroupsText,
    networkText: plan.texts.networkText,
    strategicGoals: grouped.strategicGoals.map((sd) => ({
      number: sd.number,
      title: sd.title,
      operationalGoals: sd.operationalGoals.map((od) => ({ number: od.number, title: od.title, indicators: od.indicators, actions: od.actions.map(importAction) })),
    })),
    // Actions under a strategic goal without an operational goal have no place in the shape's tree.
    actionsWithoutGoal: [...grouped.strategicGoals.flatMap((sd) => sd.actions), ...grouped.withoutGoal].map(importAction),
  };
}

// ---------- Timeline spreadsheet ----------

function timelineRows(plan: ExportPlan): { number: string; title: string; goal: string; months: string[] }[] {
  const goalOf = new Map<string, string>();
  for (const sd of plan.strategicGoals) {
    goalOf.set(sd.id, `SD ${sd.number}`);
    for (const od of sd.operationalGoals) goalOf.set(od.id, `OD ${od.number}`);
  }
  // In the order of the sheets (per goal), so that a row is found where its sheet stands.
  const grouped = groupActions(plan);
  const inSheetOrder = [...grouped.strategicGoals.flatMap((sd) => [...sd.actions, ...sd.operationalGoals.flatMap((od) => od.actions)]), ...grouped.withoutGoal];
  return inSheetOrder.map((a) => ({
    number: a.number ?? '',
    title: a.title,
    goal: goalOf.get(a.operationalGoalId ?? a.strategicGoalId ?? '') ?? '',
    months: MONTH_LABELS.map((_, i) => {
      const m = a.months.find((x) => x.month === i + 1);
      return m ? m.milestone || '●' : '';
    }),
  }));
}

export async function toXlsx(plan: ExportPlan): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Kruispunt';
  const sheet = book.addWorksheet(`Tijdslijn ${plan.year}`, {
    views: [{ state: 'frozen', xSplit: 3, ySplit: 2 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.addRow([`Tijdslijn ${plan.year} – ${plan.zone.name}`]).font = { bold: true, size: 14 };
  const header = sheet.addRow(['Nr.', 'Actie', 'Doelstelling', ...MONTH_LABELS]);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE9E6' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  for (const row of timelineRows(plan)) {
    const r = sheet.addRow([row.number, row.title, row.goal, ...row.months]);
    r.alignment = { wrapText: true, vertical: 'top' };
    row.months.forEach((value, i) => {
      if (value) r.getCell(4 + i).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFB7D7CF' } };
    });
  }
  sheet.columns = [{ width: 8 }, { width: 50 }, { width: 12 }, ...MONTHS_LONG.map(() => ({ width: 16 }))];
  return Buffer.from(await book.xlsx.writeBuffer());
}

export function toCsv(plan: ExportPlan): string {
  // Semicolons and a BOM: what Excel expects in Belgium.
  const cell = (v: string) => (/[;"\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [['Nr.', 'Actie', 'Doelstelling', ...MONTHS_LONG].map(cell).join(';')];
  for (const row of timelineRows(plan)) lines.push([row.number, row.title, row.goal, ...row.months].map(cell).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

// ---------- Word, in the layout of the Departement Zorg template ----------

const prompt = (text: string) => new Paragraph({ children: [new TextRun({ text, italics: true, color: '666666', size: 18 })], spacing: { after: 60 } });
const para = (text: string) => new Paragraph({ children: [new TextRun(text)], spacing: { after: 80 } });
const paras = (text: string | null) => (text ? text.split(/\n+/).map(para) : [para('')]);
const bullets = (items: string[]) => items.map((i) => new Paragraph({ text: i, bullet: { level: 0 } }));
const label = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })], spacing: { before: 80, after: 40 } });

/** A list marker typed into a text ("• ", "o ", "- "): the Word list level it stands for. */
const TYPED_BULLET = /^(?:([•●*\-–])|([o◦])|(▪))\s+(?=\S)/;

/**
 * A general text as the template shows it: a line typed as a list item ("• ...", "o ...") as a
 * Word list item of its level, a short line without closing punctuation before more text (a
 * heading the writer typed: "Contextschets") in bold, kept with what follows; the rest as paragraphs.
 */
function generalText(text: string | null, headings = true): Paragraph[] {
  const lines = (text ?? '')
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (!lines.length) return [para('')];
  return lines.map((line, i) => {
    const bullet = TYPED_BULLET.exec(line);
    if (bullet) return new Paragraph({ text: line.slice(bullet[0].length), bullet: { level: bullet[1] ? 0 : bullet[2] ? 1 : 2 } });
    const next = lines[i + 1];
    const heading = headings && next !== undefined && line.length <= 60 && line.split(/\s+/).length <= 8 && !/[.:;,!?)]$/.test(line);
    if (heading) return new Paragraph({ keepNext: true, children: [new TextRun({ text: line, bold: true })], spacing: { before: 160, after: 60 } });
    // Text after a list stands apart from its last item.
    return i > 0 && TYPED_BULLET.test(lines[i - 1]!) ? new Paragraph({ children: [new TextRun(line)], spacing: { before: 120, after: 80 } }) : para(line);
  });
}

// The action sheet on portrait A4 (11906 twips) within the default 1440-twip margins: a label
// column wide enough for its longest label word ("Communicatie", "Financiering") and the content.
const SHEET_WIDTH = 9026;
const SHEET_LABELS = ['Wat?', 'Waarom?', 'Voor wie?', 'Met wie?', 'Hoe?', 'Link met andere acties', 'Evaluatie', 'Tijdslijn', 'Communicatie', 'Financiering'];
const CELL_MARGIN = 108;
export const SHEET_LABEL_WIDTH = Math.max(2155, widestWord(SHEET_LABELS, 21, true) + 2 * CELL_MARGIN);

function sectionRow(title: string, content: Paragraph[]): TableRow {
  return new TableRow({
    children: [
      new TableCell({
        width: { size: SHEET_LABEL_WIDTH, type: WidthType.DXA },
        shading: { type: ShadingType.CLEAR, fill: 'DCE9E6', color: 'auto' },
        children: [new Paragraph({ children: [new TextRun({ text: title, bold: true })] })],
      }),
      new TableCell({ width: { size: SHEET_WIDTH - SHEET_LABEL_WIDTH, type: WidthType.DXA }, children: content.length ? content : [para('')] }),
    ],
  });
}

/**
 * "Actie 1.2.1: ...", "Actie 2025 (lopende actie, met extra financiering): ...": the template's
 * heading of a sheet, its marks in brackets before the colon as the template's plans write them;
 * also what the plan-text parser reads back (number or year, carried over, funding, title).
 */
function actionHeading(a: ExportAction, year: number): string {
  const marks = [a.carriedOver ? 'lopende actie' : null, a.funding === 'REGULAR' ? null : FUNDING_KIND_LABELS[a.funding].toLowerCase()].filter(Boolean);
  return `Actie ${a.number ?? year}${marks.length ? ` (${marks.join(', ')})` : ''}: ${a.title}`;
}

/** A step with its date or month, unless the text already names it. */
function stepText(s: ExportAction['steps'][number]): string {
  const lower = s.text.toLowerCase();
  if (s.date) {
    const shown = formatDate(s.date);
    const [y, m, d] = s.date.split('-').map(Number);
    const named = lower.includes(shown) || lower.includes(`${d}/${m}/${y}`) || lower.includes(`${d} ${MONTHS_LONG[m! - 1]}`);
    return named ? s.text : `${s.text} (${shown})`;
  }
  if (s.month) return lower.includes(MONTHS_LONG[s.month - 1]!) ? s.text : `${s.text} (${MONTHS_LONG[s.month - 1]})`;
  return s.text;
}

/**
 * The sheet's timeline as the template writes it: a month with its milestone ("maart: Infomoment"),
 * consecutive months without one as a range ("april – december"), which the import reads back as
 * every month in it.
 */
function monthLines(months: ExportAction['months']): string[] {
  const lines: string[] = [];
  const sorted = [...months].sort((x, y) => x.month - y.month);
  for (let i = 0; i < sorted.length; i++) {
    const m = sorted[i]!;
    if (m.milestone) {
      lines.push(`${MONTHS_LONG[m.month - 1]}: ${m.milestone}`);
      continue;
    }
    let last = i;
    while (sorted[last + 1] && !sorted[last + 1]!.milestone && sorted[last + 1]!.month === sorted[last]!.month + 1) last++;
    lines.push(last > i ? `${MONTHS_LONG[m.month - 1]} – ${MONTHS_LONG[sorted[last]!.month - 1]}` : MONTHS_LONG[m.month - 1]!);
    i = last;
  }
  return lines;
}

function actionSheet(a: ExportAction, year: number, planZone: string): (Paragraph | Table)[] {
  const evaluation = (
    [
      ['process', 'Procesevaluatie'],
      ['output', 'Resultaatgerichte evaluatie (Output)'],
      ['outcome', 'Impact evaluatie (Outcome)'],
    ] as const
  ).flatMap(([key, name]) => {
    const part = a.evaluation[key];
    const kind = key === 'process' ? 'PROCESS' : key === 'output' ? 'OUTPUT' : 'OUTCOME';
    const own = a.indicators.filter((i) => i.kind === kind);
    const indicators = own.map((i) => {
      const target = i.targetValue != null ? ` – streefwaarde: ${formatNumber(i.targetValue)}${i.targetUnit ? ` ${i.targetUnit}` : ''}` : '';
      const method = i.method ? ` (meetmethode: ${i.method})` : '';
      return `${i.name}${method}${target}`;
    });
    // The text under the box usually is where the indicators were taken from: print only what
    // they do not already say, so the reader (and a re-import) sees each indicator once. What
    // stood before the first indicator introduces the list; the rest (or all of it, when it names
    // no indicator) follows the list as a remark, where a re-import reads it as one.
    const names = own.map((i) => squashed(i.name));
    const lines = (part.text ?? '').split(/\n+/).filter((line) => squashed(line));
    const isIndicator = (line: string) => {
      const t = squashed(line.replace(/^\s*(?:[-–•◦▪*]|\d+[.)])\s+/, ''));
      return names.some((n) => n && t.startsWith(n));
    };
    const first = lines.findIndex(isIndicator);
    const intro = first > 0 ? lines.slice(0, first) : [];
    const remark = lines.slice(intro.length).filter((line) => !isIndicator(line));
    return [
      new Paragraph({ children: [new TextRun({ text: `${BOX(part.chosen)} ${name}`, bold: part.chosen })], spacing: { before: 60 } }),
      ...intro.map(para),
      ...bullets(indicators),
      ...remark.map(para),
    ];
  });
  const months = a.months.length ? bullets(monthLines(a.months)) : [para('Geen maanden opgegeven.')];
  const dates = [a.startDate ? `Startdatum: ${formatDate(a.startDate)}` : null, a.endDate ? `Einddatum: ${formatDate(a.endDate)}` : null].filter((x): x is string => !!x);
  // The funding row only when it says more than the label in the title.
  const fundingRemark = a.fundingRemark && a.fundingRemark.trim().toLowerCase() !== FUNDING_KIND_LABELS[a.funding].toLowerCase() ? a.fundingRemark : null;
  // The other owner zones: the plan's own zone is the one writing the plan.
  const partners = a.owners.filter((o) => o.zone !== planZone);
  const owners = partners.length ? [para(`Gedeeld met: ${partners.map((o) => `${o.zone} (${OWNER_ROLE_LABELS[o.role].toLowerCase()})`).join(', ')}`)] : [];
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_3,
      keepNext: true,
      // An action sheet's heading stands out from the goals' (the same level, in the overview).
      children: [new TextRun({ text: actionHeading(a, year), bold: true, color: '1F1F1F' })],
      spacing: { before: 240, after: 120 },
    }),
    new Table({
      width: { size: SHEET_WIDTH, type: WidthType.DXA },
      columnWidths: [SHEET_LABEL_WIDTH, SHEET_WIDTH - SHEET_LABEL_WIDTH],
      layout: TableLayoutType.FIXED,
      borders: {
        top: { style: BorderStyle.SINGLE, size: 4, color: '9BB8B1' },
        bottom: { style: BorderStyle.SINGLE, size: 4, color: '9BB8B1' },
        left: { style: BorderStyle.SINGLE, size: 4, color: '9BB8B1' },
        right: { style: BorderStyle.SINGLE, size: 4, color: '9BB8B1' },
        insideHorizontal: { style: BorderStyle.SINGLE, size: 4, color: '9BB8B1' },
        insideVertical: { style: BorderStyle.SINGLE, size: 4, color: '9BB8B1' },
      },
      rows: [
        sectionRow('Wat?', [
          prompt('Geef een korte beschrijving van wat je gaat doen.'),
          // A sheet's own texts with their typed lists as Word lists (no typed headings in a cell).
          ...generalText(a.what, false),
          label('1) Wat ga je wel doen?'),
          ...(a.inScope.length ? bullets(a.inScope) : [para('')]),
          label('2) Wat ga je niet doen?'),
          ...(a.outOfScope.length ? bullets(a.outOfScope) : [para('')]),
        ]),
        sectionRow('Waarom?', [prompt('Waarom deze actie? Waarom deze actie nu?'), ...generalText(a.why, false)]),
        sectionRow('Voor wie?', [prompt('Doelgroep(en)'), ...(a.targetGroups.length ? bullets(a.targetGroups) : [para('')])]),
        sectionRow('Met wie?', [
          // The template's question in bold, the answer as text (one line, as the import reads it).
          new Paragraph({
            children: [new TextRun({ text: 'Wie is de trekker van de actie?', bold: true }), new TextRun(a.leadText ? ` ${a.leadText}` : '')],
            spacing: { before: 80, after: 40 },
          }),
          ...(a.councilRole ? [prompt('Indien de zorgraad niet de trekker is, beschrijf dan kort welke rol de zorgraad opneemt.'), ...generalText(a.councilRole, false)] : []),
          prompt('Met welke stakeholders wordt er samengewerkt voor deze actie?'),
          ...(a.stakeholders.length ? bullets(a.stakeholders) : [para('')]),
          ...owners,
        ]),
        sectionRow('Hoe?', [
          prompt('Geef een beknopt plan hoe deze actie gaat worden opgezet of aangepakt.'),
          ...(a.steps.length ? a.steps.map((s, i) => para(`${i + 1}. ${stepText(s)}`)) : [para('')]),
        ]),
        // Links before the evaluation, as in the template's variants that have them: a link that
        // names a goal ("Operationele doelstelling 3 – ...") is then followed by more of the sheet.
        ...(a.linkNotes.length ? [sectionRow('Link met andere acties', bullets(a.linkNotes))] : []),
        sectionRow('Evaluatie', evaluation),
        sectionRow('Tijdslijn', [...months, ...dates.map(para)]),
        ...(a.communicationChannels.length ? [sectionRow('Communicatie', bullets(a.communicationChannels))] : []),
        ...(fundingRemark ? [sectionRow('Financiering', [para(FUNDING_KIND_LABELS[a.funding]), ...paras(fundingRemark)])] : []),
      ],
    }),
  ];
}

/** "Beleidsplan 2024-2026" as it is; a title without its period gets it: "Beleidsplan ELZOH (2024-2026)". */
function multiYearTitle(myp: NonNullable<ExportPlan['multiYearPlan']>): string {
  return myp.title.includes(String(myp.yearFrom)) ? myp.title : `${myp.title} (${myp.yearFrom}-${myp.yearTo})`;
}

/**
 * Every goal of the multi-year plan with its indicators, also those without an action this year:
 * the Departement Zorg sees the whole frame, and a re-import gets every goal back.
 */
function goalsOverview(plan: ExportPlan, h: (level: (typeof HeadingLevel)[keyof typeof HeadingLevel], text: string) => Paragraph): Paragraph[] {
  if (!plan.strategicGoals.length) return [];
  const out: Paragraph[] = [h(HeadingLevel.HEADING_1, 'Doelstellingen')];
  for (const sd of plan.strategicGoals) {
    out.push(h(HeadingLevel.HEADING_2, `Strategische doelstelling ${sd.number}: ${sd.title}`));
    for (const od of sd.operationalGoals) {
      out.push(h(HeadingLevel.HEADING_3, `Operationele doelstelling ${od.number} ${od.title}`));
      if (od.indicators.length) out.push(label('Indicatoren'), ...bullets(od.indicators));
    }
  }
  return out;
}

// Landscape A4 (16838 twips) minus the section's 1000-twip margins: the action column, then twelve
// month columns.
const TIMELINE_WIDTH = 14838;
const TIMELINE_MARGIN = 60;
const TITLE_COLUMN = { min: 2600, comfortable: 3960 };
const MONTH_COLUMN_MIN = 520;
/** Font sizes tried, in half-points: the largest at which every word fits its column. */
const TIMELINE_SIZES = [14, 13, 12, 11];

/** A month cell's milestones, one per line: the steps' milestones ("a; b") and bullets typed in one ("• a • b"). */
function milestoneLines(text: string): string[] {
  return text
    .split(/;\s+/)
    .flatMap((part) => part.split(/\s+(?=[•◦▪]\s)/))
    .map((l) => l.trim())
    .filter(Boolean);
}

/**
 * The timeline's column widths and font size: each month column at least as wide as its longest
 * word (a word is never broken inside), the action column gets the rest; when the page is too
 * narrow for that, a smaller font. Space beyond a comfortable action column goes first to the
 * months whose milestones are long (up to what prints them on about three lines), then evenly.
 */
export function timelineLayout(titles: readonly string[], months: readonly (readonly string[])[]): { size: number; widths: number[] } {
  let layout: { size: number; widths: number[] } | null = null;
  for (const size of TIMELINE_SIZES) {
    const monthWidths = MONTH_LABELS.map((m, i) =>
      Math.max(MONTH_COLUMN_MIN, widestWord([m.toUpperCase()], size, true) + 2 * TIMELINE_MARGIN, widestWord(months[i] ?? [], size) + 2 * TIMELINE_MARGIN),
    );
    const titleNeed = Math.max(TITLE_COLUMN.min, widestWord(titles, size) + 2 * TIMELINE_MARGIN);
    const rest = TIMELINE_WIDTH - monthWidths.reduce((a, b) => a + b, 0);
    layout = { size, widths: [Math.max(titleNeed, rest), ...monthWidths] };
    if (rest >= titleNeed) break;
  }
  const { size, widths } = layout!;
  if (widths[0]! > TITLE_COLUMN.comfortable) {
    const spare = widths[0]! - TITLE_COLUMN.comfortable;
    const wanted = MONTH_LABELS.map((_, i) => Math.max(0, Math.ceil(Math.max(0, ...(months[i] ?? []).map((l) => textWidth(l, size))) / 3) + 2 * TIMELINE_MARGIN - widths[i + 1]!));
    const total = wanted.reduce((a, b) => a + b, 0);
    if (total) {
      const factor = Math.min(1, spare / total);
      wanted.forEach((w, i) => (widths[i + 1]! += Math.floor(w * factor)));
    }
    const share = Math.max(0, Math.floor((TIMELINE_WIDTH - TITLE_COLUMN.comfortable - widths.slice(1).reduce((a, b) => a + b, 0)) / 12));
    for (let i = 1; i <= 12; i++) widths[i]! += share;
    widths[0] = TIMELINE_WIDTH - widths.slice(1).reduce((a, b) => a + b, 0);
  }
  return { size, widths };
}

function timelineTable(plan: ExportPlan): Table {
  const rows = timelineRows(plan).map((r) => ({ ...r, lines: r.months.map(milestoneLines) }));
  const { size, widths } = timelineLayout(
    rows.map((r) => r.title),
    MONTH_LABELS.map((_, i) => rows.flatMap((r) => r.lines[i]!)),
  );
  const margins = { left: TIMELINE_MARGIN, right: TIMELINE_MARGIN, top: 20, bottom: 20 };
  const cell = (lines: string[], column: number, header = false, fill?: string) =>
    new TableCell({
      width: { size: widths[column]!, type: WidthType.DXA },
      margins,
      shading: fill ? { type: ShadingType.CLEAR, fill, color: 'auto' } : undefined,
      children: (lines.length ? lines : ['']).map(
        (text) => new Paragraph({ children: [new TextRun({ text, bold: header, size })], alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT }),
      ),
    });
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, children: [cell(['Actie'], 0, true, 'DCE9E6'), ...MONTH_LABELS.map((m, i) => cell([m.toUpperCase()], i + 1, true, 'DCE9E6'))] }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: [cell([r.title], 0), ...r.lines.map((lines, i) => cell(lines, i + 1, false, r.months[i] ? 'B7D7CF' : undefined))] })),
    ],
  });
}

export async function toDocx(plan: ExportPlan): Promise<Buffer> {
  const grouped = groupActions(plan);
  // A heading stays on the page of what it heads.
  const h = (level: (typeof HeadingLevel)[keyof typeof HeadingLevel], text: string) => new Paragraph({ heading: level, keepNext: true, text, spacing: { before: 240, after: 120 } });
  const proposed = plan.texts.proposedFromYear;
  const body: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, text: `Actieplan ${plan.year}` }),
    new Paragraph({ children: [new TextRun({ text: plan.zone.name, size: 32, color: '2F5F56' })], spacing: { after: 200 } }),
    ...(plan.multiYearPlan ? [para(`Onder ${multiYearTitle(plan.multiYearPlan)}.`)] : []),
    // Texts still copied from another year's plan are that year's, not this one's: said before
    // they start (above "Algemeen", so that a re-import does not take it for part of the texts).
    ...(proposed !== null && proposed !== plan.year
      ? [
          new Paragraph({
            shading: { type: ShadingType.CLEAR, fill: 'FBE7C6', color: 'auto' },
            spacing: { before: 120, after: 120 },
            children: [new TextRun({ text: `Let op: de algemene teksten hieronder komen uit het actieplan ${proposed} en zijn nog niet nagekeken voor ${plan.year}.`, bold: true })],
          }),
        ]
      : []),
    h(HeadingLevel.HEADING_1, 'Algemeen'),
    ...(plan.texts.introText ? generalText(plan.texts.introText) : []),
    h(HeadingLevel.HEADING_2, 'Communicatie naar specifieke doelgroepen'),
    prompt('Hoe bereikt de zone specifieke doelgroepen?'),
    ...generalText(plan.texts.targetGroupsText),
    h(HeadingLevel.HEADING_2, 'Functioneren als netwerkorganisatie'),
    ...(plan.zone.networkTimeShare ? [para(`Geschat aandeel van de personeelstijd voor het netwerk: ${plan.zone.networkTimeShare}.`)] : []),
    ...(plan.zone.staffFte != null ? [para(`Personeelsinzet: ${formatNumber(plan.zone.staffFte)} VTE.`)] : []),
    ...generalText(plan.texts.networkText),
    ...goalsOverview(plan, h),
  ];
  // The timeline gets a landscape page of its own, as in the template.
  const timeline = [h(HeadingLevel.HEADING_1, `Tijdslijn ${plan.year}`), timelineTable(plan)];
  const actions: (Paragraph | Table)[] = [h(HeadingLevel.HEADING_1, `Acties ${plan.year}`)];
  // The sheets under the goals they serve; the goals' indicators stand in the overview above.
  for (const sd of grouped.strategicGoals) {
    if (!sd.actions.length && !sd.operationalGoals.some((od) => od.actions.length)) continue;
    actions.push(h(HeadingLevel.HEADING_1, `Strategische doelstelling ${sd.number}: ${sd.title}`));
    for (const a of sd.actions) actions.push(...actionSheet(a, plan.year, plan.zone.name));
    for (const od of sd.operationalGoals) {
      if (!od.actions.length) continue;
      actions.push(h(HeadingLevel.HEADING_2, `Operationele doelstelling ${od.number} ${od.title}`));
      for (const a of od.actions) actions.push(...actionSheet(a, plan.year, plan.zone.name));
    }
  }
  if (grouped.withoutGoal.length) {
    actions.push(h(HeadingLevel.HEADING_1, 'Acties zonder doelstelling'));
    for (const a of grouped.withoutGoal) actions.push(...actionSheet(a, plan.year, plan.zone.name));
  }
  // Every page says whose plan it is and which page of how many (a printed sheet gets separated).
  const small = { size: 16, color: '666666' };
  const headers = {
    default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: `Actieplan ${plan.year} · ${plan.zone.name}`, ...small })] })] }),
  };
  const footers = {
    default: new Footer({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new TextRun({ text: 'pagina ', ...small }),
            new TextRun({ children: [PageNumber.CURRENT], ...small }),
            new TextRun({ children: [' van ', PageNumber.TOTAL_PAGES], ...small }),
          ],
        }),
      ],
    }),
  };
  const doc = new Document({
    creator: 'Kruispunt',
    title: `Actieplan ${plan.year} ${plan.zone.name}`,
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 21 } },
        // The zone's accent colour, as in the yearly report (Word's default headings are blue).
        title: { run: { color: '2F5F56', size: 56 } },
        heading1: { run: { color: '2F5F56', size: 30 } },
        heading2: { run: { color: '2F5F56', size: 25 } },
        heading3: { run: { color: '2F5F56', size: 23 } },
      },
    },
    sections: [
      { properties: { page: { size: { orientation: PageOrientation.PORTRAIT } } }, headers, footers, children: body },
      { properties: { page: { size: { orientation: PageOrientation.LANDSCAPE }, margin: { left: 1000, right: 1000 } } }, headers, footers, children: timeline },
      { properties: { page: { size: { orientation: PageOrientation.PORTRAIT } } }, headers, footers, children: actions },
    ],
  });
  return Packer.toBuffer(doc);
}
