import { readListParams, resolveFilter } from '@/modules/dashboard/list-params';
import type { FilterOptions } from '@/common/filter-options';

const options = {
  regions: [
    {
      id: 'r1',
      name: 'Oost-Brabant',
      slug: 'oost-brabant',
      zones: [
        { id: 'z1', name: 'ELZ Leuven', shortName: 'Leuven', slug: 'elz-leuven', actionPlans: [{ year: 2025 }] },
        { id: 'z2', name: 'ELZ Leuven Zuid', shortName: 'Leuven Zuid', slug: 'elz-leuven-zuid', actionPlans: [] },
      ],
    },
  ],
  themes: [{ id: 't1', name: 'Mantelzorg', slug: 'mantelzorg' }],
} as unknown as FilterOptions;

describe('the action list filters in the URL', () => {
  it('reads words, slugs, years and the shared switch as the URL holds them', () => {
    const list = readListParams(new URLSearchParams('q=%20mantelzorg%20&thema=mantelzorg&zone=elz-leuven&regio=oost-brabant&jaar=2025&jaar=twee&gedeeld=ja'));
    expect(list).toEqual({ q: 'mantelzorg', themes: ['mantelzorg'], zones: ['elz-leuven'], regions: ['oost-brabant'], years: [2025], shared: true });
    expect(readListParams(new URLSearchParams('gedeeld=nee')).shared).toBe(false);
    expect(readListParams(new URLSearchParams('gedeeld=misschien')).shared).toBeNull();
  });

  it('turns slugs into the ids the API filters on, and names the slugs it does not know', () => {
    const list = readListParams(new URLSearchParams('thema=mantelzorg&thema=onbekend&zone=elz-leuven-zuid&zone=elz-nergens&regio=oost-brabant&gedeeld=nee'));
    const { filter, unknown } = resolveFilter(list, options);
    expect(filter).toEqual({ themeSlugs: ['mantelzorg', 'onbekend'], ownerZoneIds: ['z2'], regionIds: ['r1'], shared: false });
    expect(unknown).toEqual(['zone “elz-nergens”', 'thema “onbekend”']);
    expect(resolveFilter(readListParams(new URLSearchParams('')), options)).toEqual({ filter: {}, unknown: [] });
  });
});
