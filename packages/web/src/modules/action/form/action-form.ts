// The action editor's model: the form's state (what the inputs hold), the normalized values per
// field (what is compared, validated and sent as ActionInput), and the mapping of validation
// issues onto the same fields, and the merge of another person's saved version into the form.
import { actionUpdateSchema, fieldIssues, runningMonths, type EvaluationKind, type FieldIssue, type FundingKind, type ProgressStatus } from '@kruispunt/shared';
import { linesToList, listToLines, parseDecimal } from '@/common/forms/lines';
import type { ActionEditorFieldsFragment, ActionInput } from '@/gql/graphql';
import { planCaption } from '../hidden-plan';

export const EVALUATION_PARTS = ['process', 'output', 'outcome'] as const;
export type EvaluationPart = (typeof EVALUATION_PARTS)[number];
export const PART_KIND: Record<EvaluationPart, EvaluationKind> = { process: 'PROCESS', output: 'OUTPUT', outcome: 'OUTCOME' };

export interface NamedRef {
  id: string;
  name: string;
}

export interface StepRow {
  key: string;
  text: string;
  month: string;
  date: string;
}

export interface IndicatorRow {
  key: string;
  id: string | null;
  kind: EvaluationKind;
  name: string;
  method: string;
  targetValue: string;
  targetUnit: string;
}

/** A month of the timeline; its milestones are the steps with that milestone month (one milestone system). */
export interface MonthRow {
  active: boolean;
}

export interface ActionForm {
  number: string;
  title: string;
  /** "od:<id>", "sd:<id>" or "" (no goal). */
  goal: string;
  what: string;
  inScope: string;
  outOfScope: string;
  why: string;
  targetGroups: string;
  leadText: string;
  leadZoneId: string;
  leadPartnerId: string;
  leadWorkingGroupId: string;
  councilRole: string;
  stakeholderPartners: NamedRef[];
  stakeholdersOther: string;
  steps: StepRow[];
  evaluation: Record<EvaluationPart, { chosen: boolean; text: string }>;
  indicators: IndicatorRow[];
  /** Twelve entries, January first. */
  months: MonthRow[];
  startDate: string;
  endDate: string;
  funding: FundingKind;
  fundingRemark: string;
  themeIds: string[];
  linkNotes: string;
  linkedActions: NamedRef[];
  communicationChannels: string;
  workingGroupIds: string[];
  projectIds: string[];
  progressStatus: ProgressStatus;
  notes: string;
  /** Working days, with a decimal comma ("12,5"). */
  estimatedDays: string;
  /** The contact person's user id; '' for none. */
  contactPersonId: string;
}

/** The fields as the API knows them (ActionInput), with the goal as one field. */
export const VALUE_KEYS = [
  'number',
  'title',
  'goal',
  'what',
  'inScope',
  'outOfScope',
  'why',
  'targetGroups',
  'lead',
  'councilRole',
  'stakeholderPartnerIds',
  'stakeholdersOther',
  'steps',
  'evaluation',
  'indicators',
  'timeline',
  'startDate',
  'endDate',
  'funding',
  'fundingRemark',
  'themeIds',
  'linkNotes',
  'linkedActionIds',
  'communicationChannels',
  'workingGroupIds',
  'projectIds',
  'progressStatus',
  'notes',
  'estimatedDays',
  'contactPersonId',
] as const;
export type ValueKey = (typeof VALUE_KEYS)[number];

export interface LeadValue {
  text: string;
  zoneId: string | null;
  partnerId: string | null;
  workingGroupId: string | null;
}
export interface StepValue {
  text: string;
  month: number | null;
  date: string | null;
}
export interface IndicatorValueShape {
  id: string | null;
  kind: EvaluationKind;
  name: string;
  method: string | null;
  targetValue: number | null;
  targetUnit: string | null;
}
export interface MonthValue {
  month: number;
}
export type EvaluationValue = Record<EvaluationPart, { chosen: boolean; text: string | null }>;

export interface ActionValues {
  number: string | null;
  title: string;
  goal: string;
  what: string | null;
  inScope: string[];
  outOfScope: string[];
  why: string | null;
  targetGroups: string[];
  lead: LeadValue | null;
  councilRole: string | null;
  stakeholderPartnerIds: string[];
  stakeholdersOther: string[];
  steps: StepValue[];
  evaluation: EvaluationValue;
  indicators: IndicatorValueShape[];
  timeline: MonthValue[];
  startDate: string | null;
  endDate: string | null;
  funding: FundingKind;
  fundingRemark: string | null;
  themeIds: string[];
  linkNotes: string[];
  linkedActionIds: string[];
  communicationChannels: string[];
  workingGroupIds: string[];
  projectIds: string[];
  progressStatus: ProgressStatus;
  notes: string | null;
  estimatedDays: number | null;
  contactPersonId: string | null;
}

let keyCounter = 0;
/** A key for a new row (steps, indicators) so React keeps its inputs apart. */
export function newKey(): string {
  keyCounter += 1;
  return `nieuw-${keyCounter}`;
}

const text = (value: string | null | undefined): string => value ?? '';
const optional = (value: string): string | null => (value.trim() === '' ? null : value.trim());

export function emptyMonths(): MonthRow[] {
  return Array.from({ length: 12 }, () => ({ active: false }));
}

function goalOf(action: Pick<ActionEditorFieldsFragment, 'operationalGoal' | 'strategicGoal'>): string {
  if (action.operationalGoal) return `od:${action.operationalGoal.id}`;
  if (action.strategicGoal) return `sd:${action.strategicGoal.id}`;
  return '';
}

function linkedLabel(action: ActionEditorFieldsFragment['linkedActions'][number]): string {
  return `${action.number ? `${action.number} ` : ''}${action.title} (${planCaption(action.actionPlan)})`;
}

/** The form as the stored action fills it. */
export function formFromAction(action: ActionEditorFieldsFragment): ActionForm {
  const months = emptyMonths();
  for (const entry of action.timeline) {
    const row = months[entry.month - 1];
    if (row) row.active = true;
  }
  return {
    number: text(action.number),
    title: action.title,
    goal: goalOf(action),
    what: text(action.what),
    inScope: listToLines(action.inScope),
    outOfScope: listToLines(action.outOfScope),
    why: text(action.why),
    targetGroups: listToLines(action.targetGroups),
    leadText: text(action.lead?.text),
    leadZoneId: action.lead?.zone?.id ?? '',
    leadPartnerId: action.lead?.partner?.id ?? '',
    leadWorkingGroupId: action.lead?.workingGroup?.id ?? '',
    councilRole: text(action.councilRole),
    stakeholderPartners: action.stakeholderPartners.map((p) => ({ id: p.id, name: p.name })),
    stakeholdersOther: listToLines(action.stakeholdersOther),
    steps: [...action.steps].sort((a, b) => a.position - b.position).map((s) => ({ key: s.id, text: s.text, month: s.month != null ? String(s.month) : '', date: text(s.date) })),
    evaluation: {
      process: { chosen: action.evaluation.process.chosen, text: text(action.evaluation.process.text) },
      output: { chosen: action.evaluation.output.chosen, text: text(action.evaluation.output.text) },
      outcome: { chosen: action.evaluation.outcome.chosen, text: text(action.evaluation.outcome.text) },
    },
    indicators: [...action.indicators]
      .sort((a, b) => a.position - b.position)
      .map((i) => ({
        key: i.id,
        id: i.id,
        kind: i.kind,
        name: i.name,
        method: text(i.method),
        targetValue: i.targetValue != null ? String(i.targetValue).replace('.', ',') : '',
        targetUnit: text(i.targetUnit),
      })),
    months,
    startDate: text(action.startDate),
    endDate: text(action.endDate),
    funding: action.funding,
    fundingRemark: text(action.fundingRemark),
    themeIds: action.themes.map((t) => t.id),
    linkNotes: listToLines(action.linkNotes),
    linkedActions: action.linkedActions.map((a) => ({ id: a.id, name: linkedLabel(a) })),
    communicationChannels: listToLines(action.communicationChannels),
    workingGroupIds: action.workingGroups.map((g) => g.id),
    projectIds: action.projects.map((p) => p.id),
    progressStatus: action.progressStatus,
    notes: text(action.notes),
    estimatedDays: action.estimatedDays != null ? String(action.estimatedDays).replace('.', ',') : '',
    contactPersonId: action.contactPerson?.id ?? '',
  };
}

/** The normalized values of the form: what is validated, compared and sent. */
export function valuesOf(form: ActionForm): ActionValues {
  const steps = stepValues(form.steps);
  const leadEmpty = !form.leadText.trim() && !form.leadZoneId && !form.leadPartnerId && !form.leadWorkingGroupId;
  return {
    number: optional(form.number),
    title: form.title.trim(),
    goal: form.goal,
    what: optional(form.what),
    inScope: linesToList(form.inScope),
    outOfScope: linesToList(form.outOfScope),
    why: optional(form.why),
    targetGroups: linesToList(form.targetGroups),
    lead: leadEmpty ? null : { text: form.leadText.trim(), zoneId: form.leadZoneId || null, partnerId: form.leadPartnerId || null, workingGroupId: form.leadWorkingGroupId || null },
    councilRole: optional(form.councilRole),
    stakeholderPartnerIds: form.stakeholderPartners.map((p) => p.id),
    stakeholdersOther: linesToList(form.stakeholdersOther),
    steps,
    evaluation: {
      process: { chosen: form.evaluation.process.chosen, text: optional(form.evaluation.process.text) },
      output: { chosen: form.evaluation.output.chosen, text: optional(form.evaluation.output.text) },
      outcome: { chosen: form.evaluation.outcome.chosen, text: optional(form.evaluation.outcome.text) },
    },
    indicators: form.indicators.map((i) => ({
      id: i.id,
      kind: i.kind,
      name: i.name.trim(),
      method: optional(i.method),
      targetValue: parseDecimal(i.targetValue),
      targetUnit: optional(i.targetUnit),
    })),
    // A step's milestone month is a running month (packages/shared milestones.ts), as the API stores it.
    timeline: runningMonths(
      form.months.flatMap((row, index) => (row.active ? [index + 1] : [])),
      steps,
    ).map((month) => ({ month })),
    startDate: form.startDate || null,
    endDate: form.endDate || null,
    funding: form.funding,
    fundingRemark: optional(form.fundingRemark),
    themeIds: form.themeIds,
    linkNotes: linesToList(form.linkNotes),
    linkedActionIds: form.linkedActions.map((a) => a.id),
    communicationChannels: linesToList(form.communicationChannels),
    workingGroupIds: form.workingGroupIds,
    projectIds: form.projectIds,
    progressStatus: form.progressStatus,
    notes: optional(form.notes),
    estimatedDays: parseDecimal(form.estimatedDays),
    contactPersonId: form.contactPersonId || null,
  };
}

function stepValues(rows: readonly StepRow[]): StepValue[] {
  return rows.filter((s) => s.text.trim() || s.month || s.date).map((s) => ({ text: s.text.trim(), month: s.month ? Number(s.month) : null, date: s.date || null }));
}

/** The months (1-12) that hold a step milestone: running months that the month picker cannot switch off. */
export function milestoneMonths(rows: readonly StepRow[]): Set<number> {
  return new Set(runningMonths([], stepValues(rows)));
}

/** Sets that the API stores unordered. */
const UNORDERED: ReadonlySet<ValueKey> = new Set(['themeIds', 'stakeholderPartnerIds', 'workingGroupIds', 'projectIds', 'linkedActionIds']);

function comparable(key: ValueKey, value: unknown): string {
  if (UNORDERED.has(key) && Array.isArray(value)) return JSON.stringify([...(value as string[])].sort());
  if (key === 'indicators' && Array.isArray(value)) {
    // The id only says which stored row it is; compare what it says.
    return JSON.stringify((value as IndicatorValueShape[]).map(({ id: _id, ...rest }) => rest));
  }
  return JSON.stringify(value ?? null);
}

export function sameValue(key: ValueKey, a: unknown, b: unknown): boolean {
  return comparable(key, a) === comparable(key, b);
}

/** The fields whose values differ. */
export function changedKeys(base: ActionValues, values: ActionValues): ValueKey[] {
  return VALUE_KEYS.filter((key) => !sameValue(key, base[key], values[key]));
}

function inputField(key: ValueKey, values: ActionValues): Partial<ActionInput> {
  switch (key) {
    case 'goal': {
      const [kind, id] = values.goal.split(':');
      return { operationalGoalId: kind === 'od' ? (id ?? null) : null, strategicGoalId: kind === 'sd' ? (id ?? null) : null };
    }
    case 'lead':
      return { lead: values.lead };
    case 'indicators':
      return {
        indicators: values.indicators.map(({ id, ...rest }) => ({ ...rest, ...(id ? { id } : {}), targetValue: rest.targetValue })),
      };
    default:
      return { [key]: values[key] } as Partial<ActionInput>;
  }
}

/** ActionInput with the given fields (start and end date travel together: the API checks their order). */
export function toInput(values: ActionValues, keys: readonly ValueKey[]): ActionInput {
  const set = new Set(keys);
  if (set.has('startDate') || set.has('endDate')) {
    set.add('startDate');
    set.add('endDate');
  }
  return [...set].reduce<ActionInput>((input, key) => ({ ...input, ...inputField(key, values) }), {});
}

/**
 * Validates every field with the shared schema (the dates' order needs both) and returns the
 * issues keyed by the form's fields: "title", "leadText", "steps.2.text", "months", ...
 */
export function validate(values: ActionValues): Record<string, string> {
  const result = actionUpdateSchema.safeParse(toInput(values, VALUE_KEYS));
  if (result.success) return {};
  return issuesToFields(fieldIssues(result.error), values);
}

/** Maps issue paths (the schema's and the API's, which are the same) onto the form's fields. */
export function issuesToFields(issues: readonly FieldIssue[], values: ActionValues): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const key = formFieldOf(issue.field, values);
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}

function formFieldOf(path: string, values: ActionValues): string {
  const parts = path.split('.');
  const [head, index, leaf] = parts;
  switch (head) {
    case 'lead':
      return index === 'zoneId' ? 'leadZoneId' : index === 'partnerId' ? 'leadPartnerId' : index === 'workingGroupId' ? 'leadWorkingGroupId' : 'leadText';
    case 'operationalGoalId':
    case 'strategicGoalId':
      return 'goal';
    case 'steps':
    case 'indicators':
      return index !== undefined && leaf ? `${head}.${index}.${leaf}` : head;
    case 'timeline': {
      const month = index !== undefined ? values.timeline[Number(index)]?.month : undefined;
      return month && leaf ? `months.${month}.${leaf}` : 'months';
    }
    case 'evaluation':
      return index ? `evaluation.${index}` : 'evaluation';
    case 'stakeholderPartnerIds':
      return 'stakeholderPartners';
    case 'linkedActionIds':
      return 'linkedActions';
    case undefined:
    case '':
      return '_';
    default:
      return head;
  }
}

// ---------- Merging after a conflict ----------

/** The form's fields that hold one value of ActionValues. */
const FORM_FIELDS: Partial<Record<ValueKey, ReadonlyArray<keyof ActionForm>>> = {
  lead: ['leadText', 'leadZoneId', 'leadPartnerId', 'leadWorkingGroupId'],
  stakeholderPartnerIds: ['stakeholderPartners'],
  linkedActionIds: ['linkedActions'],
  timeline: ['months'],
};

export function formFieldsOf(key: ValueKey): ReadonlyArray<keyof ActionForm> {
  return FORM_FIELDS[key] ?? [key as keyof ActionForm];
}

/**
 * `target` with the given fields taken from `source`: the latest saved form with my edits of the
 * fields that keep mine. Whole form fields move, so rows keep their keys and names.
 */
export function formWith(target: ActionForm, source: ActionForm, keys: readonly ValueKey[]): ActionForm {
  const out: ActionForm = { ...target };
  for (const key of keys) for (const field of formFieldsOf(key)) (out as unknown as Record<string, unknown>)[field] = source[field];
  return out;
}
