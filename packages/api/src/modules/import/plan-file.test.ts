// The text a .docx gives the parser: a Word document made with the docx library, read through
// planTextOf (mammoth's HTML) - paragraphs, Word lists, tables (an action sheet, a month grid, a
// goals table), check boxes, a heading broken by hand, a page header and a footnote.
import { AlignmentType, CheckBox, Document, FootnoteReferenceRun, Header, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType } from 'docx';
import { allActions, parsePlanText } from '@kruispunt/shared';
import { docxOfBody } from '../../test/hostile-files';
import { markShadedCells, preparedDocx } from './docx-prepare';
import { htmlToPlanText, planTextOf } from './plan-file';

describe('the text of a .docx', () => {
  it('puts paragraphs, list items and table cells on lines of their own, with bullets, numbers and check boxes', async () => {
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const doc = new Document({
      numbering: { config: [{ reference: 'steps', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }] }] },
      footnotes: { 1: { children: [new Paragraph('Zie www.zorgzamebuurten.be.')] } },
      sections: [
        {
          children: [
            new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Actie 2026: Buurtcafés & ontmoeting' }),
            new Paragraph({ children: [new TextRun('Een café in elke buurt'), new FootnoteReferenceRun(1), new TextRun(' (<18 jaar welkom).')] }),
            new Paragraph({ text: 'Senioren', bullet: { level: 0 } }),
            new Paragraph({ text: 'met een beperking', bullet: { level: 1 } }),
            new Paragraph({ text: 'Mantelzorgers', bullet: { level: 0 } }),
            new Paragraph({ text: 'Locatie zoeken', numbering: { reference: 'steps', level: 0 } }),
            new Paragraph({ text: 'Vrijwilligers werven', numbering: { reference: 'steps', level: 0 } }),
            new Table({ rows: [new TableRow({ children: [cell('Evaluatie'), cell('☒ Procesevaluatie')] }), new TableRow({ children: [cell('Tijdslijn'), cell('☐ maart')] })] }),
            new Paragraph({ children: [new TextRun('Trekker: ELZ'), new TextRun({ text: 'samen met de gemeente', break: 1 })] }),
          ],
        },
      ],
    });
    const { text } = await planTextOf(await Packer.toBuffer(doc), 'docx');
    expect(text.split('\n\n').slice(0, -1)).toEqual([
      'Actie 2026: Buurtcafés & ontmoeting',
      'Een café in elke buurt (<18 jaar welkom).',
      '• Senioren',
      '◦ met een beperking',
      '• Mantelzorgers',
      '1. Locatie zoeken',
      '2. Vrijwilligers werven',
      'Evaluatie:',
      '☒ Procesevaluatie',
      'Tijdslijn:',
      '☐ maart',
      'Trekker: ELZ\nsamen met de gemeente',
    ]);
  });

  it('reads Word check box content controls, ticked and not, as ☒ and ☐ (as a real Word plan has its evaluation kinds)', async () => {
    const kind = (checked: boolean, label: string) => new Paragraph({ children: [new CheckBox({ checked }), new TextRun(` ${label}`)] });
    const doc = new Document({
      sections: [{ children: [new Paragraph('Evaluatie'), kind(true, 'Procesevaluatie'), kind(false, 'Resultaatgerichte evaluatie (Output)'), kind(true, 'Effectevaluatie (Outcome)')] }],
    });
    const { text } = await planTextOf(await Packer.toBuffer(doc), 'docx');
    expect(
      text
        .split('\n\n')
        .slice(0, -1)
        .map((line) => line.replace(/\s+/g, ' ')),
    ).toEqual(['Evaluatie', '☒ Procesevaluatie', '☐ Resultaatgerichte evaluatie (Output)', '☒ Effectevaluatie (Outcome)']);
  });

  it('reads legacy form-field check boxes (FORMCHECKBOX) as ☒ and ☐', async () => {
    const field = (checked: boolean) =>
      `<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check1"/><w:enabled/><w:checkBox><w:sizeAuto/><w:default w:val="${checked ? 1 : 0}"/></w:checkBox></w:ffData></w:fldChar></w:r>` +
      '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>';
    const p = (checked: boolean, label: string) => `<w:p>${field(checked)}<w:r><w:t xml:space="preserve"> ${label}</w:t></w:r></w:p>`;
    const { text } = await planTextOf(docxOfBody(p(true, 'Procesevaluatie') + p(false, 'Outputevaluatie')), 'docx');
    expect(
      text
        .split('\n\n')
        .slice(0, -1)
        .map((line) => line.replace(/\s+/g, ' ')),
    ).toEqual(['☒ Procesevaluatie', '☐ Outputevaluatie']);
  });

  it('reads a legacy form-field check box by its w:checked, as Word writes a ticked one', async () => {
    const field = (checked: string) =>
      `<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Selectievakje1"/><w:enabled/><w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="0"/>${checked}</w:checkBox></w:ffData></w:fldChar></w:r>` +
      '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>';
    const p = (checked: string, label: string) => `<w:p>${field(checked)}<w:r><w:t xml:space="preserve"> ${label}</w:t></w:r></w:p>`;
    const { text } = await planTextOf(docxOfBody(p('<w:checked/>', 'Procesevaluatie') + p('', 'Output') + p('<w:checked w:val="0"/>', 'Impact')), 'docx');
    expect(
      text
        .split('\n\n')
        .slice(0, -1)
        .map((line) => line.replace(/\s+/g, ' ')),
    ).toEqual(['☒ Procesevaluatie', '☐ Output', '☐ Impact']);
  });

  const cell = (...lines: string[]) => new TableCell({ children: lines.map((l) => new Paragraph(l)) });
  const row = (...cells: TableCell[]) => new TableRow({ children: cells });
  const MONTHS = ['JAN', 'FEB', 'MRT', 'APR', 'MEI', 'JUN', 'JUL', 'AUG', 'SEP', 'OKT', 'NOV', 'DEC'];
  const sheet = (title: string, own: string[] = []) => [
    new Paragraph({ heading: HeadingLevel.HEADING_3, text: `Actie 2026: ${title}` }),
    new Table({
      rows: [
        row(cell('Wat?'), cell(`We doen ${title.toLowerCase()}.`)),
        row(cell('Voor wie?'), cell('Senioren')),
        row(cell('Trekker'), cell('De gemeente')),
        row(cell('Evaluatie'), cell('☒ Procesevaluatie')),
        ...(own.length ? [row(cell('Tijdslijn'), cell(...own))] : []),
        row(cell('Financiering'), cell('Regulier')),
      ],
    }),
  ];

  it('reads a month grid as a timeline in each action sheet, before its funding; a sheet with a timeline of its own keeps it; a row without a sheet stays as text', async () => {
    const grid = new Table({
      rows: [
        row(cell('Actie'), ...MONTHS.map((m) => cell(m))),
        row(cell('Buurtcafés'), cell('Locatie zoeken'), cell('X'), cell(''), ...MONTHS.slice(3).map((_, i) => cell(i === 5 ? '• Evaluatie' : ''))),
        row(cell('Vorming'), ...MONTHS.map((_, i) => cell(i === 1 ? 'X' : ''))),
        row(cell('Folders'), ...MONTHS.map((_, i) => cell(i === 4 ? 'Drukken' : ''))),
      ],
    });
    const doc = new Document({
      sections: [{ children: [new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Tijdslijn 2026' }), grid, ...sheet('Buurtcafés'), ...sheet('Vorming', ['februari: Vorming geven'])] }],
    });
    const { text } = await planTextOf(await Packer.toBuffer(doc), 'docx');
    const lines = text.split('\n\n').slice(0, -1);
    expect(lines.slice(0, 2)).toEqual(['Tijdslijn 2026', 'Folders: mei (Drukken)']);
    const cafe = lines.indexOf('Actie 2026: Buurtcafés');
    // A label without a question mark beside its content reads as the template's "Trekker:".
    expect(lines.slice(cafe, cafe + 15)).toEqual([
      'Actie 2026: Buurtcafés',
      'Wat?',
      'We doen buurtcafés.',
      'Voor wie?',
      'Senioren',
      'Trekker:',
      'De gemeente',
      'Evaluatie:',
      '☒ Procesevaluatie',
      'Tijdslijn',
      'januari: Locatie zoeken',
      'februari',
      'september: Evaluatie',
      'Financiering:',
      'Regulier',
    ]);
    expect(lines.filter((l) => /^Tijdslijn:?$/.test(l))).toEqual(['Tijdslijn', 'Tijdslijn:']);
    const plan = parsePlanText(text);
    expect(allActions(plan).map((a) => [a.title, a.lead, a.evaluation.process.chosen, a.timeline.map((t) => [t.month, t.milestone])])).toEqual([
      [
        'Buurtcafés',
        'De gemeente',
        true,
        [
          [1, 'Locatie zoeken'],
          [2, null],
          [9, 'Evaluatie'],
        ],
      ],
      ['Vorming', 'De gemeente', true, [[2, 'Vorming geven']]],
    ]);
  });

  it('reads a month grid with the months down the first column and the actions across', async () => {
    const grid = new Table({
      rows: [row(cell(''), cell('Buurtcafés'), cell('Vorming')), ...MONTHS.map((m, i) => row(cell(m), cell(i === 2 ? 'Start' : ''), cell(i >= 9 ? '●' : '')))],
    });
    const doc = new Document({ sections: [{ children: [grid, ...sheet('Buurtcafés'), ...sheet('Vorming')] }] });
    const plan = parsePlanText((await planTextOf(await Packer.toBuffer(doc), 'docx')).text);
    expect(allActions(plan).map((a) => [a.title, a.timeline.map((t) => [t.month, t.milestone])])).toEqual([
      ['Buurtcafés', [[3, 'Start']]],
      [
        'Vorming',
        [
          [10, null],
          [11, null],
          [12, null],
        ],
      ],
    ]);
  });

  it("reads months marked by colour alone: in a grid of actions, and in a sheet's own row of months", async () => {
    const coloured = (on: boolean) => new TableCell({ shading: on ? { fill: 'B7D7CF' } : undefined, children: [new Paragraph('')] });
    const grid = new Table({
      rows: [row(cell('Actie'), ...MONTHS.map((m) => cell(m))), row(cell('Buurtcafés'), ...MONTHS.map((_, i) => coloured(i >= 2 && i <= 4)))],
    });
    const ownRow = new Table({ rows: [row(...MONTHS.map((m) => cell(m))), row(...MONTHS.map((_, i) => coloured(i === 9 || i === 10)))] });
    const doc = new Document({
      sections: [
        {
          children: [
            grid,
            ...sheet('Buurtcafés'),
            new Paragraph({ heading: HeadingLevel.HEADING_3, text: 'Actie 2026: Vorming' }),
            new Table({
              rows: [
                row(cell('Wat?'), cell('We geven vorming.')),
                // A coloured empty cell that is no month: nothing comes of it.
                new TableRow({ children: [coloured(true), cell('Senioren')] }),
                row(cell('Tijdpad 2026 (markeer hieronder de maanden)'), new TableCell({ children: [ownRow] })),
              ],
            }),
          ],
        },
      ],
    });
    const { text } = await planTextOf(await Packer.toBuffer(doc), 'docx');
    expect(text).not.toContain('■');
    expect(text).toContain('Tijdpad 2026 (markeer hieronder de maanden)\n\noktober\n\nnovember\n\n');
    const plan = parsePlanText(text);
    expect(allActions(plan).map((a) => [a.title, a.timeline.map((t) => t.month)])).toEqual([
      ['Buurtcafés', [3, 4, 5]],
      ['Vorming', [10, 11]],
    ]);
  });

  it('marks only empty cells with a fill colour, in the document it rewrites; a file without any is left as it is', async () => {
    const xml =
      '<w:tbl><w:tr><w:tc><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="B7D7CF"/></w:tcPr><w:p/></w:tc>' +
      '<w:tc><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="FFFFFF"/></w:tcPr><w:p></w:p></w:tc>' +
      '<w:tc><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="DCE9E6"/></w:tcPr><w:p><w:r><w:t>Wat?</w:t></w:r></w:p></w:tc>' +
      '<w:tc><w:p><w:pPr><w:jc w:val="center"/></w:pPr></w:p></w:tc></w:tr></w:tbl>';
    expect(markShadedCells(xml)).toBe(xml.replace('<w:p/>', '<w:p><w:r><w:t>■</w:t></w:r></w:p>'));
    const plain = docxOfBody('<w:p><w:r><w:t>Geen tabel</w:t></w:r></w:p>');
    expect(preparedDocx(plain, 1_000_000)).toBe(plain);
    const marked = preparedDocx(docxOfBody(xml), 1_000_000);
    expect((await planTextOf(marked, 'docx')).text).toBe('Wat?\n\n');
  });

  it("leaves out a content control's placeholder (a template field not filled in), and keeps a filled one", async () => {
    const control = (text: string, placeholder: boolean) =>
      `<w:sdt><w:sdtPr><w:id w:val="1"/>${placeholder ? '<w:showingPlcHdr/>' : ''}<w:text/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>${text}</w:t></w:r></w:sdtContent></w:sdt>`;
    const p = (...children: string[]) => `<w:p>${children.join('')}</w:p>`;
    const body = p('<w:r><w:t>Wat?</w:t></w:r>') + p(control('Beschrijf hier kort de actie.', true)) + p('<w:r><w:t>Waarom?</w:t></w:r>') + p(control('Omdat ouderen vereenzamen.', false));
    const { text } = await planTextOf(docxOfBody(body), 'docx');
    expect(text).toBe('Wat?\n\nWaarom?\n\nOmdat ouderen vereenzamen.\n\n');
  });

  it('reads a goals table (strategic goal cells merged down) as its goals with their indicators', async () => {
    const merged = (text: string, first: boolean) =>
      new TableCell({ children: [new Paragraph(first ? text : '')], verticalMerge: first ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE });
    const goals = new Table({
      rows: [
        row(cell('Strategische doelstelling'), cell('Operationele doelstelling'), cell('Indicatoren')),
        new TableRow({ children: [merged('SD 1: Iedereen vindt de weg naar zorg', true), cell('OD 1.1 Een sociale kaart'), cell('Aantal bezoekers', 'Aantal fiches')] }),
        new TableRow({ children: [merged('', false), cell('1.2 Een vindplaats per gemeente'), cell('')] }),
        row(cell('2. Zorgverleners werken samen'), cell('OD 2.1 Casusoverleg'), cell('Aantal overleggen')),
      ],
    });
    const doc = new Document({ sections: [{ children: [new Paragraph({ heading: HeadingLevel.TITLE, text: 'Actieplan 2026' }), goals] }] });
    const { text } = await planTextOf(await Packer.toBuffer(doc), 'docx');
    expect(text.split('\n\n').slice(1, 6)).toEqual([
      'Strategische doelstelling 1: Iedereen vindt de weg naar zorg',
      'Operationele doelstelling 1.1 Een sociale kaart',
      'Indicatoren',
      'Aantal bezoekers',
      'Aantal fiches',
    ]);
    const plan = parsePlanText(text);
    expect(plan.strategicGoals.map((sd) => [sd.number, sd.title, sd.operationalGoals.map((od) => [od.number, od.title, od.indicators])])).toEqual([
      [
        '1',
        'Iedereen vindt de weg naar zorg',
        [
          ['1.1', 'Een sociale kaart', ['Aantal bezoekers', 'Aantal fiches']],
          ['1.2', 'Een vindplaats per gemeente', []],
        ],
      ],
      ['2', 'Zorgverleners werken samen', [['2.1', 'Casusoverleg', ['Aantal overleggen']]]],
    ]);
  });

  it('reads a check box in a cell of its own with the label beside it, before or after', async () => {
    const box = (checked: boolean) => new TableCell({ children: [new Paragraph({ children: [new CheckBox({ checked })] })] });
    const boxes = new Table({
      rows: [row(box(true), cell('Procesevaluatie')), row(box(false), cell('Resultaatgerichte evaluatie (Output)')), row(cell('Impact evaluatie (Outcome)'), box(true))],
    });
    const doc = new Document({ sections: [{ children: [new Paragraph('Evaluatie'), boxes, new Paragraph({ text: 'Aantal deelnemers', bullet: { level: 0 } })] }] });
    const { text } = await planTextOf(await Packer.toBuffer(doc), 'docx');
    expect(text.split('\n\n').slice(0, -1)).toEqual(['Evaluatie', '☒ Procesevaluatie', '☐ Resultaatgerichte evaluatie (Output)', '☒ Impact evaluatie (Outcome)', '• Aantal deelnemers']);
  });

  it('keeps a heading broken by hand on one line, and the page header out', async () => {
    const doc = new Document({
      sections: [
        {
          headers: { default: new Header({ children: [new Paragraph('ELZ Noord – Actieplan 2026 – vertrouwelijk')] }) },
          children: [
            new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun('Actie 2026: Een buurtcafé in elke'), new TextRun({ text: 'deelgemeente', break: 1 })] }),
            new Paragraph({ children: [new TextRun('Trekker: ELZ'), new TextRun({ text: 'samen met de gemeente', break: 1 })] }),
          ],
        },
      ],
    });
    const { text } = await planTextOf(await Packer.toBuffer(doc), 'docx');
    expect(text).toBe('Actie 2026: Een buurtcafé in elke deelgemeente\n\nTrekker: ELZ\nsamen met de gemeente\n\n');
  });

  it('reads lists and tables nested thousands deep without recursing that deep (a hostile file)', () => {
    const lists = `${'<ul><li>a'.repeat(20_000)}${'</li></ul>'.repeat(20_000)}<p>Na de lijst</p>`;
    const lines = htmlToPlanText(lists).split('\n\n');
    expect(lines.length).toBeLessThan(100);
    expect(lines.slice(-2)).toEqual(['Na de lijst', '']);
    const tables = `${'<table><tr><td>'.repeat(20_000)}x${'</td></tr></table>'.repeat(20_000)}<p>Na de tabel</p>`;
    expect(htmlToPlanText(tables).split('\n\n').slice(-2)).toEqual(['Na de tabel', '']);
  });

  it('decodes entities and keeps a line break written into the text on a line of its own', () => {
    expect(htmlToPlanText('<p>A &amp; B &#8211; C&nbsp;D &quot;E&quot;</p><ul><li>X\n◦ Y</li></ul>')).toBe('A & B – C D "E"\n\n• X\n◦ Y\n\n');
  });
});
