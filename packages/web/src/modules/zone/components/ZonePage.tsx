import { useParams } from 'react-router';
import { ErrorState } from '@/common/components/ErrorState';
import { LoadingState } from '@/common/components/LoadingState';
import { NotFound } from '@/common/components/NotFound';
import { isNotFoundError } from '@/common/graphql-errors';
import { useZone } from '../hooks/useZone';
import { ZoneView } from './ZoneView';

/** Route `/zones/:slug`. */
export function ZonePage() {
  const { slug = '' } = useParams();
  const { data, error, refetch } = useZone(slug);
  if (error && isNotFoundError(error)) return <NotFound message="Deze zone bestaat niet." />;
  if (error) return <ErrorState error={error} what="de zone" onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label="Zone laden…" />;
  if (!data.zone) return <NotFound message={`Er is geen zone met de naam “${slug}”.`} />;
  return <ZoneView zone={data.zone} />;
}
