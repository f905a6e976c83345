import { formatCount } from '@/common/format';
import { openFragments, type Draft, type Unplaced } from '../draft';
import type { Preview } from '../preview';

interface ReviewSummaryProps {
  preview: Preview;
  /** The draft as the file gave it: what Kruispunt found. */
  original: Draft;
  draft: Draft;
  fragments: Unplaced[];
  onRestart: () => void;
}

/** What Kruispunt found in the file, and how much of the text is still to be placed. */
export function ReviewSummary({ preview, original, draft, fragments, onRestart }: ReviewSummaryProps) {
  const sds = original.plan.strategicGoals.filter((s) => s.number);
  const ods = sds.reduce((n, s) => n + s.operationalGoals.length, 0);
  const open = openFragments(draft, fragments).length;
  const noActions = original.actions.length === 0;
  return (
    <section className="section import-summary" aria-labelledby="gevonden-samenvatting">
      <h2 id="gevonden-samenvatting" className="visually-hidden">
        Wat Kruispunt vond
      </h2>
      <p className="import-summary__file">
        <span className="import-summary__name">{preview.fileName}</span>{' '}
        <button type="button" className="link-button" onClick={onRestart}>
          Ander bestand kiezen
        </button>
      </p>
      {noActions ? (
        <div className="notice notice--warning" role="alert">
          <h3>Geen acties gevonden</h3>
          <p>
            Kruispunt vond in dit bestand geen actiefiches of acties. Is het een actieplan of meerjarenplan van een zone? Kruispunt herkent onder meer koppen als “Strategische doelstelling
            1”, “Operationele doelstelling 1.2”, “Actie 2025: …” en de rubrieken van het sjabloon (“Wat?”, “Waarom?”, “Evaluatie”).
          </p>
          <p>Hieronder staat de tekst zoals Kruispunt hem las. Kies een ander bestand, of maak het plan zelf aan vanuit Mijn zone.</p>
        </div>
      ) : (
        <p className="import-summary__counts" role="status">
          Gevonden: <strong>{formatCount(original.actions.length, 'actie', 'acties')}</strong> onder {formatCount(sds.length, 'strategische doelstelling', 'strategische doelstellingen')} en{' '}
          {formatCount(ods, 'operationele doelstelling', 'operationele doelstellingen')}
          {fragments.length > 0 && (
            <>
              ; <a href="#niet-geplaatst">{fragments.length === 1 ? 'één tekstdeel' : `${fragments.length} tekstdelen`} kon Kruispunt niet plaatsen</a>
              {open < fragments.length && ` (nog ${open} na te kijken)`}
            </>
          )}
          .
        </p>
      )}
      {preview.warnings.length > 0 && (
        <details className="import-summary__warnings">
          <summary>Opmerkingen bij het lezen van het Word-bestand ({preview.warnings.length})</summary>
          <ul>
            {preview.warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
