// The structured result of parsing the text of an action plan or multi-year plan.
// Everything keeps the 1-based line number of the source text it came from, so that the web
// can point at the place in the document (and flag what the parser could not place).

/** A piece of source text with the line it starts on. */
export interface SourceFragment {
  text: string;
  line: number;
  /** Where the parser found it, e.g. "Evaluatie (inleiding)" or "OD 3.1"; null when plain. */
  context: string | null;
}

export type ParsedFunding = 'regular' | 'extra' | 'external' | 'conditional';

export interface ParsedEvaluationPart {
  /** The box was ticked (☒). */
  chosen: boolean;
  /** The text under the box, if any (items joined by newlines). */
  text: string | null;
}

export interface ParsedIndicator {
  text: string;
  /** How it is measured, when the line says ("(meetmethode: bevraging)"). */
  method: string | null;
  kind: 'process' | 'output' | 'outcome';
  /** A number the indicator names as its target ("minimaal 2 overlegmomenten" → 2 overlegmomenten). */
  target: { value: number; unit: string | null } | null;
  line: number;
}

export interface ParsedStep {
  text: string;
  /** Month (1-12) named in the step, when it falls in a plan year. */
  month: number | null;
  /** A full date named in the step (ISO). */
  date: string | null;
  line: number;
}

export interface ParsedAction {
  /** "1.1.1" when the plan numbers the action, else null. */
  number: string | null;
  /** Without "Actie 2025:" prefix and without the funding label. */
  title: string;
  line: number;
  /** Number of the strategic / operational goal it sits under, when numbered. */
  strategicGoal: string | null;
  operationalGoal: string | null;
  /**
   * A heading the action sits under that is not a goal of the plan (an unnumbered
   * "Extra doelstelling – Projecten", or a local "Operationele doelstelling 2 – Cluster ..."
   * that is not in the plan's goal overview).
   */
  group: string | null;
  /** The plan year the action belongs to, when the text says (title "Actie 2025", OD deadline). */
  year: number | null;
  /** Marked as carried over from last year (lopende actie), or named as continued from earlier plans. */
  carriedOver: boolean;
  /**
   * How the action came in: a full action sheet, a line of a goals table, or an overview item
   * (also an item of a sentence naming the actions continued from earlier plans).
   */
  source: 'sheet' | 'table' | 'outline';
  what: string | null;
  inScope: string[];
  outOfScope: string[];
  why: string | null;
  targetGroups: string[];
  lead: string | null;
  /** The zone council's role (when it is not the lead, or "Welke rol neem je zelf op?"). */
  councilRole: string | null;
  stakeholders: string[];
  steps: ParsedStep[];
  evaluation: { process: ParsedEvaluationPart; output: ParsedEvaluationPart; outcome: ParsedEvaluationPart };
  indicators: ParsedIndicator[];
  /** Months (1-12) the action runs in, with their milestone, when the text marks them. */
  timeline: { month: number; milestone: string | null }[];
  startDate: string | null;
  endDate: string | null;
  funding: ParsedFunding;
  /** The funding label as written ("met extra financiering"), when present. */
  fundingRemark: string | null;
  /** Links to other goals or actions as the text words them ("SD 1 – OD 3"). */
  links: string[];
  communicationChannels: string[];
  /** Text of or near the sheet that fits no section; kept, never dropped. */
  unplaced: SourceFragment[];
  /** Themes proposed from the texts by the preview (voorgesteld); informative, never stored as such. */
  suggestedThemes?: { theme: string; reasons: string[]; score: number }[];
  /** Theme slugs the person kept in the import review: the import sets exactly these. */
  themes?: string[];
  /**
   * Organisations of "Met wie?" the person links as stakeholder partners in the import review: a
   * partner of the directory by its name, or (create) a new partner made in the same transaction.
   */
  partners?: { name: string; create: boolean }[];
  /** Ids of the projects the action belongs to (a project paragraph made an action in the review). */
  projects?: string[];
}

export interface ParsedOperationalGoal {
  /** "1.2"; a local number under a numbered SD is made whole ("Operationele doelstelling 1" under SD 5 → "5.1"). */
  number: string;
  title: string;
  line: number;
  /** Deadline the title names ("Eind 2025" → 2025-12-31, "tegen medio 2025" → 2025-06-30). */
  deadline: string | null;
  indicators: string[];
  actions: ParsedAction[];
}

export interface ParsedStrategicGoal {
  /** Null for an unnumbered goal-level heading ("Extra doelstelling – Projecten"). */
  number: string | null;
  title: string;
  line: number;
  operationalGoals: ParsedOperationalGoal[];
  /** Actions directly under the SD, without an operational goal. */
  actions: ParsedAction[];
}

/** An item of a goals overview (SD → OD → items) outside any action sheet. */
export interface ParsedOutlineItem {
  text: string;
  line: number;
  strategicGoal: string | null;
  operationalGoal: string | null;
  /** The year heading the overview stands under ("2024 – verwezenlijkt in 2024"), if any. */
  year: number | null;
}

/** A section of the text before the goals and actions, by its heading. */
export interface ParsedSection {
  heading: string | null;
  text: string;
  line: number;
}

export interface ParsedPlan {
  /** The zone as the text names it ("ELZ Leuven Zuid", "Eerstelijnszone Zuidoost Hageland"). */
  zone: string | null;
  /** Plan year(s): [2025] for an action plan, [2024, 2025, 2026] for a multi-year plan. */
  years: number[];
  kind: 'action-plan' | 'multi-year-plan';
  /** The multi-year plan the text belongs to or is, when it names its period ("beleidsplan 2024-2026"). */
  multiYearPlan: { yearFrom: number; yearTo: number; title: string } | null;
  introText: string | null;
  /** General text 1: communication to specific target groups. */
  targetGroupsText: string | null;
  /** General text 2: functioning as a network organisation. */
  networkText: string | null;
  /** Share of staff time on the network as worded ("meer dan 50%"), and its number. */
  networkTimeShare: string | null;
  networkTimePercent: number | null;
  strategicGoals: ParsedStrategicGoal[];
  /** Actions under no goal at all (or under an unnumbered goal-level heading). */
  actionsWithoutGoal: ParsedAction[];
  /** Items of goal overviews that are not the plan's actions (the plan has action sheets). */
  outline: ParsedOutlineItem[];
  /** Sections before the goals (introduction, general texts, ...). */
  sections: ParsedSection[];
  /** Text before the first action that the parser could not place. */
  unplaced: SourceFragment[];
  /** Line numbers of removed page headers/footers and template prompts (for the record). */
  removedLines: { furniture: number[]; template: number[] };
}

/** The exact JSON shape of `pnpm cli import-plan --dry-run --json`. */
export interface ImportJsonAction {
  number: string | null;
  title: string;
  lead: string | null;
  targetGroups: string[];
  inScope: string[];
  outOfScope: string[];
  steps: string[];
  evaluation: { process: boolean; output: boolean; outcome: boolean };
  indicators: string[];
  funding: ParsedFunding | null;
  startDate: string | null;
  endDate: string | null;
}

export interface ImportJson {
  zone: string | null;
  years: number[];
  /** The plan's general texts (in a plan's JSON export; the parser's dry run leaves them out). */
  introText?: string | null;
  targetGroupsText?: string | null;
  networkText?: string | null;
  strategicGoals: {
    number: string;
    title: string;
    operationalGoals: { number: string; title: string; indicators: string[]; actions: ImportJsonAction[] }[];
  }[];
  actionsWithoutGoal: ImportJsonAction[];
}
