import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Field, FieldError } from '@/common/forms/Field';
import { GoalSelect } from './GoalSelect';
import { SECTION_LABELS, titleAndWhat, type Draft, type GoalKey, type GoalOption, type SectionKey, type Unplaced } from '../draft';
import type { DraftChange } from '../flow';
import type { ProjectRef } from '../hooks/useImportFlow';

interface FormProps {
  fragment: Unplaced;
  draft: Draft;
  onDone: (change: DraftChange) => void;
  onCancel: () => void;
}

/** Escape in a form cancels it, as its "Annuleren" button does. */
const escapeCancels = (onCancel: () => void) => (event: KeyboardEvent<HTMLFormElement>) => {
  if (event.key === 'Escape') {
    event.preventDefault();
    onCancel();
  }
};

/** The first field of a form that just opened gets the focus. */
function useFirstFocus<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}

function Buttons({ confirm, onCancel }: { confirm: string; onCancel: () => void }) {
  return (
    <div className="import-unplaced__buttons">
      <button type="submit" className="button button--small">
        {confirm}
      </button>
      <button type="button" className="link-button" onClick={onCancel}>
        Annuleren
      </button>
    </div>
  );
}

/** The goal a text most likely belongs to: the goal it stood under, else its action's, else the first operational goal. */
function defaultGoal(f: Unplaced, draft: Draft, goals: GoalOption[]): GoalKey {
  const od = /^OD (\d+(?:\.\d+)*)$/.exec(f.context ?? '')?.[1];
  if (od && goals.some((g) => g.key === `od:${od}`)) return `od:${od}`;
  const owner = draft.actions.find((a) => a.key === f.actionKey);
  return owner?.goal ?? goals.find((g) => g.key.startsWith('od:'))?.key ?? 'none';
}

/** A new action from an unplaced text: its first line as title, the rest as "Wat?", both editable; linked to a project the text names. */
export function MakeActionForm({ fragment: f, draft, goals, projects, onDone, onCancel }: FormProps & { goals: GoalOption[]; projects: ProjectRef[] }) {
  const start = titleAndWhat(f.text);
  const [goal, setGoal] = useState<GoalKey>(() => defaultGoal(f, draft, goals));
  const [title, setTitle] = useState(start.title);
  const [what, setWhat] = useState(start.what);
  const [linked, setLinked] = useState(() => projects.map((p) => p.id));
  const [missing, setMissing] = useState(false);
  const titleRef = useFirstFocus<HTMLInputElement>();
  const id = (field: string) => `${f.id}-nieuw-${field}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setMissing(true);
      titleRef.current?.focus();
      return;
    }
    onDone({ kind: 'makeAction', fragment: f, goal, title, what, projects: projects.filter((p) => linked.includes(p.id)) });
  };
  return (
    <form className="import-unplaced__form" aria-label={`Nieuwe actie uit regel ${f.line}`} onSubmit={submit} onKeyDown={escapeCancels(onCancel)} noValidate>
      <GoalSelect id={id('doel')} value={goal} goals={goals} onChange={setGoal} />
      <Field id={id('titel')} label="Titel van de actie" error={missing ? 'Titel is verplicht' : undefined}>
        {(control) => <input {...control} ref={titleRef} type="text" value={title} onChange={(event) => setTitle(event.target.value)} />}
      </Field>
      <Field id={id('wat')} label="Wat?">
        {(control) => <textarea {...control} rows={3} value={what} onChange={(event) => setWhat(event.target.value)} />}
      </Field>
      {projects.length > 0 && (
        <fieldset className="import-unplaced__projects">
          <legend className="field__label">Project</legend>
          {projects.map((p) => (
            <label key={p.id} className="checkbox-label">
              <input type="checkbox" checked={linked.includes(p.id)} onChange={(event) => setLinked(event.target.checked ? [...linked, p.id] : linked.filter((x) => x !== p.id))} />
              Actie van het project {p.name}
            </label>
          ))}
        </fieldset>
      )}
      <Buttons confirm="Actie maken" onCancel={onCancel} />
    </form>
  );
}

/** The text added to a chosen section of a chosen action (also one made in this review). */
export function AttachForm({ fragment: f, draft, onDone, onCancel }: FormProps) {
  const kept = draft.actions.filter((a) => !a.removed);
  const [actionKey, setActionKey] = useState(() => (kept.some((a) => a.key === f.actionKey) ? f.actionKey! : (kept[0]?.key ?? '')));
  const [section, setSection] = useState<SectionKey>('what');
  const actionRef = useFirstFocus<HTMLSelectElement>();
  const id = (field: string) => `${f.id}-bij-${field}`;
  if (kept.length === 0) {
    return (
      <div className="import-unplaced__form">
        <FieldError>Er is geen actie om de tekst bij te voegen.</FieldError>
        <button type="button" className="link-button" onClick={onCancel}>
          Terug
        </button>
      </div>
    );
  }
  return (
    <form
      className="import-unplaced__form"
      aria-label={`Tekst van regel ${f.line} bij een actie voegen`}
      onKeyDown={escapeCancels(onCancel)}
      onSubmit={(event) => {
        event.preventDefault();
        onDone({ kind: 'attach', fragmentId: f.id, actionKey, section });
      }}
    >
      <Field id={id('actie')} label="Actie">
        {(control) => (
          <select {...control} ref={actionRef} value={actionKey} onChange={(event) => setActionKey(event.target.value)}>
            {kept.map((a) => (
              <option key={a.key} value={a.key}>
                {a.parsed.number ? `Actie ${a.parsed.number}: ` : ''}
                {a.title.length > 80 ? `${a.title.slice(0, 80)}…` : a.title || 'zonder titel'}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={id('rubriek')} label="Rubriek">
        {(control) => (
          <select {...control} value={section} onChange={(event) => setSection(event.target.value as SectionKey)}>
            {(Object.keys(SECTION_LABELS) as SectionKey[]).map((k) => (
              <option key={k} value={k}>
                {SECTION_LABELS[k]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Buttons confirm="Toevoegen" onCancel={onCancel} />
    </form>
  );
}
