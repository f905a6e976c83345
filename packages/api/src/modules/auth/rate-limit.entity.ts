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
