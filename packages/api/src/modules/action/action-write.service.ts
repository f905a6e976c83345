// Writing action sheets: create, update (with version check), delete, carry over to next year,
// progress reviews and indicator values. Each public method is one transaction with its audit
// records; authorization is decided here, through the viewer.
import { notifySharedChange } from '../notification/notify';
import { In, type EntityManager } from 'typeorm';
import {
  actionChecks,
  actionCreateSchema,
  actionReviewSchema,
  actionUpdateSchema,
  CARRY_OVER_STATUSES,
  foldTimelineMilestones,
  runningMonths,
  type MilestoneStep,
  shiftIsoDateYears,
  indicatorValueSchema,
  type PlanCheck,
} from '@kruispunt/shared';
import type { z } from 'zod';
import { AppError } from '../../common/app-error';
import { recordChange, snapshot } from '../audit/audit';
import { fromGlobalId, toGlobalId } from '../../common/global-id';
import { parseInput } from '../../common/validate';
import { preparedIn, transactionQuery } from '../../db/reader';
import { existingId, invalid, joinTableOf, joinTableSql, replaceLinksChecked, uuidOf } from '../../common/write';
import { lockForUpdate, requireVersion, versionedUpdateResult } from '../audit/versioned';
import type { Context } from '../auth/context';
import { ActionPlan } from '../action-plan/action-plan.entity';
import { proposedTexts } from '../action-plan/plan-texts';
import { loadActionAccess, positional, VisibilitySql, type ActionPlanAccess } from '../auth/visibility';
import { isContactCandidate } from './action-contact';
import { Action, ActionIndicator, ActionLink, ActionMonth, ActionOwner, ActionReview, ActionStep, IndicatorValue } from './action.entity';
import { evaluationColumns } from './action-rows';
import {
  ADD_MONTHS_SQL,
  CHILD_COUNTS_SQL,
  CONTINUATION_IN_YEAR_SQL,
  CONTINUED_SQL,
  COPY_INDICATORS_SQL,
  COPY_LINKS_SQL,
  COPY_MONTHS_SQL,
  COPY_OWNERS_SQL,
  COPY_STEPS_SQL,
  DELETE_INDICATORS_SQL,
  INSERT_PLAN_SQL,
  NEXT_POSITION_SQL,
  OPERATIONAL_GOAL_PLAN_SQL,
  STRATEGIC_GOAL_PLAN_SQL,
  UPDATE_INDICATORS_SQL,
  childSnapshotSql,
  linkedIdsColumn,
  REPLACE_MONTHS_SQL,
  REPLACE_STEPS_SQL,
  visibleActionIdsSql,
} from './action.queries';

type CreateData = z.output<typeof actionCreateSchema>;
type UpdateData = z.output<typeof actionUpdateSchema>;
/** What the column checks need of the plan an action is (to be) in. */
type PlanOfAction = Pick<ActionPlan, 'zoneId' | 'year'>;

/** The many-to-many relations of an action (their join tables from the entity's metadata) and the GraphQL type of what they point at. */
const JOINS = [
  { key: 'themeIds', relation: 'themes', type: 'Theme' },
  { key: 'stakeholderPartnerIds', relation: 'stakeholderPartners', type: 'Partner' },
  { key: 'workingGroupIds', relation: 'workingGroups', type: 'WorkingGroup' },
  { key: 'projectIds', relation: 'projects', type: 'Project' },
] as const;

export class ActionWriteService {
  constructor(private readonly ctx: Context) {}

  private get viewer() {
    return this.ctx.viewer;
  }

  async create(planGlobalId: string, input: unknown): Promise<{ action: Action; warnings: PlanCheck[] }> {
    this.viewer.requireSignedIn();
    const data = parseInput(actionCreateSchema, input);
    const planId = fromGlobalId(planGlobalId, 'ActionPlan', 'planId').id;
    const action = await this.ctx.db.transaction(async (m) => {
      const plan = await lockForUpdate(m, ActionPlan, planId, 'Actieplan');
      this.viewer.requireVisiblePlan(plan);
      this.viewer.requirePlanContentEditor(plan);
      const columns = await this.columns(m, plan, data);
      const [{ next }] = await m.query(NEXT_POSITION_SQL, [plan.id]);
      const saved = await m.save(Action, m.create(Action, { ...columns, actionPlanId: plan.id, position: next }));
      await m.insert(ActionOwner, { actionId: saved.id, zoneId: plan.zoneId, role: 'LEAD' });
      await this.writeChildren(m, saved.id, data);
      await recordChange(m, this.viewer, 'Action', saved.id, null, { ...snapshot(saved), ...(await this.childSnapshot(m, saved.id)) });
      return saved;
    });
    return { action, warnings: await this.warnings(action) };
  }

  async update(actionGlobalId: string, version: number, input: unknown): Promise<{ action: Action; warnings: PlanCheck[] }> {
    this.viewer.requireSignedIn();
    const data = parseInput(actionUpdateSchema, input);
    const id = fromGlobalId(actionGlobalId, 'Action').id;
    const { row: action, after } = await this.ctx.db.transaction(async (m) => {
      let access: ActionPlanAccess | null = null;
      const updated = await versionedUpdateResult({
        manager: m,
        viewer: this.viewer,
        entity: Action,
        id,
        expectedVersion: version,
        label: 'Deze actie',
        authorize: async (row) => {
          // The sheet, unlike its follow-up, is frozen once the plan is submitted.
          access = await this.visibleAccess(m, row);
          this.viewer.requireActionEditor(access);
        },
        patch: async (row) => {
          // A partial update is checked against the stored values too (e.g. only a new end date).
          const start = data.startDate !== undefined ? data.startDate : row.startDate;
          const end = data.endDate !== undefined ? data.endDate : row.endDate;
          if (start && end && start > end) throw invalid('endDate', 'De einddatum ligt voor de startdatum');
          return this.columns(m, access!.plan, data, row);
        },
        children: async (row, before) => this.writeChildren(m, row.id, data, before),
        extra: (actionId) => this.childSnapshot(m, actionId),
      });
      // Co-owner zones hear of a change by another zone (at most once an hour while unread).
      await notifySharedChange(preparedIn(m), this.viewer, 'Action', id, { recorded: updated.recorded, access: access! });
      return updated;
    });
    // The counts the checks need are those just stored (the snapshot read in the transaction).
    return { action, warnings: this.warningsOf(action, (after.indicators as unknown[]).length, (after.timeline as unknown[]).length) };
  }

  /** Deletes an action; only editors of the zone whose plan holds it may. */
  async delete(actionGlobalId: string, version: number): Promise<boolean> {
    this.viewer.requireSignedIn();
    const id = fromGlobalId(actionGlobalId, 'Action').id;
    await this.ctx.db.transaction(async (m) => {
      const row = await lockForUpdate(m, Action, id, 'Deze actie');
      const plan = await m.getRepository(ActionPlan).findOneByOrFail({ id: row.actionPlanId });
      await this.visibleAccess(m, row);
      this.viewer.requirePlanContentEditor(plan);
      const before = { ...snapshot(row), ...(await this.childSnapshot(m, id)) };
      requireVersion(row, version, before, 'deze actie');
      await m.delete(Action, { id });
      await recordChange(m, this.viewer, 'Action', id, before, null);
    });
    return true;
  }

  /**
   * Carries an action over to the zone's plan of the next year (created as a draft when absent):
   * a copy of every section, marked as continued from this one.
   */
  async carryOver(actionGlobalId: string): Promise<Action> {
    this.viewer.requireSignedIn();
    const id = fromGlobalId(actionGlobalId, 'Action').id;
    return this.ctx.db.transaction(async (m) => {
      const source = await m.getRepository(Action).findOneBy({ id });
      if (!source) throw new AppError('NOT_FOUND', 'Deze actie bestaat niet (meer).');
      const fromPlan = await m.getRepository(ActionPlan).findOneByOrFail({ id: source.actionPlanId });
      await this.visibleAccess(m, source);
      this.viewer.requireZoneEditor(fromPlan.zoneId);
      const year = fromPlan.year + 1;
      const existing = await m.query(CONTINUATION_IN_YEAR_SQL, [id, year]);
      if (existing.length) throw new AppError('INVALID_INPUT', `Deze actie is al overgenomen in het plan van ${year}.`, { field: 'actionId' });
      // A plan created here proposes the general texts of the plan the action comes from (see proposedTexts).
      const texts = proposedTexts(fromPlan);
      await m.query(INSERT_PLAN_SQL, [fromPlan.zoneId, fromPlan.multiYearPlanId, year, texts.introText, texts.targetGroupsText, texts.networkText, texts.textsProposedFromYear]);
      const toPlan = await m.getRepository(ActionPlan).findOneByOrFail({ zoneId: fromPlan.zoneId, year });
      // Carrying out of a submitted plan only copies it; carrying into a submitted plan changes its content.
      this.viewer.requirePlanContentEditor(toPlan);
      return this.copyInto(m, source, fromPlan, toPlan);
    });
  }

  /**
   * Carries the chosen actions of `fromPlan` (the zone's plan of the year before) into `toPlan`,
   * inside the caller's transaction. Refused, naming `field.N`: an action not in `fromPlan`, one
   * that is done or stopped, one already carried over, or one chosen twice. The caller rolls back.
   */
  async carryOverInto(m: EntityManager, fromPlan: ActionPlan | null, toPlan: ActionPlan, globalIds: readonly string[], field: string): Promise<Action[]> {
    const ids = globalIds.map((g, i) => uuidOf(g, 'Action', `${field}.${i}`));
    const rows = ids.length ? await m.getRepository(Action).findBy({ id: In(ids) }) : [];
    const byId = new Map(rows.map((a) => [a.id, a]));
    const continued: { id: string }[] = ids.length ? await m.query(CONTINUED_SQL, [ids]) : [];
    const carried = new Set(continued.map((r) => r.id));
    const seen = new Set<string>();
    const sources: Action[] = [];
    for (const [i, id] of ids.entries()) {
      const source = byId.get(id);
      const at = `${field}.${i}`;
      if (!source || !fromPlan || source.actionPlanId !== fromPlan.id) throw invalid(at, `Deze actie staat niet in het actieplan ${toPlan.year - 1} van de zone.`);
      if (!CARRY_OVER_STATUSES.includes(source.progressStatus)) throw invalid(at, `"${source.title}" is afgerond of stopgezet en wordt niet overgenomen.`);
      if (carried.has(id) || seen.has(id)) throw invalid(at, `"${source.title}" is al overgenomen.`);
      seen.add(id);
      sources.push(source);
    }
    const copies: Action[] = [];
    for (const source of sources) copies.push(await this.copyInto(m, source, fromPlan!, toPlan));
    return copies;
  }

  /**
   * The one copy of an action into next year's plan: every section, owners, themes, links,
   * indicators and steps kept, dates moved by the years between the plans (the timeline's months
   * stay), marked as continued from the source. Runs in the caller's transaction, with its audit record.
   */
  private async copyInto(m: EntityManager, source: Action, fromPlan: ActionPlan, toPlan: ActionPlan): Promise<Action> {
    const years = toPlan.year - fromPlan.year;
    const [{ next }] = await m.query(NEXT_POSITION_SQL, [toPlan.id]);
    const { id: _id, version: _v, createdAt: _c, updatedAt: _u, ...columns } = source;
    const copy = await m.save(
      Action,
      m.create(Action, {
        ...columns,
        startDate: source.startDate ? shiftIsoDateYears(source.startDate, years) : null,
        endDate: source.endDate ? shiftIsoDateYears(source.endDate, years) : null,
        actionPlanId: toPlan.id,
        position: next,
        continuedFromId: source.id,
        carriedOver: true,
        progressStatus: source.progressStatus === 'DONE' ? 'DONE' : 'RUNNING',
      }),
    );
    await m.query(COPY_OWNERS_SQL, [source.id, copy.id]);
    // A step's date moves like the action's dates (29 February to 28 February, as shiftIsoDateYears).
    await m.query(COPY_STEPS_SQL, [source.id, copy.id, years]);
    await m.query(COPY_INDICATORS_SQL, [source.id, copy.id]);
    // The months stay; the milestones come with the steps.
    await m.query(COPY_MONTHS_SQL, [source.id, copy.id]);
    for (const j of JOINS) await m.query(joinTableSql.copy(joinTableOf(m, Action, j.relation)), [source.id, copy.id]);
    await m.query(COPY_LINKS_SQL, [source.id, copy.id]);
    await recordChange(m, this.viewer, 'Action', copy.id, null, { ...snapshot(copy), ...(await this.childSnapshot(m, copy.id)) });
    return copy;
  }

  async addReview(actionGlobalId: string, input: unknown): Promise<ActionReview> {
    this.viewer.requireSignedIn();
    const data = parseInput(actionReviewSchema, input);
    const id = fromGlobalId(actionGlobalId, 'Action', 'actionId').id;
    return this.ctx.db.transaction(async (m) => {
      const action = await lockForUpdate(m, Action, id, 'Deze actie');
      await this.requireFollowUp(m, action);
      const review = await m.save(ActionReview, m.create(ActionReview, { ...data, quarter: data.quarter ?? null, actionId: id, authorId: this.viewer.data.userId }));
      // A review also moves the action's progress status.
      if (action.progressStatus !== data.status) {
        await m.createQueryBuilder().update(Action).set({ progressStatus: data.status }).where('id = :id', { id }).execute();
        await recordChange(m, this.viewer, 'Action', id, { progressStatus: action.progressStatus }, { progressStatus: data.status });
      }
      await recordChange(m, this.viewer, 'ActionReview', review.id, null, snapshot(review));
      await notifySharedChange(m, this.viewer, 'Action', id);
      return review;
    });
  }

  async addIndicatorValue(indicatorGlobalId: string, input: unknown): Promise<IndicatorValue> {
    this.viewer.requireSignedIn();
    const data = parseInput(indicatorValueSchema, input);
    const indicatorId = fromGlobalId(indicatorGlobalId, 'ActionIndicator', 'indicatorId').id;
    return this.ctx.db.transaction(async (m) => {
      const indicator = await m.getRepository(ActionIndicator).findOneBy({ id: indicatorId });
      if (!indicator) throw new AppError('NOT_FOUND', 'Deze indicator bestaat niet (meer).');
      const action = await lockForUpdate(m, Action, indicator.actionId, 'Deze actie');
      await this.requireFollowUp(m, action, 'Deze indicator');
      const value = await m.save(IndicatorValue, m.create(IndicatorValue, { indicatorId, value: data.value, measuredOn: data.measuredOn, remark: data.remark ?? null }));
      await recordChange(m, this.viewer, 'IndicatorValue', value.id, null, snapshot(value));
      await notifySharedChange(m, this.viewer, 'Action', indicator.actionId);
      return value;
    });
  }

  async deleteIndicatorValue(valueGlobalId: string): Promise<boolean> {
    this.viewer.requireSignedIn();
    const id = fromGlobalId(valueGlobalId, 'IndicatorValue').id;
    await this.ctx.db.transaction(async (m) => {
      const value = await m.getRepository(IndicatorValue).findOneBy({ id });
      if (!value) throw new AppError('NOT_FOUND', 'Deze meting bestaat niet (meer).');
      const indicator = await m.getRepository(ActionIndicator).findOneByOrFail({ id: value.indicatorId });
      const action = await lockForUpdate(m, Action, indicator.actionId, 'Deze actie');
      await this.requireFollowUp(m, action, 'Deze meting');
      await m.delete(IndicatorValue, { id });
      await recordChange(m, this.viewer, 'IndicatorValue', id, snapshot(value), null);
    });
    return true;
  }

  /** The action's plan and owners; NOT_FOUND when the viewer may not see the action at all. */
  private async visibleAccess(m: EntityManager, action: Action, label = 'Deze actie'): Promise<ActionPlanAccess> {
    const access = await loadActionAccess(preparedIn(m), action.id);
    if (!access) throw new AppError('NOT_FOUND', `${label} bestaat niet (meer).`);
    this.viewer.requireVisibleAction(access, label);
    return access;
  }

  /** Every editor of the plan's zone or of any owner zone records a shared action's follow-up, also in a submitted plan. */
  private async requireFollowUp(m: EntityManager, action: Action, label = 'Deze actie'): Promise<void> {
    this.viewer.requireActionFollowUp(await this.visibleAccess(m, action, label));
  }

  /** Column values from validated input, with every referenced id checked. */
  private async columns(m: EntityManager, plan: PlanOfAction, data: UpdateData | CreateData, current?: Action): Promise<Partial<Action>> {
    const out: Partial<Action> = {};
    const copy = [
      'number',
      'title',
      'what',
      'inScope',
      'outOfScope',
      'why',
      'targetGroups',
      'councilRole',
      'stakeholdersOther',
      'startDate',
      'endDate',
      'funding',
      'fundingRemark',
      'linkNotes',
      'communicationChannels',
      'progressStatus',
      'notes',
      'estimatedDays',
    ] as const;
    for (const key of copy) if (data[key] !== undefined) (out as Record<string, unknown>)[key] = data[key];
    if (data.operationalGoalId !== undefined)
      out.operationalGoalId = data.operationalGoalId ? await this.goalOfZone(m, plan, data.operationalGoalId, 'OperationalGoal', 'operationalGoalId', current?.operationalGoalId) : null;
    if (data.strategicGoalId !== undefined)
      out.strategicGoalId = data.strategicGoalId ? await this.goalOfZone(m, plan, data.strategicGoalId, 'StrategicGoal', 'strategicGoalId', current?.strategicGoalId) : null;
    if (data.lead !== undefined) {
      const lead = data.lead;
      out.leadText = lead?.text ?? null;
      out.leadZoneId = lead?.zoneId ? await existingId(m, 'zone', lead.zoneId, 'Zone', 'lead.zoneId') : null;
      out.leadPartnerId = lead?.partnerId ? await existingId(m, 'partner', lead.partnerId, 'Partner', 'lead.partnerId') : null;
      out.leadWorkingGroupId = lead?.workingGroupId ? await existingId(m, 'working_group', lead.workingGroupId, 'WorkingGroup', 'lead.workingGroupId') : null;
    }
    if (data.contactPersonId !== undefined) {
      out.contactUserId = data.contactPersonId ? await this.contactPerson(m, plan, data.contactPersonId, current?.id ?? null) : null;
    }
    if (data.evaluation !== undefined) {
      Object.assign(out, evaluationColumns(data.evaluation));
    }
    return out;
  }

  /**
   * A goal an action may point at: of the plan's zone; and, unless the action already points at
   * it, in a multi-year plan covering the plan's year and not retired (itself or its strategic goal).
   */
  private async goalOfZone(m: EntityManager, plan: PlanOfAction, globalId: string, type: 'OperationalGoal' | 'StrategicGoal', field: string, currentId?: string | null): Promise<string> {
    const id = uuidOf(globalId, type, field);
    const sql = type === 'OperationalGoal' ? OPERATIONAL_GOAL_PLAN_SQL : STRATEGIC_GOAL_PLAN_SQL;
    const [goal] = await m.query(sql, [id]);
    if (!goal || goal.zone_id !== plan.zoneId) throw invalid(field, 'Deze doelstelling hoort niet bij het meerjarenplan van de zone.');
    // Keeping the goal it has is not a move: a carried-over action or a retired goal keeps saving.
    if (id === currentId) return id;
    if (plan.year < goal.year_from || plan.year > goal.year_to)
      throw invalid(field, `Deze doelstelling hoort bij het meerjarenplan ${goal.year_from}-${goal.year_to}, dat ${plan.year} niet dekt.`);
    if (goal.retired) throw invalid(field, 'Deze doelstelling is stopgezet; kies een andere.');
    return id;
  }

  /** The chosen contact person's id, when they may be one (action-contact.ts). */
  private async contactPerson(m: EntityManager, plan: PlanOfAction, globalId: string, actionId: string | null): Promise<string> {
    const id = uuidOf(globalId, 'User', 'contactPersonId');
    if (!(await isContactCandidate(m, plan.zoneId, actionId, id))) {
      throw invalid('contactPersonId', 'Kies iemand van de zone van dit plan of van een zone die de actie mee trekt.');
    }
    return id;
  }

  /** Actions the caller may see, by global id: a hidden draft's action is refused exactly like one that does not exist. */
  private async visibleActionIds(m: EntityManager, globalIds: string[], field: string): Promise<string[]> {
    const ids = [...new Set(globalIds.map((g) => uuidOf(g, 'Action', field)))];
    if (ids.length === 0) return [];
    const params: unknown[] = [ids];
    const visible = new VisibilitySql(this.viewer, positional(params)).action('a');
    const found: { id: string }[] = await m.query(visibleActionIdsSql(visible), params);
    if (found.length !== ids.length) throw invalid(field, 'Een van de gekozen items bestaat niet (meer).');
    return ids;
  }

  /** Replaces the child rows and links given in the input (left-out ones stay). */
  private async writeChildren(m: EntityManager, actionId: string, data: UpdateData | CreateData, before?: Record<string, unknown>): Promise<void> {
    // One milestone system (packages/shared milestones.ts): a milestone given on a timeline month
    // becomes a step's milestone month, and a step's milestone month is a running month.
    let steps: MilestoneStep[] | undefined = data.steps;
    let months = data.timeline?.map((t) => t.month);
    if (data.timeline?.some((t) => t.milestone?.trim())) {
      const current = steps ?? (await m.find(ActionStep, { where: { actionId }, order: { position: 'ASC' } }));
      ({ steps, months } = foldTimelineMilestones(current, data.timeline));
    }
    if (steps !== undefined) {
      await transactionQuery(m, REPLACE_STEPS_SQL, [actionId, steps.map((s) => s.text), steps.map((s) => s.month ?? null), steps.map((s) => s.date ?? null)]);
    }
    if (months !== undefined) {
      await transactionQuery(m, REPLACE_MONTHS_SQL, [actionId, runningMonths(months, steps ?? [])]);
    } else if (steps?.some((s) => s.month != null)) {
      // New step milestones in months the (unchanged) timeline does not have yet.
      await transactionQuery(m, ADD_MONTHS_SQL, [actionId, runningMonths([], steps)]);
    }
    if (data.indicators !== undefined)
      await this.writeIndicators(m, actionId, data.indicators, before && (before.indicators as { id: string }[]).map((i) => fromGlobalId(i.id, 'ActionIndicator').id));
    for (const j of JOINS) {
      const value = data[j.key];
      if (value === undefined) continue;
      await replaceLinksChecked(m, Action, j.relation, actionId, value, j.type, j.key);
    }
    if (data.linkedActionIds !== undefined) {
      const ids = (await this.visibleActionIds(m, data.linkedActionIds, 'linkedActionIds')).filter((id) => id !== actionId);
      await m.delete(ActionLink, { fromActionId: actionId });
      if (ids.length)
        await m.insert(
          ActionLink,
          ids.map((toActionId) => ({ fromActionId: actionId, toActionId, remark: null })),
        );
    }
  }

  /**
   * Indicators given with an id are updated in place (keeping their measured values). `stored`:
   * the ids of the action's indicators when the caller read them under the row lock already.
   */
  private async writeIndicators(m: EntityManager, actionId: string, indicators: NonNullable<UpdateData['indicators']>, stored?: readonly string[]): Promise<void> {
    const current = stored ?? (await m.getRepository(ActionIndicator).findBy({ actionId })).map((i) => i.id);
    const currentIds = new Set(current);
    const keep = new Set<string>();
    const updated: (Partial<ActionIndicator> & { id: string })[] = [];
    const added: Partial<ActionIndicator>[] = [];
    for (const [position, ind] of indicators.entries()) {
      const values = { position, name: ind.name, method: ind.method ?? null, targetValue: ind.targetValue ?? null, targetUnit: ind.targetUnit ?? null, kind: ind.kind };
      if (ind.id) {
        const id = uuidOf(ind.id, 'ActionIndicator', `indicators.${position}.id`);
        if (!currentIds.has(id)) throw invalid(`indicators.${position}.id`, 'Deze indicator hoort niet bij deze actie.');
        keep.add(id);
        updated.push({ id, ...values });
      } else {
        added.push({ ...values, actionId });
      }
    }
    // One statement for all kept indicators and one for the new ones, however many there are.
    if (updated.length) {
      await transactionQuery(m, UPDATE_INDICATORS_SQL, [
        updated.map((u) => u.id),
        updated.map((u) => u.position),
        updated.map((u) => u.name),
        updated.map((u) => u.method),
        updated.map((u) => u.targetValue),
        updated.map((u) => u.targetUnit),
        updated.map((u) => u.kind),
      ]);
    }
    if (added.length) await m.insert(ActionIndicator, added);
    const removed = current.filter((id) => !keep.has(id));
    if (removed.length) await transactionQuery(m, DELETE_INDICATORS_SQL, [removed]);
  }

  /** The child rows of an action as plain values (global ids), for conflicts and the audit trail. */
  async childSnapshot(m: EntityManager, actionId: string): Promise<Record<string, unknown>> {
    const [row] = await transactionQuery(m, childSnapshotSql(JOINS.map((j) => linkedIdsColumn(joinTableOf(m, Action, j.relation), j.key))), [actionId]);
    const out: Record<string, unknown> = {
      steps: row.steps,
      indicators: (row.indicators as { id: string; targetValue: unknown }[]).map((i) => ({
        ...i,
        id: toGlobalId('ActionIndicator', i.id),
        targetValue: i.targetValue == null ? null : Number(i.targetValue),
      })),
      timeline: row.timeline,
      linkedActionIds: (row.linkedActionIds as string[]).map((id) => toGlobalId('Action', id)),
    };
    for (const j of JOINS) out[j.key] = (row[j.key] as string[]).map((id) => toGlobalId(j.type, id));
    return out;
  }

  /** Template checks the saved action still fails (the evaluation-kind rule is a warning here). */
  private async warnings(action: Action): Promise<PlanCheck[]> {
    const [row] = await this.ctx.db.query(CHILD_COUNTS_SQL, [action.id]);
    return this.warningsOf(action, row.indicators, row.months);
  }

  private warningsOf(action: Action, indicatorCount: number, monthCount: number): PlanCheck[] {
    return actionChecks({
      id: toGlobalId('Action', action.id),
      title: action.title,
      evaluationProcess: action.evaluationProcess,
      evaluationOutput: action.evaluationOutput,
      evaluationOutcome: action.evaluationOutcome,
      indicatorCount,
      hasLead: !!action.leadText,
      monthCount,
      hasGoal: !!(action.operationalGoalId || action.strategicGoalId),
    });
  }
}
