import type { Context } from '../../graphql/context';
import { Partner } from '../partner/partner.entity';
import { WorkingGroup } from '../working-group/working-group.entity';
import { Zone } from '../zone/zone.entity';
import type { Action } from './action.entity';
import type { ActionEvaluation, ActionLead } from './action.types';

export class ActionService {
  constructor(private readonly ctx: Context) {}

  async lead(action: Action): Promise<ActionLead | null> {
    if (!action.leadText) return null;
    const { loaders } = this.ctx;
    const [zone, partner, workingGroup] = await Promise.all([
      action.leadZoneId ? loaders.byId(Zone).load(action.leadZoneId) : null,
      action.leadPartnerId ? loaders.byId(Partner).load(action.leadPartnerId) : null,
      action.leadWorkingGroupId ? loaders.byId(WorkingGroup).load(action.leadWorkingGroupId) : null,
    ]);
    return { text: action.leadText, zone, partner, workingGroup };
  }
}

export function evaluationOf(action: Action): ActionEvaluation {
  return {
    process: { chosen: action.evaluationProcess, text: action.evaluationProcessText },
    output: { chosen: action.evaluationOutput, text: action.evaluationOutputText },
    outcome: { chosen: action.evaluationOutcome, text: action.evaluationOutcomeText },
  };
}
