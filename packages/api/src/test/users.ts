// Test users with real credentials: API tokens, or sessions signed in over HTTP.
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { TokenScope } from '@kruispunt/shared';
import { AuthService } from '../modules/auth/auth.service';
import { Region } from '../modules/region/region.entity';
import { Zone } from '../modules/zone/zone.entity';

export interface TestUser {
  userId: string;
  email: string;
  password: string;
  /** Authorization header of an API token of this user. */
  headers: Record<string, string>;
}

export async function createTestUser(db: DataSource, options: { editorOf?: string[]; viewerOf?: string[]; coachOf?: string[]; admin?: boolean; scope?: TokenScope } = {}): Promise<TestUser> {
  const auth = new AuthService(db);
  const email = `user-${randomBytes(4).toString('hex')}@kruispunt.test`;
  const password = 'een-goed-wachtwoord';
  const user = await auth.createUser({ email, name: `Testgebruiker ${email}`, password }, { isAdmin: options.admin });
  for (const slug of options.editorOf ?? []) await auth.addMembership(user.id, (await db.getRepository(Zone).findOneByOrFail({ slug })).id, 'EDITOR');
  for (const slug of options.viewerOf ?? []) await auth.addMembership(user.id, (await db.getRepository(Zone).findOneByOrFail({ slug })).id, 'VIEWER');
  for (const slug of options.coachOf ?? []) await auth.addCoachRegion(user.id, (await db.getRepository(Region).findOneByOrFail({ slug })).id);
  const { secret } = await auth.issueToken(user.id, { name: 'test', scope: options.scope ?? 'READ_WRITE' });
  return { userId: user.id, email, password, headers: { authorization: `Bearer ${secret}` } };
}

/** Signs in over HTTP and returns the session cookie header. */
export async function signInCookie(baseUrl: string, user: Pick<TestUser, 'email' | 'password'>): Promise<Record<string, string>> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { user { email } } }', variables: { e: user.email, p: user.password } }),
  });
  const cookie = res.headers.get('set-cookie');
  if (!cookie) throw new Error(`sign-in failed: ${await res.text()}`);
  return { cookie: cookie.split(';')[0]! };
}

/**
 * Every kind of caller the matrices try, with real credentials: zone A = ELZ Leuven Zuid,
 * B = ELZ Leuven, C = ELZ Leuven Noord, the coach of Oost-Brabant, an administrator (sessions),
 * and a READ and a READ_WRITE token of an editor of A.
 */
export const CALLERS = {
  anonymous: null,
  'viewer A': { viewerOf: ['elz-leuven-zuid'] },
  'editor A': { editorOf: ['elz-leuven-zuid'] },
  'editor B': { editorOf: ['elz-leuven'] },
  'editor C': { editorOf: ['elz-leuven-noord'] },
  coach: { coachOf: ['oost-brabant'] },
  admin: { admin: true },
  'RO token': { editorOf: ['elz-leuven-zuid'], scope: 'READ' },
  'RW token': { editorOf: ['elz-leuven-zuid'], scope: 'READ_WRITE' },
} as const satisfies Record<string, Parameters<typeof createTestUser>[1] | null>;

export type Caller = keyof typeof CALLERS;

/** Request headers for each of `roles`: a session cookie, or a token's Authorization header. */
export async function callerHeaders<R extends Caller>(db: DataSource, baseUrl: string, roles: readonly R[]): Promise<Record<R, Record<string, string>>> {
  const out = {} as Record<R, Record<string, string>>;
  for (const role of roles) {
    const options = CALLERS[role] as Parameters<typeof createTestUser>[1] | null;
    if (!options) out[role] = {};
    else if (options.scope) out[role] = (await createTestUser(db, options)).headers;
    else out[role] = await signInCookie(baseUrl, await createTestUser(db, options));
  }
  return out;
}
