// What a failed mutation tells the form: the API's error code, its field issues, the plan checks
// that block submitting. A version conflict's other values are read back through the page's own
// typed query, not from the error's raw `current`.
import { CombinedGraphQLErrors, type ErrorLike } from '@apollo/client';
import type { FieldIssue } from '@kruispunt/shared';

interface ErrorExtensions {
  code?: string;
  field?: string;
  issues?: unknown;
  checks?: unknown;
}

function extensionsOf(error: unknown): ErrorExtensions[] {
  if (!error || !CombinedGraphQLErrors.is(error)) return [];
  return error.errors.map((e) => (e.extensions ?? {}) as ErrorExtensions);
}

/** The first `extensions.code` of the error, e.g. "VERSION_CONFLICT". */
export function errorCode(error: unknown): string | undefined {
  return extensionsOf(error).find((e) => typeof e.code === 'string')?.code;
}

/**
 * INVALID_INPUT as field issues: `extensions.issues` when present, else the single
 * `extensions.field` with the error's message.
 */
export function errorIssues(error: unknown): FieldIssue[] {
  if (!error || !CombinedGraphQLErrors.is(error)) return [];
  const out: FieldIssue[] = [];
  for (const e of error.errors) {
    const ext = (e.extensions ?? {}) as ErrorExtensions;
    if (ext.code !== 'INVALID_INPUT') continue;
    if (Array.isArray(ext.issues) && ext.issues.length > 0) {
      for (const issue of ext.issues as Array<Partial<FieldIssue>>) {
        if (issue && typeof issue.message === 'string') out.push({ field: typeof issue.field === 'string' ? issue.field : '_', message: issue.message });
      }
    } else {
      out.push({ field: typeof ext.field === 'string' ? ext.field : '_', message: e.message });
    }
  }
  return out;
}

export interface BlockingCheck {
  actionId: string | null;
  code: string;
  message: string;
  severity: string;
}

/** The checks that refused a submission (`extensions.checks` of setActionPlanStatus). */
export function blockingChecks(error: unknown): BlockingCheck[] {
  const ext = extensionsOf(error).find((e) => Array.isArray(e.checks));
  if (!ext) return [];
  return (ext.checks as Array<Partial<BlockingCheck>>)
    .filter((c): c is BlockingCheck => Boolean(c && typeof c.message === 'string'))
    .map((c) => ({
      actionId: c.actionId ?? null,
      code: c.code ?? '',
      message: c.message,
      severity: c.severity ?? 'ERROR',
    }));
}

/** A Dutch sentence for an error a person can act on (mutation errors are Dutch already). */
export function mutationMessage(error: ErrorLike | unknown): string {
  if (error && CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    if (first?.extensions?.code === 'FORBIDDEN') return first.message || 'Je mag dit niet wijzigen.';
    return first?.message ?? 'De server gaf een fout terug.';
  }
  return 'Opslaan lukte niet: de server is niet bereikbaar. Controleer je verbinding en probeer opnieuw.';
}
