// Single sign-on through an OpenID Connect provider, next to passwords (config OIDC_*):
//
//   GET /api/auth/oidc/start?returnTo=/mijn-zone/...  → the provider's sign-in page
//   GET /api/auth/oidc/callback?code=…&state=…        → a session cookie, back to returnTo
//
// The authorization code flow with PKCE, state and nonce (openid-client does the protocol: the
// discovery, the token request and every check of the ID token). The attempt (state, nonce,
// verifier) is kept in PostgreSQL, so any instance can answer the callback, and is used once; a
// cookie ties it to the browser that started it (no one can slip their own sign-on into someone
// else's browser). Who the person is: the provider's subject when seen before, else an account
// with the same, verified e-mail address, else a new account if the address's domain is in
// OIDC_DOMAINS (with the roles given there). Everything else goes back to the sign-in page with
// a reason the page explains in Dutch (`?sso=<reason>`); nothing tells whether an address has an
// account.
import { randomBytes } from 'node:crypto';
import { Router, type Request, type Response } from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import { recordChange } from '../audit/audit';
import { User } from './auth.entity';
import { AuthService } from './auth.service';
import { setSessionCookie, parseCookies } from './credentials';
import { hashPassword } from './password';
import { Viewer } from './viewer';
import { rolesForEmail, type SignOnRole, type SingleSignOnConfig } from './sign-on-roles';
import {
  FORGET_SIGN_ON_ATTEMPTS_SQL,
  GRANT_COACH_REGION_SQL,
  GRANT_MEMBERSHIP_SQL,
  IDENTITY_USED_SQL,
  INSERT_IDENTITY_SQL,
  INSERT_SIGN_ON_ATTEMPT_SQL,
  REGIONS_BY_SLUG_SQL,
  USE_SIGN_ON_ATTEMPT_SQL,
  ZONES_BY_SLUG_SQL,
} from './auth.queries';

type OpenIdClient = typeof import('openid-client');

export const START_PATH = '/api/auth/oidc/start';
export const CALLBACK_PATH = '/api/auth/oidc/callback';
const ATTEMPT_COOKIE = 'kp_sign_on';
const ATTEMPT_MINUTES = 10;

/** Why a sign-on did not succeed, as the sign-in page's `?sso=` value. */
export type SignOnFailure = 'geannuleerd' | 'verlopen' | 'geen-toegang' | 'mislukt';

/** Only a path of this app: never an absolute URL or `//host` (no open redirect). */
export function safeReturnPath(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])[^\s]*$/.test(value) && value.length <= 500 ? value : '/';
}

function emailOf(claims: Record<string, unknown>): string | null {
  const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
  // Only an address the provider vouches for identifies a person here.
  return email && claims.email_verified === true ? email : null;
}

export class SingleSignOn {
  private client: Promise<{ lib: OpenIdClient; configuration: import('openid-client').Configuration }> | null = null;

  constructor(
    private readonly db: DataSource,
    readonly settings: SingleSignOnConfig,
  ) {}

  /** The provider's configuration, discovered once (again after a failure). */
  private provider() {
    this.client ??= (async () => {
      const lib: OpenIdClient = await import('openid-client');
      const configuration = await lib.discovery(
        new URL(this.settings.issuer),
        this.settings.clientId,
        undefined,
        lib.ClientSecretBasic(this.settings.clientSecret),
        this.settings.allowHttp ? { execute: [lib.allowInsecureRequests], timeout: 10 } : { timeout: 10 },
      );
      return { lib, configuration };
    })().catch((error) => {
      this.client = null;
      throw error;
    });
    return this.client;
  }

  private redirectUri(req: Request): string {
    return this.settings.redirectUri ?? `${req.protocol}://${req.get('host')}${CALLBACK_PATH}`;
  }

  async start(req: Request, res: Response): Promise<void> {
    const { lib, configuration } = await this.provider();
    const state = lib.randomState();
    const nonce = lib.randomNonce();
    const codeVerifier = lib.randomPKCECodeVerifier();
    await this.db.query(FORGET_SIGN_ON_ATTEMPTS_SQL, [ATTEMPT_MINUTES]);
    await this.db.query(INSERT_SIGN_ON_ATTEMPT_SQL, [state, nonce, codeVerifier, safeReturnPath(req.query.returnTo)]);
    res.cookie(ATTEMPT_COOKIE, state, { httpOnly: true, sameSite: 'lax', secure: req.secure, path: CALLBACK_PATH, maxAge: ATTEMPT_MINUTES * 60_000 });
    const url = lib.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri(req),
      scope: 'openid email profile',
      state,
      nonce,
      code_challenge: await lib.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
    });
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(303, url.href);
  }

  /** Answers the provider's redirect; always ends in a redirect to the app. */
  async callback(req: Request, res: Response): Promise<void> {
    const fail = (reason: SignOnFailure) => res.redirect(303, `/aanmelden?sso=${reason}`);
    res.setHeader('Cache-Control', 'no-store');
    res.clearCookie(ATTEMPT_COOKIE, { path: CALLBACK_PATH });
    const state = typeof req.query.state === 'string' ? req.query.state : '';
    const [attempt]: { nonce: string; code_verifier: string; return_to: string }[] = state
      ? await this.db.query(
          // As a SELECT: TypeORM answers a bare DELETE … RETURNING with [rows, count].
          USE_SIGN_ON_ATTEMPT_SQL,
          [state, ATTEMPT_MINUTES],
        )
      : [];
    // Unknown, used, expired, or started in another browser.
    if (!attempt || parseCookies(req.headers.cookie)[ATTEMPT_COOKIE] !== state) return fail('verlopen');
    if (typeof req.query.error === 'string') return fail(req.query.error === 'access_denied' ? 'geannuleerd' : 'mislukt');

    let claims: Record<string, unknown>;
    try {
      const { lib, configuration } = await this.provider();
      const current = new URL(req.originalUrl, this.redirectUri(req));
      const tokens = await lib.authorizationCodeGrant(configuration, current, {
        pkceCodeVerifier: attempt.code_verifier,
        expectedState: state,
        expectedNonce: attempt.nonce,
        idTokenExpected: true,
      });
      claims = { ...tokens.claims() };
      // Name and e-mail may come only from the UserInfo endpoint.
      if (!emailOf(claims) && typeof tokens.access_token === 'string') {
        const info = await lib.fetchUserInfo(configuration, tokens.access_token, String(claims.sub));
        claims = { ...info, ...claims, email: info.email, email_verified: info.email_verified };
      }
    } catch (error) {
      const { message, error: code, error_description: description } = error as Error & { error?: string; error_description?: string };
      console.error('[sign-on] the provider did not complete the sign-on:', message, code ?? '', description ?? '');
      return fail('mislukt');
    }

    const userId = await this.accountFor(claims);
    if (!userId) return fail('geen-toegang');
    const { secret, expiresAt } = await new AuthService(this.db).startSession(userId, this.db.manager, { ip: req.ip, userAgent: req.get('user-agent') });
    setSessionCookie(req, res, secret, expiresAt);
    res.redirect(303, attempt.return_to);
  }

  /** The account this person signs on to, linked or created as the header explains; null: no access. */
  async accountFor(claims: Record<string, unknown>): Promise<string | null> {
    const subject = typeof claims.sub === 'string' ? claims.sub : '';
    if (!subject) return null;
    const email = emailOf(claims);
    const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 200) : (email ?? '').split('@')[0];
    return this.db.transaction(async (m) => {
      const [known]: { user_id: string; disabled: boolean }[] = await m.query(IDENTITY_USED_SQL, [this.settings.issuer, subject]);
      if (known) return known.disabled ? null : known.user_id;
      if (!email) return null;
      const existing = await m.getRepository(User).findOne({ where: { email }, lock: { mode: 'pessimistic_write' } });
      if (existing?.disabledAt) return null;
      let userId = existing?.id;
      if (!userId) {
        const roles = rolesForEmail(this.settings.domains, email);
        if (roles.length === 0) return null;
        userId = (await this.createAccount(m, { email, name: name || email, roles })) ?? undefined;
        if (!userId) return null;
      }
      await m.query(INSERT_IDENTITY_SQL, [this.settings.issuer, subject, userId]);
      return userId;
    });
  }

  /** A new account with the domain's roles; null when a zone or region named there does not exist. */
  private async createAccount(m: EntityManager, input: { email: string; name: string; roles: readonly SignOnRole[] }): Promise<string | null> {
    const zoneSlugs = input.roles.flatMap((r) => (r.kind === 'editor' || r.kind === 'viewer' ? [r.zone] : []));
    const regionSlugs = input.roles.flatMap((r) => (r.kind === 'coach' ? [r.region] : []));
    const zones: { id: string; slug: string }[] = zoneSlugs.length ? await m.query(ZONES_BY_SLUG_SQL, [zoneSlugs]) : [];
    const regions: { id: string; slug: string }[] = regionSlugs.length ? await m.query(REGIONS_BY_SLUG_SQL, [regionSlugs]) : [];
    if (zones.length < new Set(zoneSlugs).size || regions.length < new Set(regionSlugs).size) {
      console.error(`[sign-on] OIDC_DOMAINS names a zone or region that does not exist (${[...zoneSlugs, ...regionSlugs].join(', ')})`);
      return null;
    }
    // No password of its own until the person sets one: a random one nobody knows.
    const user = await m.getRepository(User).save(
      m.getRepository(User).create({
        email: input.email,
        name: input.name,
        passwordHash: await hashPassword(randomBytes(32).toString('base64url')),
        isAdmin: input.roles.some((r) => r.kind === 'admin'),
      }),
    );
    for (const role of input.roles) {
      if (role.kind === 'editor' || role.kind === 'viewer') {
        const zone = zones.find((z) => z.slug === role.zone)!;
        await m.query(GRANT_MEMBERSHIP_SQL, [user.id, zone.id, role.kind.toUpperCase()]);
      } else if (role.kind === 'coach') {
        const region = regions.find((r) => r.slug === role.region)!;
        await m.query(GRANT_COACH_REGION_SQL, [user.id, region.id]);
      }
    }
    // The new person is the actor of their own account's creation.
    const self = new Viewer({ ...Viewer.anonymous().data, kind: 'session', userId: user.id, userName: user.name });
    await recordChange(m, self, 'User', user.id, null, {
      email: user.email,
      name: user.name,
      isAdmin: user.isAdmin,
      createdBy: 'eenmalige aanmelding',
      roles: input.roles.map((r) => (r.kind === 'admin' ? 'admin' : `${r.kind}:${'zone' in r ? r.zone : r.region}`)).join(', '),
    });
    return user.id;
  }
}

/** The two routes; without a configuration, none (404 as any unknown path). */
export function singleSignOnRouter(db: DataSource, settings: SingleSignOnConfig | null): Router {
  const router = Router();
  if (!settings) return router;
  const sso = new SingleSignOn(db, settings);
  router.get(START_PATH, (req, res, next) => {
    sso.start(req, res).catch((error) => {
      console.error('[sign-on] the provider cannot be reached:', (error as Error).message);
      if (!res.headersSent) res.redirect(303, '/aanmelden?sso=mislukt');
      else next(error);
    });
  });
  router.get(CALLBACK_PATH, (req, res, next) => {
    sso.callback(req, res).catch(next);
  });
  return router;
}
