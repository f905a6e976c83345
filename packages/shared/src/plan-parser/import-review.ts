// Rules of the import review that both the API and the web need: how an organisation named in a
// plan ("Met wie?") is matched against the partner directory and the zones, which names may
// become a new partner, which projects a paragraph is about, and which dates of an action fall in
// another year than the plan it is imported into (and how they are moved to that year).
import { z } from 'zod';
import type { ParsedAction } from './types';

/** A name reduced for comparison: case, accents, punctuation and a legal form ("vzw") do not count. */
export function organisationKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' en ')
    .replace(/\b(?:vzw|v\.z\.w\.|asbl|cv|bv|nv)\b/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A zone as "ELZ Leuven Zuid", "Eerstelijnszone Leuven Zuid" or "Leuven Zuid". */
function zoneKeys(zone: { name: string; shortName: string }): string[] {
  const strip = (k: string) => k.replace(/^(?:elz|eerstelijnszone|eerstelijnszones)\s+/, '');
  return [organisationKey(zone.name), organisationKey(zone.shortName), strip(organisationKey(zone.name))].filter(Boolean);
}

/** The organisation of a line under "Met wie?": the name before a remark ("Diletti (netwerk GGZ)", "CAW – onthaal"). */
export function organisationName(line: string): string {
  return line
    .replace(/^[-•*▪◦\s]+/, '')
    .split(/\s*(?:\(|:|\s[–—-]\s)/)[0]!
    .replace(/[.;,]+$/, '')
    .trim();
}

/** Small words a description has and a name (capitalised "De" aside) has not: "Partners die relevant zijn", "In tweede instantie". */
const DESCRIPTION_WORDS = /(?:^|\s)(?:die|dat|het|de|der|een|van|voor|met|in|op|om|te|naar|bij|zoals|alle|andere)(?=\s|$)|^(?:In|Alle|Andere|Met|Voor|Vanuit|Eventueel|Optioneel)\s/;

/** Whether a line could be the name of an organisation (not a sentence, a list or a description): offered as a new partner. */
export function isOrganisationName(name: string): boolean {
  const words = name.split(/\s+/).filter(Boolean);
  return name.length >= 2 && name.length <= 120 && words.length <= 5 && !/[.!?]$/.test(name) && !DESCRIPTION_WORDS.test(name);
}

export type OrganisationMatch<P, Z> = { kind: 'partner'; partner: P } | { kind: 'zone'; zone: Z } | { kind: 'none'; candidate: boolean };

/**
 * What a name under "Met wie?" is: a zone (never taken for a partner, also when a partner bears
 * its name), a partner of the directory, or neither (then whether it may become a new partner).
 */
export function matchOrganisation<P extends { name: string }, Z extends { name: string; shortName: string }>(
  line: string,
  partners: readonly P[],
  zones: readonly Z[],
): OrganisationMatch<P, Z> {
  const name = organisationName(line);
  const key = organisationKey(name);
  if (!key) return { kind: 'none', candidate: false };
  const zone = zones.find((z) => zoneKeys(z).includes(key));
  if (zone) return { kind: 'zone', zone };
  const partner = partners.find((p) => organisationKey(p.name) === key);
  if (partner) return { kind: 'partner', partner };
  return { kind: 'none', candidate: isOrganisationName(name) };
}

export interface FoundOrganisations<P, Z> {
  /** Partners of the directory the line names, as whole words ("VAPH en Opgroeien" → both). */
  partners: P[];
  /** Zones the line names: never taken for a partner, also when a partner bears the name. */
  zones: Z[];
  /** When the line names nothing known and reads as one organisation's name: that name, to be created on request. */
  newName: string | null;
}

/**
 * What a line under "Met wie?" names: the zones first (their words are then no longer read), then
 * the partners of the directory, longest names first; and, when it names neither and is one
 * short name (no list, no label, no sentence), that name as a possible new partner.
 */
export function findOrganisations<P extends { name: string }, Z extends { name: string; shortName: string }>(
  line: string,
  partners: readonly P[],
  zones: readonly Z[],
): FoundOrganisations<P, Z> {
  let rest = ` ${organisationKey(line)} `;
  const take = (key: string) => {
    if (key.length < 2 || !rest.includes(` ${key} `)) return false;
    rest = rest.split(` ${key} `).join(' | ');
    return true;
  };
  const byLength = <T>(items: readonly T[], keys: (t: T) => string[]) => items.flatMap((item) => keys(item).map((key) => ({ item, key }))).sort((a, b) => b.key.length - a.key.length);
  const whole = organisationKey(line);
  // A zone by its full name anywhere in the line; by its short name only when that is the whole line ("Leuven" is also "KU Leuven").
  const foundZones = new Set<Z>();
  for (const { item, key } of byLength(zones, (z) => zoneKeys(z).filter((k) => k !== organisationKey(z.shortName) || k === whole))) if (take(key)) foundZones.add(item);
  const foundPartners = new Set<P>();
  for (const { item, key } of byLength(partners, (p) => [organisationKey(p.name)])) if (!foundPartners.has(item) && take(key)) foundPartners.add(item);
  const name = organisationName(line);
  const bare = line
    .replace(/^[-•*▪◦\s]+/, '')
    .replace(/\([^)]*\)/g, '')
    .trim();
  const single = !/[,;:/]|\s(?:en|of|and)\s|[.!?]$/i.test(bare);
  const newName = foundZones.size === 0 && foundPartners.size === 0 && single && isOrganisationName(name) ? name : null;
  return { partners: [...foundPartners], zones: [...foundZones], newName };
}

/** The short name of a project as a paragraph names it: "GBO (geïntegreerd breed onthaal)" → ["gbo", "geintegreerd breed onthaal"]. */
function projectKeys(name: string): string[] {
  const inner = /\(([^)]+)\)/.exec(name)?.[1];
  return [organisationKey(name.replace(/\([^)]*\)/g, ' ')), inner ? organisationKey(inner) : ''].filter((k) => k.length >= 3);
}

/** The projects a paragraph names (as whole words): an "OverHoop"-paragraph can become an action of OverHoop. */
export function projectsNamed<P extends { name: string }>(text: string, projects: readonly P[]): P[] {
  const haystack = ` ${organisationKey(text)} `;
  return projects.filter((p) => projectKeys(p.name).some((k) => haystack.includes(` ${k} `)));
}

const yearOf = (iso: string | null): number | null => (iso ? Number(iso.slice(0, 4)) : null);

/** The years other than `year` that an action's dates (start, end, steps) fall in, sorted; empty when none. */
export function otherDateYears(action: Pick<ParsedAction, 'startDate' | 'endDate' | 'steps'>, year: number): number[] {
  const years = [action.startDate, action.endDate, ...action.steps.map((s) => s.date)].map(yearOf).filter((y): y is number => y !== null && y !== year);
  return [...new Set(years)].sort((a, b) => a - b);
}

/** An ISO date moved to another year, on the same day and month (29 February becomes the 28th in a common year). */
export function dateInYear(iso: string, year: number): string {
  const [, month, day] = iso.split('-');
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const d = month === '02' && day === '29' && !leap ? '28' : day;
  return `${String(year).padStart(4, '0')}-${month}-${d}`;
}

/** The action with every date (start, end, steps) moved into `year`; the months of its timeline carry no year and stay. */
export function shiftDatesToYear<A extends Pick<ParsedAction, 'startDate' | 'endDate' | 'steps'>>(action: A, year: number): A {
  const move = (iso: string | null) => (iso && yearOf(iso) !== year ? dateInYear(iso, year) : iso);
  return {
    ...action,
    startDate: move(action.startDate),
    endDate: move(action.endDate),
    steps: action.steps.map((s) => (s.date && yearOf(s.date) !== year ? { ...s, date: move(s.date) } : s)),
  };
}

/** What the import review asks the API to match: the names under "Met wie?" and the texts it could not place. */
export const importMatchesSchema = z.object({
  partnerNames: z.array(z.string().max(1000, 'Naam is te lang')).max(1000, 'Te veel namen'),
  texts: z.array(z.string().max(20000, 'Tekst is te lang')).max(2000, 'Te veel teksten'),
});
