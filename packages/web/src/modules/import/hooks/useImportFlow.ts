// The import page's flow: read a file into a draft (the API's preview), let the user correct it
// (flowReducer), ask the API which names are partners and which texts name a project, and save
// the corrected plan as a draft plan. Components only render what this returns.
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { formatCount } from '@/common/format';
import { errorIssues, mutationMessage } from '@/common/mutation-errors';
import { useUnsavedChangesWarning } from '@/common/hooks/useUnsavedChangesWarning';
import type { ImportZoneFieldsFragment } from '@/gql/graphql';
import { attachedStakeholders, buildPlan, isEdited, unplacedOf, type PartnerMatch } from '../draft';
import { flowReducer, initialFlow, missingTitles, type DraftChange } from '../flow';
import { ImportMatchesQuery, ImportPlanMutation } from '../graphql/import';
import { fileProblem, PreviewError, requestPreview } from '../preview';
import { lineId } from '../components/SourceText';
import { comparableName, suggestedYear } from '../years';

type Zone = ImportZoneFieldsFragment;

export type ProjectRef = { id: string; name: string };

export function useImportFlow(zones: Zone[], asked: { zone: Zone | undefined; year: number; initialZoneId: string }) {
  const navigate = useNavigate();
  const [state, dispatch] = useReducer(flowReducer, asked.initialZoneId, initialFlow);
  const [save, saving] = useMutation(ImportPlanMutation);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const review = state.stage.kind === 'review' ? state.stage : null;
  const { draft } = state;
  const dirty = Boolean(review && draft && isEdited(draft, review.original));
  const { blocker, allowNext } = useUnsavedChangesWarning(dirty);
  const zone = zones.find((z) => z.id === state.zoneId) ?? zones[0]!;
  const existing = state.year !== null ? zone.actionPlans.find((p) => p.year === state.year) : undefined;

  // What the API matches: the names under "Met wie?" and the unplaced texts of the file (they follow the file, not the edits).
  const fragments = useMemo(() => (review ? unplacedOf(review.original) : []), [review]);
  // Lines attached to "Met wie?" in the review are asked about too (the answer for the others stays meanwhile).
  const attached = useMemo(() => (draft ? attachedStakeholders(draft, fragments) : new Map<string, string[]>()), [draft, fragments]);
  const variables = useMemo(() => {
    const names = new Set([...(review?.original.actions.flatMap((a) => a.parsed.stakeholders) ?? []), ...[...attached.values()].flat()]);
    return { partnerNames: [...names], texts: fragments.map((f) => f.text) };
  }, [review, fragments, attached]);
  const matched = useQuery(ImportMatchesQuery, { variables, skip: !review || (variables.partnerNames.length === 0 && variables.texts.length === 0) });
  const answer = matched.data ?? matched.previousData;
  const matches = useMemo(() => new Map<string, PartnerMatch>((answer?.importMatches.partners ?? []).map((p) => [p.line, p])), [answer]);
  const fragmentProjects = useMemo(() => {
    const out = new Map<string, ProjectRef[]>();
    for (const t of answer?.importMatches.projects ?? []) {
      const f = fragments[t.index];
      if (f) out.set(f.id, t.projects);
    }
    return out;
  }, [answer, fragments]);

  const read = async (file: File) => {
    const problem = fileProblem(file);
    if (problem) return dispatch({ type: 'problem', problem });
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    dispatch({ type: 'reading', fileName: file.name });
    try {
      const preview = await requestPreview(file, controller.signal);
      // The zone the text names, when the user edits it and none was asked for in the link; the
      // year asked for in the link, else one the zone has no plan for yet.
      const named = preview.plan.zone
        ? zones.find((z) => comparableName(z.name) === comparableName(preview.plan.zone!) || comparableName(z.shortName) === comparableName(preview.plan.zone!))
        : undefined;
      const target = (!asked.zone && named) || zones.find((z) => z.id === state.zoneId) || zones[0]!;
      const year =
        asked.year >= 2000 && asked.year <= 2100
          ? asked.year
          : suggestedYear(
              preview.plan.years,
              target.actionPlans.map((p) => p.year),
            );
      dispatch({ type: 'previewed', preview, zoneId: target.id, year });
      saving.reset();
    } catch (error) {
      if ((error as { name?: string }).name === 'AbortError') return;
      const e = error instanceof PreviewError ? error : new PreviewError('Het bestand kon niet gelezen worden. Probeer opnieuw.');
      dispatch({ type: 'problem', problem: e.message, signedOut: e.signedOut });
    }
  };

  const restart = () => {
    dispatch({ type: 'restart' });
    saving.reset();
  };

  const showLine = useCallback((line: number) => {
    dispatch({ type: 'showLine', line });
    const el = document.getElementById(lineId(line));
    el?.scrollIntoView({ block: 'center' });
    el?.focus({ preventScroll: true });
  }, []);

  const change = useCallback((c: DraftChange) => dispatch({ type: 'edit', change: c }), []);

  const built = useMemo(() => (draft ? buildPlan(draft, matches) : null), [draft, matches]);

  const onSave = async () => {
    if (!draft || !review || !built || state.year === null) return;
    const empty = missingTitles(draft);
    dispatch({ type: 'titleErrors', keys: empty });
    if (empty.length) {
      document.getElementById(`${empty[0]}-titel`)?.focus();
      return;
    }
    const year = state.year;
    try {
      await save({
        variables: { zoneId: zone.id, year, plan: built.plan, fileName: review.preview.fileName },
        update: (cache) => {
          // The zone has a new plan: pages that listed its plans (or found none for this year) read again.
          cache.evict({ id: cache.identify({ __typename: 'Zone', id: zone.id }), fieldName: 'actionPlans' });
          cache.evict({ id: cache.identify({ __typename: 'Zone', id: zone.id }), fieldName: 'actionPlan' });
          cache.gc();
        },
      });
      allowNext();
      void navigate(`/zones/${zone.slug}/plannen/${year}`);
    } catch {
      // Shown under the save button (and at the actions it names).
    }
  };

  // The API's field errors, at the action they name.
  const issues = useMemo(() => errorIssues(saving.error), [saving.error]);
  const actionErrors = useMemo(() => {
    const out = new Map<string, Record<string, string>>();
    for (const key of state.titleErrors) out.set(key, { title: 'Titel is verplicht' });
    if (!built) return out;
    for (const issue of issues) {
      const path = issue.field.replace(/^plan\./, '');
      for (const [key, prefix] of built.paths) {
        if (path.startsWith(`${prefix}.`)) {
          const field = path.slice(prefix.length + 1).split('.')[0]!;
          out.set(key, { ...out.get(key), [field === 'operationalGoal' || field === 'strategicGoal' ? 'goal' : field]: issue.message });
        }
      }
    }
    return out;
  }, [built, issues, state.titleErrors]);

  const saveError = saving.error ? mutationMessage(saving.error) : state.titleErrors.length ? `Vul de titel in van ${formatCount(state.titleErrors.length, 'actie', 'acties')}.` : null;
  const otherIssues = issues.filter((i) => !i.field.startsWith('plan.strategicGoals') && !i.field.startsWith('plan.actionsWithoutGoal')).map((i) => i.message);

  return {
    state,
    review,
    zone,
    existing: existing ? { year: existing.year, path: `/zones/${zone.slug}/plannen/${existing.year}` } : null,
    dirty,
    blocker,
    fragments,
    matches,
    matchesLoading: matched.loading,
    fragmentProjects,
    attached,
    built,
    actionErrors,
    saveError,
    otherIssues,
    saving: saving.loading,
    read: (file: File) => void read(file),
    restart,
    save: () => void onSave(),
    change,
    setZone: (zoneId: string) => dispatch({ type: 'zone', zoneId }),
    setYear: (year: number) => dispatch({ type: 'year', year }),
    showLine,
  };
}

export type ImportFlow = ReturnType<typeof useImportFlow>;
