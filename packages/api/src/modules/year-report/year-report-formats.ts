// The yearly report as a Word file: a title page, a summary table, per strategic goal the zone's
// narrative and per action a short block (status, indicators with a bar, reviews per quarter).
// The bars are coloured text blocks: they read in Word and LibreOffice and need no image library.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { PROGRESS_STATUS_LABELS, formatDate, formatNumber, reportDeadline, type EvaluationKind, type ProgressStatus } from '@kruispunt/shared';
import { widestWord } from '../../common/docx-layout';
import type { YearReportActionData, YearReportData, YearReportIndicatorData } from './year-report-data';

const ACCENT = '2F5F56';
const KIND_SHORT: Record<EvaluationKind, string> = { PROCESS: 'procesevaluatie', OUTPUT: 'output', OUTCOME: 'impact' };
const LIGHT = 'DCE9E6';
const STATUS_FILL: Record<ProgressStatus, string> = { PLANNED: 'E8E8E8', RUNNING: 'D6E6F5', DONE: 'CFE8D5', POSTPONED: 'FBE7C6', STOPPED: 'F4D0D0' };
// A4 portrait minus 2.5 cm margins, in twips.
const WIDTH = 9026;
const border = { style: BorderStyle.SINGLE, size: 4, color: '9BB8B1' };
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };

const para = (text: string, opts: { italics?: boolean; color?: string; size?: number; bold?: boolean } = {}) =>
  new Paragraph({ children: [new TextRun({ text, ...opts })], spacing: { after: 80 } });
const number = (n: number | null) => (n === null ? '–' : formatNumber(n));

function cell(children: (Paragraph | string)[], opts: { width: number; fill?: string; bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType] }): TableCell {
  return new TableCell({
    width: { size: opts.width, type: WidthType.DXA },
    shading: opts.fill ? { type: ShadingType.CLEAR, fill: opts.fill, color: 'auto' } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: children.map((c) => (typeof c === 'string' ? new Paragraph({ alignment: opts.align, children: [new TextRun({ text: c, bold: opts.bold, size: 19 })] }) : c)),
  });
}

function table(widths: number[], header: string[], rows: (Paragraph | string)[][]): Table {
  return new Table({
    width: { size: WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders,
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h, i) => cell([h], { width: widths[i]!, fill: LIGHT, bold: true })) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell([c], { width: widths[i]! })) })),
    ],
  });
}

/** A bar of ten blocks, filled to the achievement (capped at 100), with the percentage; else why there is none. */
function bar(achievement: number | null, missing = 'geen meting of streefwaarde'): Paragraph {
  if (achievement === null) return new Paragraph({ children: [new TextRun({ text: missing, italics: true, color: '777777', size: 17 })] });
  const filled = Math.max(0, Math.min(10, Math.round(achievement / 10)));
  return new Paragraph({
    children: [
      new TextRun({ text: '█'.repeat(filled), color: achievement >= 100 ? '2E7D4F' : ACCENT, size: 19 }),
      new TextRun({ text: '█'.repeat(10 - filled), color: 'D5DAD9', size: 19 }),
      new TextRun({ text: `  ${formatNumber(achievement)}%`, bold: true, size: 19 }),
    ],
  });
}

const targetText = (i: YearReportIndicatorData) => (i.target === null ? '–' : `${number(i.target)}${i.unit ? ` ${i.unit}` : ''}`);
const measuredText = (i: YearReportIndicatorData) =>
  i.measured === null ? 'niet gemeten' : `${number(i.measured)}${i.unit ? ` ${i.unit}` : ''}${i.measuredOn ? ` (${formatDate(i.measuredOn)})` : ''}`;
const CELL_MARGINS = 160;
const INDICATOR_HEADER = ['Indicator', 'Streefwaarde', 'Gemeten', 'Realisatie'];

/**
 * The indicator tables' columns, the same in every block: target and measurement at least as wide
 * as their longest word ("overlegmomenten" must not break inside), the indicator's name the rest.
 */
export function indicatorColumns(indicators: readonly YearReportIndicatorData[]): number[] {
  const column = (header: string, texts: string[]) => Math.max(1500, widestWord([header], 19, true) + CELL_MARGINS, widestWord(texts, 19) + CELL_MARGINS);
  const target = column(INDICATOR_HEADER[1]!, indicators.map(targetText));
  const measured = column(INDICATOR_HEADER[2]!, indicators.map(measuredText));
  const achieved = 2400;
  return [Math.max(2000, WIDTH - target - measured - achieved), target, measured, achieved];
}

function actionBlock(a: YearReportActionData, year: number, widths: number[]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_3, keepNext: true, spacing: { before: 240, after: 80 }, children: [new TextRun(`Actie ${a.number ?? year}: ${a.title}`)] }),
    new Paragraph({
      keepNext: true,
      spacing: { after: 100 },
      children: [
        new TextRun({ text: 'Status: ', bold: true }),
        new TextRun({ text: ` ${PROGRESS_STATUS_LABELS[a.progressStatus]} `, shading: { type: ShadingType.CLEAR, fill: STATUS_FILL[a.progressStatus], color: 'auto' } }),
      ],
    }),
  ];
  if (a.indicators.length) {
    out.push(
      table(
        widths,
        INDICATOR_HEADER,
        a.indicators.map((i) => [
          new Paragraph({ children: [new TextRun({ text: i.name, size: 19 }), new TextRun({ text: ` · ${KIND_SHORT[i.kind]}`, size: 16, color: '777777' })] }),
          targetText(i),
          measuredText(i),
          bar(i.achievement, i.target === null || i.target <= 0 ? 'geen streefwaarde' : 'nog niet gemeten'),
        ]),
      ),
    );
  } else {
    out.push(para('Geen indicatoren.', { italics: true, color: '666666' }));
  }
  out.push(new Paragraph({ keepNext: true, spacing: { before: 120, after: 60 }, children: [new TextRun({ text: 'Opvolging', bold: true })] }));
  if (a.reviews.length) {
    out.push(
      table(
        [1100, 1300, 1400, 5226],
        ['Kwartaal', 'Datum', 'Status', 'Notitie'],
        a.reviews.map((r) => [r.quarter ? `K${r.quarter}` : '–', formatDate(r.reviewedOn), PROGRESS_STATUS_LABELS[r.status], r.note]),
      ),
    );
  } else {
    out.push(para('Nog geen opvolging geregistreerd.', { italics: true, color: '666666' }));
  }
  return out;
}

export interface ReportState {
  status: 'DRAFT' | 'SUBMITTED';
  submittedAt: Date | null;
}

export async function toReportDocx(data: YearReportData, state: ReportState): Promise<Buffer> {
  const s = data.summary;
  const h = (level: (typeof HeadingLevel)[keyof typeof HeadingLevel], text: string) => new Paragraph({ heading: level, keepNext: true, text, spacing: { before: 280, after: 120 } });
  const today = formatDate(new Date());
  const titlePage = [
    new Paragraph({ spacing: { before: 2400 }, children: [] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: `Jaarrapport ${data.year}`, color: ACCENT })] }),
    new Paragraph({ spacing: { after: 600 }, children: [new TextRun({ text: data.zone, size: 40, color: ACCENT })] }),
    para(`Rapportering over het actieplan ${data.year}.`, { size: 24 }),
    para(state.status === 'SUBMITTED' && state.submittedAt ? `Status: ingediend op ${formatDate(state.submittedAt)}` : 'Status: in opmaak (nog niet ingediend)', { size: 24, bold: true }),
    para(`Uiterlijk in te dienen op ${formatDate(reportDeadline(data.year))}.`, { size: 22 }),
    para(`Opgemaakt in Kruispunt op ${today}.`, { size: 22, color: '666666' }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
  const summaryRows: [string, number][] = [
    ['Afgerond', s.done],
    ['Lopend', s.running],
    ['Gepland (nog niet gestart)', s.planned],
    ['Uitgesteld', s.postponed],
    ['Stopgezet', s.stopped],
  ];
  const summary = [
    h(HeadingLevel.HEADING_1, 'Samenvatting'),
    table(
      [6026, 3000],
      ['Voortgang van de acties', 'Aantal'],
      [
        ...summaryRows.map(([l, n]) => [l, formatNumber(n)]),
        [
          new Paragraph({ children: [new TextRun({ text: 'Totaal', bold: true, size: 19 })] }),
          new Paragraph({ children: [new TextRun({ text: formatNumber(s.actionCount), bold: true, size: 19 })] }),
        ],
      ],
    ),
    new Paragraph({ spacing: { before: 160 }, children: [] }),
    table(
      [6026, 3000],
      ['Indicatoren', ''],
      [
        ['Indicatoren in het plan', formatNumber(s.indicatorCount)],
        ['met een streefwaarde', formatNumber(s.indicatorsWithTarget)],
        [`met een meting in ${data.year}`, formatNumber(s.indicatorsMeasured)],
        ['Gemiddelde realisatie (streefwaarde en meting; per indicator max. 100%)', bar(s.averageAchievement)],
      ],
    ),
  ];
  const goals: (Paragraph | Table)[] = [];
  const everyAction = [...data.strategicGoals.flatMap((sd) => [...sd.actions, ...sd.operationalGoals.flatMap((od) => od.actions)]), ...data.actionsWithoutGoal];
  const widths = indicatorColumns(everyAction.flatMap((a) => a.indicators));
  for (const sd of data.strategicGoals) {
    const count = sd.actions.length + sd.operationalGoals.reduce((n, od) => n + od.actions.length, 0);
    if (!count && !sd.narrative) continue;
    goals.push(new Paragraph({ children: [new PageBreak()] }), h(HeadingLevel.HEADING_1, `Strategische doelstelling ${sd.number}: ${sd.title}`));
    goals.push(new Paragraph({ keepNext: true, spacing: { after: 60 }, children: [new TextRun({ text: 'Toelichting van de zone', bold: true, color: ACCENT })] }));
    if (sd.narrative) goals.push(...sd.narrative.split(/\n+/).map((line) => para(line)));
    else goals.push(para('Geen toelichting geschreven.', { italics: true, color: '666666' }));
    for (const a of sd.actions) goals.push(...actionBlock(a, data.year, widths));
    for (const od of sd.operationalGoals) {
      if (!od.actions.length) continue;
      goals.push(h(HeadingLevel.HEADING_2, `Operationele doelstelling ${od.number} ${od.title}`));
      for (const a of od.actions) goals.push(...actionBlock(a, data.year, widths));
    }
  }
  if (data.actionsWithoutGoal.length) {
    goals.push(new Paragraph({ children: [new PageBreak()] }), h(HeadingLevel.HEADING_1, 'Acties zonder doelstelling'));
    for (const a of data.actionsWithoutGoal) goals.push(...actionBlock(a, data.year, widths));
  }
  const header = new Header({
    children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: `Jaarrapport ${data.year} · ${data.zone}`, size: 16, color: '666666' })] })],
  });
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ text: `${state.status === 'SUBMITTED' ? 'Ingediend' : 'In opmaak'} · pagina `, size: 16, color: '666666' }),
          new TextRun({ children: [PageNumber.CURRENT], size: 16, color: '666666' }),
          new TextRun({ children: [' van ', PageNumber.TOTAL_PAGES], size: 16, color: '666666' }),
        ],
      }),
    ],
  });
  const doc = new Document({
    creator: 'Kruispunt',
    title: `Jaarrapport ${data.year} ${data.zone}`,
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 21 } },
        // The report's one accent colour for every heading (Word's default is blue).
        title: { run: { color: ACCENT, size: 56 } },
        heading1: { run: { color: ACCENT, size: 30 } },
        heading2: { run: { color: ACCENT, size: 25 } },
        heading3: { run: { color: '1F1F1F', size: 23, bold: true } },
      },
    },
    sections: [{ properties: { titlePage: true }, headers: { default: header }, footers: { default: footer }, children: [...titlePage, ...summary, ...goals] }],
  });
  return Packer.toBuffer(doc);
}
