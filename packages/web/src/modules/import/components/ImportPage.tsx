import { useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Breadcrumbs } from '@/common/components/Breadcrumbs';
import { Dialog } from '@/common/components/Dialog';
import { EmptyState } from '@/common/components/EmptyState';
import { ErrorState } from '@/common/components/ErrorState';
import { LeaveDialog } from '@/common/components/LeaveDialog';
import { LoadingState } from '@/common/components/LoadingState';
import { usePageTitle } from '@/common/hooks/usePageTitle';
import type { ImportZoneFieldsFragment } from '@/gql/graphql';
import { useCurrentZone } from '@/modules/auth/hooks/useCurrentZone';
import { ImportZonesQuery } from '../graphql/import';
import { useImportFlow } from '../hooks/useImportFlow';
import { FilePicker } from './FilePicker';
import { Review } from './Review';
import '@/common/staff.css';
import '../import.css';

type Zone = ImportZoneFieldsFragment;

/** Route `/importeren?zone=<slug>&jaar=<year>`: bring an existing plan (.docx or .txt) in as a draft. */
export function ImportPage() {
  const { data, error, refetch } = useQuery(ImportZonesQuery);
  if (error) return <ErrorState error={error} what="je zones" onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label="Laden…" />;
  const zones: Zone[] = data.zones.nodes.filter((zone) => zone.viewerCanEdit);
  if (zones.length === 0) return <NoRights />;
  return <Importer zones={zones} />;
}

function NoRights() {
  usePageTitle('Plan binnenbrengen');
  return (
    <>
      <header className="page-header">
        <h1>Plan binnenbrengen</h1>
      </header>
      <EmptyState>
        Alleen redacteurs van een zone kunnen een bestaand actieplan binnenbrengen. Je kan de plannen van alle zones lezen via het <Link to="/">overzicht</Link>.
      </EmptyState>
    </>
  );
}

function Importer({ zones }: { zones: Zone[] }) {
  usePageTitle('Plan binnenbrengen');
  const [params] = useSearchParams();
  const { current } = useCurrentZone();
  const asked = zones.find((z) => z.slug === params.get('zone'));
  const flow = useImportFlow(zones, { zone: asked, year: Number(params.get('jaar')), initialZoneId: (asked ?? zones.find((z) => z.id === current?.zone.id) ?? zones[0]!).id });
  const [confirmRestart, setConfirmRestart] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const { stage } = flow.state;

  const restart = () => {
    setConfirmRestart(false);
    flow.restart();
    heading.current?.focus();
  };

  return (
    <>
      <Breadcrumbs items={[{ label: 'Mijn zone', to: '/mijn-zone' }, { label: 'Plan binnenbrengen' }]} />
      <header className="page-header">
        <h1 ref={heading} tabIndex={-1}>
          Plan binnenbrengen
        </h1>
        <p className="lead">
          Breng een actieplan dat je al in Word of als tekst hebt binnen in Kruispunt. Je kijkt na wat Kruispunt erin vond en verbetert het, en pas dan sla je het op als ontwerp.
        </p>
        <ol className="import-steps" aria-label="Stappen">
          <li aria-current={stage.kind !== 'review' ? 'step' : undefined}>Bestand kiezen</li>
          <li aria-current={stage.kind === 'review' ? 'step' : undefined}>Nakijken en verbeteren</li>
          <li>Opslaan als ontwerp</li>
        </ol>
      </header>

      {stage.kind === 'choose' && (
        <section className="section" aria-labelledby="bestand">
          <h2 id="bestand">Kies het bestand van je actieplan</h2>
          {stage.problem && (
            <div className="notice notice--error" role="alert">
              <p>{stage.problem}</p>
              {stage.signedOut && (
                <p>
                  <Link to={`/aanmelden?terug=${encodeURIComponent('/importeren')}`}>Opnieuw aanmelden</Link>
                </p>
              )}
            </div>
          )}
          <FilePicker onFile={flow.read} />
          <p className="muted import-note">
            Er wordt niets opgeslagen tot je op “Opslaan als ontwerp” klikt. Het plan is dan alleen zichtbaar voor de leden van je zone, tot je het publiceert.
          </p>
        </section>
      )}

      {stage.kind === 'reading' && (
        <p className="state state--loading" role="status">
          <span className="spinner" aria-hidden="true" />
          {stage.fileName} lezen en de doelstellingen en acties zoeken…
        </p>
      )}

      {flow.review && flow.state.draft && <Review flow={flow} zones={zones} onRestart={() => (flow.dirty ? setConfirmRestart(true) : restart())} />}

      <Dialog
        open={confirmRestart}
        title="Ander bestand kiezen?"
        tone="danger"
        onClose={() => setConfirmRestart(false)}
        actions={
          <>
            <button type="button" className="button button--secondary" onClick={() => setConfirmRestart(false)} autoFocus>
              Verder nakijken
            </button>
            <button type="button" className="button button--danger" onClick={restart}>
              Verbeteringen weggooien
            </button>
          </>
        }
      >
        <p>Je verbeteringen aan dit plan zijn nog niet opgeslagen. Als je een ander bestand kiest, gaan ze verloren.</p>
      </Dialog>
      <LeaveDialog blocker={flow.blocker} />
    </>
  );
}
