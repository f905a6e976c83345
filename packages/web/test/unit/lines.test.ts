// Lists edited as text: nested bullets of imported plans survive the round trip.
import { linesToList, listToLines } from '../../src/common/forms/lines';

describe('list ↔ lines', () => {
  const imported = [
    'Samen met ELZ Leuven is ELZ Leuven-Zuid de trekker van de werkgroep “Coöperatieve verpleegposten”.\n◦ Inventariseren van ontstane initiatieven binnen de gemeenten.\n◦ In geval van good practices, deze delen/voorstellen aan andere gemeenten.',
    'Contact zoeken met de beroepsgroep(en) van logopedisten\n◦ ELZ Leuven Zuid voorstellen\n  ▪ op de algemene vergadering\n◦ Vertegenwoordiging vragen vanuit de beroepsgroep',
    'Een gewoon item',
  ];

  it('gives back the same items, sub-bullets and their indentation included', () => {
    const text = listToLines(imported);
    expect(text.split('\n')).toEqual([
      'Samen met ELZ Leuven is ELZ Leuven-Zuid de trekker van de werkgroep “Coöperatieve verpleegposten”.',
      '  ◦ Inventariseren van ontstane initiatieven binnen de gemeenten.',
      '  ◦ In geval van good practices, deze delen/voorstellen aan andere gemeenten.',
      'Contact zoeken met de beroepsgroep(en) van logopedisten',
      '  ◦ ELZ Leuven Zuid voorstellen',
      '    ▪ op de algemene vergadering',
      '  ◦ Vertegenwoordiging vragen vanuit de beroepsgroep',
      'Een gewoon item',
    ]);
    expect(linesToList(text)).toEqual(imported);
    expect(listToLines(linesToList(text))).toBe(text);
  });

  it('reads what a person types: a new line is an item, an indented line (spaces or a tab) belongs to the item above', () => {
    expect(linesToList('Eerste\n\tsub\n Tweede?\n\n  \nDerde  \r\nVierde')).toEqual(['Eerste\nsub\nTweede?', 'Derde', 'Vierde']);
    expect(linesToList('  begint ingesprongen\nvolgende')).toEqual(['begint ingesprongen', 'volgende']);
    expect(linesToList('')).toEqual([]);
  });
});
