// The plan in the formats the Departement Zorg and other tools take: Word in the template's layout,
// the timeline as a spreadsheet (xlsx, csv), and JSON in the import shape.
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
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
import { FUNDING_KIND_LABELS, MONTH_LABELS, OWNER_ROLE_LABELS, formatDate } from '@kruispunt/shared';
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
  return plan.actions.map((a) => ({
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
  const sheet = book.addWorksheet(`Tijdslijn ${plan.year}`, { views: [{ state: 'frozen', xSplit: 3, ySplit: 2 }], pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
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

function sectionRow(title: string, content: Paragraph[]): TableRow {
  return new TableRow({
    children: [
      new TableCell({
        width: { size: 18, type: WidthType.PERCENTAGE },
        shading: { type: ShadingType.CLEAR, fill: 'DCE9E6', color: 'auto' },
        children: [new Paragraph({ children: [new TextRun({ text: title, bold: true })] })],
      }),
      new TableCell({ width: { size: 82, type: WidthType.PERCENTAGE }, children: content.length ? content : [para('')] }),
    ],
  });
}

/**
 * "Actie 1.2.1: ...", "Actie 2025 (lopende actie): ...": the template's heading of a sheet, which
 * is also what the plan-text parser reads back (number or year, carried over, title).
 */
function actionHeading(a: ExportAction, year: number): string {
  return `Actie ${a.number ?? year}${a.carriedOver ? ' (lopende actie)' : ''}: ${a.title}`;
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
      const target = i.targetValue != null ? ` – streefwaarde: ${i.targetValue}${i.targetUnit ? ` ${i.targetUnit}` : ''}` : '';
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
  const months = a.months.length
    ? bullets(a.months.map((m) => `${MONTHS_LONG[m.month - 1]}${m.milestone ? `: ${m.milestone}` : ''}`))
    : [para('Geen maanden opgegeven.')];
  const dates = [a.startDate ? `Startdatum: ${formatDate(a.startDate)}` : null, a.endDate ? `Einddatum: ${formatDate(a.endDate)}` : null].filter((x): x is string => !!x);
  const funding = a.funding === 'REGULAR' ? '' : ` (${FUNDING_KIND_LABELS[a.funding].toLowerCase()})`;
  // The funding row only when it says more than the label in the title.
  const fundingRemark = a.fundingRemark && a.fundingRemark.trim().toLowerCase() !== FUNDING_KIND_LABELS[a.funding].toLowerCase() ? a.fundingRemark : null;
  // The other owner zones: the plan's own zone is the one writing the plan.
  const partners = a.owners.filter((o) => o.zone !== planZone);
  const owners = partners.length ? [para(`Gedeeld met: ${partners.map((o) => `${o.zone} (${OWNER_ROLE_LABELS[o.role].toLowerCase()})`).join(', ')}`)] : [];
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_3,
      children: [new TextRun(actionHeading(a, year) + funding)],
      spacing: { before: 240, after: 120 },
    }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
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
          ...paras(a.what),
          label('1) Wat ga je wel doen?'),
          ...(a.inScope.length ? bullets(a.inScope) : [para('')]),
          label('2) Wat ga je niet doen?'),
          ...(a.outOfScope.length ? bullets(a.outOfScope) : [para('')]),
        ]),
        sectionRow('Waarom?', [prompt('Waarom deze actie? Waarom deze actie nu?'), ...paras(a.why)]),
        sectionRow('Voor wie?', [prompt('Doelgroep(en)'), ...(a.targetGroups.length ? bullets(a.targetGroups) : [para('')])]),
        sectionRow('Met wie?', [
          label(`Wie is de trekker van de actie? ${a.leadText ?? ''}`),
          ...(a.councilRole ? [prompt('Indien de zorgraad niet de trekker is, beschrijf dan kort welke rol de zorgraad opneemt.'), ...paras(a.councilRole)] : []),
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

// Landscape A4 minus margins, in twips: the action column, then twelve month columns.
const TIMELINE_WIDTHS = [3960, ...Array.from({ length: 12 }, () => 830)];

function timelineTable(plan: ExportPlan): Table {
  const cell = (text: string, header = false, fill?: string) =>
    new TableCell({
      shading: fill ? { type: ShadingType.CLEAR, fill, color: 'auto' } : undefined,
      children: [new Paragraph({ children: [new TextRun({ text, bold: header, size: 14 })], alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT })],
    });
  return new Table({
    width: { size: TIMELINE_WIDTHS.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: TIMELINE_WIDTHS,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, children: [cell('Actie', true, 'DCE9E6'), ...MONTH_LABELS.map((m) => cell(m.toUpperCase(), true, 'DCE9E6'))] }),
      ...timelineRows(plan).map((r) => new TableRow({ children: [cell(r.title), ...r.months.map((m) => cell(m, false, m ? 'B7D7CF' : undefined))] })),
    ],
  });
}

export async function toDocx(plan: ExportPlan): Promise<Buffer> {
  const grouped = groupActions(plan);
  const h = (level: (typeof HeadingLevel)[keyof typeof HeadingLevel], text: string) => new Paragraph({ heading: level, text, spacing: { before: 240, after: 120 } });
  const body: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, text: `Actieplan ${plan.year}` }),
    new Paragraph({ children: [new TextRun({ text: plan.zone.name, size: 32, color: '2F5F56' })], spacing: { after: 200 } }),
    ...(plan.multiYearPlan ? [para(`Onder ${multiYearTitle(plan.multiYearPlan)}.`)] : []),
    h(HeadingLevel.HEADING_1, 'Algemeen'),
    ...(plan.texts.introText ? paras(plan.texts.introText) : []),
    h(HeadingLevel.HEADING_2, 'Communicatie naar specifieke doelgroepen'),
    prompt('Hoe bereikt de zone specifieke doelgroepen?'),
    ...paras(plan.texts.targetGroupsText),
    h(HeadingLevel.HEADING_2, 'Functioneren als netwerkorganisatie'),
    ...(plan.zone.networkTimeShare ? [para(`Geschat aandeel van de personeelstijd voor het netwerk: ${plan.zone.networkTimeShare}.`)] : []),
    ...(plan.zone.staffFte != null ? [para(`Personeelsinzet: ${String(plan.zone.staffFte).replace('.', ',')} VTE.`)] : []),
    ...paras(plan.texts.networkText),
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
  const doc = new Document({
    creator: 'Kruispunt',
    title: `Actieplan ${plan.year} ${plan.zone.name}`,
    styles: { default: { document: { run: { font: 'Calibri', size: 21 } } } },
    sections: [
      { properties: { page: { size: { orientation: PageOrientation.PORTRAIT } } }, children: body },
      { properties: { page: { size: { orientation: PageOrientation.LANDSCAPE }, margin: { left: 1000, right: 1000 } } }, children: timeline },
      { properties: { page: { size: { orientation: PageOrientation.PORTRAIT } } }, children: actions },
    ],
  });
  return Packer.toBuffer(doc);
}
