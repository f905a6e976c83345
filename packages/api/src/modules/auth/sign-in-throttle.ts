// Slows down password guessing without handing an attacker a way to lock a victim out.
//
// Every sign-in attempt counts, before its password is checked, against three keys: the account
// from this IP (`pair`), the IP (`ip`, password spraying over many accounts) and the account from
// anywhere (`account`, guessing from many IPs). A key allows some free failures; from then on
// each failure blocks the key for a delay that doubles (1 s, 2 s, 4 s, ... up to a ceiling), and
// an attempt while any of its keys is blocked is refused with RATE_LIMITED and `retryAfter`,
// without looking at the password: 30 wrong passwords and then the right one do not sign in.
// A refused attempt does not extend the delay, so a person who waits the time out always gets
// a try. Failures are forgotten a day after the last one; a correct password clears its pair.
//
// Against lock-out: the pair and IP delays only hinder the attacker's own address. The
// account-wide delay has a lower ceiling and does not apply from an IP this account signed in
// from within the last 30 days (a "known" pair), so the owner keeps signing in from their usual
// places while someone guesses from elsewhere; someone already signed in is not affected at all.
//
// Counting happens before the (slow) password check, in one statement that locks the keys' rows,
// so parallel attempts cannot all slip through before the first failure is recorded; a correct
// password then takes its attempt back. Counters live in PostgreSQL, shared by every instance.
import { isIP } from 'node:net';
import type { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error';
import { ATTEMPT_SUCCEEDED_SQL, COUNT_ATTEMPT_SQL, FORGET_THROTTLE_SQL, THROTTLE_KEYS_SQL } from './auth.queries';

export interface SignInThrottlePolicy {
  /** Failures allowed for one account from one IP before the delays start. */
  pairFreeFailures: number;
  /** Failures allowed from one IP over all accounts. */
  ipFreeFailures: number;
  /** Failures allowed for one account over all IPs that are not known for it. */
  accountFreeFailures: number;
  /** The first delay; each further failure doubles it. */
  baseDelaySeconds: number;
  /** Ceiling of the pair and IP delays. */
  maxDelaySeconds: number;
  /** Ceiling of the account-wide delay (lower: it may hit the owner on a new IP). */
  accountMaxDelaySeconds: number;
}

export const DEFAULT_SIGN_IN_THROTTLE: SignInThrottlePolicy = {
  pairFreeFailures: 5,
  ipFreeFailures: 20,
  accountFreeFailures: 20,
  baseDelaySeconds: 1,
  maxDelaySeconds: 15 * 60,
  accountMaxDelaySeconds: 5 * 60,
};

/**
 * The address a client is counted under: IPv4 as is (also when mapped into IPv6), IPv6 by its
 * /64 network, as one subscriber usually holds a whole /64.
 */
export function clientAddress(ip: string | undefined): string {
  if (!ip) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (isIP(ip) !== 6) return ip;
  const [head = '', tail = ''] = ip.toLowerCase().split('%')[0]!.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = ip.includes('::') ? (tail ? tail.split(':') : []) : [];
  const groups = ip.includes('::') ? [...headGroups, ...Array(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups] : headGroups;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

interface Keys {
  all: string[];
  free: number[];
  maxDelay: number[];
  pair: string;
  account: string;
}

const CLEANUP_EVERY_MS = 3_600_000;

export class SignInThrottle {
  private static lastCleanup = 0;

  constructor(
    private readonly db: DataSource,
    private readonly policy: SignInThrottlePolicy = DEFAULT_SIGN_IN_THROTTLE,
  ) {}

  private keys(accountHash: string, ip: string): Keys {
    const address = clientAddress(ip);
    const p = this.policy;
    // Sorted, so that concurrent attempts lock shared rows in the same order.
    const entries = [
      { key: `pair:${accountHash}:${address}`, free: p.pairFreeFailures, maxDelay: p.maxDelaySeconds },
      { key: `ip:${address}`, free: p.ipFreeFailures, maxDelay: p.maxDelaySeconds },
      { key: `account:${accountHash}`, free: p.accountFreeFailures, maxDelay: p.accountMaxDelaySeconds },
    ].sort((a, b) => (a.key < b.key ? -1 : 1));
    return {
      all: entries.map((e) => e.key),
      free: entries.map((e) => e.free),
      maxDelay: entries.map((e) => e.maxDelay),
      pair: `pair:${accountHash}:${address}`,
      account: `account:${accountHash}`,
    };
  }

  /**
   * Counts an attempt for the account (a hash of its e-mail address) from this IP as a failure
   * until `succeeded` takes it back; throws RATE_LIMITED, counting nothing, while a key is blocked.
   */
  async attempt(accountHash: string, ip: string): Promise<{ succeeded: () => Promise<void> }> {
    const keys = this.keys(accountHash, ip);
    this.cleanup();
    await this.db.query(THROTTLE_KEYS_SQL, [keys.all]);
    // `locked` waits for concurrent attempts on the same keys and reads their outcome; the update
    // then counts this attempt, unless a key (the account's only from an unknown IP) is blocked.
    const rows: { retry_after: number | null; counted_at: string }[] = await this.db.query(COUNT_ATTEMPT_SQL, [
      keys.all,
      keys.free,
      keys.maxDelay,
      keys.account,
      keys.pair,
      this.policy.baseDelaySeconds,
    ]);
    const retryAfter = rows[0]?.retry_after;
    if (retryAfter != null) throw tooManyAttempts(Math.max(1, retryAfter));
    const countedAt = rows[0]!.counted_at;
    return { succeeded: () => this.succeeded(keys, countedAt) };
  }

  /**
   * A correct password: its pair is cleared and becomes known; the IP and account take the attempt
   * back, and with it the delay it set (any earlier one had run out, or the attempt was refused),
   * unless another attempt has been counted since.
   */
  private async succeeded(keys: Keys, countedAt: string): Promise<void> {
    await this.db.query(ATTEMPT_SUCCEEDED_SQL, [keys.all, keys.pair, countedAt]);
  }

  /** Rows that no longer block, count or remember anything go, at most once an hour per process. */
  private cleanup(): void {
    if (Date.now() - SignInThrottle.lastCleanup < CLEANUP_EVERY_MS) return;
    SignInThrottle.lastCleanup = Date.now();
    void this.db.query(FORGET_THROTTLE_SQL).catch((e: unknown) => console.error('[sign-in throttle] cleanup', e));
  }
}

function tooManyAttempts(retryAfter: number): AppError {
  const minutes = Math.ceil(retryAfter / 60);
  const wait = retryAfter < 120 ? `${retryAfter} ${retryAfter === 1 ? 'seconde' : 'seconden'}` : `${minutes} minuten`;
  return new AppError('RATE_LIMITED', `Te veel mislukte aanmeldpogingen. Probeer het over ${wait} opnieuw.`, {
    retryAfter,
    http: { status: 429, headers: new Map([['retry-after', String(retryAfter)]]) },
  });
}
