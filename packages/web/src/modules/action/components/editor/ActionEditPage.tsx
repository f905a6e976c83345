import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { ErrorState } from '@/common/components/ErrorState';
import { LoadingState } from '@/common/components/LoadingState';
import { NotFound } from '@/common/components/NotFound';
import { isNotFoundError } from '@/common/graphql-errors';
import { usePageTitle } from '@/common/hooks/usePageTitle';
import { useViewer } from '@/modules/auth/hooks/useViewer';
import { editsShared } from '@/modules/auth/permissions';
import { ActionEditorQuery } from '../../graphql/action-editor';
import { HIDDEN_PLAN } from '../../hidden-plan';
import { ActionEditor } from './ActionEditor';
import '@/common/staff.css';

const MISSING = 'Deze actie bestaat niet (meer).';

/** Route `/acties/:id/bewerken`: the sheet's editor, for editors of an owner zone. */
export function ActionEditPage() {
  const { id = '' } = useParams();
  // Always start from the stored version: the version number must be the latest one seen.
  const { data, error, refetch } = useQuery(ActionEditorQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const viewer = useViewer();
  if (error && isNotFoundError(error)) return <NotFound message={MISSING} />;
  if (error) return <ErrorState error={error} what="de actie" onRetry={() => void refetch()} />;
  if (!data || !viewer.data) return <LoadingState label="Actie laden…" />;
  if (!data.action) return <NotFound message={MISSING} />;
  if (!editsShared(viewer.data.me, data.action.owners)) return <NotAllowed id={data.action.id} title={data.action.title} />;
  const plan = data.action.actionPlan;
  if (!plan) return <DraftOfAnotherZone id={data.action.id} title={data.action.title} />;
  // After a VERSION_CONFLICT the editor reads the latest version through this same query.
  const reload = async () => (await refetch()).data?.action ?? null;
  return <ActionEditor key={data.action.id} data={{ ...data, action: { ...data.action, actionPlan: plan } }} reload={reload} />;
}

/** A co-owner's action in another zone's draft: the editor needs that plan's goals and year, which the zone keeps to itself until it publishes. */
function DraftOfAnotherZone({ id, title }: { id: string; title: string }) {
  usePageTitle('Nog niet te bewerken');
  return (
    <div className="state" role="status">
      <h1>“{title}” staat in een {HIDDEN_PLAN}</h1>
      <p>Je zone trekt deze actie mee, maar het actieplan waarin ze staat is nog een concept. Zodra de trekkende zone het plan publiceert, kan je de fiche hier bewerken.</p>
      <p>
        <Link to={`/acties/${id}`}>Terug naar de fiche</Link>
      </p>
    </div>
  );
}

function NotAllowed({ id, title }: { id: string; title: string }) {
  usePageTitle('Geen toegang');
  return (
    <div className="state state--error" role="alert">
      <h1>Je kan deze actie niet bewerken</h1>
      <p>Alleen redacteurs van een zone die “{title}” trekt of mee trekt, kunnen de fiche wijzigen.</p>
      <p>
        <Link to={`/acties/${id}`}>Terug naar de fiche</Link>
      </p>
    </div>
  );
}
