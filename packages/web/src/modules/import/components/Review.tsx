import { useCallback, useMemo } from 'react';
import { allActions } from '@kruispunt/shared';
import { formatCount } from '@/common/format';
import type { ImportZoneFieldsFragment } from '@/gql/graphql';
import { goalOptions, openFragments, unplacedLines, type DraftAction } from '../draft';
import type { ImportFlow } from '../hooks/useImportFlow';
import { DateShift } from './DateShift';
import { DraftTree } from './DraftTree';
import { ReviewSummary } from './ReviewSummary';
import { SaveBar } from './SaveBar';
import { SourceText } from './SourceText';
import { UnplacedList } from './UnplacedList';

interface ReviewProps {
  flow: ImportFlow;
  zones: ImportZoneFieldsFragment[];
  onRestart: () => void;
}

/** The review: the goals and actions found (editable), what could not be placed, the source text, and saving. */
export function Review({ flow, zones, onRestart }: ReviewProps) {
  const { review, fragments, change, showLine } = flow;
  const { draft, year, activeLine } = flow.state;
  const preview = review!.preview;
  const lines = useMemo(() => preview.sourceText.replace(/\r\n?/g, '\n').split('\n'), [preview.sourceText]);
  // Edits do not move text: the fragments follow the file, not the draft; the source flags those still to be placed.
  const open = useMemo(() => openFragments(draft!, fragments), [draft, fragments]);
  const flagged = useMemo(() => unplacedLines(lines, open), [lines, open]);
  const starts = useMemo(() => new Map(allActions(preview.plan).map((a) => [a.line, a.title])), [preview.plan]);
  const goals = useMemo(() => goalOptions(draft!.plan), [draft]);
  const perAction = useMemo(() => {
    const out = new Map<string, number[]>();
    for (const f of fragments) if (f.actionKey && !draft!.fragments[f.id]) out.set(f.actionKey, [...(out.get(f.actionKey) ?? []), f.line]);
    return out;
  }, [fragments, draft]);
  const onChange = useCallback((key: string, patch: Partial<DraftAction>) => change({ kind: 'action', key, patch }), [change]);
  const onShiftDates = useCallback((keys: string[]) => year !== null && change({ kind: 'shiftDates', keys, year }), [change, year]);
  if (!draft) return null;
  const kept = draft.actions.filter((a) => !a.removed);
  const multiYear = preview.plan.years.length > 1;
  const otherYears = year === null || !multiYear ? [] : kept.filter((a) => a.parsed.year !== null && a.parsed.year !== year);
  const removed = draft.actions.filter((a) => a.removed);
  const noActions = review!.original.actions.length === 0;

  return (
    <>
      <ReviewSummary preview={preview} original={review!.original} draft={draft} fragments={fragments} onRestart={onRestart} />
      <div className="import-review">
        <section className="import-review__plan" aria-labelledby="gevonden">
          <h2 id="gevonden">Doelstellingen en acties</h2>
          {!noActions && (
            <p className="muted">
              Verbeter wat Kruispunt verkeerd las: titels, de doelstelling van een actie, de evaluatie, de trekker en de partners. Verwijder wat geen actie is. Met “regel …” zie je de plaats
              in de brontekst.
            </p>
          )}
          {otherYears.length > 0 && (
            <div className="notice notice--warning">
              <p>
                Dit is een plan voor meer jaren ({preview.plan.years.join(', ')}): {formatCount(otherYears.length, 'actie hoort', 'acties horen')} volgens de tekst bij een ander jaar dan{' '}
                {year}. Alle acties die je niet verwijdert, komen in het actieplan {year}.
              </p>
              <button type="button" className="button button--secondary button--small" onClick={() => otherYears.forEach((a) => onChange(a.key, { removed: true }))}>
                De {formatCount(otherYears.length, 'actie', 'acties')} van andere jaren verwijderen
              </button>
            </div>
          )}
          {year !== null && <DateShift draft={draft} year={year} onShift={onShiftDates} />}
          <DraftTree
            draft={draft}
            goals={goals}
            unplacedCount={perAction}
            errors={flow.actionErrors}
            year={multiYear ? year : null}
            saveYear={year}
            attached={flow.attached}
            matches={flow.matches}
            matchesLoading={flow.matchesLoading}
            onChange={onChange}
            onShowLine={showLine}
            onShiftDates={onShiftDates}
          />

          {removed.length > 0 && (
            <section className="import-removed" aria-labelledby="verwijderd">
              <h3 id="verwijderd">Verwijderd ({removed.length})</h3>
              <ul className="plain-list">
                {removed.map((a) => (
                  <li key={a.key}>
                    <span className="import-removed__title">{a.title || 'Actie zonder titel'}</span>{' '}
                    <button type="button" className="link-button" onClick={() => onChange(a.key, { removed: false })}>
                      Terugzetten<span className="visually-hidden">: {a.title}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}

          {fragments.length > 0 && <UnplacedList draft={draft} fragments={fragments} goals={goals} projects={flow.fragmentProjects} onChange={change} onShowLine={showLine} />}
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

      {!noActions && <SaveBar flow={flow} zones={zones} kept={kept.length} />}
    </>
  );
}
