import { Column, Index } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';

/**
 * The columns working groups and projects share; each adds its kind/status and its own join
 * tables. Their GraphQL fields are declared once, on the Collaboration interface.
 */
export abstract class SharedWorkEntity extends BaseEntity {
  // Not unique: several zones each have their own "Werkgroep Governance".
  @Index()
  @Column({ type: 'varchar', length: 300 })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  cadence: string | null;

  @Column({ type: 'date', nullable: true, name: 'period_start' })
  periodStart: string | null;

  @Column({ type: 'date', nullable: true, name: 'period_end' })
  periodEnd: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  funder: string | null;
}
