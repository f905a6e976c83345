// Writing multi-year plans and their strategic (SD) and operational (OD) goals: editors of the
// plan's zone (Viewer.requireMultiYearPlanEditor). One transaction per method, with version checks
// on updates and deletes, and an audit record for every change. A goal that actions still refer to
// is not deleted but retired: kept for history and those actions, not offered for new ones.
import type { EntityManager } from 'typeorm';
import { goalOrderSchema, multiYearPlanSchema, operationalGoalSchema, strategicGoalSchema } from '@kruispunt/shared';
import { toGlobalId } from '../../common/global-id';
import { recordChange, snapshot } from '../audit/audit';
import { parseInput } from '../../common/validate';
import { lockForUpdate, requireVersion, versionedUpdate } from '../audit/versioned';
import { invalid, parseUpdate, uuidOf } from '../../common/write';
import type { Context } from '../auth/context';
import { Zone } from '../zone/zone.entity';
import { MultiYearPlan, OperationalGoal, StrategicGoal } from './plan.entity';
import {
  ACTION_PLAN_OUTSIDE_SQL,
  GOAL_NUMBERS_SQL,
  OPERATIONAL_GOAL_USE_SQL,
  OVERLAPPING_PLAN_SQL,
  STRATEGIC_GOAL_USE_SQL,
  nextPositionSql,
  placeholderNumbersSql,
  renumberSql,
  sameNumberSql,
} from './plan.queries';

export class PlanWriteService {
  constructor(private readonly ctx: Context) {}

  private get viewer() {
    return this.ctx.viewer;
  }

  async createMultiYearPlan(zoneGlobalId: string, input: Record<string, unknown>): Promise<MultiYearPlan> {
    this.viewer.requireSignedIn();
    const zoneId = uuidOf(zoneGlobalId, 'Zone', 'zoneId');
    const data = parseInput(multiYearPlanSchema, input);
    this.viewer.requireMultiYearPlanEditor({ zoneId });
    return this.ctx.db.transaction(async (m) => {
      // Plans of one zone are serialised on the zone row, so two overlapping plans cannot both pass the check.
      await lockForUpdate(m, Zone, zoneId, 'Deze zone');
      await this.requireNoOverlap(m, zoneId, data.yearFrom, data.yearTo, null);
      const plan = await m.save(MultiYearPlan, m.create(MultiYearPlan, { zoneId, ...data }));
      await recordChange(m, this.viewer, 'MultiYearPlan', plan.id, null, snapshot(plan));
      return plan;
    });
  }

  async updateMultiYearPlan(globalId: string, version: number, input: Record<string, unknown>): Promise<MultiYearPlan> {
    this.viewer.requireSignedIn();
    const id = uuidOf(globalId, 'MultiYearPlan', 'id');
    return this.ctx.db.transaction((m) =>
      versionedUpdate({
        manager: m,
        viewer: this.viewer,
        entity: MultiYearPlan,
        id,
        expectedVersion: version,
        authorize: (plan) => this.viewer.requireMultiYearPlanEditor(plan),
        patch: async (plan) => {
          const data = parseUpdate(multiYearPlanSchema, { yearFrom: plan.yearFrom, yearTo: plan.yearTo, title: plan.title }, input);
          await lockForUpdate(m, Zone, plan.zoneId, 'Deze zone');
          await this.requireNoOverlap(m, plan.zoneId, data.yearFrom, data.yearTo, id);
          await this.requireCoversItsActionPlans(m, id, data.yearFrom, data.yearTo);
          return data;
        },
      }),
    );
  }

  async createStrategicGoal(planGlobalId: string, input: Record<string, unknown>): Promise<StrategicGoal> {
    this.viewer.requireSignedIn();
    const planId = uuidOf(planGlobalId, 'MultiYearPlan', 'multiYearPlanId');
    const data = parseInput(strategicGoalSchema, input);
    return this.ctx.db.transaction(async (m) => {
      // Locking the parent serialises numbering and positions of its goals.
      const plan = await lockForUpdate(m, MultiYearPlan, planId, 'Dit meerjarenplan');
      this.viewer.requireMultiYearPlanEditor(plan);
      await this.requireFreeNumber(m, 'strategic_goal', 'multi_year_plan_id', planId, data.number, null);
      const position = data.position ?? (await this.nextPosition(m, 'strategic_goal', 'multi_year_plan_id', planId));
      const { retired, ...fields } = data;
      const goal = await m.save(StrategicGoal, m.create(StrategicGoal, { ...fields, position, multiYearPlanId: planId, retiredAt: retired ? new Date() : null }));
      await recordChange(m, this.viewer, 'StrategicGoal', goal.id, null, snapshot(goal));
      return goal;
    });
  }

  async updateStrategicGoal(globalId: string, version: number, input: Record<string, unknown>): Promise<StrategicGoal> {
    this.viewer.requireSignedIn();
    const id = uuidOf(globalId, 'StrategicGoal', 'id');
    return this.ctx.db.transaction((m) =>
      versionedUpdate({
        manager: m,
        viewer: this.viewer,
        entity: StrategicGoal,
        id,
        expectedVersion: version,
        authorize: async (goal) => this.viewer.requireMultiYearPlanEditor({ zoneId: await this.zoneOfPlan(m, goal.multiYearPlanId) }),
        patch: async (goal) => {
          const { retired, ...data } = parseUpdate(strategicGoalSchema, { number: goal.number, title: goal.title, kind: goal.kind, position: goal.position, retired: goal.retired }, input);
          await this.requireFreeNumber(m, 'strategic_goal', 'multi_year_plan_id', goal.multiYearPlanId, data.number, id);
          return { ...data, retiredAt: retiredAt(goal, retired) };
        },
      }),
    );
  }

  /** Deletes a strategic goal without operational goals or actions (delete or move those first). */
  async deleteStrategicGoal(globalId: string, version: number): Promise<boolean> {
    this.viewer.requireSignedIn();
    const id = uuidOf(globalId, 'StrategicGoal', 'id');
    await this.ctx.db.transaction(async (m) => {
      const goal = await lockForUpdate(m, StrategicGoal, id, 'Deze strategische doelstelling');
      this.viewer.requireMultiYearPlanEditor({ zoneId: await this.zoneOfPlan(m, goal.multiYearPlanId) });
      requireVersion(goal, version, snapshot(goal));
      const [{ ods, actions }] = await m.query(STRATEGIC_GOAL_USE_SQL, [id]);
      if (ods > 0) throw invalid('id', `Deze strategische doelstelling heeft nog ${ods} operationele doelstelling(en); verwijder die eerst.`);
      if (actions > 0) throw invalid('id', `Er hangen nog ${actions} actie(s) aan deze strategische doelstelling.`);
      await m.delete(StrategicGoal, { id });
      await recordChange(m, this.viewer, 'StrategicGoal', id, snapshot(goal), null);
    });
    return true;
  }

  async createOperationalGoal(strategicGoalGlobalId: string, input: Record<string, unknown>): Promise<OperationalGoal> {
    this.viewer.requireSignedIn();
    const sdId = uuidOf(strategicGoalGlobalId, 'StrategicGoal', 'strategicGoalId');
    const data = parseInput(operationalGoalSchema, input);
    return this.ctx.db.transaction(async (m) => {
      const sd = await lockForUpdate(m, StrategicGoal, sdId, 'Deze strategische doelstelling');
      this.viewer.requireMultiYearPlanEditor({ zoneId: await this.zoneOfPlan(m, sd.multiYearPlanId) });
      await this.requireFreeNumber(m, 'operational_goal', 'strategic_goal_id', sdId, data.number, null);
      const position = data.position ?? (await this.nextPosition(m, 'operational_goal', 'strategic_goal_id', sdId));
      const goal = await m.save(
        OperationalGoal,
        m.create(OperationalGoal, {
          number: data.number,
          title: data.title,
          deadline: data.deadline ?? null,
          indicators: data.indicators ?? [],
          position,
          strategicGoalId: sdId,
          retiredAt: data.retired ? new Date() : null,
        }),
      );
      await recordChange(m, this.viewer, 'OperationalGoal', goal.id, null, snapshot(goal));
      return goal;
    });
  }

  async updateOperationalGoal(globalId: string, version: number, input: Record<string, unknown>): Promise<OperationalGoal> {
    this.viewer.requireSignedIn();
    const id = uuidOf(globalId, 'OperationalGoal', 'id');
    return this.ctx.db.transaction((m) =>
      versionedUpdate({
        manager: m,
        viewer: this.viewer,
        entity: OperationalGoal,
        id,
        expectedVersion: version,
        authorize: async (goal) => this.viewer.requireMultiYearPlanEditor({ zoneId: await this.zoneOfGoal(m, goal.strategicGoalId) }),
        patch: async (goal) => {
          const current = { number: goal.number, title: goal.title, deadline: goal.deadline, indicators: goal.indicators, position: goal.position, retired: goal.retired };
          const { retired, ...data } = parseUpdate(operationalGoalSchema, current, input);
          await this.requireFreeNumber(m, 'operational_goal', 'strategic_goal_id', goal.strategicGoalId, data.number, id);
          return { ...data, deadline: data.deadline ?? null, indicators: data.indicators ?? [], retiredAt: retiredAt(goal, retired) };
        },
      }),
    );
  }

  /** Deletes an operational goal that no action refers to. */
  async deleteOperationalGoal(globalId: string, version: number): Promise<boolean> {
    this.viewer.requireSignedIn();
    const id = uuidOf(globalId, 'OperationalGoal', 'id');
    await this.ctx.db.transaction(async (m) => {
      const goal = await lockForUpdate(m, OperationalGoal, id, 'Deze operationele doelstelling');
      this.viewer.requireMultiYearPlanEditor({ zoneId: await this.zoneOfGoal(m, goal.strategicGoalId) });
      requireVersion(goal, version, snapshot(goal));
      const [{ actions }] = await m.query(OPERATIONAL_GOAL_USE_SQL, [id]);
      if (actions > 0) throw invalid('id', `Er hangen nog ${actions} actie(s) aan deze operationele doelstelling.`);
      await m.delete(OperationalGoal, { id });
      await recordChange(m, this.viewer, 'OperationalGoal', id, snapshot(goal), null);
    });
    return true;
  }

  /**
   * Sets the order and the numbers of all goals of a multi-year plan at once: strategic goals
   * "1", "2", ..., their operational goals "1.1", "1.2", ... The order must name every goal of the
   * plan once (a goal added meanwhile makes it INVALID_INPUT); the plan's version guards against a
   * reorder made in between. Goals whose number or position changes get a new version and history.
   */
  async renumberGoals(planGlobalId: string, version: number, order: unknown): Promise<MultiYearPlan> {
    this.viewer.requireSignedIn();
    const id = uuidOf(planGlobalId, 'MultiYearPlan', 'id');
    const wanted = parseInput(goalOrderSchema, order);
    return this.ctx.db.transaction((m) =>
      versionedUpdate({
        manager: m,
        viewer: this.viewer,
        entity: MultiYearPlan,
        id,
        expectedVersion: version,
        label: 'Dit meerjarenplan',
        authorize: (plan) => this.viewer.requireMultiYearPlanEditor(plan),
        extra: (planId) => this.goalNumbers(m, planId),
        patch: () => ({}),
        children: async () => {
          const sds = await m.getRepository(StrategicGoal).createQueryBuilder('g').setLock('pessimistic_write').where('g.multi_year_plan_id = :id', { id }).getMany();
          const ods = sds.length
            ? await m
                .getRepository(OperationalGoal)
                .createQueryBuilder('g')
                .setLock('pessimistic_write')
                .where('g.strategic_goal_id IN (:...ids)', { ids: sds.map((g) => g.id) })
                .getMany()
            : [];
          const sdById = new Map(sds.map((g) => [g.id, g]));
          const odById = new Map(ods.map((g) => [g.id, g]));
          const seen = new Set<string>();
          const sdChanges: { goal: StrategicGoal; number: string; position: number }[] = [];
          const odChanges: { goal: OperationalGoal; number: string; position: number }[] = [];
          wanted.forEach((entry, i) => {
            const sd = sdById.get(uuidOf(entry.strategicGoalId, 'StrategicGoal', 'order'));
            if (!sd || seen.has(sd.id)) throw invalid('order', 'De volgorde noemt een strategische doelstelling die niet (of twee keer) in dit meerjarenplan staat.');
            seen.add(sd.id);
            const sdNumber = String(i + 1);
            sdChanges.push({ goal: sd, number: sdNumber, position: i });
            entry.operationalGoalIds.forEach((odGlobalId, j) => {
              const od = odById.get(uuidOf(odGlobalId, 'OperationalGoal', 'order'));
              if (!od || od.strategicGoalId !== sd.id || seen.has(od.id))
                throw invalid('order', `De volgorde noemt onder doelstelling ${sd.number} een operationele doelstelling die er niet (of twee keer) onder staat.`);
              seen.add(od.id);
              odChanges.push({ goal: od, number: `${sdNumber}.${j + 1}`, position: j });
            });
          });
          if (seen.size !== sds.length + ods.length) throw invalid('order', 'De volgorde mist doelstellingen; misschien voegde iemand er intussen een toe. Laad de pagina opnieuw.');
          await this.applyNumbers(m, StrategicGoal, 'strategic_goal', sdChanges);
          await this.applyNumbers(m, OperationalGoal, 'operational_goal', odChanges);
        },
      }),
    );
  }

  /**
   * Writes new numbers in two steps: first a temporary number on every goal that changes, then the
   * final one, so that a swap ("1" <-> "2") never meets the unique (parent, number) constraint.
   */
  private async applyNumbers<T extends StrategicGoal | OperationalGoal>(
    m: EntityManager,
    entity: typeof StrategicGoal | typeof OperationalGoal,
    table: string,
    changes: { goal: T; number: string; position: number }[],
  ): Promise<void> {
    const changed = changes.filter((c) => c.goal.number !== c.number || c.goal.position !== c.position);
    if (changed.length === 0) return;
    await m.query(placeholderNumbersSql(table), [changed.map((c) => c.goal.id)]);
    for (const c of changed) {
      await m.query(renumberSql(table), [c.goal.id, c.number, c.position]);
      const after = await m.getRepository(entity).findOneByOrFail({ id: c.goal.id });
      await recordChange(m, this.viewer, entity.name, c.goal.id, snapshot(c.goal), snapshot(after));
    }
  }

  /** The plan's goals as numbered now, for conflict reports and the plan's history. */
  private async goalNumbers(m: EntityManager, planId: string): Promise<Record<string, unknown>> {
    const rows: { id: string; number: string; title: string; ods: { id: string; number: string; title: string }[] }[] = await m.query(GOAL_NUMBERS_SQL, [planId]);
    return {
      goalOrder: rows.map((sd) => ({
        strategicGoalId: toGlobalId('StrategicGoal', sd.id),
        number: sd.number,
        title: sd.title,
        operationalGoals: sd.ods.map((od) => ({ operationalGoalId: toGlobalId('OperationalGoal', od.id), number: od.number, title: od.title })),
      })),
    };
  }

  private async zoneOfPlan(m: EntityManager, planId: string): Promise<string> {
    return (await m.getRepository(MultiYearPlan).findOneByOrFail({ id: planId })).zoneId;
  }

  private async zoneOfGoal(m: EntityManager, strategicGoalId: string): Promise<string> {
    const sd = await m.getRepository(StrategicGoal).findOneByOrFail({ id: strategicGoalId });
    return this.zoneOfPlan(m, sd.multiYearPlanId);
  }

  private async requireNoOverlap(m: EntityManager, zoneId: string, yearFrom: number, yearTo: number, exceptId: string | null): Promise<void> {
    const [other] = await m.query(OVERLAPPING_PLAN_SQL, [zoneId, yearFrom, yearTo, exceptId]);
    if (!other) return;
    // Name the year that falls inside the other plan (the first year when both do, or when the other lies within).
    const fromInside = yearFrom >= other.year_from && yearFrom <= other.year_to;
    const toInside = yearTo >= other.year_from && yearTo <= other.year_to;
    const field = fromInside || !toInside ? 'yearFrom' : 'yearTo';
    throw invalid(field, `${field === 'yearFrom' ? 'Eerste' : 'Laatste'} jaar: deze periode overlapt met het meerjarenplan ${other.year_from}-${other.year_to}.`);
  }

  /** A multi-year plan keeps covering the years of the action plans that point at it. */
  private async requireCoversItsActionPlans(m: EntityManager, planId: string, yearFrom: number, yearTo: number): Promise<void> {
    const [outside] = await m.query(ACTION_PLAN_OUTSIDE_SQL, [planId, yearFrom, yearTo]);
    if (outside)
      throw invalid(
        outside.year < yearFrom ? 'yearFrom' : 'yearTo',
        `${outside.year < yearFrom ? 'Eerste' : 'Laatste'} jaar: het actieplan ${outside.year} hoort bij dit meerjarenplan en moet erin blijven vallen.`,
      );
  }

  private async requireFreeNumber(m: EntityManager, table: string, parentColumn: string, parentId: string, number: string, exceptId: string | null): Promise<void> {
    const rows = await m.query(sameNumberSql(table, parentColumn), [parentId, number, exceptId]);
    if (rows.length) throw invalid('number', `Nummer ${number} bestaat al.`);
  }

  private async nextPosition(m: EntityManager, table: string, parentColumn: string, parentId: string): Promise<number> {
    const [{ next }] = await m.query(nextPositionSql(table, parentColumn), [parentId]);
    return next;
  }
}

/** The retired moment to store: kept when it stays retired, now when newly retired, null when back in use. */
function retiredAt(goal: { retiredAt: Date | null }, retired: boolean | undefined): Date | null {
  if (!retired) return null;
  return goal.retiredAt ?? new Date();
}
