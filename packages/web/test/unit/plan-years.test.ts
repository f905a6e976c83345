// Mijn zone lists every plan of the zone (issue 13, part 2): next and this year first, also when
// they do not exist yet, then every other plan newest first; no year twice.
import { planCardRole, planCardYears } from '../../src/modules/zone/plan-years';

describe('plan cards of Mijn zone', () => {
  it('puts next and this year first, then every other plan newest first', () => {
    expect(planCardYears(2026, [2024, 2025])).toEqual([2027, 2026, 2025, 2024]);
    expect(planCardYears(2026, [2024, 2025, 2026, 2027, 2033, 2031])).toEqual([2027, 2026, 2033, 2031, 2025, 2024]);
    expect(planCardYears(2026, [])).toEqual([2027, 2026]);
    expect(planCardYears(2026, [2025, 2025])).toEqual([2027, 2026, 2025]);
  });

  it('names each card by its year seen from now', () => {
    expect([2027, 2026, 2030, 2024].map((y) => planCardRole(y, 2026))).toEqual(['volgend jaar', 'dit jaar', 'later jaar', 'eerder jaar']);
  });
});
