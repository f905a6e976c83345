import { useParams } from 'react-router';
import { ErrorState } from '@/common/components/ErrorState';
import { LoadingState } from '@/common/components/LoadingState';
import { NotFound } from '@/common/components/NotFound';
import { isNotFoundError } from '@/common/graphql-errors';
import { useAction } from '../hooks/useAction';
import { ActionSheet } from './ActionSheet';

const MISSING = 'Deze actie bestaat niet (meer).';

/** Route `/acties/:id`. */
export function ActionPage() {
  const { id = '' } = useParams();
  const { data, error, refetch } = useAction(id);
  if (error && isNotFoundError(error)) return <NotFound message={MISSING} />;
  if (error) return <ErrorState error={error} what="de actie" onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label="Actie laden…" />;
  if (!data.action) return <NotFound message={MISSING} />;
  return <ActionSheet action={data.action} />;
}
