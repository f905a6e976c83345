// A slug from a name: the web address part of zones, regions and seeded things ("ELZ Leuven Zuid" →
// "elz-leuven-zuid"). Accents are dropped, anything else than a-z and 0-9 becomes one hyphen. The
// result matches SLUG_PATTERN (validation.ts) unless the name has no letter or digit at all.
export function slugify(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
