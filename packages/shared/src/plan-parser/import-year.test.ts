import { allActions, parsePlanText } from './parser';
import { otherDateYears, shiftDatesToYear } from './import-review';
import { importYearWarning } from './import-year';

const plan = (heading: string, dates = 'Startdatum: 15 januari 2025\nEinddatum: 30 juni 2025') =>
  parsePlanText(`${heading}

SD 1 – Samenwerken over de gemeentegrenzen heen

OD 1.1 – Een gedeelde agenda met de lokale besturen

Actie 1.1.1 – Rondetafel met de schepenen van welzijn

Wat?
We brengen de schepenen samen.
Evaluatie
[x] Procesevaluatie
Wanneer?
${dates}
`);

describe('importYearWarning', () => {
  it('says nothing when the chosen year is the one the text names', () => {
    const p = plan('Acties 2025');
    expect(p.years).toEqual([2025]);
    expect(importYearWarning(p, 2025)).toBeNull();
  });

  it('warns when an "Actieplan 2025" is saved as 2026, and counts the actions dated in another year', () => {
    const p = plan('Actieplan 2025');
    expect(p.years).toEqual([2025]);
    expect(importYearWarning(p, 2026)).toBe(
      'De tekst is actieplan 2025, maar je slaat het op als actieplan 2026. Alle acties komen in het actieplan 2026: kijk hun datums en maanden na. 1 actie heeft datums in een ander jaar dan 2026.',
    );
    expect(importYearWarning(plan('Actieplan 2025', ''), 2026)).toBe(
      'De tekst is actieplan 2025, maar je slaat het op als actieplan 2026. Alle acties komen in het actieplan 2026: kijk hun datums en maanden na.',
    );
  });

  it('warns when the year falls outside a multi-year plan, not inside it', () => {
    const p = plan('Beleids- en actieplan 2024-2026\nBeleids- en actieplan 2024-2026', '');
    expect(p.years).toEqual([2024, 2025, 2026]);
    expect(importYearWarning(p, 2025)).toBeNull();
    expect(importYearWarning(p, 2027)).toMatch(/^De tekst is een plan voor 2024–2026, maar je slaat het op als actieplan 2027\./);
  });

  it('says nothing when the text names no year', () => {
    const p = plan('Onze acties', '');
    expect(p.years).toEqual([]);
    expect(importYearWarning(p, 2026)).toBeNull();
  });
});

describe('dates in another year (the import review moves them on request)', () => {
  it('counts step dates too, and moves start, end and steps into the plan year on the same day', () => {
    const p = plan('Actieplan 2025', 'Startdatum: 15 januari 2025\nEinddatum: 30 juni 2025');
    const a = allActions(p)[0]!;
    expect(otherDateYears(a, 2026)).toEqual([2025]);
    const moved = shiftDatesToYear({ ...a, steps: [{ text: 'Overleg', month: null, date: '2024-02-29', line: 1 }] }, 2026);
    expect([moved.startDate, moved.endDate, moved.steps[0]!.date]).toEqual(['2026-01-15', '2026-06-30', '2026-02-28']);
    expect(otherDateYears(moved, 2026)).toEqual([]);
    expect(shiftDatesToYear({ ...a, steps: [{ text: 'x', month: null, date: '2024-02-29', line: 1 }] }, 2028).steps[0]!.date).toBe('2028-02-29');
  });
});
