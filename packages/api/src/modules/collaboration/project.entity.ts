import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, JoinColumn, JoinTable, ManyToMany, ManyToOne, Unique } from 'typeorm';
import { PROJECT_STATUSES, type ProjectStatus } from '@kruispunt/shared';
import { Collaboration } from './collaboration';
import { SharedWorkEntity } from './shared-work.entity';
import { Node } from '../../graphql/node';
import { CoOwned } from '../sharing/co-owned';
import { OwnershipRow } from './ownership';
import { ProjectStatusEnum } from '../../graphql/enums';
import { Partner } from '../partner/partner.entity';
import { Theme } from '../theme/theme.entity';
import { Zone } from '../zone/zone.entity';

@ObjectType({ description: 'A funded project or programme that several zones join (OverHoop, GBO, ELP, ...).', implements: [Node, Collaboration, CoOwned] })
@Entity('project')
export class Project extends SharedWorkEntity {
  @Field(() => ProjectStatusEnum, { description: 'Status of the project.' })
  @Column({ type: 'enum', enum: PROJECT_STATUSES, enumName: 'project_status', default: 'RUNNING' })
  status: ProjectStatus;

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
