import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Fixed-window request counters, shared by every API instance through PostgreSQL. */
@Entity('rate_limit_bucket')
export class RateLimitBucket {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  key: string;

  @PrimaryColumn({ type: 'timestamptz', name: 'window_start' })
  windowStart: Date;

  @Column({ type: 'integer', default: 0 })
  count: number;
}

/**
 * Failed sign-ins per key (`pair:<account>:<ip>`, `ip:<ip>`, `account:<account>`; the account as a
 * hash of its e-mail address), shared by every API instance. See `sign-in-throttle.ts`.
 */
@Entity('sign_in_throttle')
export class SignInThrottleRow {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  key: string;

  @Column({ type: 'integer', default: 0 })
  failures: number;

  /** When an attempt was last counted (or the row made); failures older than a day are forgotten. */
  @Column({ type: 'timestamptz', name: 'last_counted_at' })
  lastCountedAt: Date;

  /** Attempts for this key are refused until then. */
  @Column({ type: 'timestamptz', name: 'blocked_until', nullable: true })
  blockedUntil: Date | null;

  /** On a pair: the account signed in from this IP, so the account-wide delay does not apply to it. */
  @Column({ type: 'timestamptz', name: 'known_until', nullable: true })
  knownUntil: Date | null;
}
