// The plan under review: the parser's result as the user corrects it (titles, the goal an action
// stands under, evaluation boxes, lead, funding, wrongly detected actions removed, unplaced text
// made an action or attached to a section, dates moved to the plan's year, partners linked), and
// the plan sent back to be stored. Pure functions; useImportFlow keeps the draft in state.
import {
  actionThemeInput,
  emptyAction,
  otherDateYears,
  shiftDatesToYear,
  suggestThemes,
  type ParsedAction,
  type ParsedFunding,
  type ParsedPlan,
  type SourceFragment,
} from '@kruispunt/shared';

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
  /**
   * Organisations under "Met wie?" the user (un)ticked, by name: a partner of the directory is
   * linked unless unticked (false), a new one is created only when ticked (true). Unlisted: the default.
   */
  partnerChoices: Record<string, boolean>;
  /** Projects the action belongs to (an action made of a project paragraph). */
  projects: { id: string; name: string }[];
  /** The unplaced fragment the action was made of, if any. */
  fromFragment: string | null;
}

/** The sections of an action an unplaced text can be attached to. */
export type SectionKey = 'what' | 'why' | 'targetGroups' | 'stakeholders' | 'steps' | 'process' | 'output' | 'outcome' | 'communication';

export const SECTION_LABELS: Record<SectionKey, string> = {
  what: 'Wat?',
  why: 'Waarom?',
  targetGroups: 'Voor wie?',
  stakeholders: 'Met wie?',
  steps: 'Hoe? (een stap)',
  process: 'Evaluatie: procesevaluatie',
  output: 'Evaluatie: resultaatgerichte evaluatie',
  outcome: 'Evaluatie: impact evaluatie',
  communication: 'Communicatie',
};

/** What the user decided about an unplaced fragment. */
export type FragmentDecision = { kind: 'action'; actionKey: string } | { kind: 'attach'; actionKey: string; section: SectionKey } | { kind: 'dismiss' };

export interface Draft {
  plan: ParsedPlan;
  actions: DraftAction[];
  /** Decisions per unplaced fragment id; a fragment without one stays in the notes, as before. */
  fragments: Record<string, FragmentDecision>;
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
    partnerChoices: {},
    projects: [],
    fromFragment: null,
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
  return { plan, actions, fragments: {} };
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
      operational: sd.operationalGoals.map((od) => ({
        key: `od:${od.number}` as GoalKey,
        heading: `Operationele doelstelling ${od.number}`,
        title: od.title,
        actions: under(`od:${od.number}`),
      })),
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

/** What the API says of a line under "Met wie?" (importMatches). */
export interface PartnerMatch {
  partners: { name: string }[];
  zones: { name: string }[];
  newName: string | null;
}

export type PartnerMatches = ReadonlyMap<string, PartnerMatch>;

export interface PartnerOption {
  name: string;
  /** A partner of the directory, a zone (never a partner), or an organisation that can be created. */
  kind: 'partner' | 'zone' | 'new';
  /** Linked (partner) or to be created (new) on saving. */
  chosen: boolean;
}

/**
 * The organisations an action's lines under "Met wie?" name, each once, with the user's choice:
 * a partner of the directory is linked unless unticked, a new one is created only when ticked.
 */
export function partnerOptions(a: DraftAction, matches: PartnerMatches, lines: readonly string[] = a.parsed.stakeholders): PartnerOption[] {
  const out = new Map<string, PartnerOption>();
  const add = (name: string, kind: PartnerOption['kind']) => {
    const choice = a.partnerChoices[name];
    if (!out.has(name.toLowerCase())) out.set(name.toLowerCase(), { name, kind, chosen: kind === 'partner' ? choice !== false : kind === 'new' ? choice === true : false });
  };
  for (const line of lines) {
    const m = matches.get(line);
    if (!m) continue;
    for (const z of m.zones) add(z.name, 'zone');
    for (const p of m.partners) add(p.name, 'partner');
    if (m.newName) add(m.newName, 'new');
  }
  return [...out.values()];
}

/** The partners the import links (and creates). */
function partnersSent(a: DraftAction, matches: PartnerMatches, lines: readonly string[]): { name: string; create: boolean }[] {
  return partnerOptions(a, matches, lines)
    .filter((p) => p.chosen)
    .map((p) => ({ name: p.name, create: p.kind === 'new' }));
}

const appendText = (text: string | null, more: string) => (text ? `${text}\n${more}` : more);

/** The action with a fragment's text added to one of its sections. */
export function attachText(p: ParsedAction, section: SectionKey, f: SourceFragment): ParsedAction {
  const lines = f.text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  switch (section) {
    case 'what':
      return { ...p, what: appendText(p.what, f.text) };
    case 'why':
      return { ...p, why: appendText(p.why, f.text) };
    case 'targetGroups':
      return { ...p, targetGroups: [...p.targetGroups, ...lines] };
    case 'stakeholders':
      return { ...p, stakeholders: [...p.stakeholders, ...lines] };
    case 'steps':
      return { ...p, steps: [...p.steps, { text: lines.join(' '), month: null, date: null, line: f.line }] };
    case 'communication':
      return { ...p, communicationChannels: [...p.communicationChannels, ...lines] };
    default:
      return { ...p, evaluation: { ...p.evaluation, [section]: { ...p.evaluation[section], text: appendText(p.evaluation[section].text, f.text) } } };
  }
}

/** The lines under "Met wie?" the review attached to each action (they are matched against the partners too). */
export function attachedStakeholders(draft: Draft, fragments: readonly Unplaced[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of fragments) {
    const d = draft.fragments[f.id];
    if (d?.kind === 'attach' && d.section === 'stakeholders')
      out.set(d.actionKey, [...(out.get(d.actionKey) ?? []), ...attachText(emptyAction('', 0, 'sheet'), 'stakeholders', f).stakeholders]);
  }
  return out;
}

/**
 * The fragments placed (made an action or attached to one that is kept) or dismissed: no longer
 * sent as unplaced text. Text made an action or attached to an action that was removed after all
 * stays unplaced: nothing is lost by removing an action.
 */
function decided(draft: Draft): Set<string> {
  const kept = new Set(draft.actions.filter((a) => !a.removed).map((a) => a.key));
  return new Set(
    Object.entries(draft.fragments)
      .filter(([, d]) => d.kind === 'dismiss' || kept.has(d.actionKey))
      .map(([id]) => id),
  );
}

interface BuildContext {
  draft: Draft;
  fragments: Unplaced[];
  gone: Set<string>;
  matches: PartnerMatches;
}

function corrected(a: DraftAction, sd: string | null, od: string | null, { draft, fragments, gone, matches }: BuildContext): ParsedAction {
  const lead = a.lead.trim();
  let p: ParsedAction = { ...a.parsed, unplaced: a.parsed.unplaced.filter((_, i) => !gone.has(`${a.key}-${i}`)) };
  // Text attached to this action in the review, in the order of the source.
  for (const f of fragments) {
    const d = draft.fragments[f.id];
    if (d?.kind === 'attach' && d.actionKey === a.key) p = attachText(p, d.section, f);
  }
  // The lines under "Met wie?" with those attached in the review.
  const partners = partnersSent(a, matches, p.stakeholders);
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
    ...(partners.length ? { partners } : {}),
    ...(a.projects.length ? { projects: a.projects.map((x) => x.id) } : {}),
  };
}

/** The corrected plan, in the parser's shape: every kept action under the goal chosen for it. */
export function buildPlan(draft: Draft, matches: PartnerMatches = new Map()): BuiltPlan {
  const paths = new Map<string, string>();
  const kept = draft.actions.filter((a) => !a.removed);
  const gone = decided(draft);
  const context: BuildContext = { draft, fragments: unplacedOf(draft), gone, matches };
  const fix = (a: DraftAction, sd: string | null, od: string | null) => corrected(a, sd, od, context);
  const strategicGoals = draft.plan.strategicGoals.map((sd, i) => {
    const direct = sd.number ? kept.filter((a) => a.goal === `sd:${sd.number}`) : [];
    direct.forEach((a, k) => paths.set(a.key, `strategicGoals.${i}.actions.${k}`));
    return {
      ...sd,
      actions: direct.map((a) => fix(a, sd.number, null)),
      operationalGoals: sd.operationalGoals.map((od, j) => {
        const mine = kept.filter((a) => a.goal === `od:${od.number}`);
        mine.forEach((a, k) => paths.set(a.key, `strategicGoals.${i}.operationalGoals.${j}.actions.${k}`));
        return { ...od, actions: mine.map((a) => fix(a, sd.number, od.number)) };
      }),
    };
  });
  const none = kept.filter((a) => a.goal === 'none');
  none.forEach((a, k) => paths.set(a.key, `actionsWithoutGoal.${k}`));
  // The parser's bookkeeping (sections, overview items, removed lines) is not stored: not sent.
  const plan: ParsedPlan = {
    ...draft.plan,
    strategicGoals,
    actionsWithoutGoal: none.map((a) => fix(a, null, null)),
    outline: [],
    sections: [],
    unplaced: draft.plan.unplaced.filter((_, i) => !gone.has(`p${i}`)),
    removedLines: { furniture: [], template: [] },
  };
  return { plan, paths };
}

export function updateAction(draft: Draft, key: string, patch: Partial<Omit<DraftAction, 'key' | 'parsed'>>): Draft {
  return { ...draft, actions: draft.actions.map((a) => (a.key === key ? { ...a, ...patch } : a)) };
}

/**
 * The title and "Wat?" a new action starts with: the text's first line, the rest below. A long
 * first line (a paragraph) gives its first sentence as title, or its first words, and stays whole in "Wat?".
 */
export function titleAndWhat(text: string): { title: string; what: string } {
  const [first = '', ...rest] = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (first.length <= 120) return { title: first.replace(/:$/, ''), what: rest.join('\n') };
  const sentence = /^(.{10,150}?[.;:!?])\s/.exec(first)?.[1];
  const title = sentence ? sentence.replace(/[.;:]$/, '') : `${first.slice(0, 100).replace(/\s+\S*$/, '')}…`;
  return { title, what: [first, ...rest].join('\n') };
}

/** The titles of a goal and its strategic goal, as the theme suggester reads them. */
function goalTitles(plan: ParsedPlan, goal: GoalKey): { operationalGoal?: string | null; strategicGoal?: string | null } {
  for (const sd of plan.strategicGoals) {
    if (goal === `sd:${sd.number}`) return { strategicGoal: sd.title };
    const od = sd.operationalGoals.find((o) => goal === `od:${o.number}`);
    if (od) return { operationalGoal: od.title, strategicGoal: sd.title };
  }
  return {};
}

/** An unplaced fragment as a new action: the title from its first line, the rest as "Wat?" (both as the user edited them). */
export function fragmentAsAction(draft: Draft, fragment: Unplaced, choice: { goal: GoalKey; title: string; what: string; projects: { id: string; name: string }[] }): Draft {
  const key = `n-${fragment.id}`;
  const blank = { ...emptyAction(choice.title.trim(), fragment.line, 'sheet'), what: choice.what.trim() || null };
  // Themes proposed as for the file's own actions (the same suggester as the preview's), read with the goal chosen.
  const parsed = { ...blank, suggestedThemes: suggestThemes(actionThemeInput(blank, goalTitles(draft.plan, choice.goal))) };
  const action: DraftAction = { ...place(choice.goal, parsed, new Set()), key, projects: choice.projects, fromFragment: fragment.id };
  const actions = [...draft.actions.filter((a) => a.key !== key), action].sort((x, y) => x.parsed.line - y.parsed.line);
  return { ...draft, actions, fragments: { ...draft.fragments, [fragment.id]: { kind: 'action', actionKey: key } } };
}

export function attachFragment(draft: Draft, fragmentId: string, actionKey: string, section: SectionKey): Draft {
  return { ...draft, fragments: { ...draft.fragments, [fragmentId]: { kind: 'attach', actionKey, section } } };
}

export function dismissFragment(draft: Draft, fragmentId: string): Draft {
  return { ...draft, fragments: { ...draft.fragments, [fragmentId]: { kind: 'dismiss' } } };
}

/** Takes a decision back: the text is unplaced again (an action made of it goes). */
export function undoFragment(draft: Draft, fragmentId: string): Draft {
  const { [fragmentId]: undone, ...rest } = draft.fragments;
  const actions = undone?.kind === 'action' ? draft.actions.filter((a) => a.key !== undone.actionKey) : draft.actions;
  // Text attached to the action that goes is unplaced again too.
  const fragments = Object.fromEntries(Object.entries(rest).filter(([, d]) => !(undone?.kind === 'action' && d.kind === 'attach' && d.actionKey === undone.actionKey)));
  return { ...draft, actions, fragments };
}

/** Fragments still to look at: no decision, or made an action or attached to one that was removed (the text then stays unplaced). */
export function openFragments(draft: Draft, fragments: readonly Unplaced[]): Unplaced[] {
  const placed = decided(draft);
  return fragments.filter((f) => !placed.has(f.id));
}

/** The kept actions with dates (start, end, steps) in another year than `year`, with those years. */
export function otherYearDates(draft: Draft, year: number): { key: string; years: number[] }[] {
  return draft.actions
    .filter((a) => !a.removed)
    .map((a) => ({ key: a.key, years: otherDateYears(a.parsed, year) }))
    .filter((x) => x.years.length > 0);
}

/** The dates of these actions moved into `year` (nothing else moves). */
export function shiftDates(draft: Draft, keys: readonly string[], year: number): Draft {
  return { ...draft, actions: draft.actions.map((a) => (keys.includes(a.key) ? { ...a, parsed: shiftDatesToYear(a.parsed, year) } : a)) };
}

/** Whether the user changed anything of what the parser found. */
export function isEdited(draft: Draft, original: Draft): boolean {
  if (Object.keys(draft.fragments).length > 0 || draft.actions.length !== original.actions.length) return true;
  return draft.actions.some((a, i) => {
    const o = original.actions[i];
    return (
      !o ||
      a.removed ||
      a.parsed !== o.parsed ||
      a.title !== o.title ||
      a.lead !== o.lead ||
      a.goal !== o.goal ||
      a.funding !== o.funding ||
      a.themes.join() !== o.themes.join() ||
      Object.keys(a.partnerChoices).length > 0 ||
      (['process', 'output', 'outcome'] as const).some((k) => a.evaluation[k] !== o.evaluation[k])
    );
  });
}

export function kindsCount(a: DraftAction): number {
  return (['process', 'output', 'outcome'] as const).filter((k) => a.evaluation[k]).length;
}
