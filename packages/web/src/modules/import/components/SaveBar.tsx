import { Link } from 'react-router';
import { allActions, importYearWarning, zoneYear } from '@kruispunt/shared';
import { Field } from '@/common/forms/Field';
import { formatCount } from '@/common/format';
import type { ImportZoneFieldsFragment } from '@/gql/graphql';
import type { ImportFlow } from '../hooks/useImportFlow';
import { comparableName } from '../years';

interface SaveBarProps {
  flow: ImportFlow;
  zones: ImportZoneFieldsFragment[];
  /** Actions that will be saved. */
  kept: number;
}

/** The zone and year to save as, what saving also does (new partners), and the save button with its errors. */
export function SaveBar({ flow, zones, kept }: SaveBarProps) {
  const { zone, existing, saving, saveError, otherIssues } = flow;
  const { year } = flow.state;
  const preview = flow.review!.preview;
  const thisYear = zoneYear();
  const years = [...new Set([...preview.plan.years, ...[-2, -1, 0, 1, 2, 3].map((d) => thisYear + d), ...(year ? [year] : [])])].sort((a, b) => a - b);
  const named = preview.plan.zone;
  const otherZone = named && comparableName(named) !== comparableName(zone.name) && comparableName(named) !== comparableName(zone.shortName);
  // The same rule as the API's preview (packages/shared), for the year chosen now.
  const yearWarning = year === null ? null : importYearWarning(preview.plan, year);
  const newPartners = flow.built ? [...new Set(allActions(flow.built.plan).flatMap((a) => (a.partners ?? []).filter((p) => p.create).map((p) => p.name)))] : [];

  return (
    <form
      className="save-bar import-save"
      aria-label="Opslaan als ontwerp"
      onSubmit={(event) => {
        event.preventDefault();
        flow.save();
      }}
    >
      <Field id="import-zone" label="Zone" className="import-save__field">
        {(control) => (
          <select {...control} value={zone.id} onChange={(event) => flow.setZone(event.target.value)}>
            {zones.map((z) => (
              <option key={z.id} value={z.id}>
                {z.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="import-jaar" label="Jaar" className="import-save__field import-save__field--year">
        {(control) => (
          <select
            {...control}
            aria-invalid={existing ? true : undefined}
            aria-describedby={yearWarning ? 'import-status import-year-warning' : 'import-status'}
            value={year ?? ''}
            onChange={(event) => flow.setYear(Number(event.target.value))}
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
                {zone.actionPlans.some((p) => p.year === y) ? ' (bestaat al)' : ''}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="import-save__actions">
        <button type="submit" className="button" disabled={saving || kept === 0 || Boolean(existing) || year === null}>
          {saving ? 'Bezig met opslaan…' : 'Opslaan als ontwerp'}
        </button>
        <span id="import-status" className="save-bar__status" data-problem={existing ? true : undefined} aria-live="polite">
          {existing ? (
            <>
              {zone.name} heeft al een actieplan {existing.year}: kies een ander jaar, of <Link to={existing.path}>bekijk het bestaande plan</Link>.
            </>
          ) : (
            `${formatCount(kept, 'actie', 'acties')} voor ${zone.shortName} ${year ?? ''}`
          )}
        </span>
      </div>
      {newPartners.length > 0 && (
        <p className="import-save__note" data-testid="import-new-partners">
          Bij het opslaan {newPartners.length === 1 ? 'wordt één nieuwe partner' : `worden ${newPartners.length} nieuwe partners`} aangemaakt in {zone.name}: {newPartners.join(', ')}.
        </p>
      )}
      {otherZone && (
        <p className="import-save__note">
          In de tekst staat “{named}”; je slaat het plan op bij {zone.name}.
        </p>
      )}
      {yearWarning && (
        <p id="import-year-warning" className="notice notice--warning import-save__note" data-testid="import-year-warning">
          {yearWarning}
        </p>
      )}
      {saveError && (
        <div className="form__error import-save__error" role="alert">
          <p>{saveError}</p>
          {otherIssues.length > 1 && (
            <ul>
              {otherIssues.map((m, i) => (
                <li key={i}>{m}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </form>
  );
}
