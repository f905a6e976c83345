import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { ErrorState } from '@/common/components/ErrorState';
import { LoadingState } from '@/common/components/LoadingState';
import { NotFound } from '@/common/components/NotFound';
import { isNotFoundError } from '@/common/graphql-errors';
import { ProjectPageQuery, WorkingGroupPageQuery } from '../graphql/shared-work';
import { SharedWorkView } from './SharedWorkView';
import '@/common/cross-zone.css';
import './shared-work.css';

/** Route `/werkgroepen/:id`. */
export function WorkingGroupPage() {
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(WorkingGroupPageQuery, { variables: { id } });
  const missing = 'Deze werkgroep bestaat niet (meer).';
  if (error && isNotFoundError(error)) return <NotFound message={missing} />;
  if (error) return <ErrorState error={error} what="de werkgroep" onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label="Werkgroep laden…" />;
  if (!data.workingGroup) return <NotFound message={missing} />;
  return <SharedWorkView item={{ type: 'WorkingGroup', ...data.workingGroup }} onReload={() => void refetch()} />;
}

/** Route `/projecten/:id`. */
export function ProjectPage() {
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(ProjectPageQuery, { variables: { id } });
  const missing = 'Dit project bestaat niet (meer).';
  if (error && isNotFoundError(error)) return <NotFound message={missing} />;
  if (error) return <ErrorState error={error} what="het project" onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label="Project laden…" />;
  if (!data.project) return <NotFound message={missing} />;
  return <SharedWorkView item={{ type: 'Project', ...data.project }} onReload={() => void refetch()} />;
}
