// `pnpm --filter @kruispunt/shared themes:score [--misses]`: the theme suggester measured on the
// seed actions, whose hand-set themes are the truth. Development zones and held-out zones apart.
import fs from 'node:fs';
import path from 'node:path';
import { seedZoneSchema } from '../seed';
import { formatThemeScore, scoreThemeSuggestions, seedThemeCases, type ThemeCase } from './score';

/** The lexicon was written looking at these zones; the others are the held-out check. */
export const DEV_ZONE_FILES = ['leuven.json', 'zuidoost-hageland.json'];
export const HELD_OUT_ZONE_FILES = ['leuven-noord.json', 'leuven-zuid.json'];

export function loadSeedThemeCases(files: readonly string[], dir = path.resolve(__dirname, '../../../api/src/seed/data')): ThemeCase[] {
  return files.flatMap((f) => seedThemeCases(seedZoneSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')))));
}

if (require.main === module) {
  const misses = process.argv.includes('--misses');
  const dev = loadSeedThemeCases(DEV_ZONE_FILES);
  const held = loadSeedThemeCases(HELD_OUT_ZONE_FILES);
  console.log(formatThemeScore(`dev (${DEV_ZONE_FILES.join(', ')}; ${dev.length} actions)`, scoreThemeSuggestions(dev), misses));
  console.log(formatThemeScore(`held-out (${HELD_OUT_ZONE_FILES.join(', ')}; ${held.length} actions)`, scoreThemeSuggestions(held), misses));
  console.log(formatThemeScore(`all (${dev.length + held.length} actions)`, scoreThemeSuggestions([...dev, ...held])));
}
