import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { ErrorState } from '@/common/components/ErrorState';
import { LoadingState } from '@/common/components/LoadingState';
import { NotFound } from '@/common/components/NotFound';
import { isNotFoundError } from '@/common/graphql-errors';
import { zoneNamesOf } from '@/common/zone-names';
import { ProjectPageQuery, WorkingGroupPageQuery } from '../graphql/shared-work';
import { SharedWorkView } from './SharedWorkView';
import type { SharedItem } from '../shared-item';
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
  // The form reads the latest version through this same query after a version conflict.
  const reload = async (): Promise<SharedItem | null> => {
    const group = (await refetch()).data?.workingGroup;
    return group ? { type: 'WorkingGroup', ...group } : null;
  };
  return <SharedWorkView item={{ type: 'WorkingGroup', ...data.workingGroup }} history={data.history} zoneNames={zoneNamesOf(data.regions)} onReload={reload} />;
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
  const reload = async (): Promise<SharedItem | null> => {
    const project = (await refetch()).data?.project;
    return project ? { type: 'Project', ...project } : null;
  };
  return <SharedWorkView item={{ type: 'Project', ...data.project }} history={data.history} zoneNames={zoneNamesOf(data.regions)} onReload={reload} />;
}
