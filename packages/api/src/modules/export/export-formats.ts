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

function actionSheet(a: ExportAction): (Paragraph | Table)[] {
  const evaluation = (
    [
      ['process', 'Procesevaluatie'],
      ['output', 'Resultaatgerichte evaluatie (Output)'],
      ['outcome', 'Impact evaluatie (Outcome)'],
    ] as const
  ).flatMap(([key, name]) => {
    const part = a.evaluation[key];
    const kind = key === 'process' ? 'PROCESS' : key === 'output' ? 'OUTPUT' : 'OUTCOME';
    const indicators = a.indicators
      .filter((i) => i.kind === kind)
      .map((i) => {
        const target = i.targetValue != null ? ` – streefwaarde: ${i.targetValue}${i.targetUnit ? ` ${i.targetUnit}` : ''}` : '';
        const method = i.method ? ` (meetmethode: ${i.method})` : '';
        return `${i.name}${method}${target}`;
      });
    return [new Paragraph({ children: [new TextRun({ text: `${BOX(part.chosen)} ${name}`, bold: part.chosen })], spacing: { before: 60 } }), ...(part.text ? paras(part.text) : []), ...bullets(indicators)];
  });
  const months = a.months.length
    ? bullets(a.months.map((m) => `${MONTHS_LONG[m.month - 1]}${m.milestone ? `: ${m.milestone}` : ''}`))
    : [para('Geen maanden opgegeven.')];
  const dates = [a.startDate ? `Startdatum: ${formatDate(a.startDate)}` : null, a.endDate ? `Einddatum: ${formatDate(a.endDate)}` : null].filter((x): x is string => !!x);
  const funding = a.funding === 'REGULAR' ? [] : [` (${FUNDING_KIND_LABELS[a.funding].toLowerCase()})`];
  const owners = a.owners.length > 1 ? [para(`Gedeeld met: ${a.owners.map((o) => `${o.zone} (${OWNER_ROLE_LABELS[o.role].toLowerCase()})`).join(', ')}`)] : [];
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_3,
      children: [new TextRun(`${a.number ? `Actie ${a.number}: ` : ''}${a.title}${funding.join('')}`)],
      spacing: { before: 240, after: 120 },
    }),
    ...(a.carriedOver ? [prompt('Actie overgenomen uit het vorige actieplan.')] : []),
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
          ...(a.steps.length
            ? a.steps.map((s, i) => para(`${i + 1}. ${s.text}${s.date ? ` (${formatDate(s.date)})` : s.month ? ` (${MONTHS_LONG[s.month - 1]})` : ''}`))
            : [para('')]),
        ]),
        sectionRow('Evaluatie', evaluation),
        sectionRow('Tijdslijn', [...months, ...dates.map(para)]),
        ...(a.communicationChannels.length ? [sectionRow('Communicatie', bullets(a.communicationChannels))] : []),
        ...(a.linkNotes.length ? [sectionRow('Link met andere acties', bullets(a.linkNotes))] : []),
        ...(a.funding !== 'REGULAR' || a.fundingRemark ? [sectionRow('Financiering', [para(FUNDING_KIND_LABELS[a.funding]), ...(a.fundingRemark ? paras(a.fundingRemark) : [])])] : []),
      ],
    }),
  ];
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
    ...(plan.multiYearPlan ? [para(`Onder ${plan.multiYearPlan.title} (${plan.multiYearPlan.yearFrom}-${plan.multiYearPlan.yearTo}).`)] : []),
    h(HeadingLevel.HEADING_1, 'Algemeen'),
    ...(plan.zone.introText ? paras(plan.zone.introText) : []),
    h(HeadingLevel.HEADING_2, 'Communicatie naar specifieke doelgroepen'),
    prompt('Hoe bereikt de zone specifieke doelgroepen?'),
    ...paras(plan.zone.targetGroupsText),
    h(HeadingLevel.HEADING_2, 'Functioneren als netwerkorganisatie'),
    ...(plan.zone.networkTimeShare ? [para(`Geschat aandeel van de personeelstijd voor het netwerk: ${plan.zone.networkTimeShare}.`)] : []),
    ...(plan.zone.staffFte != null ? [para(`Personeelsinzet: ${String(plan.zone.staffFte).replace('.', ',')} VTE.`)] : []),
    ...paras(plan.zone.networkText),
  ];
  // The timeline gets a landscape page of its own, as in the template.
  const timeline = [h(HeadingLevel.HEADING_1, `Tijdslijn ${plan.year}`), timelineTable(plan)];
  const actions: (Paragraph | Table)[] = [h(HeadingLevel.HEADING_1, `Acties ${plan.year}`)];
  for (const sd of grouped.strategicGoals) {
    if (!sd.actions.length && !sd.operationalGoals.some((od) => od.actions.length)) continue;
    actions.push(h(HeadingLevel.HEADING_1, `Strategische doelstelling ${sd.number}: ${sd.title}`));
    for (const a of sd.actions) actions.push(...actionSheet(a));
    for (const od of sd.operationalGoals) {
      if (!od.actions.length) continue;
      actions.push(h(HeadingLevel.HEADING_2, `Operationele doelstelling ${od.number} ${od.title}`));
      if (od.indicators.length) actions.push(label('Indicatoren'), ...bullets(od.indicators));
      for (const a of od.actions) actions.push(...actionSheet(a));
    }
  }
  if (grouped.withoutGoal.length) {
    actions.push(h(HeadingLevel.HEADING_1, 'Overige acties'));
    for (const a of grouped.withoutGoal) actions.push(...actionSheet(a));
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
