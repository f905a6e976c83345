import { useEffect, useId, useRef } from 'react';
import { ConflictChoice } from '@/common/forms/ConflictParts';
import { Field } from '@/common/forms/Field';
import { VersionedFormFrame } from '@/common/forms/VersionedFormFrame';
import { useSectionEditor } from '@/common/forms/useSectionEditor';
import { formatFte } from '@/common/format';
import type { ZoneProfileFieldsFragment } from '@/gql/graphql';
import { ZONE_PROFILE_LABELS, useZoneProfileForm, type ZoneProfileKey } from '../hooks/useZoneProfileForm';

/** "Zoneprofiel" on Mijn zone: municipalities, staff and network share; editable for whom the server lets (`viewerCanEdit`). */
export function ZoneProfile({ zone }: { zone: ZoneProfileFieldsFragment }) {
  const { editing, status, editButton, open, close } = useSectionEditor();
  const share = zone.networkTimeShare ?? (zone.networkTimePercent != null ? `${zone.networkTimePercent}%` : null);

  return (
    <section className="section zone-profile" aria-labelledby="zoneprofiel">
      <h2 id="zoneprofiel">Zoneprofiel</h2>
      <p className="plan-texts__status muted small" role="status">
        {status}
      </p>
      {editing ? (
        <ZoneProfileForm zone={zone} onClose={close} />
      ) : (
        <>
          <dl className="facts">
            <div>
              <dt>Gemeenten</dt>
              <dd>{zone.municipalities.length > 0 ? zone.municipalities.join(', ') : <span className="muted">Niet opgegeven</span>}</dd>
            </div>
            <div>
              <dt>Personeel</dt>
              <dd>{formatFte(zone.staffFte) ?? <span className="muted">Niet opgegeven</span>}</dd>
            </div>
            <div>
              <dt>Tijd voor het netwerk</dt>
              <dd>
                {share ?? <span className="muted">Niet opgegeven</span>}
                {zone.networkTimeShare && zone.networkTimePercent != null && <span className="muted"> ({zone.networkTimePercent}%)</span>}
              </dd>
            </div>
          </dl>
          {zone.viewerCanEdit && (
            <button ref={editButton} type="button" className="button button--secondary" onClick={open}>
              Zoneprofiel bewerken
            </button>
          )}
        </>
      )}
    </section>
  );
}

function ZoneProfileForm({ zone, onClose }: { zone: ZoneProfileFieldsFragment; onClose: (message: string | null) => void }) {
  const id = useId();
  const form = useZoneProfileForm(zone, () => onClose('Het zoneprofiel is bewaard.'));
  const first = useRef<HTMLTextAreaElement>(null);
  useEffect(() => first.current?.focus(), []);
  const label = (key: ZoneProfileKey) => ZONE_PROFILE_LABELS[key];
  const choice = (key: ZoneProfileKey) => (
    <ConflictChoice id={`${id}-${key}`} field={key} label={label(key)} conflict={form.conflict} chosen={form.choices[key]} onChoose={(c) => form.choose(key, c)} />
  );
  const input = (key: Exclude<ZoneProfileKey, 'municipalities'>, hint: string, inputMode: 'decimal' | 'numeric' | 'text' = 'text') => (
    <div>
      <Field id={`${id}-${key}`} label={label(key)} hint={hint} error={form.errors[key]}>
        {(control) => <input {...control} type="text" inputMode={inputMode} value={form.values[key]} onChange={(event) => form.set(key, event.target.value)} />}
      </Field>
      {choice(key)}
    </div>
  );

  return (
    <VersionedFormFrame form={form} title="Zoneprofiel bewerken" className="zone-profile__form" label={label} noun="het zoneprofiel" onCancel={() => onClose(null)}>
      <div>
        <Field id={`${id}-municipalities`} label={label('municipalities')} hint="Eén gemeente per regel." error={form.errors.municipalities}>
          {(control) => <textarea {...control} ref={first} rows={4} value={form.values.municipalities} onChange={(event) => form.set('municipalities', event.target.value)} />}
        </Field>
        {choice('municipalities')}
      </div>
      {input('staffFte', 'In voltijdse equivalenten, bv. 3,5.', 'decimal')}
      <div className="versioned-form__row">
        {input('networkTimeShare', 'Zoals de zone het verwoordt, bv. “meer dan 50%”.')}
        {input('networkTimePercent', 'Ondergrens, 0 tot 100.', 'numeric')}
      </div>
    </VersionedFormFrame>
  );
}
