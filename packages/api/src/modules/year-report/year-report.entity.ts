import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne } from 'typeorm';
import { YEAR_REPORT_STATUSES, type YearReportStatus } from '@kruispunt/shared';
import { BaseEntity } from '../../common/base.entity';
import { KeptSubmission } from '../../common/kept-submission.entity';
import { ActionPlan } from '../action-plan/action-plan.entity';

/**
 * A plan year's report (jaarrapportering): its status and the zone's narratives. The figures are
 * not stored here: they are generated from what was recorded (year-report-data.ts) until the
 * report is submitted, and then read from its kept submission. Created on the first write.
 */
@Entity('year_report')
export class YearReport extends BaseEntity {
  @OneToOne(() => ActionPlan, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_plan_id' })
  actionPlan?: ActionPlan;

  @Index({ unique: true })
  @Column({ type: 'uuid', name: 'action_plan_id' })
  actionPlanId: string;

  @Column({ type: 'enum', enum: YEAR_REPORT_STATUSES, enumName: 'year_report_status', default: 'DRAFT' })
  status: YearReportStatus;

  @Column({ type: 'timestamptz', nullable: true, name: 'submitted_at' })
  submittedAt: Date | null;

  @Column({ type: 'uuid', nullable: true, name: 'submitted_by_id' })
  submittedById: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true, name: 'submitted_by_name' })
  submittedByName: string | null;

  /** The zone's narrative per strategic goal: strategic goal uuid → text. */
  @Column({ type: 'jsonb', default: {} })
  narratives: Record<string, string>;
}

/** The report exactly as it was submitted: its JSON and Word file. Kept when it is reopened. */
@ObjectType({ description: 'A submitted version of a yearly report, as it went in.' })
@Entity('year_report_submission')
export class YearReportSubmission extends KeptSubmission {
  @ManyToOne(() => YearReport, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'year_report_id' })
  yearReport?: YearReport;

  @Index()
  @Column({ type: 'uuid', name: 'year_report_id' })
  yearReportId: string;

  @Field(() => String, { description: 'Where to download the Word file as it was submitted.' })
  get docxUrl(): string {
    return `/api/year-report-submissions/${this.globalId}.docx`;
  }

  @Field(() => String, { description: 'Where to download the JSON as it was submitted.' })
  get jsonUrl(): string {
    return `/api/year-report-submissions/${this.globalId}.json`;
  }
}
