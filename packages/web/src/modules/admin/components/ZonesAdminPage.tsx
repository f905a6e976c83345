import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { createZoneSchema, fieldIssues } from '@kruispunt/shared';
import { EmptyState } from '@/common/components/EmptyState';
import { ErrorState } from '@/common/components/ErrorState';
import { LoadingState } from '@/common/components/LoadingState';
import { Field } from '@/common/forms/Field';
import { issuesByField } from '@/common/forms/issues';
import { usePageTitle } from '@/common/hooks/usePageTitle';
import { AdminZonesQuery, CreateZoneMutation, SetZoneContactEmailMutation } from '../graphql/admin';
import { useAdminAction } from '../hooks/useAdminAction';
import { InviteColleague } from '@/modules/zone/components/InviteColleague';
import { ContactEmailForm } from './ContactEmailForm';

/** Route `/beheer/zones`: a new zone, and every zone's contact address. */
export function ZonesAdminPage() {
  usePageTitle('Zones – Beheer');
  const { data, error, refetch } = useQuery(AdminZonesQuery);
  const [setContact] = useMutation(SetZoneContactEmailMutation);
  return (
    <>
      <h1>Zones</h1>
      {data && <NewZone regions={data.regions} />}
      {data && data.zones.nodes.length > 0 && <InviteIntoZone zones={data.zones.nodes} />}
      <section className="section" aria-labelledby="zones-contact">
        <h2 id="zones-contact">Contactadressen</h2>
        <p className="muted">Naar dit adres gaat “Vraag om mee te trekken (e-mail)” van andere zones. Leeg laten wist het.</p>
        {error ? (
          <ErrorState error={error} what="de zones" onRetry={() => void refetch()} />
        ) : !data ? (
          <LoadingState label="Zones laden…" />
        ) : data.zones.nodes.length === 0 ? (
          <EmptyState>Er zijn nog geen zones.</EmptyState>
        ) : (
          <ul className="admin-list">
            {data.zones.nodes.map((zone) => (
              <li key={zone.id} className="admin-list__item admin-list__item--form" data-testid="zone-row">
                <div>
                  <Link to={`/zones/${zone.slug}`} className="admin-list__title">
                    {zone.name}
                  </Link>
                  <span className="admin-list__meta">{zone.region.name}</span>
                </div>
                <ContactEmailForm
                  id={zone.id}
                  name={zone.name}
                  value={zone.contactEmail ?? null}
                  save={(contactEmail) => setContact({ variables: { id: zone.id, version: zone.version, contactEmail } })}
                  reload={() => refetch()}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function NewZone({ regions }: { regions: readonly { id: string; name: string }[] }) {
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [regionId, setRegionId] = useState('');
  const [municipalities, setMunicipalities] = useState('');
  const [contactEmail, setContactEmail] = useState('');
  const [created, setCreated] = useState<{ name: string; slug: string } | null>(null);
  const action = useAdminAction();
  const [create] = useMutation(CreateZoneMutation, { refetchQueries: ['AdminZones'], awaitRefetchQueries: true });
  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const input = { name, slug: slug.trim() || undefined, regionId, municipalities: municipalities.split('\n'), contactEmail: contactEmail || null };
    const parsed = createZoneSchema.safeParse(input);
    if (!parsed.success) return action.fail(issuesByField(fieldIssues(parsed.error)));
    let made: { name: string; slug: string } | undefined;
    const ok = await action.run(async () => {
      made = (await create({ variables: { input: { ...input, slug: input.slug ?? null } } })).data?.createZone;
    }, 'Zone aangemaakt.');
    if (ok && made) {
      setCreated(made);
      setName('');
      setSlug('');
      setMunicipalities('');
      setContactEmail('');
    }
  };
  return (
    <section className="section" aria-labelledby="nieuwe-zone">
      <h2 id="nieuwe-zone">Nieuwe zone</h2>
      {created && (
        <p className="notice notice--success" role="status">
          Zone <Link to={`/zones/${created.slug}`}>{created.name}</Link> is aangemaakt. Geef ze redacteurs bij <Link to="/beheer/gebruikers">Gebruikers</Link>.
        </p>
      )}
      <form className="form form--wide admin-form" onSubmit={(event) => void submit(event)} noValidate>
        {action.message && (
          <p className="form__error" role="alert">
            {action.message}
          </p>
        )}
        <Field id="zone-naam" label="Naam" hint="Bv. “ELZ Demerdal”." error={action.errors.name}>
          {(control) => <input {...control} value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />}
        </Field>
        <Field id="zone-slug" label="Slug (optioneel)" hint="Het stuk van het webadres, bv. elz-demerdal. Leeg: gemaakt uit de naam." error={action.errors.slug}>
          {(control) => <input {...control} value={slug} onChange={(e) => setSlug(e.target.value)} autoComplete="off" />}
        </Field>
        <Field id="zone-regio" label="Regio" error={action.errors.regionId}>
          {(control) => (
            <select {...control} value={regionId} onChange={(e) => setRegionId(e.target.value)}>
              <option value="">Kies een regio</option>
              {regions.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="zone-gemeenten" label="Gemeenten" hint="Eén per regel." error={action.errors.municipalities}>
          {(control) => <textarea {...control} rows={4} value={municipalities} onChange={(e) => setMunicipalities(e.target.value)} />}
        </Field>
        <Field id="zone-contact" label="Contactadres (optioneel)" error={action.errors.contactEmail}>
          {(control) => <input {...control} type="email" value={contactEmail} onChange={(e) => setContactEmail(e.target.value)} autoComplete="off" />}
        </Field>
        <div>
          <button type="submit" className="button" disabled={action.busy}>
            {action.busy ? 'Bezig…' : 'Zone aanmaken'}
          </button>
        </div>
      </form>
    </section>
  );
}

/** An administrator invites someone into any zone (a new zone's first editor, say): the same mailed invitation zone editors send. */
function InviteIntoZone({ zones }: { zones: readonly { id: string; name: string }[] }) {
  const [zoneId, setZoneId] = useState(zones[0]!.id);
  const zone = zones.find((z) => z.id === zoneId) ?? zones[0]!;
  return (
    <section className="section" aria-labelledby="zone-uitnodigen">
      <h2 id="zone-uitnodigen">Iemand uitnodigen in een zone</h2>
      <div className="form__field">
        <label htmlFor="uitnodigen-zone">Zone</label>
        <select id="uitnodigen-zone" value={zone.id} onChange={(e) => setZoneId(e.target.value)}>
          {zones.map((z) => (
            <option key={z.id} value={z.id}>
              {z.name}
            </option>
          ))}
        </select>
      </div>
      <InviteColleague key={zone.id} zoneId={zone.id} zoneName={zone.name} />
    </section>
  );
}
