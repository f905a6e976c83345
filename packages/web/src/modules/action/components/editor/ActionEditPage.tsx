import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { ErrorState } from '@/common/components/ErrorState';
import { LoadingState } from '@/common/components/LoadingState';
import { NotFound } from '@/common/components/NotFound';
import { isNotFoundError } from '@/common/graphql-errors';
import { usePageTitle } from '@/common/hooks/usePageTitle';
import { coOwnerSetting, planSetting } from '../../editor-setting';
import { ActionEditorCoOwnerQuery, ActionEditorQuery } from '../../graphql/action-editor';
import { ActionEditor } from './ActionEditor';
import '@/common/staff.css';

const MISSING = 'Deze actie bestaat niet (meer).';

/** Route `/acties/:id/bewerken`: the sheet's editor, for those the server lets edit it (`viewerCanEdit`). */
export function ActionEditPage() {
  const { id = '' } = useParams();
  // Always start from the stored version: the version number must be the latest one seen.
  const { data, error, refetch } = useQuery(ActionEditorQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const action = data?.action ?? null;
  // A co-owner of an action in another zone's draft plan does not see that plan: the editor takes
  // its goals and options from what the API gives them instead.
  const coOwnerNeeded = Boolean(action?.viewerCanEdit && !action.actionPlan);
  const coOwner = useQuery(ActionEditorCoOwnerQuery, { variables: { id }, skip: !coOwnerNeeded });
  const setting = useMemo(() => {
    if (!action) return null;
    if (action.actionPlan) return planSetting(action.actionPlan);
    return coOwner.data?.action ? coOwnerSetting(coOwner.data.action) : null;
  }, [action, coOwner.data]);
  const failure = error ?? coOwner.error;
  if (failure && isNotFoundError(failure)) return <NotFound message={MISSING} />;
  if (failure) return <ErrorState error={failure} what="de actie" onRetry={() => void (error ? refetch() : coOwner.refetch())} />;
  if (!data) return <LoadingState label="Actie laden…" />;
  if (!data.action) return <NotFound message={MISSING} />;
  if (!data.action.viewerCanEdit) return <NotAllowed id={data.action.id} title={data.action.title} submitted={data.action.actionPlan?.status === 'SUBMITTED'} />;
  if (!setting) return <LoadingState label="Actie laden…" />;
  // After a VERSION_CONFLICT the editor reads the latest version through this same query.
  const reload = async () => (await refetch()).data?.action ?? null;
  return <ActionEditor key={data.action.id} data={{ ...data, action: data.action }} setting={setting} reload={reload} />;
}

/** Why not, as the server decided (`viewerCanEdit`): a submitted plan's sheets are frozen for everybody. */
function NotAllowed({ id, title, submitted }: { id: string; title: string; submitted: boolean }) {
  usePageTitle('Geen toegang');
  return (
    <div className="state state--error" role="alert">
      <h1>Je kan deze actie niet bewerken</h1>
      {submitted ? (
        <p>Het plan van “{title}” is ingediend: de fiche ligt vast. Voortgang en metingen noteer je op de fiche zelf; alleen een beheerder kan het plan heropenen.</p>
      ) : (
        <p>Alleen redacteurs van een zone die “{title}” trekt of mee trekt, kunnen de fiche wijzigen.</p>
      )}
      <p>
        <Link to={`/acties/${id}`}>Terug naar de fiche</Link>
      </p>
    </div>
  );
}
