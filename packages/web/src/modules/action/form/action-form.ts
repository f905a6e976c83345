// The action editor's model: the form's state (what the inputs hold), the normalized values per
// field (what is compared, validated and sent as ActionInput), and the mapping of validation
// issues and of another person's version (a VERSION_CONFLICT's `current`) onto the same fields.
import { actionUpdateSchema, fieldIssues, type EvaluationKind, type FieldIssue, type FundingKind, type ProgressStatus } from '@kruispunt/shared';
import { asGlobalId } from '@/common/global-id';
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

export interface MonthRow {
  active: boolean;
  milestone: string;
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
  milestone: string | null;
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
  return Array.from({ length: 12 }, () => ({ active: false, milestone: '' }));
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
    if (row) {
      row.active = true;
      row.milestone = text(entry.milestone);
    }
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
    steps: [...action.steps]
      .sort((a, b) => a.position - b.position)
      .map((s) => ({ key: s.id, text: s.text, month: s.month != null ? String(s.month) : '', date: text(s.date) })),
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
  };
}

/** The normalized values of the form: what is validated, compared and sent. */
export function valuesOf(form: ActionForm): ActionValues {
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
    lead: leadEmpty
      ? null
      : { text: form.leadText.trim(), zoneId: form.leadZoneId || null, partnerId: form.leadPartnerId || null, workingGroupId: form.leadWorkingGroupId || null },
    councilRole: optional(form.councilRole),
    stakeholderPartnerIds: form.stakeholderPartners.map((p) => p.id),
    stakeholdersOther: linesToList(form.stakeholdersOther),
    steps: form.steps
      .filter((s) => s.text.trim() || s.month || s.date)
      .map((s) => ({ text: s.text.trim(), month: s.month ? Number(s.month) : null, date: s.date || null })),
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
    timeline: form.months.flatMap((row, index) => (row.active ? [{ month: index + 1, milestone: optional(row.milestone) }] : [])),
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
  };
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
 * issues keyed by the form's fields: "title", "leadText", "steps.2.text", "months.3.milestone", ...
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

// ---------- The other person's version (VERSION_CONFLICT `current`) ----------

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);
const strList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)) ? Number(v) : null);
const date = (v: unknown): string | null => (typeof v === 'string' && v.length >= 10 ? v.slice(0, 10) : null);
const has = (o: Record<string, unknown>, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

/**
 * The stored values from a conflict report, normalized like the form's. The report holds the
 * row's columns (leadText, evaluationProcess, operationalGoalId as a row key, ...) and the child
 * lists (steps, indicators, timeline, themeIds, ...); ActionInput-shaped fields are read too.
 * Fields the report does not mention are left out: they are not compared.
 */
export function valuesFromCurrent(current: Record<string, unknown>): Partial<ActionValues> {
  const out: Partial<ActionValues> = {};
  if (has(current, 'number')) out.number = str(current.number);
  if (has(current, 'title')) out.title = typeof current.title === 'string' ? current.title : '';
  if (has(current, 'operationalGoalId') || has(current, 'strategicGoalId')) {
    const od = str(current.operationalGoalId);
    const sd = str(current.strategicGoalId);
    out.goal = od ? `od:${asGlobalId('OperationalGoal', od)}` : sd ? `sd:${asGlobalId('StrategicGoal', sd)}` : '';
  }
  for (const key of ['what', 'why', 'councilRole', 'fundingRemark', 'notes'] as const) if (has(current, key)) out[key] = str(current[key]);
  for (const key of ['inScope', 'outOfScope', 'targetGroups', 'stakeholdersOther', 'linkNotes', 'communicationChannels'] as const) {
    if (has(current, key)) out[key] = strList(current[key]);
  }
  if (has(current, 'lead')) {
    const lead = current.lead as Partial<Record<'text' | 'zoneId' | 'partnerId' | 'workingGroupId', unknown>> | null;
    out.lead = lead && str(lead.text) ? { text: String(lead.text), zoneId: str(lead.zoneId), partnerId: str(lead.partnerId), workingGroupId: str(lead.workingGroupId) } : null;
  } else if (has(current, 'leadText')) {
    const leadText = str(current.leadText);
    const ref = (key: string, type: string): string | null => {
      const value = str(current[key]);
      return value ? asGlobalId(type, value) : null;
    };
    out.lead = leadText
      ? { text: leadText, zoneId: ref('leadZoneId', 'Zone'), partnerId: ref('leadPartnerId', 'Partner'), workingGroupId: ref('leadWorkingGroupId', 'WorkingGroup') }
      : null;
  }
  if (has(current, 'evaluation') && current.evaluation && typeof current.evaluation === 'object') {
    const e = current.evaluation as Record<string, { chosen?: unknown; text?: unknown } | undefined>;
    out.evaluation = {
      process: { chosen: Boolean(e.process?.chosen), text: str(e.process?.text) },
      output: { chosen: Boolean(e.output?.chosen), text: str(e.output?.text) },
      outcome: { chosen: Boolean(e.outcome?.chosen), text: str(e.outcome?.text) },
    };
  } else if (has(current, 'evaluationProcess')) {
    out.evaluation = {
      process: { chosen: Boolean(current.evaluationProcess), text: str(current.evaluationProcessText) },
      output: { chosen: Boolean(current.evaluationOutput), text: str(current.evaluationOutputText) },
      outcome: { chosen: Boolean(current.evaluationOutcome), text: str(current.evaluationOutcomeText) },
    };
  }
  if (Array.isArray(current.steps)) {
    out.steps = (current.steps as Array<Record<string, unknown>>).map((s) => ({ text: String(s.text ?? ''), month: num(s.month), date: date(s.date) }));
  }
  if (Array.isArray(current.indicators)) {
    out.indicators = (current.indicators as Array<Record<string, unknown>>).map((i) => ({
      id: str(i.id) ? asGlobalId('ActionIndicator', String(i.id)) : null,
      kind: (str(i.kind) ?? 'PROCESS') as EvaluationKind,
      name: String(i.name ?? ''),
      method: str(i.method),
      targetValue: num(i.targetValue),
      targetUnit: str(i.targetUnit),
    }));
  }
  if (Array.isArray(current.timeline)) {
    out.timeline = (current.timeline as Array<Record<string, unknown>>)
      .map((t) => ({ month: Number(t.month), milestone: str(t.milestone) }))
      .sort((a, b) => a.month - b.month);
  }
  if (has(current, 'startDate')) out.startDate = date(current.startDate);
  if (has(current, 'endDate')) out.endDate = date(current.endDate);
  if (typeof current.funding === 'string') out.funding = current.funding as FundingKind;
  if (typeof current.progressStatus === 'string') out.progressStatus = current.progressStatus as ProgressStatus;
  const idLists: Array<[ValueKey & keyof ActionValues, string]> = [
    ['themeIds', 'Theme'],
    ['stakeholderPartnerIds', 'Partner'],
    ['workingGroupIds', 'WorkingGroup'],
    ['projectIds', 'Project'],
    ['linkedActionIds', 'Action'],
  ];
  for (const [key, type] of idLists) {
    if (Array.isArray(current[key])) (out as Record<string, unknown>)[key] = strList(current[key]).map((id) => asGlobalId(type, id));
  }
  return out;
}

/** Ids in a set of values that need a name to be shown (partners, themes, groups, ...). */
export function referencedIds(values: Partial<ActionValues>): string[] {
  return [
    ...(values.stakeholderPartnerIds ?? []),
    ...(values.themeIds ?? []),
    ...(values.workingGroupIds ?? []),
    ...(values.projectIds ?? []),
    ...(values.linkedActionIds ?? []),
    ...[values.lead?.zoneId, values.lead?.partnerId, values.lead?.workingGroupId].filter((id): id is string => Boolean(id)),
  ];
}

/** Puts one field's value into the form (the conflict screen's choice of the other version). */
export function applyValue(form: ActionForm, key: ValueKey, values: Partial<ActionValues>, names: ReadonlyMap<string, string>): ActionForm {
  const name = (id: string, fallback: string): string => names.get(id) ?? fallback;
  switch (key) {
    case 'number':
      return { ...form, number: values.number ?? '' };
    case 'title':
      return { ...form, title: values.title ?? '' };
    case 'goal':
      return { ...form, goal: values.goal ?? '' };
    case 'what':
    case 'why':
    case 'councilRole':
    case 'fundingRemark':
    case 'notes':
      return { ...form, [key]: values[key] ?? '' };
    case 'inScope':
    case 'outOfScope':
    case 'targetGroups':
    case 'stakeholdersOther':
    case 'linkNotes':
    case 'communicationChannels':
      return { ...form, [key]: listToLines(values[key] ?? []) };
    case 'lead':
      return {
        ...form,
        leadText: values.lead?.text ?? '',
        leadZoneId: values.lead?.zoneId ?? '',
        leadPartnerId: values.lead?.partnerId ?? '',
        leadWorkingGroupId: values.lead?.workingGroupId ?? '',
      };
    case 'stakeholderPartnerIds':
      return { ...form, stakeholderPartners: (values.stakeholderPartnerIds ?? []).map((id) => ({ id, name: name(id, 'Partner') })) };
    case 'steps':
      return {
        ...form,
        steps: (values.steps ?? []).map((s) => ({ key: newKey(), text: s.text, month: s.month != null ? String(s.month) : '', date: s.date ?? '' })),
      };
    case 'evaluation': {
      const e = values.evaluation;
      if (!e) return form;
      return {
        ...form,
        evaluation: {
          process: { chosen: e.process.chosen, text: e.process.text ?? '' },
          output: { chosen: e.output.chosen, text: e.output.text ?? '' },
          outcome: { chosen: e.outcome.chosen, text: e.outcome.text ?? '' },
        },
      };
    }
    case 'indicators':
      return {
        ...form,
        indicators: (values.indicators ?? []).map((i) => ({
          key: i.id ?? newKey(),
          id: i.id,
          kind: i.kind,
          name: i.name,
          method: i.method ?? '',
          targetValue: i.targetValue != null ? String(i.targetValue).replace('.', ',') : '',
          targetUnit: i.targetUnit ?? '',
        })),
      };
    case 'timeline': {
      const months = emptyMonths();
      for (const entry of values.timeline ?? []) {
        const row = months[entry.month - 1];
        if (row) {
          row.active = true;
          row.milestone = entry.milestone ?? '';
        }
      }
      return { ...form, months };
    }
    case 'startDate':
    case 'endDate':
      return { ...form, [key]: values[key] ?? '' };
    case 'funding':
      return values.funding ? { ...form, funding: values.funding } : form;
    case 'progressStatus':
      return values.progressStatus ? { ...form, progressStatus: values.progressStatus } : form;
    case 'themeIds':
    case 'workingGroupIds':
    case 'projectIds':
      return { ...form, [key]: values[key] ?? [] };
    case 'linkedActionIds':
      return { ...form, linkedActions: (values.linkedActionIds ?? []).map((id) => ({ id, name: name(id, 'Actie') })) };
  }
}
