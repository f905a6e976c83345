import { useDeferredValue } from 'react';
import { useParams } from 'react-router';
import { ErrorState } from '@/common/components/ErrorState';
import { LoadingState } from '@/common/components/LoadingState';
import { NotFound } from '@/common/components/NotFound';
import { isNotFoundError } from '@/common/graphql-errors';
import { useActionPlan } from '../hooks/useActionPlan';
import { ActionPlanView } from './ActionPlanView';

function parseYear(value: string | undefined): number | null {
  return value && /^\d{4}$/.test(value) ? Number(value) : null;
}

/** Route `/zones/:slug/plannen/:year`. */
export function ActionPlanPage() {
  const { slug = '', year: yearParam } = useParams();
  const year = parseYear(yearParam);
  const { data: answer, error, refetch } = useActionPlan(slug, year);
  // The page's first render with its data is a deferred one, which React renders in slices between
  // which the browser can answer input: in one piece it was a 250 ms task on a phone (Lighthouse TBT).
  const data = useDeferredValue(answer);
  if (year === null) return <NotFound message="Dit is geen geldig jaartal voor een actieplan." />;
  if (error && isNotFoundError(error)) return <NotFound message="Dit actieplan bestaat niet." />;
  if (error) return <ErrorState error={error} what="het actieplan" onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label="Actieplan laden…" />;
  if (!data.zone) return <NotFound message={`Er is geen zone met de naam “${slug}”.`} />;
  if (!data.zone.actionPlan) return <NotFound message={`${data.zone.name} heeft geen actieplan voor ${year}.`} />;
  return <ActionPlanView zone={data.zone} plan={data.zone.actionPlan} />;
}
