// A status per strategic and operational goal of a plan year, rolled up from its actions: their
// progress status, their end date against today and their indicators (latest measured value
// against the target). Each status comes with the reasons a reader can check.
import { zoneToday, type ProgressStatus } from './domain';

export const GOAL_STATUSES = ['NO_ACTIONS', 'NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'BEHIND'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = {
  NO_ACTIONS: 'Geen acties',
  NOT_STARTED: 'Nog niet gestart',
  ON_TRACK: 'Op schema',
  AT_RISK: 'Aandacht nodig',
  BEHIND: 'Achter op schema',
};

export interface GoalIndicator {
  name: string;
  targetValue: number | null;
  unit?: string | null;
  /** The latest measured value, or null when nothing was measured. */
  latestValue: number | null;
}

export interface GoalAction {
  progressStatus: ProgressStatus;
  /** ISO date, or null. */
  endDate: string | null;
  indicators: readonly GoalIndicator[];
}

export interface GoalRollUp {
  status: GoalStatus;
  reasons: string[];
  actionCount: number;
  doneCount: number;
  postponedCount: number;
  stoppedCount: number;
  overdueCount: number;
}

/** An indicator measured below this share of what is expected by now is behind; below 1, at risk. */
const BEHIND_SHARE = 0.5;
/** Before a quarter of the year has passed, indicators are not judged yet. */
const JUDGE_FROM = 0.25;

/** Today's date (ISO) in Belgium, where the zones work: a plan day ends at midnight Brussels time. */
export function todayInBelgium(now: Date = new Date()): string {
  return zoneToday(now);
}

/** Share of the plan year passed on `today` (0 before 1 January, 1 from 31 December). */
export function yearElapsed(year: number, today: string): number {
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year, 11, 31);
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const now = Date.UTC(y, m - 1, d);
  return Math.min(1, Math.max(0, (now - start) / (end - start)));
}

const formatNumber = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1).replace('.', ','));
const actions = (n: number): string => (n === 1 ? 'actie' : 'acties');

/**
 * The status of a goal from its actions (for a strategic goal: its own and those of its
 * operational goals), on `today` (ISO) in plan year `year`:
 * - NO_ACTIONS: no action serves the goal;
 * - BEHIND: an action past its end date (or, without one, past its plan year) that is not done or stopped, half or more of the
 *   actions postponed, or an indicator below half of what is expected by now;
 * - AT_RISK: a postponed action, or an indicator below what is expected by now;
 * - NOT_STARTED: every action still planned (and none late);
 * - ON_TRACK: otherwise.
 * "Expected by now" is the target times the share of the year passed; indicators are judged from
 * the second quarter on, and only those with a target and a measurement.
 */
export function goalRollUp(goalActions: readonly GoalAction[], year: number, today: string): GoalRollUp {
  const count = (status: ProgressStatus) => goalActions.filter((a) => a.progressStatus === status).length;
  const total = goalActions.length;
  const done = count('DONE');
  const postponed = count('POSTPONED');
  const stopped = count('STOPPED');
  const planned = count('PLANNED');
  // An action without an end date ends with its plan year.
  const yearEnd = `${year}-12-31`;
  const overdue = goalActions.filter((a) => (a.endDate ?? yearEnd) < today && a.progressStatus !== 'DONE' && a.progressStatus !== 'STOPPED').length;
  const base = { actionCount: total, doneCount: done, postponedCount: postponed, stoppedCount: stopped, overdueCount: overdue };
  if (total === 0) return { ...base, status: 'NO_ACTIONS', reasons: ['Geen acties bij deze doelstelling'] };

  const reasons: string[] = [];
  let behind = false;
  let atRisk = false;
  if (overdue) {
    behind = true;
    reasons.push(`${overdue} van ${total} ${actions(total)} over de einddatum en niet afgerond`);
  }
  if (postponed) {
    if (postponed * 2 >= total) behind = true;
    else atRisk = true;
    reasons.push(`${postponed} van ${total} ${actions(total)} uitgesteld`);
  }
  if (stopped) reasons.push(`${stopped} van ${total} ${actions(total)} stopgezet`);
  const elapsed = yearElapsed(year, today);
  if (elapsed >= JUDGE_FROM) {
    for (const action of goalActions) {
      if (action.progressStatus === 'STOPPED') continue;
      for (const indicator of action.indicators) {
        if (indicator.targetValue == null || indicator.targetValue <= 0 || indicator.latestValue == null) continue;
        const expected = indicator.targetValue * elapsed;
        if (indicator.latestValue >= expected) continue;
        if (indicator.latestValue < expected * BEHIND_SHARE) behind = true;
        else atRisk = true;
        const unit = indicator.unit ? ` ${indicator.unit}` : '';
        reasons.push(`indicator ${indicator.name}: ${formatNumber(indicator.latestValue)} van ${formatNumber(indicator.targetValue)}${unit}`);
      }
    }
  }
  if (done) reasons.push(`${done} van ${total} ${actions(total)} afgerond`);
  if (behind) return { ...base, status: 'BEHIND', reasons };
  if (atRisk) return { ...base, status: 'AT_RISK', reasons };
  if (planned + stopped === total && planned > 0) return { ...base, status: 'NOT_STARTED', reasons: [`${planned} van ${total} ${actions(total)} nog gepland`, ...reasons] };
  if (!reasons.length) reasons.push(`${total - done} ${actions(total - done)} lopen volgens plan`);
  return { ...base, status: 'ON_TRACK', reasons };
}

export interface PlanGoal {
  id: string;
  number: string;
  title: string;
  operationalGoals: readonly { id: string; number: string; title: string }[];
}

export interface PlanGoalAction extends GoalAction {
  operationalGoalId: string | null;
  /** The strategic goal: set directly, or the one of its operational goal. */
  strategicGoalId: string | null;
}

export interface PlanGoalStatus extends GoalRollUp {
  goalId: string;
  level: 'SD' | 'OD';
  number: string;
  title: string;
  /** For an operational goal: its strategic goal. */
  parentId: string | null;
}

/** Every strategic goal (rolled up over all its actions) followed by its operational goals, in plan order. */
export function planGoalStatuses(goals: readonly PlanGoal[], planActions: readonly PlanGoalAction[], year: number, today: string): PlanGoalStatus[] {
  const out: PlanGoalStatus[] = [];
  for (const sd of goals) {
    const ofSd = planActions.filter((a) => a.strategicGoalId === sd.id);
    out.push({ goalId: sd.id, level: 'SD', number: sd.number, title: sd.title, parentId: null, ...goalRollUp(ofSd, year, today) });
    for (const od of sd.operationalGoals) {
      const ofOd = planActions.filter((a) => a.operationalGoalId === od.id);
      out.push({ goalId: od.id, level: 'OD', number: od.number, title: od.title, parentId: sd.id, ...goalRollUp(ofOd, year, today) });
    }
  }
  return out;
}
