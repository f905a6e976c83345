// A plan's own general texts (inleiding, doelgroepen, netwerk): which they are, and what a new plan starts from.
import type { ActionPlan } from './action-plan.entity';

export const PLAN_TEXT_KEYS = ['introText', 'targetGroupsText', 'networkText'] as const;

/**
 * A new plan's general texts: those of the zone's plan before it, as a proposal that names that
 * year until someone edits or confirms them (texts about last year must not be handed in unread).
 */
export function proposedTexts(previous: Pick<ActionPlan, 'year' | (typeof PLAN_TEXT_KEYS)[number]> | null): Pick<ActionPlan, (typeof PLAN_TEXT_KEYS)[number] | 'textsProposedFromYear'> {
  if (!previous) return { introText: null, targetGroupsText: null, networkText: null, textsProposedFromYear: null };
  const { introText, targetGroupsText, networkText } = previous;
  // Nothing to review when the plan before had no texts.
  const any = introText !== null || targetGroupsText !== null || networkText !== null;
  return { introText, targetGroupsText, networkText, textsProposedFromYear: any ? previous.year : null };
}
