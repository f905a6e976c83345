import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, Unique } from 'typeorm';
import { PROJECT_STATUSES, type ProjectStatus } from '@kruispunt/shared';
import { BaseEntity } from '../../common/base.entity';
import { Node } from '../../graphql/node';
import { OwnershipRow } from '../../common/ownership';
import { ProjectStatusEnum } from '../../graphql/enums';
import { Partner } from '../partner/partner.entity';
import { Theme } from '../theme/theme.entity';
import { Zone } from '../zone/zone.entity';

@ObjectType({ description: 'A funded project or programme that several zones join (OverHoop, GBO, ELP, ...).' , implements: Node })
@Entity('project')
export class Project extends BaseEntity {
  @Field(() => String, { description: 'Name of the project.' })
  // Not unique: several zones each have their own "Werkgroep Governance".
  @Index()
  @Column({ type: 'varchar', length: 300 })
  name: string;

  @Field(() => ProjectStatusEnum, { description: 'Status of the project.' })
  @Column({ type: 'enum', enum: PROJECT_STATUSES, enumName: 'project_status', default: 'RUNNING' })
  status: ProjectStatus;

  @Field(() => String, { nullable: true, description: 'Purpose and content of the project.' })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'How often the partners meet.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  cadence: string | null;

  @Field(() => String, { nullable: true, description: 'Start of the period (ISO date).' })
  @Column({ type: 'date', nullable: true, name: 'period_start' })
  periodStart: string | null;

  @Field(() => String, { nullable: true, description: 'End of the period (ISO date).' })
  @Column({ type: 'date', nullable: true, name: 'period_end' })
  periodEnd: string | null;

  @Field(() => String, { nullable: true, description: 'Funder (financier), e.g. Koning Boudewijnstichting.' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  funder: string | null;

  @ManyToMany(() => Partner)
  @JoinTable({ name: 'project_member', joinColumn: { name: 'project_id' }, inverseJoinColumn: { name: 'partner_id' } })
  members?: Partner[];

  @ManyToMany(() => Theme)
  @JoinTable({ name: 'project_theme', joinColumn: { name: 'project_id' }, inverseJoinColumn: { name: 'theme_id' } })
  themes?: Theme[];
}

@Entity('project_owner')
@Unique(['projectId', 'zoneId'])
export class ProjectOwner extends OwnershipRow {
  @ManyToOne(() => Project, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Project;

  @Column({ type: 'uuid', name: 'project_id' })
  projectId: string;

  @ManyToOne(() => Zone, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'zone_id' })
  zone?: Zone;
}
