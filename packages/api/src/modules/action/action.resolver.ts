import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { fromGlobalId } from '../../common/global-id';
import { Ownership } from '../../common/ownership';
import { toOwnerships } from '../../common/ownership.service';
import type { Context } from '../../graphql/context';
import { ActionPlan } from '../action-plan/action-plan.entity';
import { Partner } from '../partner/partner.entity';
import { OperationalGoal, StrategicGoal } from '../plan/plan.entity';
import { Project } from '../project/project.entity';
import { Theme } from '../theme/theme.entity';
import { WorkingGroup } from '../working-group/working-group.entity';
import { Action, ActionIndicator, ActionLink, ActionMonth, ActionOwner, ActionStep } from './action.entity';
import { ActionService, evaluationOf } from './action.service';
import { ActionEvaluation, ActionLead } from './action.types';

@Resolver(() => Action)
export class ActionResolver {
  @Query(() => Action, { nullable: true, description: 'One action sheet by id.' })
  action(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Action | null> {
    return ctx.loaders.byId(Action).load(fromGlobalId(id, 'Action').id);
  }

  @FieldResolver(() => ActionPlan, { description: 'The action plan the sheet is part of.' })
  async actionPlan(@Root() action: Action, @Ctx() ctx: Context): Promise<ActionPlan> {
    return (await ctx.loaders.byId(ActionPlan).load(action.actionPlanId)) as ActionPlan;
  }

  @FieldResolver(() => OperationalGoal, { nullable: true, description: 'The operational goal (OD) it serves.' })
  operationalGoal(@Root() action: Action, @Ctx() ctx: Context): Promise<OperationalGoal | null> | null {
    return action.operationalGoalId ? ctx.loaders.byId(OperationalGoal).load(action.operationalGoalId) : null;
  }

  @FieldResolver(() => StrategicGoal, { nullable: true, description: 'The strategic goal (SD) it serves: its own, or that of its operational goal.' })
  async strategicGoal(@Root() action: Action, @Ctx() ctx: Context): Promise<StrategicGoal | null> {
    if (action.strategicGoalId) return ctx.loaders.byId(StrategicGoal).load(action.strategicGoalId);
    if (!action.operationalGoalId) return null;
    const od = await ctx.loaders.byId(OperationalGoal).load(action.operationalGoalId);
    return od ? ctx.loaders.byId(StrategicGoal).load(od.strategicGoalId) : null;
  }

  @FieldResolver(() => [Ownership], { description: 'Owner zones with their roles; a shared action has several.' })
  async owners(@Root() action: Action, @Ctx() ctx: Context): Promise<Ownership[]> {
    const rows = await ctx.loaders.childrenOf(ActionOwner, 'actionId', ['createdAt']).load(action.id);
    return toOwnerships(ctx, rows);
  }

  @FieldResolver(() => ActionLead, { nullable: true, description: 'The lead (Met wie? trekker).' })
  lead(@Root() action: Action, @Ctx() ctx: Context): Promise<ActionLead | null> {
    return new ActionService(ctx).lead(action);
  }

  @FieldResolver(() => [Partner], { description: 'Named partner organisations among the stakeholders (Met wie?).' })
  stakeholderPartners(@Root() action: Action, @Ctx() ctx: Context): Promise<Partner[]> {
    return ctx.loaders.through(Partner, 'action_stakeholder', 'action_id', 'partner_id').load(action.id);
  }

  @FieldResolver(() => [ActionStep], { description: 'The plan (Hoe?): steps in order.' })
  steps(@Root() action: Action, @Ctx() ctx: Context): Promise<ActionStep[]> {
    return ctx.loaders.childrenOf(ActionStep, 'actionId', ['position']).load(action.id);
  }

  @FieldResolver(() => ActionEvaluation, { description: 'The evaluation section (Evaluatie).' })
  evaluation(@Root() action: Action): ActionEvaluation {
    return evaluationOf(action);
  }

  @FieldResolver(() => [ActionIndicator], { description: 'Indicators with method and target.' })
  indicators(@Root() action: Action, @Ctx() ctx: Context): Promise<ActionIndicator[]> {
    return ctx.loaders.childrenOf(ActionIndicator, 'actionId', ['position']).load(action.id);
  }

  @FieldResolver(() => [ActionMonth], { description: 'The timeline (tijdslijn): months in which the action runs.' })
  timeline(@Root() action: Action, @Ctx() ctx: Context): Promise<ActionMonth[]> {
    return ctx.loaders.childrenOf(ActionMonth, 'actionId', ['month']).load(action.id);
  }

  @FieldResolver(() => [Theme], { description: 'Themes of the action.' })
  themes(@Root() action: Action, @Ctx() ctx: Context): Promise<Theme[]> {
    return ctx.loaders.through(Theme, 'action_theme', 'action_id', 'theme_id').load(action.id);
  }

  @FieldResolver(() => [WorkingGroup], { description: 'Working groups the action belongs to.' })
  workingGroups(@Root() action: Action, @Ctx() ctx: Context): Promise<WorkingGroup[]> {
    return ctx.loaders.through(WorkingGroup, 'action_working_group', 'action_id', 'working_group_id').load(action.id);
  }

  @FieldResolver(() => [Project], { description: 'Projects the action belongs to.' })
  projects(@Root() action: Action, @Ctx() ctx: Context): Promise<Project[]> {
    return ctx.loaders.through(Project, 'action_project', 'action_id', 'project_id').load(action.id);
  }

  @FieldResolver(() => Action, { nullable: true, description: 'Last year\'s action this one continues.' })
  continuedFrom(@Root() action: Action, @Ctx() ctx: Context): Promise<Action | null> | null {
    return action.continuedFromId ? ctx.loaders.byId(Action).load(action.continuedFromId) : null;
  }

  @FieldResolver(() => [Action], { description: 'Other actions this one links to.' })
  linkedActions(@Root() action: Action, @Ctx() ctx: Context): Promise<Action[]> {
    return ctx.loaders.through(Action, 'action_link', 'from_action_id', 'to_action_id', 'title').load(action.id);
  }
}

// ActionLink rows are reached through `linkedActions`; the entity is imported for the join table only.
void ActionLink;
