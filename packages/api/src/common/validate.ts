import { fieldIssues } from '@kruispunt/shared';
import type { z } from 'zod';
import { AppError } from './app-error';

/**
 * Parses input with a shared zod schema. A failure is an INVALID_INPUT error whose message and
 * `extensions.field` name the first bad field, with every problem in `extensions.issues`.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, prefix = ''): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = fieldIssues(result.error).map((i) => ({ ...i, field: prefix ? `${prefix}.${i.field}` : i.field }));
  const first = issues[0] ?? { field: '_', message: 'Ongeldige invoer' };
  throw new AppError('INVALID_INPUT', first.message, { field: first.field, issues });
}

// A NUL byte cannot be stored by PostgreSQL (its text types refuse it) and an unpaired UTF-16
// surrogate is no character at all: both are refused wherever text comes in.
const BAD_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why a text cannot be taken as it is, or null when it can. */
export function textProblem(value: string): string | null {
  const match = BAD_TEXT.exec(value);
  if (!match) return null;
  return match[0] === '\u0000' ? 'De tekst bevat een NUL-teken (\\u0000); dat kan niet bewaard worden.' : 'De tekst bevat een ongeldig teken (een losse UTF-16-surrogaat).';
}

/** An integer argument within [min, max], else INVALID_INPUT on `field` (never silently clamped). */
export function intInRange(value: number, field: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new AppError('INVALID_INPUT', `${field} moet tussen ${min} en ${max} liggen.`, { field, issues: [{ field, message: `${field} moet tussen ${min} en ${max} liggen.` }] });
  }
  return value;
}

/** Longest search text, in characters: enough for any sentence, and far from PostgreSQL's stack depth in websearch_to_tsquery. */
export const MAX_SEARCH_LENGTH = 200;

/** A search text, trimmed; longer than MAX_SEARCH_LENGTH is INVALID_INPUT on `field`. */
export function searchText(value: string | null | undefined, field: string): string {
  const text = (value ?? '').trim();
  if (text.length > MAX_SEARCH_LENGTH) {
    const message = `De zoektekst is te lang: hoogstens ${MAX_SEARCH_LENGTH} tekens.`;
    throw new AppError('INVALID_INPUT', message, { field, issues: [{ field, message }], maxLength: MAX_SEARCH_LENGTH });
  }
  return text;
}
