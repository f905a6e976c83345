// Writing multi-year plans and their strategic (SD) and operational (OD) goals: editors of the
// plan's zone. One transaction per method, with version checks on updates and deletes, and an
// audit record for every change. A goal that actions still refer to is not deleted.
import type { EntityManager } from 'typeorm';
import { multiYearPlanSchema, operationalGoalSchema, strategicGoalSchema } from '@kruispunt/shared';
import { AppError } from '../../common/app-error';
import { recordChange, snapshot } from '../../common/audit';
import { parseInput } from '../../common/validate';
import { lockForUpdate, versionedUpdate } from '../../common/versioned';
import { invalid, parseUpdate, uuidOf } from '../../common/write';
import type { Context } from '../../graphql/context';
import { Zone } from '../zone/zone.entity';
import { MultiYearPlan, OperationalGoal, StrategicGoal } from './plan.entity';

export class PlanWriteService {
  constructor(private readonly ctx: Context) {}

  private get viewer() {
    return this.ctx.viewer;
  }

  async createMultiYearPlan(zoneGlobalId: string, input: Record<string, unknown>): Promise<MultiYearPlan> {
    this.viewer.requireSignedIn();
    const zoneId = uuidOf(zoneGlobalId, 'Zone', 'zoneId');
    const data = parseInput(multiYearPlanSchema, input);
    this.viewer.requireZoneEditor(zoneId);
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
        authorize: (plan) => this.viewer.requireZoneEditor(plan.zoneId),
        patch: async (plan) => {
          const data = parseUpdate(multiYearPlanSchema, { yearFrom: plan.yearFrom, yearTo: plan.yearTo, title: plan.title }, input);
          await lockForUpdate(m, Zone, plan.zoneId, 'Deze zone');
          await this.requireNoOverlap(m, plan.zoneId, data.yearFrom, data.yearTo, id);
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
      this.viewer.requireZoneEditor(plan.zoneId);
      await this.requireFreeNumber(m, 'strategic_goal', 'multi_year_plan_id', planId, data.number, null);
      const position = data.position ?? (await this.nextPosition(m, 'strategic_goal', 'multi_year_plan_id', planId));
      const goal = await m.save(StrategicGoal, m.create(StrategicGoal, { ...data, position, multiYearPlanId: planId }));
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
        authorize: async (goal) => this.viewer.requireZoneEditor(await this.zoneOfPlan(m, goal.multiYearPlanId)),
        patch: async (goal) => {
          const data = parseUpdate(strategicGoalSchema, { number: goal.number, title: goal.title, kind: goal.kind, position: goal.position }, input);
          await this.requireFreeNumber(m, 'strategic_goal', 'multi_year_plan_id', goal.multiYearPlanId, data.number, id);
          return data;
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
      this.viewer.requireZoneEditor(await this.zoneOfPlan(m, goal.multiYearPlanId));
      this.requireVersion(goal, version);
      const [{ ods, actions }] = await m.query(
        `SELECT (SELECT count(*) FROM operational_goal WHERE strategic_goal_id = $1)::int AS ods, (SELECT count(*) FROM action WHERE strategic_goal_id = $1)::int AS actions`,
        [id],
      );
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
      this.viewer.requireZoneEditor(await this.zoneOfPlan(m, sd.multiYearPlanId));
      await this.requireFreeNumber(m, 'operational_goal', 'strategic_goal_id', sdId, data.number, null);
      const position = data.position ?? (await this.nextPosition(m, 'operational_goal', 'strategic_goal_id', sdId));
      const goal = await m.save(
        OperationalGoal,
        m.create(OperationalGoal, { number: data.number, title: data.title, deadline: data.deadline ?? null, indicators: data.indicators ?? [], position, strategicGoalId: sdId }),
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
        authorize: async (goal) => this.viewer.requireZoneEditor(await this.zoneOfGoal(m, goal.strategicGoalId)),
        patch: async (goal) => {
          const current = { number: goal.number, title: goal.title, deadline: goal.deadline, indicators: goal.indicators, position: goal.position };
          const data = parseUpdate(operationalGoalSchema, current, input);
          await this.requireFreeNumber(m, 'operational_goal', 'strategic_goal_id', goal.strategicGoalId, data.number, id);
          return { ...data, deadline: data.deadline ?? null, indicators: data.indicators ?? [] };
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
      this.viewer.requireZoneEditor(await this.zoneOfGoal(m, goal.strategicGoalId));
      this.requireVersion(goal, version);
      const [{ actions }] = await m.query(`SELECT count(*)::int AS actions FROM action WHERE operational_goal_id = $1`, [id]);
      if (actions > 0) throw invalid('id', `Er hangen nog ${actions} actie(s) aan deze operationele doelstelling.`);
      await m.delete(OperationalGoal, { id });
      await recordChange(m, this.viewer, 'OperationalGoal', id, snapshot(goal), null);
    });
    return true;
  }

  private requireVersion(row: { version: number }, version: number): void {
    if (row.version !== version) {
      throw new AppError('VERSION_CONFLICT', 'Iemand anders heeft dit intussen gewijzigd.', { currentVersion: row.version, yourVersion: version, current: snapshot(row) });
    }
  }

  private async zoneOfPlan(m: EntityManager, planId: string): Promise<string> {
    return (await m.getRepository(MultiYearPlan).findOneByOrFail({ id: planId })).zoneId;
  }

  private async zoneOfGoal(m: EntityManager, strategicGoalId: string): Promise<string> {
    const sd = await m.getRepository(StrategicGoal).findOneByOrFail({ id: strategicGoalId });
    return this.zoneOfPlan(m, sd.multiYearPlanId);
  }

  private async requireNoOverlap(m: EntityManager, zoneId: string, yearFrom: number, yearTo: number, exceptId: string | null): Promise<void> {
    const [other] = await m.query(
      `SELECT year_from, year_to FROM multi_year_plan WHERE zone_id = $1 AND year_from <= $3 AND year_to >= $2 AND ($4::uuid IS NULL OR id <> $4) LIMIT 1`,
      [zoneId, yearFrom, yearTo, exceptId],
    );
    if (other) throw invalid('yearFrom', `Eerste jaar: deze periode overlapt met het meerjarenplan ${other.year_from}-${other.year_to}.`);
  }

  private async requireFreeNumber(m: EntityManager, table: string, parentColumn: string, parentId: string, number: string, exceptId: string | null): Promise<void> {
    const rows = await m.query(`SELECT 1 FROM ${table} WHERE ${parentColumn} = $1 AND number = $2 AND ($3::uuid IS NULL OR id <> $3)`, [parentId, number, exceptId]);
    if (rows.length) throw invalid('number', `Nummer ${number} bestaat al.`);
  }

  private async nextPosition(m: EntityManager, table: string, parentColumn: string, parentId: string): Promise<number> {
    const [{ next }] = await m.query(`SELECT coalesce(max(position) + 1, 0)::int AS next FROM ${table} WHERE ${parentColumn} = $1`, [parentId]);
    return next;
  }
}
