// The text a .docx gives the parser: a Word document made with the docx library, read through
// planTextOf (mammoth's HTML) - paragraphs, Word lists, a table, check boxes and a footnote.
import { AlignmentType, CheckBox, Document, FootnoteReferenceRun, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { docxOfBody } from '../../test/hostile-files';
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
      'Evaluatie',
      '☒ Procesevaluatie',
      'Tijdslijn',
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
    expect(text.split('\n\n').slice(0, -1).map((line) => line.replace(/\s+/g, ' '))).toEqual([
      'Evaluatie',
      '☒ Procesevaluatie',
      '☐ Resultaatgerichte evaluatie (Output)',
      '☒ Effectevaluatie (Outcome)',
    ]);
  });

  it('reads legacy form-field check boxes (FORMCHECKBOX) as ☒ and ☐', async () => {
    const field = (checked: boolean) =>
      `<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check1"/><w:enabled/><w:checkBox><w:sizeAuto/><w:default w:val="${checked ? 1 : 0}"/></w:checkBox></w:ffData></w:fldChar></w:r>` +
      '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>';
    const p = (checked: boolean, label: string) => `<w:p>${field(checked)}<w:r><w:t xml:space="preserve"> ${label}</w:t></w:r></w:p>`;
    const { text } = await planTextOf(docxOfBody(p(true, 'Procesevaluatie') + p(false, 'Outputevaluatie')), 'docx');
    expect(text.split('\n\n').slice(0, -1).map((line) => line.replace(/\s+/g, ' '))).toEqual(['☒ Procesevaluatie', '☐ Outputevaluatie']);
  });

  it('decodes entities and keeps a line break written into the text on a line of its own', () => {
    expect(htmlToPlanText('<p>A &amp; B &#8211; C&nbsp;D &quot;E&quot;</p><ul><li>X\n◦ Y</li></ul>')).toBe('A & B – C D "E"\n\n• X\n◦ Y\n\n');
  });
});
