import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import type { FundingKind, PlanStatus, ProgressStatus } from '@kruispunt/shared';
import { FundingKindEnum, PlanStatusEnum, ProgressStatusEnum } from '../../graphql/enums';

export const ActionSortEnum = { PLAN: 'PLAN', TITLE: 'TITLE', UPDATED_AT: 'UPDATED_AT' } as const;
export type ActionSort = keyof typeof ActionSortEnum;
registerEnumType(ActionSortEnum, {
  name: 'ActionSort',
  description: 'Order of actions: PLAN (year, zone, order in the plan), TITLE, or UPDATED_AT (last change).',
});

@InputType({ description: 'Filters on actions; all given filters must hold (lists: any of the values).' })
export class ActionFilter {
  @Field(() => [ID], { nullable: true, description: 'Zones whose plans hold the actions.' })
  zoneIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Regions of those zones.' })
  regionIds?: string[] | null;

  @Field(() => [Int], { nullable: true, description: 'Plan years.' })
  years?: number[] | null;

  @Field(() => [ID], { nullable: true, description: 'Themes (ids).' })
  themeIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Themes (slugs, e.g. "personeelstekort").' })
  themeSlugs?: string[] | null;

  @Field(() => [PlanStatusEnum], { nullable: true, description: 'Status of the plan (e.g. PUBLISHED and SUBMITTED).' })
  planStatuses?: PlanStatus[] | null;

  @Field(() => [ProgressStatusEnum], { nullable: true, description: 'Progress status of the action.' })
  progressStatuses?: ProgressStatus[] | null;

  @Field(() => [FundingKindEnum], { nullable: true, description: 'Funding kinds.' })
  fundings?: FundingKind[] | null;

  @Field(() => [ID], { nullable: true, description: 'Zones among the owners (shared actions included).' })
  ownerZoneIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only actions shared with another zone (true) or not shared (false).' })
  shared?: boolean | null;

  @Field(() => [ID], { nullable: true, description: 'Working groups the actions belong to.' })
  workingGroupIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Projects the actions belong to.' })
  projectIds?: string[] | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'Only actions changed at or after this moment: their sheet, or anything under them (owners, steps, indicators and measured values, reviews, remarks, links). See "Following changes" in docs/api.md.',
  })
  updatedSince?: Date | null;

  @Field(() => String, { nullable: true, description: 'Text search (Dutch full text over title, what, why, scope, target groups; or part of the title).' })
  search?: string | null;
}
