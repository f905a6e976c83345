// The plan's general texts: the editor's form (saved on the plan's version, merged on a conflict)
// and "Teksten bevestigen" for texts proposed from last year's plan. Rights and rules are the server's.
import type { ApolloCache } from '@apollo/client';
import { useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { loadSchemas } from '@/common/forms/load-schemas';
import { useVersionedForm, type FormValues, type Loaded } from '@/common/forms/useVersionedForm';
import { errorCode, mutationMessage } from '@/common/mutation-errors';
import type { PlanTextsFieldsFragment } from '@/gql/graphql';
import { ConfirmActionPlanTextsMutation, PlanTextsLatestQuery, UpdateActionPlanTextsMutation } from '../graphql/plan-texts';

export const PLAN_TEXT_KEYS = ['introText', 'targetGroupsText', 'networkText'] as const;
export type PlanTextKey = (typeof PLAN_TEXT_KEYS)[number];

export const PLAN_TEXT_LABELS: Record<PlanTextKey, string> = {
  introText: 'Inleiding',
  targetGroupsText: 'Communicatie naar specifieke doelgroepen',
  networkText: 'Functioneren als netwerkorganisatie',
};

export function loadedTexts(plan: PlanTextsFieldsFragment): Loaded<PlanTextKey> {
  return { values: { introText: plan.introText ?? '', targetGroupsText: plan.targetGroupsText ?? '', networkText: plan.networkText ?? '' }, version: plan.version };
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value);

/** The plan's checks depend on its texts (TEXTS_NOT_REVIEWED): whoever shows them reads them again. */
const forgetChecks = {
  update: (cache: ApolloCache, result: { data?: unknown }) => {
    const plan = Object.values((result.data ?? {}) as Record<string, { id?: string } | null>)[0];
    if (plan?.id) cache.evict({ id: cache.identify({ __typename: 'ActionPlan', id: plan.id }), fieldName: 'planChecks' });
  },
};

export function usePlanTextsForm(plan: PlanTextsFieldsFragment, onSaved: () => void) {
  const client = useApolloClient();
  const [update] = useMutation(UpdateActionPlanTextsMutation, forgetChecks);
  return useVersionedForm<PlanTextKey>({
    keys: PLAN_TEXT_KEYS,
    labels: PLAN_TEXT_LABELS,
    loaded: loadedTexts(plan),
    save: async (values, changed, version) => {
      const input = Object.fromEntries(changed.map((key) => [key, orNull(values[key])])) as Partial<Record<PlanTextKey, string | null>>;
      const result = await update({ variables: { id: plan.id, version, input } });
      const saved = result.data?.updateActionPlanTexts;
      if (!saved) throw new Error('Geen antwoord');
      return loadedTexts(saved);
    },
    reload: async () => {
      const { data } = await client.query({ query: PlanTextsLatestQuery, variables: { id: plan.id }, fetchPolicy: 'network-only' });
      const node = data?.node;
      return node && 'version' in node ? loadedTexts(node as PlanTextsFieldsFragment) : null;
    },
    validate: async (values: FormValues<PlanTextKey>) => {
      const { planTextsSchema } = await loadSchemas();
      const parsed = planTextsSchema.safeParse(Object.fromEntries(PLAN_TEXT_KEYS.map((key) => [key, orNull(values[key])])));
      return parsed.success ? [] : parsed.error.issues.map((issue) => ({ field: String(issue.path[0] ?? '_'), message: issue.message }));
    },
    onSaved,
  });
}

/**
 * "Teksten bevestigen": the proposed texts stay as they are, reviewed. When someone changed the
 * plan in between, its latest texts are read (the page shows them) and nothing is confirmed:
 * the person confirms what they have read.
 */
export function useConfirmPlanTexts(plan: PlanTextsFieldsFragment) {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(ConfirmActionPlanTextsMutation, forgetChecks);
  const [problem, setProblem] = useState<string | null>(null);
  const confirm = async (): Promise<boolean> => {
    setProblem(null);
    try {
      await mutate({ variables: { id: plan.id, version: plan.version } });
      return true;
    } catch (error) {
      if (errorCode(error) === 'VERSION_CONFLICT') {
        setProblem('Iemand anders wijzigde het plan intussen. De nieuwste teksten staan hieronder: lees ze na en bevestig opnieuw.');
        await client.query({ query: PlanTextsLatestQuery, variables: { id: plan.id }, fetchPolicy: 'network-only' }).catch(() => undefined);
      } else {
        setProblem(mutationMessage(error));
      }
      return false;
    }
  };
  return { confirm, confirming: loading, problem };
}
