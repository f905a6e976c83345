// The year a plan is imported as, against the year(s) its text names. The import stores the plan
// under the year the user chose (every action goes into that plan); this says, before saving, when
// the text says otherwise ("Actieplan 2025" saved as 2026), so that dates and months get checked.
// The API's preview and the web's import review both ask here.
import type { ParsedPlan } from './types';
import { allActions } from './parser';
import { otherDateYears } from './import-review';

/** Dutch warning when the chosen year is not the text's year (or outside its period); null when they agree or the text names no year. */
export function importYearWarning(plan: ParsedPlan, year: number): string | null {
  if (plan.years.length === 0 || plan.years.includes(year)) return null;
  const from = Math.min(...plan.years);
  const to = Math.max(...plan.years);
  const what = plan.kind === 'multi-year-plan' || from !== to ? `een plan voor ${from}–${to}` : `actieplan ${from}`;
  const dated = allActions(plan).filter((a) => otherDateYears(a, year).length > 0).length;
  const dates = dated === 0 ? '' : ` ${dated === 1 ? '1 actie heeft' : `${dated} acties hebben`} datums in een ander jaar dan ${year}.`;
  return `De tekst is ${what}, maar je slaat het op als actieplan ${year}. Alle acties komen in het actieplan ${year}: kijk hun datums en maanden na.${dates}`;
}
