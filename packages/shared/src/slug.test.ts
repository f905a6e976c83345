import { slugify } from './slug';
import { SLUG_PATTERN } from './validation';

describe('slugify', () => {
  it('makes the web address part of a name, as the seeded zones have it', () => {
    expect(slugify('ELZ Leuven Zuid')).toBe('elz-leuven-zuid');
    expect(slugify('ELZ Zuidoost-Hageland (ELZOH)')).toBe('elz-zuidoost-hageland-elzoh');
    expect(slugify('  Regio Oost-Brabant  ')).toBe('regio-oost-brabant');
    expect(slugify('Geïntegreerd breed onthaal – Tienen')).toBe('geintegreerd-breed-onthaal-tienen');
    for (const name of ['ELZ Leuven Zuid', 'Werkgroep Zorg & Welzijn', 'Éénheid 1/2']) expect(slugify(name)).toMatch(SLUG_PATTERN);
    expect(slugify('–')).toBe('');
  });
});
