// "Wat is er veranderd sinds indiening": the difference between two plans in the import shape
// (the JSON a submission keeps and the plan's export now). Pure, so the API computes it and a
// unit test pins it down.
//
// Actions are matched by number first (a number used once on each side), then by title among the
// rest; what stays unmatched was removed or added. Lists (steps, indicators, ...) compare as one
// text, one item a line, so the reader sees them with a word diff. A kept JSON from an older
// version of the shape may lack fields: a missing field reads as empty.
import { EVALUATION_KIND_LABELS, FUNDING_KIND_LABELS, formatDate, type FundingKind } from './domain';
import type { ImportJson, ImportJsonAction } from './plan-parser/types';

/** One field that differs: its value before (at submission) and after (now), as display text; null when absent. */
export interface FieldChange {
  /** Stable key: `title`, `steps`, `sd:1:title`, `od:1.2:indicators`, ... */
  field: string;
  /** Dutch label for the reader. */
  label: string;
  before: string | null;
  after: string | null;
}

export const ACTION_CHANGE_KINDS = ['ADDED', 'REMOVED', 'CHANGED'] as const;
export type ActionChangeKind = (typeof ACTION_CHANGE_KINDS)[number];

export interface ActionChange {
  kind: ActionChangeKind;
  /** The action's number and title now (as submitted, for a removed one). */
  number: string | null;
  title: string;
  /** For CHANGED: the fields that differ, in sheet order. Empty for ADDED and REMOVED. */
  fields: FieldChange[];
}

export interface PlanChanges {
  /** Plan-level differences: zone, years, strategic and operational goals. */
  plan: FieldChange[];
  /** Per action, in the plan's current order; removed ones after. */
  actions: ActionChange[];
}

/** Labels of the action fields, in sheet order (the order changes are listed in). */
export const ACTION_FIELD_LABELS = {
  number: 'Nummer',
  title: 'Titel',
  goal: 'Doelstelling',
  lead: 'Trekker',
  targetGroups: 'Doelgroepen',
  inScope: 'Wat valt binnen de scope',
  outOfScope: 'Wat valt buiten de scope',
  steps: 'Stappen',
  evaluation: 'Evaluatie',
  indicators: 'Indicatoren',
  funding: 'Financiering',
  startDate: 'Startdatum',
  endDate: 'Einddatum',
} as const;
type ActionField = keyof typeof ACTION_FIELD_LABELS;

/** An action with where it sits in the plan, as display texts per field. */
interface PlacedAction {
  number: string | null;
  title: string;
  texts: Record<ActionField, string | null>;
}

const lines = (items: readonly string[] | null | undefined): string | null => (items && items.length ? items.join('\n') : null);
const text = (value: string | null | undefined): string | null => (value == null || value.trim() === '' ? null : value);

function actionTexts(a: Partial<ImportJsonAction>, goal: string | null): Record<ActionField, string | null> {
  const evaluation = a.evaluation
    ? (['process', 'output', 'outcome'] as const)
        .filter((k) => a.evaluation?.[k])
        .map((k) => EVALUATION_KIND_LABELS[k.toUpperCase() as 'PROCESS'])
        .join(', ')
    : '';
  const funding = a.funding ? (FUNDING_KIND_LABELS[a.funding.toUpperCase() as FundingKind] ?? a.funding) : null;
  return {
    number: text(a.number),
    title: text(a.title),
    goal,
    lead: text(a.lead),
    targetGroups: lines(a.targetGroups),
    inScope: lines(a.inScope),
    outOfScope: lines(a.outOfScope),
    steps: lines(a.steps),
    evaluation: text(evaluation),
    indicators: lines(a.indicators),
    funding,
    startDate: a.startDate ? formatDate(a.startDate) : null,
    endDate: a.endDate ? formatDate(a.endDate) : null,
  };
}

function placedActions(plan: Partial<ImportJson>): PlacedAction[] {
  const out: PlacedAction[] = [];
  const add = (a: Partial<ImportJsonAction>, goal: string | null): void => {
    out.push({ number: text(a.number), title: a.title ?? '', texts: actionTexts(a, goal) });
  };
  for (const sd of plan.strategicGoals ?? []) {
    for (const od of sd.operationalGoals ?? []) for (const a of od.actions ?? []) add(a, `OD ${od.number} ${od.title}`.trim());
  }
  for (const a of plan.actionsWithoutGoal ?? []) add(a, null);
  return out;
}

const squash = (title: string): string => title.replace(/\s+/g, ' ').trim().toLowerCase();

/** Pairs of [before index, after index]: by a number used once on each side, then by title. */
function matchActions(before: PlacedAction[], after: PlacedAction[]): { pairs: [number, number][]; removed: number[]; added: number[] } {
  const pairs: [number, number][] = [];
  const usedBefore = new Set<number>();
  const usedAfter = new Set<number>();
  const counts = (list: PlacedAction[]) => {
    const m = new Map<string, number>();
    for (const a of list) if (a.number) m.set(a.number, (m.get(a.number) ?? 0) + 1);
    return m;
  };
  const nBefore = counts(before);
  const nAfter = counts(after);
  after.forEach((a, j) => {
    if (!a.number || nBefore.get(a.number) !== 1 || nAfter.get(a.number) !== 1) return;
    const i = before.findIndex((b) => b.number === a.number);
    pairs.push([i, j]);
    usedBefore.add(i);
    usedAfter.add(j);
  });
  after.forEach((a, j) => {
    if (usedAfter.has(j)) return;
    const i = before.findIndex((b, k) => !usedBefore.has(k) && squash(b.title) === squash(a.title));
    if (i < 0) return;
    pairs.push([i, j]);
    usedBefore.add(i);
    usedAfter.add(j);
  });
  return {
    pairs: pairs.sort((x, y) => x[1] - y[1]),
    removed: before.map((_, i) => i).filter((i) => !usedBefore.has(i)),
    added: after.map((_, j) => j).filter((j) => !usedAfter.has(j)),
  };
}

function fieldChanges(before: PlacedAction, after: PlacedAction): FieldChange[] {
  return (Object.keys(ACTION_FIELD_LABELS) as ActionField[])
    .filter((f) => before.texts[f] !== after.texts[f])
    .map((f) => ({ field: f, label: ACTION_FIELD_LABELS[f], before: before.texts[f], after: after.texts[f] }));
}

const GENERAL_TEXTS = [
  ['introText', 'Inleiding'],
  ['targetGroupsText', 'Communicatie naar specifieke doelgroepen'],
  ['networkText', 'Functioneren als netwerkorganisatie'],
] as const;
const GENERAL_TEXT_KEYS = new Set<string>(GENERAL_TEXTS.map(([key]) => key));

/** The plan's own fields and its goals, as keyed display texts. */
function planTexts(plan: Partial<ImportJson>): Map<string, { label: string; value: string | null }> {
  const m = new Map<string, { label: string; value: string | null }>();
  m.set('zone', { label: 'Zone', value: text(plan.zone) });
  m.set('years', { label: 'Jaar', value: plan.years && plan.years.length ? plan.years.join(', ') : null });
  // The general texts, when the JSON has them (kept submissions from before they did are not compared on them).
  for (const [key, label] of GENERAL_TEXTS) if (key in plan) m.set(key, { label, value: text(plan[key] ?? null) });
  for (const sd of plan.strategicGoals ?? []) {
    m.set(`sd:${sd.number}:title`, { label: `SD ${sd.number}`, value: text(sd.title) ?? '' });
    for (const od of sd.operationalGoals ?? []) {
      m.set(`od:${od.number}:title`, { label: `OD ${od.number}`, value: text(od.title) ?? '' });
      m.set(`od:${od.number}:indicators`, { label: `OD ${od.number} – indicatoren`, value: lines(od.indicators) });
    }
  }
  return m;
}

function planFieldChanges(before: Partial<ImportJson>, after: Partial<ImportJson>): FieldChange[] {
  const a = planTexts(before);
  const b = planTexts(after);
  const keys = [...b.keys(), ...[...a.keys()].filter((k) => !b.has(k))];
  const changes: FieldChange[] = [];
  for (const key of keys) {
    const was = a.get(key);
    const now = b.get(key);
    const beforeValue = was?.value ?? null;
    const afterValue = now?.value ?? null;
    if (beforeValue === afterValue && Boolean(was) === Boolean(now)) continue;
    // A general text only one side's JSON carries is not a change (kept before the JSON had them).
    if (GENERAL_TEXT_KEYS.has(key) && (!was || !now)) continue;
    // An indicator list of a goal that came or went says nothing the goal's own line does not.
    if (key.endsWith(':indicators') && (!was || !now) && (was?.value ?? now?.value) == null) continue;
    changes.push({ field: key, label: (now ?? was)!.label, before: was ? beforeValue : null, after: now ? afterValue : null });
  }
  return changes;
}

/** What changed from `before` (a kept submission's JSON) to `after` (the plan's export now). */
export function planChanges(before: Partial<ImportJson>, after: Partial<ImportJson>): PlanChanges {
  const was = placedActions(before);
  const now = placedActions(after);
  const { pairs, removed, added } = matchActions(was, now);
  const byAfter = new Map<number, ActionChange>();
  for (const [i, j] of pairs) {
    const fields = fieldChanges(was[i]!, now[j]!);
    if (fields.length) byAfter.set(j, { kind: 'CHANGED', number: now[j]!.number, title: now[j]!.title, fields });
  }
  for (const j of added) byAfter.set(j, { kind: 'ADDED', number: now[j]!.number, title: now[j]!.title, fields: [] });
  const actions = [...byAfter.entries()].sort((x, y) => x[0] - y[0]).map(([, c]) => c);
  for (const i of removed) actions.push({ kind: 'REMOVED', number: was[i]!.number, title: was[i]!.title, fields: [] });
  return { plan: planFieldChanges(before, after), actions };
}

/** True when nothing differs. */
export function isUnchanged(changes: PlanChanges): boolean {
  return changes.plan.length === 0 && changes.actions.length === 0;
}
