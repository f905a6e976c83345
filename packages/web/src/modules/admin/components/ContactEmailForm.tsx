import { useEffect, useState, type FormEvent } from 'react';
import { issuesByField } from '@/common/forms/issues';
import { loadSchemas } from '@/common/forms/load-schemas';
import { FieldError } from '@/common/forms/Field';
import { useAdminAction } from '../hooks/useAdminAction';

/** A zone's or region's contact address, saved with the version last read. Empty clears it. */
export function ContactEmailForm({
  id,
  name,
  value,
  save,
  reload,
}: {
  id: string;
  name: string;
  value: string | null;
  save: (contactEmail: string | null) => Promise<unknown>;
  reload: () => Promise<unknown>;
}) {
  const [email, setEmail] = useState(value ?? '');
  useEffect(() => setEmail(value ?? ''), [value]);
  const action = useAdminAction(reload);
  const inputId = `contact-${id}`;
  const errorId = `${inputId}-fout`;
  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const { contactEmailSchema, fieldIssues } = await loadSchemas();
    const parsed = contactEmailSchema.safeParse({ contactEmail: email });
    if (!parsed.success) return action.fail(issuesByField(fieldIssues(parsed.error)));
    await action.run(() => save(parsed.data.contactEmail), parsed.data.contactEmail ? 'Opgeslagen.' : 'Contactadres gewist.');
  };
  const error = action.errors.contactEmail ?? action.message;
  return (
    <form className="contact-form" onSubmit={(event) => void submit(event)} noValidate>
      <label htmlFor={inputId} className="visually-hidden">
        Contactadres van {name}
      </label>
      <input
        id={inputId}
        type="email"
        value={email}
        placeholder="naam@voorbeeld.be"
        onChange={(e) => setEmail(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        autoComplete="off"
      />
      <button type="submit" className="button button--small button--secondary" disabled={action.busy || email === (value ?? '')}>
        Opslaan<span className="visually-hidden"> (contactadres van {name})</span>
      </button>
      <span role="status" className="muted contact-form__status">
        {action.done}
      </span>
      {error && <FieldError id={errorId}>{error}</FieldError>}
    </form>
  );
}
