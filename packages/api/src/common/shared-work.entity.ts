import { Field, ObjectType } from 'type-graphql';
import { Column, Index } from 'typeorm';
import { BaseEntity } from './base.entity';

/** The columns working groups and projects share; each adds its kind/status and its own join tables. */
@ObjectType()
export abstract class SharedWorkEntity extends BaseEntity {
  @Field(() => String, { description: 'Name of the working group or project.' })
  // Not unique: several zones each have their own "Werkgroep Governance".
  @Index()
  @Column({ type: 'varchar', length: 300 })
  name: string;

  @Field(() => String, { nullable: true, description: 'Purpose and content (opdracht).' })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'How often it meets (frequentie).' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  cadence: string | null;

  @Field(() => String, { nullable: true, description: 'Start of the period (ISO date).' })
  @Column({ type: 'date', nullable: true, name: 'period_start' })
  periodStart: string | null;

  @Field(() => String, { nullable: true, description: 'End of the period (ISO date).' })
  @Column({ type: 'date', nullable: true, name: 'period_end' })
  periodEnd: string | null;

  @Field(() => String, { nullable: true, description: 'Who funds it (financier), e.g. Koning Boudewijnstichting.' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  funder: string | null;
}
