import type { FieldIssue } from '@kruispunt/shared';

/**
 * Field issues by the form's field key. `keyOf` maps an issue path ("indicators.0.name",
 * "inScope.3") to the field that shows it; the first message per field wins.
 */
export function issuesByField(issues: readonly FieldIssue[], keyOf: (path: string) => string = (path) => path): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const key = keyOf(issue.field);
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}
