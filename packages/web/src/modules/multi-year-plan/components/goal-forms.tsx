// The three forms of the multi-year plan page: a plan (years and title), a strategic goal and an
// operational goal, for creating and for editing. Validation is the shared zod schema's; the
// other person's version after a conflict is read again through the page's query.
import { useApolloClient, useMutation } from '@apollo/client/react';
import { GOAL_KINDS, GOAL_KIND_LABELS, fieldIssues, formatDate, multiYearPlanSchema, operationalGoalSchema, strategicGoalSchema } from '@kruispunt/shared';
import { linesToList, listToLines } from '@/common/forms/lines';
import type { GoalKind, MultiYearPlanFieldsFragment, OperationalGoalFieldsFragment, StrategicGoalFieldsFragment } from '@/gql/graphql';
import {
  CreateMultiYearPlanMutation,
  CreateOperationalGoalMutation,
  CreateStrategicGoalMutation,
  MultiYearPlanPageQuery,
  UpdateMultiYearPlanMutation,
  UpdateOperationalGoalMutation,
  UpdateStrategicGoalMutation,
} from '../graphql/multi-year-plan';
import { useVersionedForm, type FormValues } from '@/common/forms/useVersionedForm';
import { InlineForm, type FieldSpec } from './InlineForm';

/** "indicators.0" is the indicators field. */
const fieldOf = (path: string): string => path.split('.')[0] ?? path;
const yearOrUndefined = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text));

/** Reads the page again from the server (not the cache) to find the latest version of one item. */
function useLatest() {
  const client = useApolloClient();
  return async (slug: string) => (await client.query({ query: MultiYearPlanPageQuery, variables: { slug }, fetchPolicy: 'network-only' })).data?.zone?.multiYearPlans ?? [];
}

// ---------- Multi-year plan ----------

type PlanKey = 'yearFrom' | 'yearTo' | 'title';
const PLAN_KEYS: readonly PlanKey[] = ['yearFrom', 'yearTo', 'title'];
const PLAN_LABELS: Record<PlanKey, string> = { yearFrom: 'Eerste jaar', yearTo: 'Laatste jaar', title: 'Titel' };
const PLAN_FIELDS: ReadonlyArray<FieldSpec<PlanKey>> = [
  { key: 'yearFrom', label: PLAN_LABELS.yearFrom, kind: 'year', narrow: true },
  { key: 'yearTo', label: PLAN_LABELS.yearTo, kind: 'year', narrow: true },
  { key: 'title', label: PLAN_LABELS.title, kind: 'text', hint: 'Bijvoorbeeld “Meerjarenplan 2027–2029”.' },
];

const planValues = (plan: Pick<MultiYearPlanFieldsFragment, 'yearFrom' | 'yearTo' | 'title'>): FormValues<PlanKey> => ({
  yearFrom: String(plan.yearFrom),
  yearTo: String(plan.yearTo),
  title: plan.title,
});

function planInput(values: FormValues<PlanKey>) {
  return { yearFrom: yearOrUndefined(values.yearFrom), yearTo: yearOrUndefined(values.yearTo), title: values.title.trim() };
}

function validatePlan(values: FormValues<PlanKey>) {
  const parsed = multiYearPlanSchema.safeParse(planInput(values));
  return parsed.success ? [] : fieldIssues(parsed.error);
}

/** "Nieuw meerjarenplan" (proposed: the three years after the last plan) or a plan's years and title. */
export function PlanForm({
  zoneId,
  slug,
  plan,
  proposal,
  onDone,
}: {
  zoneId: string;
  slug: string;
  plan: MultiYearPlanFieldsFragment | null;
  proposal: FormValues<PlanKey>;
  onDone: (saved: boolean) => void;
}) {
  const latest = useLatest();
  const [create] = useMutation(CreateMultiYearPlanMutation, { refetchQueries: [MultiYearPlanPageQuery], awaitRefetchQueries: true });
  const [update] = useMutation(UpdateMultiYearPlanMutation);
  const form = useVersionedForm<PlanKey, number | null>({
    keys: PLAN_KEYS,
    labels: PLAN_LABELS,
    loaded: { values: plan ? planValues(plan) : proposal, version: plan?.version ?? null },
    validate: validatePlan,
    fieldOf,
    save: async (values, _changed, version) => {
      if (plan) await update({ variables: { id: plan.id, version: version!, input: planInput(values) } });
      else await create({ variables: { zoneId, input: planInput(values) } });
    },
    reload: plan
      ? async () => {
          const found = (await latest(slug)).find((p) => p.id === plan.id);
          return found ? { values: planValues(found), version: found.version } : null;
        }
      : undefined,
    onSaved: () => onDone(true),
    loadLatestAtOnce: false,
  });
  return (
    <InlineForm
      title={plan ? 'Titel en jaren wijzigen' : 'Nieuw meerjarenplan'}
      form={form}
      fields={PLAN_FIELDS}
      labels={PLAN_LABELS}
      submitLabel={plan ? 'Bewaren' : 'Meerjarenplan aanmaken'}
      onCancel={() => onDone(false)}
      noun="dit meerjarenplan"
    />
  );
}

// ---------- Strategic goal ----------

type SdKey = 'number' | 'title' | 'kind';
const SD_KEYS: readonly SdKey[] = ['number', 'title', 'kind'];
const SD_LABELS: Record<SdKey, string> = { number: 'Nummer', title: 'Strategische doelstelling', kind: 'Soort' };
const SD_FIELDS: ReadonlyArray<FieldSpec<SdKey>> = [
  { key: 'number', label: SD_LABELS.number, kind: 'text', narrow: true },
  { key: 'kind', label: SD_LABELS.kind, kind: 'select', options: GOAL_KINDS.map((kind) => ({ value: kind, label: GOAL_KIND_LABELS[kind] })) },
  { key: 'title', label: SD_LABELS.title, kind: 'textarea' },
];
const sdValues = (goal: Pick<StrategicGoalFieldsFragment, 'number' | 'title' | 'kind'>): FormValues<SdKey> => ({ number: goal.number, title: goal.title, kind: goal.kind });
const sdInput = (values: FormValues<SdKey>) => ({ number: values.number.trim(), title: values.title.trim(), kind: (values.kind || undefined) as GoalKind | undefined });

function validateSd(values: FormValues<SdKey>) {
  const parsed = strategicGoalSchema.safeParse(sdInput(values));
  return parsed.success ? [] : fieldIssues(parsed.error);
}

export function StrategicGoalForm({
  slug,
  planId,
  goal,
  proposedNumber,
  onDone,
}: {
  slug: string;
  planId: string;
  goal: StrategicGoalFieldsFragment | null;
  proposedNumber: string;
  onDone: (saved: boolean) => void;
}) {
  const latest = useLatest();
  const [create] = useMutation(CreateStrategicGoalMutation, { refetchQueries: [MultiYearPlanPageQuery], awaitRefetchQueries: true });
  const [update] = useMutation(UpdateStrategicGoalMutation);
  const form = useVersionedForm<SdKey, number | null>({
    keys: SD_KEYS,
    labels: SD_LABELS,
    loaded: { values: goal ? sdValues(goal) : { number: proposedNumber, title: '', kind: '' }, version: goal?.version ?? null },
    validate: validateSd,
    fieldOf,
    save: async (values, _changed, version) => {
      if (goal) await update({ variables: { id: goal.id, version: version!, input: sdInput(values) } });
      else await create({ variables: { planId, input: sdInput(values) } });
    },
    reload: goal
      ? async () => {
          const found = (await latest(slug)).flatMap((p) => p.strategicGoals).find((g) => g.id === goal.id);
          return found ? { values: sdValues(found), version: found.version } : null;
        }
      : undefined,
    onSaved: () => onDone(true),
    loadLatestAtOnce: false,
  });
  return (
    <InlineForm
      title={goal ? `SD ${goal.number} bewerken` : 'Nieuwe strategische doelstelling'}
      form={form}
      fields={SD_FIELDS}
      labels={SD_LABELS}
      submitLabel={goal ? 'Bewaren' : 'Toevoegen'}
      onCancel={() => onDone(false)}
      shown={(key, value) => (key === 'kind' && value ? (GOAL_KIND_LABELS[value as GoalKind] ?? value) : value)}
      noun="deze doelstelling"
    />
  );
}

// ---------- Operational goal ----------

type OdKey = 'number' | 'title' | 'deadline' | 'indicators';
const OD_KEYS: readonly OdKey[] = ['number', 'title', 'deadline', 'indicators'];
const OD_LABELS: Record<OdKey, string> = { number: 'Nummer', title: 'Operationele doelstelling', deadline: 'Deadline', indicators: 'Indicatoren' };
const OD_FIELDS: ReadonlyArray<FieldSpec<OdKey>> = [
  { key: 'number', label: OD_LABELS.number, kind: 'text', narrow: true },
  { key: 'deadline', label: OD_LABELS.deadline, kind: 'date', narrow: true },
  { key: 'title', label: OD_LABELS.title, kind: 'textarea' },
  { key: 'indicators', label: OD_LABELS.indicators, kind: 'lines', hint: 'Eén indicator per regel.' },
];
const odValues = (goal: Pick<OperationalGoalFieldsFragment, 'number' | 'title' | 'deadline' | 'indicators'>): FormValues<OdKey> => ({
  number: goal.number,
  title: goal.title,
  deadline: goal.deadline ?? '',
  indicators: listToLines(goal.indicators),
});
const odInput = (values: FormValues<OdKey>) => ({
  number: values.number.trim(),
  title: values.title.trim(),
  deadline: values.deadline.trim() === '' ? null : values.deadline,
  indicators: linesToList(values.indicators),
});

function validateOd(values: FormValues<OdKey>) {
  const parsed = operationalGoalSchema.safeParse(odInput(values));
  return parsed.success ? [] : fieldIssues(parsed.error);
}

export function OperationalGoalForm({
  slug,
  strategicGoal,
  goal,
  proposedNumber,
  onDone,
}: {
  slug: string;
  strategicGoal: { id: string; number: string };
  goal: OperationalGoalFieldsFragment | null;
  proposedNumber: string;
  onDone: (saved: boolean) => void;
}) {
  const latest = useLatest();
  const [create] = useMutation(CreateOperationalGoalMutation, { refetchQueries: [MultiYearPlanPageQuery], awaitRefetchQueries: true });
  const [update] = useMutation(UpdateOperationalGoalMutation);
  const form = useVersionedForm<OdKey, number | null>({
    keys: OD_KEYS,
    labels: OD_LABELS,
    loaded: { values: goal ? odValues(goal) : { number: proposedNumber, title: '', deadline: '', indicators: '' }, version: goal?.version ?? null },
    validate: validateOd,
    fieldOf,
    lists: ['indicators'],
    save: async (values, _changed, version) => {
      if (goal) await update({ variables: { id: goal.id, version: version!, input: odInput(values) } });
      else await create({ variables: { strategicGoalId: strategicGoal.id, input: odInput(values) } });
    },
    reload: goal
      ? async () => {
          const found = (await latest(slug)).flatMap((p) => p.strategicGoals.flatMap((s) => s.operationalGoals)).find((g) => g.id === goal.id);
          return found ? { values: odValues(found), version: found.version } : null;
        }
      : undefined,
    onSaved: () => onDone(true),
    loadLatestAtOnce: false,
  });
  return (
    <InlineForm
      title={goal ? `OD ${goal.number} bewerken` : `Nieuwe operationele doelstelling onder SD ${strategicGoal.number}`}
      form={form}
      fields={OD_FIELDS}
      labels={OD_LABELS}
      submitLabel={goal ? 'Bewaren' : 'Toevoegen'}
      onCancel={() => onDone(false)}
      shown={(key, value) => (key === 'deadline' && value ? formatDate(value) : value)}
      noun="deze doelstelling"
    />
  );
}
