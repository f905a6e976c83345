// The plan under review: the parser's result as the user corrects it (titles, the goal an action
// stands under, evaluation boxes, lead, funding, wrongly detected actions removed), and the plan
// sent back to be stored. Pure functions; the page keeps the draft in state.
import type { ParsedAction, ParsedFunding, ParsedPlan, SourceFragment } from '@kruispunt/shared';

/** Where an action stands: under an operational goal, directly under a strategic goal, or under none. */
export type GoalKey = `od:${string}` | `sd:${string}` | 'none';

export type EvaluationKey = 'process' | 'output' | 'outcome';

export interface DraftAction {
  /** Stable within the draft: the parser's line, made unique. */
  key: string;
  goal: GoalKey;
  /** What the parser found (steps, indicators, ... go along unchanged). */
  parsed: ParsedAction;
  title: string;
  lead: string;
  evaluation: Record<EvaluationKey, boolean>;
  funding: ParsedFunding;
  removed: boolean;
  /** Slugs of the proposed themes the user keeps (all ticked at first, "voorgesteld"); the import sets exactly these. */
  themes: string[];
}

export interface Draft {
  plan: ParsedPlan;
  actions: DraftAction[];
}

export interface GoalOption {
  key: GoalKey;
  /** "OD 1.3" */
  short: string;
  label: string;
}

export const EVALUATION_LABELS: Record<EvaluationKey, string> = {
  process: 'Procesevaluatie',
  output: 'Resultaatgerichte evaluatie (output)',
  outcome: 'Impact evaluatie (outcome)',
};

export const FUNDING_LABELS: Record<ParsedFunding, string> = {
  regular: 'Reguliere middelen',
  extra: 'Met extra financiering',
  external: 'Met externe financiering',
  conditional: 'Onder voorbehoud',
};

function place(goal: GoalKey, parsed: ParsedAction, used: Set<string>): DraftAction {
  let key = `a${parsed.line}`;
  for (let n = 2; used.has(key); n++) key = `a${parsed.line}-${n}`;
  used.add(key);
  return {
    key,
    goal,
    parsed,
    title: parsed.title,
    lead: parsed.lead ?? '',
    evaluation: { process: parsed.evaluation.process.chosen, output: parsed.evaluation.output.chosen, outcome: parsed.evaluation.outcome.chosen },
    funding: parsed.funding,
    removed: false,
    themes: (parsed.suggestedThemes ?? []).map((t) => t.theme),
  };
}

export function toDraft(plan: ParsedPlan): Draft {
  const used = new Set<string>();
  const actions: DraftAction[] = [];
  for (const sd of plan.strategicGoals) {
    for (const od of sd.operationalGoals) for (const a of od.actions) actions.push(place(`od:${od.number}`, a, used));
    // Actions under an unnumbered goal-level heading ("Extra doelstelling – Projecten") have no goal of the plan.
    for (const a of sd.actions) actions.push(place(sd.number ? `sd:${sd.number}` : 'none', a, used));
  }
  for (const a of plan.actionsWithoutGoal) actions.push(place('none', a, used));
  actions.sort((x, y) => x.parsed.line - y.parsed.line);
  return { plan, actions };
}

/** The goals an action can be put under, in plan order. */
export function goalOptions(plan: ParsedPlan): GoalOption[] {
  const out: GoalOption[] = [];
  for (const sd of plan.strategicGoals) {
    if (!sd.number) continue;
    out.push({ key: `sd:${sd.number}`, short: `SD ${sd.number}`, label: `SD ${sd.number} – ${sd.title || 'zonder titel'} (geen operationele doelstelling)` });
    for (const od of sd.operationalGoals) out.push({ key: `od:${od.number}`, short: `OD ${od.number}`, label: `OD ${od.number} – ${od.title || 'zonder titel'}` });
  }
  out.push({ key: 'none', short: 'Zonder doelstelling', label: 'Zonder doelstelling' });
  return out;
}

export interface GoalGroup {
  key: string;
  /** "Strategische doelstelling 1" */
  heading: string;
  title: string;
  /** Actions directly under the strategic goal. */
  actions: DraftAction[];
  operational: { key: GoalKey; heading: string; title: string; actions: DraftAction[] }[];
}

/** The draft as a tree of goals (every goal of the plan, also those without actions) and the actions without a goal. */
export function goalTree(draft: Draft): { groups: GoalGroup[]; withoutGoal: DraftAction[] } {
  const shown = draft.actions.filter((a) => !a.removed);
  const under = (key: GoalKey) => shown.filter((a) => a.goal === key);
  const groups = draft.plan.strategicGoals
    .filter((sd) => sd.number)
    .map((sd) => ({
      key: `sd:${sd.number}`,
      heading: `Strategische doelstelling ${sd.number}`,
      title: sd.title,
      actions: under(`sd:${sd.number}`),
      operational: sd.operationalGoals.map((od) => ({ key: `od:${od.number}` as GoalKey, heading: `Operationele doelstelling ${od.number}`, title: od.title, actions: under(`od:${od.number}`) })),
    }));
  return { groups, withoutGoal: under('none') };
}

/** A fragment of text the parser could not place, with the action it was found with (if any). */
export interface Unplaced extends SourceFragment {
  id: string;
  actionKey: string | null;
}

export function unplacedOf(draft: Draft): Unplaced[] {
  const out: Unplaced[] = draft.plan.unplaced.map((f, i) => ({ ...f, id: `p${i}`, actionKey: null }));
  for (const a of draft.actions) a.parsed.unplaced.forEach((f, i) => out.push({ ...f, id: `${a.key}-${i}`, actionKey: a.key }));
  return out.sort((x, y) => x.line - y.line);
}

/**
 * The source lines each unplaced fragment covers: from its line on, until the lines hold as many
 * letters as its text (the parser joined wrapped lines and paragraphs into it).
 */
export function unplacedLines(lines: readonly string[], fragments: readonly Unplaced[]): Map<number, Unplaced> {
  const out = new Map<number, Unplaced>();
  const letters = (text: string) => text.replace(/\s+/g, '').length;
  for (const f of fragments) {
    const target = Math.max(1, letters(f.text));
    let seen = 0;
    for (let n = f.line; n <= lines.length && n - f.line < 120 && seen < target; n++) {
      const count = letters(lines[n - 1] ?? '');
      if (count === 0) continue;
      if (!out.has(n)) out.set(n, f);
      seen += count;
    }
  }
  return out;
}

export interface BuiltPlan {
  plan: ParsedPlan;
  /** The path of each action in the plan sent ("strategicGoals.0.operationalGoals.1.actions.2"), to show the API's errors at the right action. */
  paths: Map<string, string>;
}

function corrected(a: DraftAction, sd: string | null, od: string | null): ParsedAction {
  const lead = a.lead.trim();
  const p = a.parsed;
  return {
    ...p,
    title: a.title.trim(),
    lead: lead || null,
    strategicGoal: sd,
    operationalGoal: od,
    funding: a.funding,
    // A funding label that no longer fits the chosen funding would contradict it.
    fundingRemark: a.funding === p.funding ? p.fundingRemark : null,
    themes: a.themes,
    evaluation: {
      process: { ...p.evaluation.process, chosen: a.evaluation.process },
      output: { ...p.evaluation.output, chosen: a.evaluation.output },
      outcome: { ...p.evaluation.outcome, chosen: a.evaluation.outcome },
    },
  };
}

/** The corrected plan, in the parser's shape: every kept action under the goal chosen for it. */
export function buildPlan(draft: Draft): BuiltPlan {
  const paths = new Map<string, string>();
  const kept = draft.actions.filter((a) => !a.removed);
  const strategicGoals = draft.plan.strategicGoals.map((sd, i) => {
    const direct = sd.number ? kept.filter((a) => a.goal === `sd:${sd.number}`) : [];
    direct.forEach((a, k) => paths.set(a.key, `strategicGoals.${i}.actions.${k}`));
    return {
      ...sd,
      actions: direct.map((a) => corrected(a, sd.number, null)),
      operationalGoals: sd.operationalGoals.map((od, j) => {
        const mine = kept.filter((a) => a.goal === `od:${od.number}`);
        mine.forEach((a, k) => paths.set(a.key, `strategicGoals.${i}.operationalGoals.${j}.actions.${k}`));
        return { ...od, actions: mine.map((a) => corrected(a, sd.number, od.number)) };
      }),
    };
  });
  const none = kept.filter((a) => a.goal === 'none');
  none.forEach((a, k) => paths.set(a.key, `actionsWithoutGoal.${k}`));
  // The parser's bookkeeping (sections, overview items, removed lines) is not stored: not sent.
  const plan: ParsedPlan = {
    ...draft.plan,
    strategicGoals,
    actionsWithoutGoal: none.map((a) => corrected(a, null, null)),
    outline: [],
    sections: [],
    removedLines: { furniture: [], template: [] },
  };
  return { plan, paths };
}

export function updateAction(draft: Draft, key: string, patch: Partial<Omit<DraftAction, 'key' | 'parsed'>>): Draft {
  return { ...draft, actions: draft.actions.map((a) => (a.key === key ? { ...a, ...patch } : a)) };
}

/** Whether the user changed anything of what the parser found. */
export function isEdited(draft: Draft, original: Draft): boolean {
  return draft.actions.some((a, i) => {
    const o = original.actions[i];
    return !o || a.removed || a.title !== o.title || a.lead !== o.lead || a.goal !== o.goal || a.funding !== o.funding || a.themes.join() !== o.themes.join() || (['process', 'output', 'outcome'] as const).some((k) => a.evaluation[k] !== o.evaluation[k]);
  });
}

export function kindsCount(a: DraftAction): number {
  return (['process', 'output', 'outcome'] as const).filter((k) => a.evaluation[k]).length;
}
