// The parts of an action card that the review adds to the parser's result: themes proposed,
// partners matched, dates in another year, and what else the sheet holds.
import { useEffect, useRef, useState } from 'react';
import { DEFAULT_THEMES } from '@kruispunt/shared';
import { FieldError } from '@/common/forms/Field';
import { partnerOptions, type DraftAction, type PartnerMatches } from '../draft';
import type { TreeHandlers } from '../tree-handlers';
import { lineId } from './SourceText';

const THEME_NAMES = new Map(DEFAULT_THEMES.map((t) => [t.slug, t.name]));

/** The themes proposed from the action's texts, ticked: the user unticks what does not fit. */
export function SuggestedThemes({ action: a, onChange }: { action: DraftAction; onChange: TreeHandlers['onChange'] }) {
  const suggested = a.parsed.suggestedThemes ?? [];
  if (suggested.length === 0) return <p className="draft-action__facts">Geen thema voorgesteld; je kan thema’s kiezen na het importeren.</p>;
  const kept = new Set(a.themes);
  return (
    <fieldset className="draft-action__themes">
      <legend className="field__label">
        Thema’s <span className="flag flag--suggested">voorgesteld</span>
      </legend>
      <ul className="draft-action__kind-list">
        {suggested.map((s) => (
          <li key={s.theme}>
            <label className="checkbox-label">
              <input
                type="checkbox"
                checked={kept.has(s.theme)}
                onChange={(event) => onChange(a.key, { themes: event.target.checked ? [...a.themes, s.theme] : a.themes.filter((t) => t !== s.theme) })}
              />
              <span>
                {THEME_NAMES.get(s.theme) ?? s.theme}
                {s.reasons.length > 0 && <span className="muted"> ({s.reasons.join(', ')})</span>}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/**
 * The organisations under "Met wie?": a partner of the directory is linked (untick to keep it as
 * text only), an unknown organisation is created as a new partner only when ticked, a zone is never
 * a partner. The lines themselves stay as text, except a line that is just a linked partner's name.
 */
interface PartnerChoicesProps {
  action: DraftAction;
  /** Lines attached to "Met wie?" in the review. */
  extra?: string[];
  /** The API's objection to a partner (a zone, a name that is no organisation, ...). */
  error?: string;
  matches: PartnerMatches;
  loading: boolean;
  onChange: TreeHandlers['onChange'];
}

export function PartnerChoices({ action: a, extra = [], error, matches, loading, onChange }: PartnerChoicesProps) {
  const lines = [...a.parsed.stakeholders, ...extra];
  if (lines.length === 0) return null;
  const options = partnerOptions(a, matches, lines);
  if (!loading && !error && options.length === 0) return null;
  const toggle = (name: string, on: boolean) => onChange(a.key, { partnerChoices: { ...a.partnerChoices, [name]: on } });
  return (
    <fieldset className="draft-action__partners" aria-describedby={error ? `${a.key}-partners-fout` : undefined}>
      <legend className="field__label">Met wie? (partners)</legend>
      {loading && <p className="muted">Partners opzoeken…</p>}
      <ul className="draft-action__kind-list">
        {options.map((p) => (
          <li key={p.name}>
            {p.kind === 'zone' ? (
              <span className="draft-action__partner-text">
                {p.name} <span className="muted">(een zone, geen partner: blijft tekst)</span>
              </span>
            ) : (
              <label className="checkbox-label">
                <input type="checkbox" checked={p.chosen} onChange={(event) => toggle(p.name, event.target.checked)} />
                <span>
                  {p.kind === 'new' ? `Als nieuwe partner aanmaken: ${p.name}` : p.name}
                  {p.kind === 'partner' && <span className="muted"> (partner in Kruispunt)</span>}
                  {p.kind === 'new' && p.chosen && (
                    <>
                      {' '}
                      <span className="flag flag--suggested">nieuw</span>
                    </>
                  )}
                </span>
              </label>
            )}
          </li>
        ))}
      </ul>
      {error && <FieldError id={`${a.key}-partners-fout`}>{error}</FieldError>}
    </fieldset>
  );
}

/** Dates of the action in another year than the plan's: said, and moved on request; the focus stays on what happened. */
export function DateNote({ action: a, year, other, onShiftDates }: { action: DraftAction; year: number; other: string; onShiftDates: TreeHandlers['onShiftDates'] }) {
  const [shifted, setShifted] = useState(false);
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (shifted && !other) status.current?.focus();
  }, [shifted, other]);
  if (!other) {
    return shifted ? (
      <p ref={status} tabIndex={-1} className="draft-action__facts" role="status">
        Datums verschoven naar {year}.
      </p>
    ) : null;
  }
  return (
    <p className="draft-action__dates">
      <span className="flag">Ander jaar</span> Datums in {other}, niet in {year}.{' '}
      <button
        type="button"
        className="link-button"
        onClick={() => {
          setShifted(true);
          onShiftDates([a.key]);
        }}
      >
        Naar {year} verschuiven<span className="visually-hidden">: {a.title}</span>
      </button>
    </p>
  );
}

interface FactsProps {
  action: DraftAction;
  otherYear: number | null;
  unplacedLines: number[];
  onShowLine: (line: number) => void;
}

/** What else the sheet holds (steps, indicators, months), and the text near it that was not placed. */
export function ActionFacts({ action: a, otherYear, unplacedLines, onShowLine }: FactsProps) {
  const p = a.parsed;
  const facts = [
    p.steps.length ? `${p.steps.length} ${p.steps.length === 1 ? 'stap' : 'stappen'}` : null,
    p.indicators.length ? `${p.indicators.length} ${p.indicators.length === 1 ? 'indicator' : 'indicatoren'}` : null,
    p.timeline.length ? `${p.timeline.length} ${p.timeline.length === 1 ? 'maand' : 'maanden'} in de tijdslijn` : null,
    p.carriedOver ? 'lopende actie' : null,
    otherYear ? `in de tekst een actie van ${otherYear}` : null,
    a.projects.length ? `project ${a.projects.map((x) => x.name).join(', ')}` : null,
  ].filter(Boolean);
  const group = a.goal === 'none' && p.group ? p.group : null;
  return (
    <>
      {(facts.length > 0 || group) && (
        <p className="draft-action__facts">
          {facts.join(' · ')}
          {group && (
            <>
              {facts.length > 0 && ' · '}onder “{group}”
            </>
          )}
        </p>
      )}
      {unplacedLines.length > 0 && (
        <p className="draft-action__unplaced">
          <span className="flag">Niet geplaatst</span> {unplacedLines.length === 1 ? 'Eén tekstdeel' : `${unplacedLines.length} tekstdelen`} bij deze actie:{' '}
          {unplacedLines.map((line, i) => (
            <span key={`${line}-${i}`}>
              {i > 0 && ', '}
              <a
                href={`#${lineId(line)}`}
                onClick={(event) => {
                  event.preventDefault();
                  onShowLine(line);
                }}
              >
                regel {line}
              </a>
            </span>
          ))}
          . Het komt bij de opmerkingen van de actie, tenzij je het hieronder een plaats geeft.
        </p>
      )}
    </>
  );
}
