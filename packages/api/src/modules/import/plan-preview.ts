// The preview of an uploaded plan file, as one pure step: its text (within the limits), the
// parsed plan (at most so many actions) and the import JSON, serialized. It runs in a worker
// thread (plan-preview.worker.ts), so the answer crosses back as one string.
import { allActions, importYearWarning, parsePlanText, toImportJson, withSuggestedThemes } from '@kruispunt/shared';
import { planTextOf, type PlanFileKind } from './plan-file';
import { checkActionCount, type PlanFileLimits } from './plan-limits';

export interface PreviewRequest {
  bytes: Uint8Array;
  kind: PlanFileKind;
  fileName: string;
  limits: PlanFileLimits;
  /** The year the caller means to save it as, if known: the preview then says when the text names another. */
  year?: number | null;
}

/** The preview's JSON body: `{ fileName, sourceText, plan, importJson, warnings, yearWarning }`; each action of `plan` has `suggestedThemes`. */
export async function previewPlanFile({ bytes, kind, fileName, limits, year = null }: PreviewRequest): Promise<string> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { text, warnings } = await planTextOf(buffer, kind, limits);
  const parsed = parsePlanText(text);
  checkActionCount(allActions(parsed).length, limits);
  // Every action carries its proposed themes (suggestedThemes); the review lets the person keep
  // them (`themes`), and the import sets only those.
  const plan = withSuggestedThemes(parsed);
  const yearWarning = year === null ? null : importYearWarning(plan, year);
  return JSON.stringify({ fileName, sourceText: text, plan, importJson: toImportJson(plan), warnings, yearWarning });
}
