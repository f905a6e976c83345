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
