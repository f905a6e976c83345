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

export async function createTestUser(
  db: DataSource,
  options: { editorOf?: string[]; viewerOf?: string[]; coachOf?: string[]; admin?: boolean; scope?: TokenScope } = {},
): Promise<TestUser> {
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
