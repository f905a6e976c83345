import { useEffect, useRef, useState } from 'react';
import { SECTION_LABELS, type Draft, type GoalOption, type Unplaced } from '../draft';
import type { DraftChange } from '../flow';
import type { ProjectRef } from '../hooks/useImportFlow';
import { AttachForm, MakeActionForm } from './FragmentForms';
import { lineId } from './SourceText';

interface FragmentItemProps {
  fragment: Unplaced;
  draft: Draft;
  goals: GoalOption[];
  projects: ProjectRef[];
  onChange: (change: DraftChange) => void;
  onShowLine: (line: number) => void;
}

type Mode = 'choose' | 'action' | 'attach';

const short = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** One unplaced text: what to do with it, a small form for that, or what was done (with undo). */
export function FragmentItem({ fragment: f, draft, goals, projects, onChange, onShowLine }: FragmentItemProps) {
  const [mode, setMode] = useState<Mode>('choose');
  // Where the focus goes after the item changed: the outcome, or back to the choices.
  const focus = useRef<'outcome' | 'choices' | null>(null);
  const outcome = useRef<HTMLParagraphElement>(null);
  const choices = useRef<HTMLDivElement>(null);
  const decision = draft.fragments[f.id];
  useEffect(() => {
    if (focus.current === 'outcome') outcome.current?.focus();
    if (focus.current === 'choices') choices.current?.querySelector('button')?.focus();
    focus.current = null;
  });
  const owner = f.actionKey ? draft.actions.find((a) => a.key === f.actionKey) : null;
  const target = decision && decision.kind !== 'dismiss' ? draft.actions.find((a) => a.key === decision.actionKey) : null;
  const done = (change: DraftChange) => {
    onChange(change);
    setMode('choose');
    focus.current = 'outcome';
  };
  const back = () => {
    setMode('choose');
    focus.current = 'choices';
  };
  const where = `regel ${f.line}`;

  return (
    <li className="import-unplaced__item" data-testid="unplaced-item" data-decided={decision ? decision.kind : undefined}>
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
      {owner && <span className="import-unplaced__context"> · bij “{short(owner.title)}”</span>}
      {projects.length > 0 && <span className="import-unplaced__context"> · over project {projects.map((p) => p.name).join(', ')}</span>}
      <p className="import-unplaced__text">{f.text.length > 240 ? `${f.text.slice(0, 240)}…` : f.text}</p>
      {decision ? (
        <div className="import-unplaced__outcome">
          <p ref={outcome} tabIndex={-1}>
            {decision.kind === 'action' && (
              <>
                Nieuwe actie: “{short(target?.title ?? '')}”{target?.removed ? ': die actie is verwijderd, de tekst blijft niet geplaatst' : ''}.
              </>
            )}
            {decision.kind === 'attach' && (
              <>
                Toegevoegd aan “{SECTION_LABELS[decision.section]}” van “{short(target?.title ?? '')}”{target?.removed ? ': die actie is verwijderd, de tekst blijft niet geplaatst' : ''}.
              </>
            )}
            {decision.kind === 'dismiss' && <>Genegeerd: deze tekst wordt niet bewaard.</>}
          </p>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              onChange({ kind: 'undo', fragmentId: f.id });
              focus.current = 'choices';
            }}
          >
            Ongedaan maken<span className="visually-hidden">: {where}</span>
          </button>
        </div>
      ) : mode === 'choose' ? (
        <div ref={choices} className="import-unplaced__choices" role="group" aria-label={`Wat met de tekst van ${where}?`}>
          <button type="button" className="button button--secondary button--small" onClick={() => setMode('action')}>
            Als nieuwe actie<span className="visually-hidden">: {where}</span>
          </button>
          <button type="button" className="button button--secondary button--small" onClick={() => setMode('attach')}>
            Bij een actie voegen<span className="visually-hidden">: {where}</span>
          </button>
          <button type="button" className="link-button" onClick={() => done({ kind: 'dismiss', fragmentId: f.id })}>
            Negeren<span className="visually-hidden">: {where}</span>
          </button>
        </div>
      ) : mode === 'action' ? (
        <MakeActionForm fragment={f} draft={draft} goals={goals} projects={projects} onDone={done} onCancel={back} />
      ) : (
        <AttachForm fragment={f} draft={draft} onDone={done} onCancel={back} />
      )}
    </li>
  );
}
