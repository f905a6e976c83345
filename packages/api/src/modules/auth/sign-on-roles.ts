import { SLUG_PATTERN } from '@kruispunt/shared';

// Who a person signing on for the first time becomes, by the domain of their verified e-mail
// address (OIDC_DOMAINS in config.ts). Pure: parsed once at start, read at each sign-on.

export type SignOnRole = { kind: 'editor' | 'viewer'; zone: string } | { kind: 'coach'; region: string } | { kind: 'admin' };

/** Domain (lower case) → the roles a new account of that domain gets. */
export type DomainRoles = ReadonlyMap<string, readonly SignOnRole[]>;

export interface SingleSignOnConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  label: string;
  domains: DomainRoles;
  redirectUri?: string;
  allowHttp: boolean;
}

const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

function parseRole(text: string, domain: string): SignOnRole {
  const [kind, slug, ...rest] = text.trim().split(':');
  if (kind === 'admin' && slug === undefined) return { kind: 'admin' };
  if (rest.length === 0 && slug !== undefined && SLUG_PATTERN.test(slug)) {
    if (kind === 'editor' || kind === 'viewer') return { kind, zone: slug };
    if (kind === 'coach') return { kind, region: slug };
  }
  throw new Error(`"${text.trim()}" for ${domain} is no role: use editor:<zone slug>, viewer:<zone slug>, coach:<region slug> or admin`);
}

/** `a.be=editor:zone-a;b.be=coach:region-b+coach:region-c` → a map; throws with the wrong part named. */
export function parseDomainRoles(value: string): DomainRoles {
  const map = new Map<string, SignOnRole[]>();
  for (const pair of value
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const eq = pair.indexOf('=');
    const domain = (eq < 0 ? pair : pair.slice(0, eq)).trim().toLowerCase();
    if (eq < 0 || !DOMAIN.test(domain)) throw new Error(`"${pair}" is no domain=role pair (e.g. elz-leuven.be=editor:elz-leuven)`);
    if (map.has(domain)) throw new Error(`${domain} is given twice`);
    map.set(
      domain,
      pair
        .slice(eq + 1)
        .split('+')
        .map((r) => parseRole(r, domain)),
    );
  }
  return map;
}

/** The roles for an e-mail address's domain (exact domain only: a subdomain is another organisation). */
export function rolesForEmail(domains: DomainRoles, email: string): readonly SignOnRole[] {
  const at = email.lastIndexOf('@');
  return at < 0 ? [] : (domains.get(email.slice(at + 1).toLowerCase()) ?? []);
}
