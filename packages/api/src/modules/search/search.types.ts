// The GraphQL types of the global search: its filter, its results and the hits with why they matched.
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Action } from '../action/action.entity';
import { Partner } from '../partner/partner.entity';
import { Project } from '../collaboration/project.entity';
import { WorkingGroup } from '../collaboration/working-group.entity';
import { OperationalGoal, StrategicGoal } from '../plan/plan.entity';
import { Zone } from '../zone/zone.entity';

export const SearchKindEnum = { ZONE: 'ZONE', ACTION: 'ACTION', GOAL: 'GOAL', WORKING_GROUP: 'WORKING_GROUP', PROJECT: 'PROJECT', PARTNER: 'PARTNER' } as const;
export type SearchKind = keyof typeof SearchKindEnum;
registerEnumType(SearchKindEnum, { name: 'SearchKind', description: 'A kind of search result.' });

@InputType({ description: 'Narrows a global search; all given filters must hold (lists: any of the values).' })
export class SearchFilter {
  @Field(() => [Int], { nullable: true, description: 'Plan years (actions only).' })
  years?: number[] | null;

  @Field(() => [ID], { nullable: true, description: 'Zones: actions in their plans, the zones themselves, groups and projects they own, their partners.' })
  zoneIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Regions, as zoneIds for all their zones.' })
  regionIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Themes of actions, working groups and projects.' })
  themeIds?: string[] | null;

  @Field(() => [SearchKindEnum], { nullable: true, description: 'Only these kinds of results (the others come back empty).' })
  kinds?: SearchKind[] | null;
}

@ObjectType({ description: 'An action found by a search, with why it matched.' })
export class ActionSearchHit {
  @Field(() => Action, { description: 'The action found.' })
  action: Action;

  @Field(() => String, {
    nullable: true,
    description: 'Plain text from the sheet around the matching words, which are put between « and » (render them highlighted; the text itself never holds these marks).',
  })
  snippet: string | null;

  @Field(() => Float, { description: 'Relevance (higher is better), for ordering only.' })
  rank: number;
}

@ObjectType({ description: 'A goal of a multi-year plan found by a search: a strategic goal, or an operational goal under one.' })
export class GoalSearchHit {
  @Field(() => StrategicGoal, { description: 'The strategic goal found, or the one above the operational goal found.' })
  strategicGoal: StrategicGoal;

  @Field(() => OperationalGoal, { nullable: true, description: 'The operational goal found (null when the strategic goal itself matched).' })
  operationalGoal: OperationalGoal | null;
}

@ObjectType({ description: 'Results of a global search, per kind, best matches first.' })
export class SearchResults {
  @Field(() => [Zone], { description: 'Zones by name, short name or municipality.' })
  zones: Zone[];

  @Field(() => [Action], { description: 'Actions, most relevant first (the same as actionHits without snippets).' })
  actions: Action[];

  @Field(() => [ActionSearchHit], { description: 'Actions, most relevant first, each with a snippet saying why it matched.' })
  actionHits: ActionSearchHit[];

  @Field(() => [GoalSearchHit], { description: 'Strategic and operational goals of multi-year plans by their wording (their actions are found under actions too).' })
  goals: GoalSearchHit[];

  @Field(() => [WorkingGroup], { description: 'Working groups by name or description.' })
  workingGroups: WorkingGroup[];

  @Field(() => [Project], { description: 'Projects by name or description.' })
  projects: Project[];

  @Field(() => [Partner], { description: 'Partners by name or sector.' })
  partners: Partner[];
}
