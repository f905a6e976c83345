import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { allActions, importYearWarning, zoneYear } from '@kruispunt/shared';
import { Breadcrumbs } from '@/common/components/Breadcrumbs';
import { Dialog } from '@/common/components/Dialog';
import { EmptyState } from '@/common/components/EmptyState';
import { ErrorState } from '@/common/components/ErrorState';
import { LeaveDialog } from '@/common/components/LeaveDialog';
import { LoadingState } from '@/common/components/LoadingState';
import { Field } from '@/common/forms/Field';
import { formatCount } from '@/common/format';
import { errorIssues, mutationMessage } from '@/common/mutation-errors';
import { usePageTitle } from '@/common/hooks/usePageTitle';
import { useUnsavedChangesWarning } from '@/common/hooks/useUnsavedChangesWarning';
import type { ImportZoneFieldsFragment } from '@/gql/graphql';
import { useCurrentZone } from '@/modules/auth/hooks/useCurrentZone';
import { buildPlan, goalOptions, isEdited, toDraft, unplacedLines, unplacedOf, updateAction, type Draft, type DraftAction } from '../draft';
import { ImportPlanMutation, ImportZonesQuery } from '../graphql/import';
import { fileProblem, PreviewError, requestPreview, type Preview } from '../preview';
import { DraftTree } from './DraftTree';
import { FilePicker } from './FilePicker';
import { lineId, SourceText } from './SourceText';
import '@/common/staff.css';
import '../import.css';

type Zone = ImportZoneFieldsFragment;

type Stage =
  | { kind: 'choose'; problem: string | null; signedOut?: boolean }
  | { kind: 'reading'; fileName: string }
  | { kind: 'review'; preview: Preview; original: Draft };

const comparableName = (name: string) =>
  name
    .toLowerCase()
    .replace(/^(?:elz|eerstelijnszone)\s+/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * The year to save as, of those the zone has no plan for yet: the text's year; of a multi-year
 * plan next year's, this year's or its other years; else the first free year from next year on.
 */
export function suggestedYear(textYears: readonly number[], taken: readonly number[], now = zoneYear()): number {
  const next = now + 1;
  const candidates = textYears.length === 1 ? textYears : [next, now, ...textYears].filter((y) => textYears.includes(y));
  const free = candidates.find((y) => !taken.includes(y));
  if (free !== undefined) return free;
  let y = next;
  while (taken.includes(y)) y++;
  return y;
}

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
  const navigate = useNavigate();
  const { current } = useCurrentZone();
  const [stage, setStage] = useState<Stage>({ kind: 'choose', problem: null });
  const [draft, setDraft] = useState<Draft | null>(null);
  const asked = zones.find((z) => z.slug === params.get('zone'));
  const [zoneId, setZoneId] = useState<string>((asked ?? zones.find((z) => z.id === current?.zone.id) ?? zones[0]!).id);
  const askedYear = Number(params.get('jaar'));
  const [year, setYear] = useState<number | null>(null);
  const [activeLine, setActiveLine] = useState<number | null>(null);
  const [confirmRestart, setConfirmRestart] = useState(false);
  const [titleErrors, setTitleErrors] = useState<Set<string>>(new Set());
  const [save, saving] = useMutation(ImportPlanMutation);
  const abort = useRef<AbortController | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const review = stage.kind === 'review' ? stage : null;
  const dirty = Boolean(review && draft && isEdited(draft, review.original));
  const { blocker, allowNext } = useUnsavedChangesWarning(dirty);
  useEffect(() => () => abort.current?.abort(), []);

  const read = async (file: File) => {
    const problem = fileProblem(file);
    if (problem) {
      setStage({ kind: 'choose', problem });
      return;
    }
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setStage({ kind: 'reading', fileName: file.name });
    try {
      const preview = await requestPreview(file, controller.signal);
      const original = toDraft(preview.plan);
      setDraft(original);
      setTitleErrors(new Set());
      setActiveLine(null);
      // The zone the text names, when the user edits it and none was asked for in the link; the
      // year asked for in the link, else one the zone has no plan for yet.
      const named = preview.plan.zone ? zones.find((z) => comparableName(z.name) === comparableName(preview.plan.zone!) || comparableName(z.shortName) === comparableName(preview.plan.zone!)) : undefined;
      const target = (!asked && named) || zones.find((z) => z.id === zoneId) || zones[0]!;
      setZoneId(target.id);
      setYear(askedYear >= 2000 && askedYear <= 2100 ? askedYear : suggestedYear(preview.plan.years, target.actionPlans.map((p) => p.year)));
      setStage({ kind: 'review', preview, original });
      saving.reset();
    } catch (error) {
      if ((error as { name?: string }).name === 'AbortError') return;
      const e = error instanceof PreviewError ? error : new PreviewError('Het bestand kon niet gelezen worden. Probeer opnieuw.');
      setStage({ kind: 'choose', problem: e.message, signedOut: e.signedOut });
    }
  };

  const restart = () => {
    setConfirmRestart(false);
    setDraft(null);
    setStage({ kind: 'choose', problem: null });
    saving.reset();
    heading.current?.focus();
  };

  const showLine = useCallback((line: number) => {
    setActiveLine(line);
    const el = document.getElementById(lineId(line));
    el?.scrollIntoView({ block: 'center' });
    el?.focus({ preventScroll: true });
  }, []);

  const onChange = useCallback((key: string, patch: Partial<DraftAction>) => {
    setDraft((d) => (d ? updateAction(d, key, patch) : d));
    if (patch.title !== undefined && patch.title.trim()) setTitleErrors((s) => (s.has(key) ? new Set([...s].filter((k) => k !== key)) : s));
  }, []);

  const zone = zones.find((z) => z.id === zoneId) ?? zones[0]!;
  const existing = year !== null ? zone.actionPlans.find((p) => p.year === year) : undefined;

  const onSave = async () => {
    if (!draft || !review || year === null) return;
    const empty = draft.actions.filter((a) => !a.removed && !a.title.trim()).map((a) => a.key);
    setTitleErrors(new Set(empty));
    if (empty.length) {
      document.getElementById(`${empty[0]}-titel`)?.focus();
      return;
    }
    const built = buildPlan(draft);
    try {
      await save({
        variables: { zoneId: zone.id, year, plan: built.plan, fileName: review.preview.fileName },
        update: (cache) => {
          // The zone has a new plan: pages that listed its plans (or found none for this year) read again.
          cache.evict({ id: cache.identify({ __typename: 'Zone', id: zone.id }), fieldName: 'actionPlans' });
          cache.evict({ id: cache.identify({ __typename: 'Zone', id: zone.id }), fieldName: 'actionPlan' });
          cache.gc();
        },
      });
      allowNext();
      void navigate(`/zones/${zone.slug}/plannen/${year}`);
    } catch {
      // Shown under the save button (and at the actions it names).
    }
  };

  // The API's field errors, at the action they name.
  const built = useMemo(() => (draft ? buildPlan(draft) : null), [draft]);
  const issues = useMemo(() => errorIssues(saving.error), [saving.error]);
  const actionErrors = useMemo(() => {
    const out = new Map<string, Record<string, string>>();
    for (const key of titleErrors) out.set(key, { title: 'Titel is verplicht' });
    if (!built) return out;
    for (const issue of issues) {
      const path = issue.field.replace(/^plan\./, '');
      for (const [key, prefix] of built.paths) {
        if (path.startsWith(`${prefix}.`)) {
          const field = path.slice(prefix.length + 1).split('.')[0]!;
          out.set(key, { ...out.get(key), [field === 'operationalGoal' || field === 'strategicGoal' ? 'goal' : field]: issue.message });
        }
      }
    }
    return out;
  }, [built, issues, titleErrors]);

  return (
    <>
      <Breadcrumbs items={[{ label: 'Mijn zone', to: '/mijn-zone' }, { label: 'Plan binnenbrengen' }]} />
      <header className="page-header">
        <h1 ref={heading} tabIndex={-1}>
          Plan binnenbrengen
        </h1>
        <p className="lead">Breng een actieplan dat je al in Word of als tekst hebt binnen in Kruispunt. Je kijkt na wat Kruispunt erin vond en verbetert het, en pas dan sla je het op als ontwerp.</p>
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
          <FilePicker onFile={(file) => void read(file)} />
          <p className="muted import-note">Er wordt niets opgeslagen tot je op “Opslaan als ontwerp” klikt. Het plan is dan alleen zichtbaar voor de leden van je zone, tot je het publiceert.</p>
        </section>
      )}

      {stage.kind === 'reading' && (
        <p className="state state--loading" role="status">
          <span className="spinner" aria-hidden="true" />
          {stage.fileName} lezen en de doelstellingen en acties zoeken…
        </p>
      )}

      {review && draft && built && (
        <Review
          preview={review.preview}
          draft={draft}
          zones={zones}
          zone={zone}
          year={year}
          existing={existing ? { year: existing.year, path: `/zones/${zone.slug}/plannen/${existing.year}` } : null}
          activeLine={activeLine}
          actionErrors={actionErrors}
          saveError={saving.error ? mutationMessage(saving.error) : titleErrors.size ? `Vul de titel in van ${formatCount(titleErrors.size, 'actie', 'acties')}.` : null}
          otherIssues={issues.filter((i) => !i.field.startsWith('plan.strategicGoals') && !i.field.startsWith('plan.actionsWithoutGoal')).map((i) => i.message)}
          saving={saving.loading}
          onZone={setZoneId}
          onYear={setYear}
          onChange={onChange}
          onShowLine={showLine}
          onRestore={(key) => onChange(key, { removed: false })}
          onSave={() => void onSave()}
          onRestart={() => (dirty ? setConfirmRestart(true) : restart())}
        />
      )}

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
      <LeaveDialog blocker={blocker} />
    </>
  );
}

interface ReviewProps {
  preview: Preview;
  draft: Draft;
  zones: Zone[];
  zone: Zone;
  year: number | null;
  existing: { year: number; path: string } | null;
  activeLine: number | null;
  actionErrors: ReadonlyMap<string, Record<string, string>>;
  saveError: string | null;
  otherIssues: string[];
  saving: boolean;
  onZone: (id: string) => void;
  onYear: (year: number) => void;
  onChange: (key: string, patch: Partial<DraftAction>) => void;
  onShowLine: (line: number) => void;
  onRestore: (key: string) => void;
  onSave: () => void;
  onRestart: () => void;
}

function Review(props: ReviewProps) {
  const { preview, draft, zones, zone, year, existing, activeLine, actionErrors, saveError, otherIssues, saving, onZone, onYear, onChange, onShowLine, onRestore, onSave, onRestart } = props;
  const lines = useMemo(() => preview.sourceText.replace(/\r\n?/g, '\n').split('\n'), [preview.sourceText]);
  // Edits do not move text: the fragments (and the lines they flag) follow the file, not the draft.
  const fragments = useMemo(() => unplacedOf(toDraft(preview.plan)), [preview.plan]);
  const flagged = useMemo(() => unplacedLines(lines, fragments), [lines, fragments]);
  const starts = useMemo(() => new Map(allActions(preview.plan).map((a) => [a.line, a.title])), [preview.plan]);
  const goals = useMemo(() => goalOptions(draft.plan), [draft.plan]);
  const perAction = useMemo(() => {
    const out = new Map<string, number[]>();
    for (const f of fragments) if (f.actionKey) out.set(f.actionKey, [...(out.get(f.actionKey) ?? []), f.line]);
    return out;
  }, [fragments]);
  const kept = draft.actions.filter((a) => !a.removed);
  const multiYear = preview.plan.years.length > 1;
  const otherYears = year === null || !multiYear ? [] : kept.filter((a) => a.parsed.year !== null && a.parsed.year !== year);
  const removed = draft.actions.filter((a) => a.removed);
  const sds = draft.plan.strategicGoals.filter((s) => s.number);
  const ods = sds.reduce((n, s) => n + s.operationalGoals.length, 0);
  const thisYear = zoneYear();
  const years = [...new Set([...preview.plan.years, ...[-2, -1, 0, 1, 2, 3].map((d) => thisYear + d), ...(year ? [year] : [])])].sort((a, b) => a - b);
  const named = preview.plan.zone;
  const otherZone = named && comparableName(named) !== comparableName(zone.name) && comparableName(named) !== comparableName(zone.shortName);
  const noActions = draft.actions.length === 0;
  // The same rule as the API's preview (packages/shared), for the year chosen now.
  const yearWarning = year === null ? null : importYearWarning(preview.plan, year);

  return (
    <>
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
            <p>Kruispunt vond in dit bestand geen actiefiches of acties. Is het een actieplan of meerjarenplan van een zone? Kruispunt herkent onder meer koppen als “Strategische doelstelling 1”, “Operationele doelstelling 1.2”, “Actie 2025: …” en de rubrieken van het sjabloon (“Wat?”, “Waarom?”, “Evaluatie”).</p>
            <p>Hieronder staat de tekst zoals Kruispunt hem las. Kies een ander bestand, of maak het plan zelf aan vanuit Mijn zone.</p>
          </div>
        ) : (
          <p className="import-summary__counts" role="status">
            Gevonden: <strong>{formatCount(draft.actions.length, 'actie', 'acties')}</strong> onder {formatCount(sds.length, 'strategische doelstelling', 'strategische doelstellingen')} en{' '}
            {formatCount(ods, 'operationele doelstelling', 'operationele doelstellingen')}
            {fragments.length > 0 && (
              <>
                ;{' '}
                <a href="#niet-geplaatst">
                  {fragments.length === 1 ? 'één tekstdeel' : `${fragments.length} tekstdelen`} kon Kruispunt niet plaatsen
                </a>
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

      <div className="import-review">
        <section className="import-review__plan" aria-labelledby="gevonden">
          <h2 id="gevonden">Doelstellingen en acties</h2>
          {!noActions && <p className="muted">Verbeter wat Kruispunt verkeerd las: titels, de doelstelling van een actie, de evaluatie en de trekker. Verwijder wat geen actie is. Met “regel …” zie je de plaats in de brontekst.</p>}
          {otherYears.length > 0 && (
            <div className="notice notice--warning">
              <p>
                Dit is een plan voor meer jaren ({preview.plan.years.join(', ')}): {formatCount(otherYears.length, 'actie hoort', 'acties horen')} volgens de tekst bij een ander jaar dan {year}. Alle acties die je
                niet verwijdert, komen in het actieplan {year}.
              </p>
              <button type="button" className="button button--secondary button--small" onClick={() => otherYears.forEach((a) => onChange(a.key, { removed: true }))}>
                De {formatCount(otherYears.length, 'actie', 'acties')} van andere jaren verwijderen
              </button>
            </div>
          )}
          <DraftTree draft={draft} goals={goals} unplacedCount={perAction} errors={actionErrors} year={multiYear ? year : null} onChange={onChange} onShowLine={onShowLine} />

          {removed.length > 0 && (
            <section className="import-removed" aria-labelledby="verwijderd">
              <h3 id="verwijderd">Verwijderd ({removed.length})</h3>
              <ul className="plain-list">
                {removed.map((a) => (
                  <li key={a.key}>
                    <span className="import-removed__title">{a.title || 'Actie zonder titel'}</span>{' '}
                    <button type="button" className="link-button" onClick={() => onRestore(a.key)}>
                      Terugzetten<span className="visually-hidden">: {a.title}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}

          {fragments.length > 0 && (
            <section id="niet-geplaatst" className="import-unplaced" aria-labelledby="niet-geplaatst-titel" tabIndex={-1}>
              <h3 id="niet-geplaatst-titel">Niet geplaatste tekst ({fragments.length})</h3>
              <p className="muted">
                Deze tekst staat in het bestand, maar Kruispunt kon hem niet bij een rubriek onderbrengen. Hij gaat niet verloren: tekst bij een actie komt bij de opmerkingen van die actie, tekst vóór de eerste actie in de geschiedenis van het plan.
                Kijk na of er iets belangrijks bij zit.
              </p>
              <ol className="import-unplaced__list">
                {fragments.map((f) => {
                  const owner = f.actionKey ? draft.actions.find((a) => a.key === f.actionKey) : null;
                  return (
                    <li key={f.id} className="import-unplaced__item">
                      <a
                        href={`#${lineId(f.line)}`}
                        onClick={(event) => {
                          event.preventDefault();
                          onShowLine(f.line);
                        }}
                      >
                        Regel {f.line}
                      </a>
                      {f.context && <span className="import-unplaced__context"> · {f.context}</span>}
                      {owner && <span className="import-unplaced__context"> · bij “{owner.title.length > 60 ? `${owner.title.slice(0, 60)}…` : owner.title}”</span>}
                      <p className="import-unplaced__text">{f.text.length > 240 ? `${f.text.slice(0, 240)}…` : f.text}</p>
                    </li>
                  );
                })}
              </ol>
            </section>
          )}
        </section>

        <section className="import-review__source" aria-labelledby="brontekst">
          <h2 id="brontekst">Brontekst</h2>
          <p className="import-legend">
            <span className="import-legend__item import-legend__item--action">begin van een actie</span>
            <span className="import-legend__item import-legend__item--unplaced">niet geplaatst</span>
          </p>
          <div className="source-scroll" tabIndex={0} role="region" aria-label={`Brontekst van ${preview.fileName}, ${lines.length} regels`}>
            <SourceText lines={lines} unplaced={flagged} actionStarts={starts} active={activeLine} />
          </div>
        </section>
      </div>

      {!noActions && (
        <form
          className="save-bar import-save"
          aria-label="Opslaan als ontwerp"
          onSubmit={(event) => {
            event.preventDefault();
            onSave();
          }}
        >
          <Field id="import-zone" label="Zone" className="import-save__field">
            {(control) => (
              <select {...control} value={zone.id} onChange={(event) => onZone(event.target.value)}>
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
              <select {...control} aria-invalid={existing ? true : undefined} aria-describedby={yearWarning ? 'import-status import-year-warning' : 'import-status'} value={year ?? ''} onChange={(event) => onYear(Number(event.target.value))}>
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
            <button type="submit" className="button" disabled={saving || noActions || kept.length === 0 || Boolean(existing) || year === null}>
              {saving ? 'Bezig met opslaan…' : 'Opslaan als ontwerp'}
            </button>
            <span id="import-status" className="save-bar__status" data-problem={existing ? true : undefined} aria-live="polite">
              {existing ? (
                <>
                  {zone.name} heeft al een actieplan {existing.year}: kies een ander jaar, of <Link to={existing.path}>bekijk het bestaande plan</Link>.
                </>
              ) : (
                `${formatCount(kept.length, 'actie', 'acties')} voor ${zone.shortName} ${year ?? ''}`
              )}
            </span>
          </div>
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
      )}
    </>
  );
}
