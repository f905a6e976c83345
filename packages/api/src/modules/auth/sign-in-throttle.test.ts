// Sign-in throttling over real HTTP (issue 12, finding 5): wrong passwords slow down the address
// that sends them, with growing delays, and the right password does not simply get through after
// them; a victim is not locked out by someone else's guessing. Clients are told apart by
// X-Forwarded-For (the server trusts one proxy, as behind the docker-compose nginx).
import { startServer, type StartedServer } from '../../server';
import { createTestDatabase, type TestDatabase } from '../../test/db';
import { codeOf } from '../../test/fixtures';
import { createTestUser, type TestUser } from '../../test/users';
import { clientAddress } from './sign-in-throttle';

const SIGN_IN = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { user { email } } }';

interface Attempt {
  status: number;
  code: string | undefined;
  retryAfter: number | undefined;
  retryAfterHeader: string | null;
  cookie: string | null;
}

describe('sign-in throttling', () => {
  let t: TestDatabase;
  let server: StartedServer;

  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
    // A minute's first delay, so that no block runs out while a test runs; tests "wait" by moving
    // blocked_until into the past. Account-wide and IP limits lower than the defaults, to reach
    // them with few slow (scrypt) attempts.
    server = await startServer(t.db, {
      port: 0,
      host: '127.0.0.1',
      trustProxy: 1,
      rateLimit: { ipPerMinute: 100_000, tokenPerMinute: 100_000 },
      signInThrottle: { pairFreeFailures: 5, ipFreeFailures: 8, accountFreeFailures: 6, baseDelaySeconds: 60, maxDelaySeconds: 900, accountMaxDelaySeconds: 300 },
    });
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  async function signIn(user: Pick<TestUser, 'email'>, password: string, ip: string, headers: Record<string, string> = {}): Promise<Attempt> {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip, ...headers },
      body: JSON.stringify({ query: SIGN_IN, variables: { e: user.email, p: password } }),
    });
    const body = (await res.json()) as { errors?: { extensions?: Record<string, unknown> }[] };
    return {
      status: res.status,
      code: codeOf(body as never),
      retryAfter: body.errors?.[0]?.extensions?.retryAfter as number | undefined,
      retryAfterHeader: res.headers.get('retry-after'),
      cookie: res.headers.get('set-cookie'),
    };
  }

  const sessions = async (userId: string) => Number((await t.db.query(`SELECT count(*) AS n FROM session WHERE user_id = $1`, [userId]))[0].n);
  /** Lets every running delay end, as waiting would. */
  const waitOut = () => t.db.query(`UPDATE sign_in_throttle SET blocked_until = now() - interval '1 second' WHERE blocked_until > now()`);

  it('refuses the right password after 30 wrong ones from the same address, with RATE_LIMITED and retryAfter', async () => {
    const user = await createTestUser(t.db);
    const answers: Attempt[] = [];
    for (let i = 0; i < 30; i++) answers.push(await signIn(user, `fout-${i}`, '203.0.113.1'));
    // Five wrong passwords are checked; after the fifth the account is blocked from this address.
    expect(answers.slice(0, 5).map((a) => a.code)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    expect(answers.slice(5).every((a) => a.code === 'RATE_LIMITED' && a.status === 429)).toBe(true);
    expect(answers[5]!.retryAfter).toBeGreaterThan(55);
    expect(answers[5]!.retryAfterHeader).toBe(String(answers[5]!.retryAfter));

    const right = await signIn(user, user.password, '203.0.113.1');
    expect(right.code).toBe('RATE_LIMITED');
    expect(right.cookie).toBeNull();
    expect(await sessions(user.userId)).toBe(0);
  });

  it('doubles the delay with every further failure, and lets the right password in once the delay has passed', async () => {
    const user = await createTestUser(t.db);
    const ip = '203.0.113.2';
    for (let i = 0; i < 5; i++) expect((await signIn(user, 'fout', ip)).code).toBe('UNAUTHENTICATED');
    const delays: number[] = [];
    for (let round = 0; round < 3; round++) {
      const refused = await signIn(user, 'fout', ip);
      expect(refused.code).toBe('RATE_LIMITED');
      delays.push(refused.retryAfter!);
      await waitOut();
      // After the wait one more try is checked (and fails, which doubles the delay).
      expect((await signIn(user, 'fout', ip)).code).toBe('UNAUTHENTICATED');
    }
    expect(delays.map((d) => Math.round(d / 60))).toEqual([1, 2, 4]);
    const longer = await signIn(user, user.password, ip);
    expect(longer.code).toBe('RATE_LIMITED');
    expect(Math.round(longer.retryAfter! / 60)).toBe(8);

    await waitOut();
    const right = await signIn(user, user.password, ip);
    expect(right.code).toBeUndefined();
    expect(right.cookie).toMatch(/^kp_session=/);
    // The success wiped the slate for this address: a typo now is a plain wrong password again.
    expect((await signIn(user, 'fout', ip)).code).toBe('UNAUTHENTICATED');
  });

  it('lets no parallel burst through: exactly the free failures are checked', async () => {
    const user = await createTestUser(t.db);
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => signIn(user, `fout-${i}`, '203.0.113.3')));
    const codes = answers.map((a) => a.code);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(15);
  });

  it('does not let guessing from elsewhere lock the owner out: known addresses and sessions keep working', async () => {
    const user = await createTestUser(t.db);
    const home = '198.51.100.7';
    const first = await signIn(user, user.password, home);
    expect(first.cookie).toMatch(/^kp_session=/);
    const cookie = first.cookie!.split(';')[0]!;

    // An attacker guesses from many addresses, each below the per-address limit.
    for (let i = 0; i < 8; i++) await signIn(user, `fout-${i}`, `192.0.2.${10 + i}`);
    // The account is now slowed down for addresses it never signed in from, even with the right password...
    const stranger = await signIn(user, user.password, '192.0.2.99');
    expect(stranger.code).toBe('RATE_LIMITED');
    expect(stranger.retryAfter).toBeLessThanOrEqual(300);
    // ...but the owner signs in from home, and their open session goes on working.
    const again = await signIn(user, user.password, home);
    expect(again.code).toBeUndefined();
    expect(again.cookie).toMatch(/^kp_session=/);
    const me = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: '{ me { user { email } } }' }),
    });
    expect(((await me.json()) as { data: { me: { user: { email: string } } } }).data.me.user.email).toBe(user.email);
  });

  it('slows down one address spraying many accounts, also for accounts it has not tried yet, and no other address', async () => {
    const spray = '203.0.113.50';
    for (let i = 0; i < 8; i++) expect((await signIn({ email: `niemand-${i}@kruispunt.test` }, 'Welkom123', spray)).code).toBe('UNAUTHENTICATED');
    const user = await createTestUser(t.db);
    expect((await signIn(user, user.password, spray)).code).toBe('RATE_LIMITED');
    expect((await signIn(user, user.password, '203.0.113.51')).code).toBeUndefined();
  });

  it('refuses before looking at the input it counts: a malformed e-mail address is INVALID_INPUT and counts nothing', async () => {
    const answer = await signIn({ email: 'geen-adres' }, 'x', '203.0.113.60');
    expect(answer.code).toBe('INVALID_INPUT');
    expect(Number((await t.db.query(`SELECT count(*) AS n FROM sign_in_throttle WHERE key LIKE '%203.0.113.60%'`))[0].n)).toBe(0);
  });
});

describe('clientAddress', () => {
  it('counts IPv4 as is, IPv4-mapped IPv6 as IPv4, and IPv6 by its /64', () => {
    expect(clientAddress('203.0.113.9')).toBe('203.0.113.9');
    expect(clientAddress('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(clientAddress('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1:2::/64');
    expect(clientAddress('2001:db8:1:2::99')).toBe('2001:db8:1:2::/64');
    expect(clientAddress('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientAddress('::1')).toBe('0:0:0:0::/64');
    expect(clientAddress(undefined)).toBe('unknown');
  });
});
