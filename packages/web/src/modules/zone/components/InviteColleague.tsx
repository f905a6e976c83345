import { useEffect, useRef } from 'react';
import { ZONE_ROLES, ZONE_ROLE_LABELS } from '@kruispunt/shared';
import { Field } from '@/common/forms/Field';
import { mutationMessage } from '@/common/mutation-errors';
import { useInviteColleagueForm } from '@/modules/auth/hooks/useAccountLinks';
import { PendingInvitations } from './PendingInvitations';

const ROLE_HINTS = { EDITOR: 'schrijft mee aan plannen en acties', VIEWER: 'leest mee, ook de ontwerpen' } as const;

/** "Collega uitnodigen" on Mijn zone, shown when the server says you may (`viewerCanInvite`). */
export function InviteColleague({ zoneId, zoneName }: { zoneId: string; zoneName: string }) {
  const form = useInviteColleagueForm(zoneId);
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (form.sent) status.current?.focus();
  }, [form.sent]);
  return (
    <section className="section" aria-labelledby="collega-uitnodigen">
      <h2 id="collega-uitnodigen">Collega uitnodigen</h2>
      <p>Nodig een collega uit om mee te werken aan {zoneName}. Die krijgt een e-mail met een link die 7 dagen werkt.</p>
      {form.sent && (
        <p className="notice notice--success" role="status" tabIndex={-1} ref={status} data-testid="invitation-sent">
          Uitnodiging verstuurd naar <strong>{form.sent.email}</strong> als {ZONE_ROLE_LABELS[form.sent.role].toLowerCase()}.
        </p>
      )}
      <form className="form form--wide" onSubmit={(event) => void form.submit(event)} noValidate>
        {form.error && !form.errors.email && !form.errors.role && (
          <p className="form__error" role="alert">
            {mutationMessage(form.error)}
          </p>
        )}
        <Field id="invite-colleague-email" label="E-mailadres van je collega" error={form.errors.email}>
          {(control) => <input {...control} type="email" autoComplete="off" value={form.email} onChange={(e) => form.setEmail(e.target.value)} />}
        </Field>
        <fieldset className="subfieldset">
          <legend>Rol</legend>
          <ul className="radio-list">
            {ZONE_ROLES.map((value) => (
              <li key={value}>
                <label>
                  <input type="radio" name="invite-role" value={value} checked={form.role === value} onChange={() => form.setRole(value)} /> {ZONE_ROLE_LABELS[value]} ({ROLE_HINTS[value]})
                </label>
              </li>
            ))}
          </ul>
          {form.errors.role && <p className="field__error">⚠ {form.errors.role}</p>}
        </fieldset>
        <div>
          <button type="submit" className="button" disabled={form.loading}>
            {form.loading ? 'Bezig met versturen…' : 'Uitnodiging versturen'}
          </button>
        </div>
      </form>
      <PendingInvitations zoneId={zoneId} />
    </section>
  );
}
