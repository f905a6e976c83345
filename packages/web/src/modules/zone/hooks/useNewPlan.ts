import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { CarryOverCandidatesQuery, CreateActionPlanMutation } from '../graphql/my-zone';

/** What the plan page shows once after it was created here (router state). */
export interface CreatedPlanState {
  createdPlan: { year: number; carried: number; from: number };
}

/**
 * Creating a zone's plan of `year` with last year's running actions carried over: the server
 * offers the candidates and decides what may be carried over; this keeps the choice (everything
 * chosen until unticked) and, once created, opens the new plan.
 */
export function useNewPlan({ zoneId, slug, year, open }: { zoneId: string; slug: string; year: number; open: boolean }) {
  const candidatesQuery = useQuery(CarryOverCandidatesQuery, { variables: { slug, year }, skip: !open, fetchPolicy: 'network-only' });
  const candidates = candidatesQuery.data?.zone?.carryOverCandidates ?? [];
  // The ids the user unticked: a new candidate is chosen by default.
  const [unchecked, setUnchecked] = useState<ReadonlySet<string>>(new Set());
  const [create, creating] = useMutation(CreateActionPlanMutation, { refetchQueries: ['MyZone'], awaitRefetchQueries: true });
  const navigate = useNavigate();
  const chosen = candidates.filter((c) => !unchecked.has(c.id)).map((c) => c.id);

  const toggle = (id: string, checked: boolean): void =>
    setUnchecked((current) => {
      const next = new Set(current);
      if (checked) next.delete(id);
      else next.add(id);
      return next;
    });
  const setAll = (checked: boolean): void => setUnchecked(checked ? new Set() : new Set(candidates.map((c) => c.id)));

  const submit = async (): Promise<void> => {
    try {
      const result = await create({ variables: { zoneId, year, carryOverActionIds: chosen } });
      const plan = result.data?.createActionPlan;
      if (!plan) return;
      const state: CreatedPlanState = { createdPlan: { year: plan.year, carried: plan.actions.filter((a) => a.carriedOver).length, from: year - 1 } };
      void navigate(`/zones/${slug}/plannen/${plan.year}`, { state });
    } catch {
      // The error is shown in the dialog (creating.error); nothing was created.
    }
  };

  return {
    candidates,
    loadingCandidates: open && candidatesQuery.loading,
    candidatesError: candidatesQuery.error,
    retryCandidates: () => void candidatesQuery.refetch(),
    isChosen: (id: string) => !unchecked.has(id),
    chosenCount: chosen.length,
    toggle,
    setAll,
    submit,
    creating: creating.loading,
    error: creating.error,
    reset: () => {
      creating.reset();
      setUnchecked(new Set());
    },
  };
}
