// The parser: one pass over the cleaned lines with a small state machine.
//
//   document level  → sections before the goals (introduction, the two general texts, ...)
//   goal level      → SD / OD headings; under an OD either action sheets, table rows
//                     ("Acties ...", "Indicatoren ...") or overview items
//   sheet level     → one action sheet: its sections (Wat? Waarom? Voor wie? Met wie? Hoe?
//                     Link, Wanneer?, Communicatie, Evaluatie) and the template's prompts
//
// A sheet starts at an action heading ("Actie 2025: ...", "Actie 1.2.1 – ...") or, for plans
// with bare titles, at a sheet section that cannot belong to the current sheet (a "Wat?" after
// the evaluation): its title is then the paragraph just before that section. Text that fits
// nowhere is kept as `unplaced` with its line number.
import { classify, evaluationKind, isSheetOpening, LATE_SECTIONS, START_SECTIONS, type Classified, type ClassifyContext, type EvaluationKey, type SectionKey, type SubKey } from './classify';
import { stripFurniture } from './furniture';
import { continuedActions } from './continued';
import { detectPeriod, detectZone } from './meta';
import { blockText, comparable, continues, endsSentence, flatItem, itemTexts, joinTitle, listMarker, squash, toItems, toLines, type Item, type Line } from './text';
import type { ParsedAction, ParsedIndicator, ParsedOperationalGoal, ParsedPlan, ParsedSection, ParsedStep, ParsedStrategicGoal, SourceFragment } from './types';
import { allDates, dateRange, fundingOf, fundingOfText, goalDeadline, indicatorOf, monthLead, monthOf, monthSpan, networkShare, parseDate, targetOf } from './values';

interface SheetState {
  a: ParsedAction;
  section: SectionKey | null;
  sub: SubKey | null;
  /** Sections whose heading the sheet has had (a second one starts a new sheet). */
  seen: Set<SectionKey>;
  /** Sections reached, by heading or prompt. */
  reached: Set<SectionKey>;
  buckets: Map<string, Line[]>;
  evalKind: EvaluationKey | null;
  /** Under a "KPI's" heading (or KPI lines) that no evaluation box has followed yet. */
  kpi: boolean;
  evalChecked: Record<EvaluationKey, boolean>;
  /** The bucket the last line went to (a bare title of the next sheet is taken from it). */
  last: Line[] | null;
  start: string | null;
  end: string | null;
}

interface DocSection {
  heading: string | null;
  which: 'targetGroups' | 'network' | 'intro' | null;
  line: number;
  lines: Line[];
  /** Came before the first goal or action. */
  preamble: boolean;
  /** The last action before it (text after the first action is kept with the action before it). */
  owner: ParsedAction | null;
  /** Opened by a heading the parser understood (a year, a general text): no content by itself. */
  structural: boolean;
  /** The year heading it stands under, if any. */
  year: number | null;
}

interface Cell {
  od: ParsedOperationalGoal;
  sd: ParsedStrategicGoal | null;
  kind: 'actions' | 'indicators';
  lines: Line[];
}

/**
 * A sentence the zone repeats in every sheet's evaluation ("De evaluatie gebeurt jaarlijks door
 * het bestuursorgaan ...") says how they evaluate, not what: it is no indicator. It stays in the
 * evaluation text. Repeated means: the same words in at least three sheets, or in every sheet of
 * a plan with two; a short indicator such as "Aantal deelnemers" may well recur and is kept.
 */
function dropBoilerplate(actions: ParsedAction[]): void {
  const sheets = actions.filter((a) => a.source === 'sheet');
  const count = new Map<string, number>();
  for (const a of sheets) for (const t of new Set(a.indicators.map((i) => comparable(i.text)))) count.set(t, (count.get(t) ?? 0) + 1);
  const repeated = (t: string) => {
    const n = count.get(t) ?? 0;
    return t.split(' ').length >= 6 && (n >= 3 || (n >= 2 && n === sheets.length));
  };
  for (const a of sheets) a.indicators = a.indicators.filter((i) => !repeated(comparable(i.text)));
}

const TABLE_HEADER = /^(?:indicator(?:en)?|kpi['’]?s?|streefwaarde|doel(?:waarde)?|norm|target|meetmethode|methode|bron|resultaat|wat|hoe meten)$/iu;

/** The cells of a line as a text dump writes a table row (tabs, wide gaps, or " | "); null for one cell. */
function tableCells(l: Line): string[] | null {
  const raw = l.raw.trim().replace(/^\|\s*|\s*\|$/g, '');
  const cells = raw
    .split(/\s{2,}|\s+\|\s+/)
    .map((c) => squash(c))
    .filter(Boolean);
  return cells.length >= 2 && !listMarker(raw) ? cells : null;
}

/** "Aantal deelnemers | 60 | aanwezigheidslijst": the name, its target and method. */
function tableIndicator(cells: string[], columns: string[] | null, kind: EvaluationKey, line: number): ParsedIndicator {
  const col = (re: RegExp) => {
    const k = columns?.findIndex((c) => re.test(c)) ?? -1;
    return k > 0 ? (cells[k] ?? null) : null;
  };
  const name = cells[0]!;
  const targetCell = col(/streef|doel|norm|target/) ?? cells.slice(1).find((c) => /\d/.test(c)) ?? null;
  const method = col(/meet|methode|bron|hoe/) ?? null;
  let target = targetCell ? targetOf(targetCell) : null;
  // "Aantal deelnemers | 60": the unit is what the name counts.
  if (target && !target.unit) {
    const counted = /^(?:aantal|number of)\s+(.+)$/iu.exec(name);
    if (counted) target = { value: target.value, unit: counted[1]!.toLowerCase() };
  }
  return { text: name, method, target, kind, line };
}

/** "KPI 1:", "KPI stap 2 –", "KPI's:" before an indicator. */
const KPI_PREFIX = /^KPI['’]?s?\b[^:–—]{0,24}[:–—]\s*/iu;
/** Markers of a list one level down in Word's default bullets: "◦" or "o" under "•", "▪" under "◦". */
const SECOND_LEVEL = /^[◦o▫▪]$/u;
const KPI_ONLY = /^(?:KPI['’]?s?|indicatoren)\s*:?$/iu;

/** "Output: 3 infosessies", "Proces – ...", "Impact (outcome): ..." : the kind and the rest. */
function kindPrefix(text: string): { kind: EvaluationKey; rest: string } | null {
  const m = /^(proces(?:evaluatie)?|process|output|resultaat(?:gerichte evaluatie)?|impact(?:evaluatie)?|outcome|effect)(?:\s*\([^)]*\))?\s*[:–—]\s*(.*)$/iu.exec(text);
  if (!m) return null;
  const kind = evaluationKind(m[1]!) ?? (/process/i.test(m[1]!) ? 'process' : null);
  return kind ? { kind, rest: m[2]!.trim() } : null;
}

const TRAILING_SECTIONS: ReadonlySet<SectionKey> = new Set(['link', 'when', 'communication', 'funding']);

const DOC_TITLE = /^(?:jaar)?(?:actieplan|meerjarenplan|beleidsplan|beleids-\s*en\s*actieplan|jaarplan)\b/i;

const OUTSIDE: ClassifyContext = { inSheet: false, section: null, tableAllowed: true };

/** An action with nothing but its title and line (also the import review's action made of an unplaced text). */
export function emptyAction(title: string, line: number, source: ParsedAction['source']): ParsedAction {
  return {
    number: null,
    title,
    line,
    strategicGoal: null,
    operationalGoal: null,
    group: null,
    year: null,
    carriedOver: false,
    source,
    what: null,
    inScope: [],
    outOfScope: [],
    why: null,
    targetGroups: [],
    lead: null,
    councilRole: null,
    stakeholders: [],
    steps: [],
    evaluation: {
      process: { chosen: false, text: null },
      output: { chosen: false, text: null },
      outcome: { chosen: false, text: null },
    },
    indicators: [],
    timeline: [],
    startDate: null,
    endDate: null,
    funding: 'regular',
    fundingRemark: null,
    links: [],
    communicationChannels: [],
    unplaced: [],
  };
}

function tokens(text: string): Set<string> {
  return new Set(
    comparable(text)
      .split(' ')
      .filter((w) => w.length >= 3),
  );
}

/** Two wordings of the same goal (one may be cut short or carry a prefix). */
export function similarTitles(a: string, b: string): boolean {
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.size === 0 || tb.size === 0) return true;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared / Math.min(ta.size, tb.size) >= 0.6;
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 100;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

class PlanParser {
  private readonly lines: Line[];
  private readonly furniture: Line[];
  private readonly plan: ParsedPlan;
  private readonly width: number;
  private readonly paragraphMode: boolean;
  private readonly years: number[];

  private readonly sdByNumber = new Map<string, ParsedStrategicGoal>();
  private curSD: ParsedStrategicGoal | null = null;
  private curOD: ParsedOperationalGoal | null = null;
  private group: string | null = null;
  private yearContext: number | null = null;

  private sheet: SheetState | null = null;
  private loose: Line[] = [];
  private cell: Cell | null = null;
  private doc: DocSection | null = null;
  private readonly docSections: DocSection[] = [];
  private preamble = true;
  private lastAction: ParsedAction | null = null;

  /** ODs of a goals overview before the first sheet: when present, the set of ODs is closed. */
  private readonly overview = new Map<string, string>();
  private hasSheets = false;
  private readonly cellWidth = { actions: 0, indicators: 0 };

  constructor(text: string) {
    const stripped = stripFurniture(toLines(text));
    this.lines = stripped.lines;
    this.furniture = stripped.furniture;
    const lengths = this.lines.filter((l) => l.text).map((l) => l.text.length);
    // A .docx read paragraph by paragraph (mammoth) gives one paragraph per line, each followed
    // by a blank line, and long lines; a text dump wraps paragraphs at ~100 characters.
    const alone = this.lines.filter((l, i) => l.text && !this.lines[i + 1]?.text).length;
    this.paragraphMode = alone >= 0.9 * lengths.length || lengths.filter((n) => n > 140).length > Math.max(3, lengths.length * 0.03);
    this.width = this.paragraphMode ? Number.POSITIVE_INFINITY : Math.max(60, percentile(lengths, 0.9));
    const period = detectPeriod(this.lines, this.furniture);
    this.years = period.years;
    this.plan = {
      zone: detectZone(this.lines, this.furniture),
      years: period.years,
      kind: period.kind,
      multiYearPlan: period.multiYear,
      introText: null,
      targetGroupsText: null,
      networkText: null,
      networkTimeShare: null,
      networkTimePercent: null,
      strategicGoals: [],
      actionsWithoutGoal: [],
      outline: [],
      sections: [],
      unplaced: [],
      removedLines: { furniture: stripped.furniture.map((l) => l.no), template: [...stripped.artefacts] },
    };
    this.prescan();
  }

  // ------------------------------------------------------------------ pre-scan

  /**
   * Finds whether the text has action sheets, the goals overview (ODs listed before the first
   * sheet without a sheet of their own), and the width table cells were wrapped at.
   */
  private prescan(): void {
    const n = this.lines.length;
    let firstSheet = n;
    for (let i = 0; i < n; i++) {
      if (!this.lines[i]!.text) continue;
      const c = classify(this.lines, i, { inSheet: true, section: null, tableAllowed: false });
      if ((c.kind === 'section' && c.section !== 'link' && c.section !== 'when' && c.section !== 'communication') || (c.kind === 'box' && c.boxes.some((b) => evaluationKind(b.label)))) {
        firstSheet = i;
        break;
      }
    }
    this.hasSheets = firstSheet < n;

    const ods: { number: string; title: string; index: number }[] = [];
    let sd: string | null = null;
    let cellKind: 'actions' | 'indicators' | null = null;
    for (let i = 0; i < n; i++) {
      const l = this.lines[i]!;
      if (!l.text) continue;
      const c = classify(this.lines, i, OUTSIDE);
      if (c.kind === 'sd') {
        sd = c.number;
        cellKind = null;
      } else if (c.kind === 'od') {
        cellKind = null;
        if (i < firstSheet && c.number) {
          const number = !c.number.includes('.') && sd ? `${sd}.${c.number}` : c.number;
          ods.push({ number, title: this.headingTitle(i, c.title).title, index: i });
        }
      } else if (c.kind === 'cell') {
        cellKind = c.cell;
        if (c.rest) this.cellWidth[cellKind] = Math.max(this.cellWidth[cellKind], c.rest.length);
      } else if (cellKind && c.kind === 'text' && !listMarker(l.text)) {
        this.cellWidth[cellKind] = Math.max(this.cellWidth[cellKind], l.text.length);
      } else if (c.kind !== 'text') cellKind = null;
    }
    // The last OD before the first sheet owns that sheet: it is not part of an overview.
    if (this.hasSheets && ods.length) {
      const last = ods[ods.length - 1]!;
      const between = this.lines.slice(last.index + 1, firstSheet).some((_, k) => {
        const c = classify(this.lines, last.index + 1 + k, OUTSIDE);
        return c.kind === 'sd' || c.kind === 'od';
      });
      if (!between) ods.pop();
    }
    for (const od of ods) if (!this.overview.has(od.number)) this.overview.set(od.number, od.title);
  }

  private get closedGoals(): boolean {
    return this.hasSheets && this.overview.size >= 2;
  }

  // ------------------------------------------------------------------ main loop

  parse(): ParsedPlan {
    const n = this.lines.length;
    let i = 0;
    while (i < n) {
      const l = this.lines[i]!;
      if (!l.text) {
        this.target().push(l);
        i++;
        continue;
      }
      const c = classify(this.lines, i, {
        inSheet: this.sheet !== null,
        section: this.sheet?.section ?? null,
        tableAllowed: this.curOD !== null && this.sheet === null,
      });
      i = this.handle(c, i);
    }
    this.closeAll();
    this.finishDocument();
    this.dropOverviewDuplicates();
    dropBoilerplate(allActions(this.plan));
    return this.plan;
  }

  /**
   * A bare "Communicatie" among the indicators, as a topic ("Vorming / Communicatie / Impact",
   * each with its list), is no section: after its list comes another topic or a line that names
   * its kind, where a real "Communicatie" section (the export writes one after the evaluation) is
   * followed by the next section, sheet or end.
   */
  private topicInEvaluation(i: number): boolean {
    const s = this.sheet;
    if (!s || s.section !== 'evaluation' || !s.evalKind || /[?:]/.test(this.lines[i]!.text)) return false;
    const nonblank: number[] = [];
    for (let j = i + 1; j < this.lines.length && nonblank.length < 40; j++) if (this.lines[j]!.text) nonblank.push(j);
    let k = 0;
    while (k < nonblank.length && (listMarker(this.lines[nonblank[k]!]!.text) || (k > 0 && /^\p{Ll}/u.test(this.lines[nonblank[k]!]!.text)))) k++;
    if (k === 0 || k >= nonblank.length) return false;
    const after = this.lines[nonblank[k]!]!.text;
    const c = classify(this.lines, nonblank[k]!, { inSheet: true, section: 'evaluation', tableAllowed: false });
    if (c.kind !== 'text') return false;
    if (kindPrefix(after) || KPI_PREFIX.test(after)) return true;
    const next = this.lines[nonblank[k + 1] ?? -1]?.text ?? '';
    return after.split(/\s+/).length <= 8 && !!listMarker(next);
  }

  /**
   * An overview that lists the actions by their headings ("Actie 1.1.1. Sociale kaart") before
   * the sheets gives each action twice: once bare, once with its sheet. The bare one is an
   * overview item.
   */
  private dropOverviewDuplicates(): void {
    const all = allActions(this.plan);
    const empty = (a: ParsedAction) =>
      !a.what &&
      !a.why &&
      !a.lead &&
      !a.councilRole &&
      !a.inScope.length &&
      !a.outOfScope.length &&
      !a.targetGroups.length &&
      !a.stakeholders.length &&
      !a.steps.length &&
      !a.indicators.length &&
      !a.timeline.length &&
      !a.links.length &&
      !a.communicationChannels.length &&
      !a.evaluation.process.chosen &&
      !a.evaluation.output.chosen &&
      !a.evaluation.outcome.chosen;
    const bare = all.filter((a) => a.source === 'sheet' && empty(a) && all.some((b) => b !== a && !empty(b) && (a.number ? a.number === b.number : similarTitles(a.title, b.title))));
    if (!bare.length) return;
    const drop = (list: ParsedAction[]) => list.filter((a) => !bare.includes(a));
    for (const sd of this.plan.strategicGoals) {
      sd.actions = drop(sd.actions);
      for (const od of sd.operationalGoals) od.actions = drop(od.actions);
    }
    this.plan.actionsWithoutGoal = drop(this.plan.actionsWithoutGoal);
    for (const a of bare) this.plan.outline.push({ text: a.title, line: a.line, strategicGoal: a.strategicGoal, operationalGoal: a.operationalGoal, year: a.year });
    this.plan.outline.sort((x, y) => x.line - y.line);
  }

  private handle(c: Classified, i: number): number {
    const l = this.lines[i]!;
    switch (c.kind) {
      case 'year':
        this.closeAll();
        this.resetGoals();
        this.yearContext = c.year;
        this.preamble = false;
        this.openDoc(l.text, null, l.no, true);
        return i + 1;
      case 'general':
        this.closeAll();
        this.resetGoals();
        this.openDoc(l.text, c.which, l.no);
        return i + 1;
      case 'sd':
      case 'od':
        // In a sheet's link section, a goal named as a link ("Operationele doelstelling 3 – ...")
        // when more of the same sheet follows it.
        if (this.sheet?.section === 'link' && this.sheetGoesOn(i)) {
          this.text(l);
          return i + 1;
        }
        return this.goal(c, i);
      case 'action': {
        if (this.sheet?.section === 'link' && !this.opensSheetSoon(i)) {
          this.text(l);
          return i + 1;
        }
        const { title, next } = this.headingTitle(i, c.title);
        this.startExplicit(c, title, l.no);
        return next;
      }
      case 'section':
        // No sheet starts with its links, timing, communication or funding: outside a sheet such a
        // word is text (an action called "Communicatie" in a timeline table).
        if (!this.sheet && !c.rest && TRAILING_SECTIONS.has(c.section)) {
          this.text(l);
          return i + 1;
        }
        if (c.section === 'communication' && this.topicInEvaluation(i)) {
          this.text(l);
          return i + 1;
        }
        this.onSection(c.section, c.rest, l);
        return i + 1;
      case 'prompt': {
        for (let k = 0; k < c.lines; k++) if (this.lines[i + k]?.text) this.plan.removedLines.template.push(this.lines[i + k]!.no);
        const last = this.lines[i + c.lines - 1] ?? l;
        this.onPrompt(c.section, c.sub, c.rest, l, last);
        return i + c.lines;
      }
      case 'box':
        this.onBox(c, l);
        return i + 1;
      case 'dates':
        if (this.sheet) {
          if (c.start) this.sheet.start = parseDate(c.start) ?? this.sheet.start;
          if (c.end) this.sheet.end = parseDate(c.end, true) ?? this.sheet.end;
          if (!parseDate(c.start ?? '') && !parseDate(c.end ?? '')) this.push({ ...l });
        } else this.text(l);
        return i + 1;
      case 'months':
        if (this.sheet) this.plan.removedLines.template.push(l.no);
        else this.text(l);
        return i + 1;
      case 'cell':
        this.closeSheet();
        this.closeCell();
        this.flushLoose(null);
        if (this.curOD) this.cell = { od: this.curOD, sd: this.curSD, kind: c.cell, lines: c.rest ? [{ ...l, text: c.rest }] : [] };
        else this.text(l);
        return i + 1;
      case 'kpi':
        if (!this.sheet) this.text(l);
        else {
          const s = this.sheet;
          s.section = 'evaluation';
          s.sub = null;
          s.kpi = true;
          s.reached.add('evaluation');
          if (c.rest) this.push({ ...l, text: c.rest });
        }
        return i + 1;
      case 'text':
        this.text(l);
        return i + 1;
    }
  }

  private goal(c: Extract<Classified, { kind: 'sd' | 'od' }>, i: number): number {
    const l = this.lines[i]!;
    const { title, next } = this.headingTitle(i, c.title);
    this.closeAll();
    if (c.kind === 'sd') this.startSD(c.number, title, l.no);
    else
      this.startOD(
        c.number,
        title,
        c.isNew,
        squash(
          this.lines
            .slice(i, next)
            .map((x) => x.text)
            .join(' '),
        ),
        l.no,
      );
    return next;
  }

  /** Whether a later section of the current sheet follows line `i` before any heading or new sheet. */
  private sheetGoesOn(i: number): boolean {
    let seen = 0;
    for (let j = i + 1; j < this.lines.length && seen < 15; j++) {
      if (!this.lines[j]!.text) continue;
      seen++;
      const c = classify(this.lines, j, { inSheet: true, section: 'link', tableAllowed: false });
      if (c.kind === 'section' || c.kind === 'box') return !isSheetOpening(c) && !this.sheet!.seen.has(c.kind === 'section' ? c.section : 'evaluation');
      if (c.kind === 'action') return false;
    }
    return false;
  }

  /** Where a text line goes right now. */
  private target(): Line[] {
    if (this.sheet) return this.bucket();
    if (this.cell) return this.cell.lines;
    if (this.curSD || this.curOD || this.group) return this.loose;
    if (!this.doc) this.openDoc(null, null, 0);
    return this.doc!.lines;
  }

  private text(l: Line): void {
    // Sections of the introductory part are split at their headings; later text (a timeline
    // table, the introduction of the action part) stays one block under its heading.
    if (this.preamble && !this.sheet && !this.cell && !this.curSD && !this.curOD && !this.group && this.isGenericHeading(l)) {
      // The zone as the subtitle of the document's title ("Actieplan 2025" / "ELZ Leuven") stays with the title.
      const title = this.doc?.structural && DOC_TITLE.test(this.doc.heading ?? '') && !this.doc.lines.some((x) => x.text);
      if (title && /^(?:ELZ|Eerstelijnszone)\s/i.test(l.text)) {
        this.push(l);
        return;
      }
      // The document's own title ("Actieplan 2025 ELZ ...") is read for the zone and year.
      this.openDoc(l.text, null, l.no, DOC_TITLE.test(l.text) && !this.docSections.some((d) => d.lines.some((x) => x.text)));
      return;
    }
    this.push(l);
  }

  private push(l: Line): void {
    const t = this.target();
    t.push(l);
    if (this.sheet) this.sheet.last = t;
  }

  /** A short line standing alone, starting with a capital, without closing punctuation. */
  private isGenericHeading(l: Line): boolean {
    const t = l.text;
    const marker = listMarker(t);
    if (marker && marker.kind !== 'number') return false;
    const words = t.split(/\s+/).length;
    if (t.length > 70 || words > 9 || !/^[\p{Lu}\d]/u.test(t) || /[.,;:!?…]$/.test(t) || /^\d+$/.test(t)) return false;
    const prev = this.lines[l.no - 2];
    const next = this.lines[l.no];
    return !prev?.text || !next?.text;
  }

  private openDoc(heading: string | null, which: DocSection['which'], line: number, structural = false): void {
    this.doc = {
      heading: heading ? squash(heading) : null,
      which,
      line,
      lines: [],
      preamble: this.preamble,
      owner: this.lastAction,
      structural: structural || which !== null,
      year: this.yearContext,
    };
    this.docSections.push(this.doc);
  }

  // ------------------------------------------------------------------ headings

  /** A heading's title with its wrapped continuation lines; returns the index after it. */
  private headingTitle(i: number, first: string): { title: string; next: number } {
    const parts = first ? [first] : [];
    let lastLine = this.lines[i]!.text;
    let j = i + 1;
    let taken = 0;
    const n = this.lines.length;
    while (j < n && taken < 6) {
      const l = this.lines[j]!;
      if (!l.text) {
        if (this.paragraphMode && parts.length) break;
        let k = j;
        while (k < n && !this.lines[k]!.text && k - j < 4) k++;
        const nl = this.lines[k];
        if (!nl?.text || listMarker(nl.text) || classify(this.lines, k, OUTSIDE).kind !== 'text') break;
        // An empty heading ("Actie:") takes its title from the next paragraph.
        if (parts.length && !continues(parts.join(' '), lastLine, nl.text, { width: this.width, acrossBlank: true, wrapAcrossBlank: false })) break;
        parts.push(nl.text);
        lastLine = nl.text;
        j = k + 1;
        taken++;
        continue;
      }
      if (listMarker(l.text) || classify(this.lines, j, OUTSIDE).kind !== 'text') break;
      // A wrapped heading runs on line after line; after a full stop only a long line goes on
      // (a second sentence of the same goal), a short one ended the heading.
      const ended = /:$/.test(lastLine) || (endsSentence(lastLine) && lastLine.length < 0.6 * this.width);
      if (parts.length && ended && !continues(parts.join(' '), lastLine, l.text, { width: this.width })) break;
      parts.push(l.text);
      lastLine = l.text;
      j++;
      taken++;
    }
    return { title: joinTitle(parts), next: j };
  }

  private resetGoals(): void {
    this.curSD = null;
    this.curOD = null;
    this.group = null;
  }

  private sdFor(number: string, title: string, line: number): ParsedStrategicGoal {
    let sd = this.sdByNumber.get(number);
    if (!sd) {
      sd = { number, title, line, operationalGoals: [], actions: [] };
      this.sdByNumber.set(number, sd);
      this.plan.strategicGoals.push(sd);
    } else if (this.fuller(sd.title, title)) sd.title = title;
    return sd;
  }

  /** A goal named again (overview, then action part): keep the fullest wording of it. */
  private fuller(current: string, candidate: string): boolean {
    if (!candidate) return false;
    if (!current) return true;
    const a = comparable(current);
    const b = comparable(candidate);
    return b.length > a.length && b.startsWith(a);
  }

  private startSD(number: string | null, title: string, line: number): void {
    this.preamble = false;
    this.doc = null;
    if (number) this.curSD = this.sdFor(number, title, line);
    else {
      this.curSD = { number: null, title, line, operationalGoals: [], actions: [] };
      this.plan.strategicGoals.push(this.curSD);
    }
    this.curOD = null;
    this.group = null;
  }

  private startOD(rawNumber: string | null, title: string, isNew: boolean, heading: string, line: number): void {
    this.preamble = false;
    this.doc = null;
    let number = rawNumber;
    if (number && !number.includes('.')) number = this.curSD?.number ? `${this.curSD.number}.${number}` : null;
    let demote = !number;
    if (number && this.closedGoals && !isNew) {
      const known = this.overview.get(number);
      if (known === undefined || (title && known && !similarTitles(known, title))) demote = true;
    }
    if (demote || !number) {
      // Not a goal of the plan: a grouping heading for the actions that follow.
      this.curOD = null;
      this.group = heading;
      return;
    }
    const prefix = number.split('.')[0]!;
    const sd = this.curSD?.number === prefix ? this.curSD : this.sdFor(prefix, '', line);
    let od = sd.operationalGoals.find((o) => o.number === number);
    if (!od) {
      od = { number, title, line, deadline: goalDeadline(title), indicators: [], actions: [] };
      sd.operationalGoals.push(od);
    } else if (this.fuller(od.title, title)) {
      od.title = title;
      od.deadline = goalDeadline(title);
    }
    this.curSD = sd;
    this.curOD = od;
    this.group = null;
  }

  // ------------------------------------------------------------------ actions

  /** Whether an action sheet opens within the next lines (before any other section). */
  private opensSheetSoon(i: number): boolean {
    let seen = 0;
    for (let j = i + 1; j < this.lines.length && seen < 15; j++) {
      if (!this.lines[j]!.text) continue;
      seen++;
      const c = classify(this.lines, j, { inSheet: true, section: null, tableAllowed: false });
      if (isSheetOpening(c)) return true;
      if (c.kind === 'section' || c.kind === 'box' || c.kind === 'action' || c.kind === 'sd' || c.kind === 'od') return false;
    }
    return false;
  }

  private startExplicit(c: Extract<Classified, { kind: 'action' }>, title: string, line: number): void {
    this.closeSheet();
    this.closeCell();
    const funding = fundingOf(title);
    const a = emptyAction(funding.title || title, line, 'sheet');
    a.number = c.number;
    a.year = c.year;
    a.carriedOver = c.carried;
    a.funding = funding.funding;
    a.fundingRemark = funding.remark;
    if (c.label) {
      const labelled = fundingOf(c.label);
      if (labelled.funding !== 'regular') {
        a.funding = labelled.funding;
        a.fundingRemark = labelled.remark;
      } else if (!c.carried && !/^nieuw/i.test(c.label)) a.unplaced.push({ text: `(${c.label})`, line, context: 'Titel' });
    }
    this.begin(a);
  }

  /** A sheet that starts without an action heading: its title is the paragraph before. */
  private startImplicit(at: Line): void {
    const titleLines = this.popTitle();
    this.closeSheet();
    this.closeCell();
    const raw = joinTitle(titleLines.map((l) => l.text));
    const funding = fundingOf(raw);
    const a = emptyAction(funding.title, titleLines[0]?.no ?? at.no, 'sheet');
    a.funding = funding.funding;
    a.fundingRemark = funding.remark;
    this.begin(a);
  }

  private begin(a: ParsedAction): void {
    this.flushLoose(a);
    this.attach(a, this.curSD, this.curOD, this.group);
    this.sheet = {
      a,
      section: null,
      sub: null,
      seen: new Set(),
      reached: new Set(),
      buckets: new Map(),
      evalKind: null,
      kpi: false,
      evalChecked: { process: false, output: false, outcome: false },
      last: null,
      start: null,
      end: null,
    };
  }

  private attach(a: ParsedAction, sd: ParsedStrategicGoal | null, od: ParsedOperationalGoal | null, group: string | null): void {
    this.preamble = false;
    this.doc = null;
    a.strategicGoal = sd?.number ?? null;
    a.operationalGoal = od?.number ?? null;
    a.group = group ?? (sd && !sd.number ? sd.title : null);
    if (a.year === null) {
      const deadlineYear = od?.deadline ? Number(od.deadline.slice(0, 4)) : null;
      if (this.years.length === 1) a.year = this.years[0]!;
      else if (deadlineYear && this.years.includes(deadlineYear)) a.year = deadlineYear;
      else if (this.yearContext && this.years.includes(this.yearContext)) a.year = this.yearContext;
    }
    if (od) od.actions.push(a);
    else if (sd?.number) sd.actions.push(a);
    else this.plan.actionsWithoutGoal.push(a);
    this.lastAction = a;
  }

  /**
   * Takes the title of a sheet without heading from the end of the text before it: the last
   * paragraph, unless that is (the end of) a list item.
   */
  private popTitle(): Line[] {
    const source = this.sheet ? this.sheet.last : this.cell ? null : this.loose;
    if (!source) return [];
    let j = source.length - 1;
    while (j >= 0 && !source[j]!.text) j--;
    const end = j;
    while (j >= 0 && source[j]!.text && !listMarker(source[j]!.text) && end - j < 4) j--;
    const start = j + 1;
    if (j >= 0 && source[j]!.text) {
      // Stopped at a list item (or too long a paragraph): is the rest its continuation?
      if (end - j >= 4) return [];
      const item = listMarker(source[j]!.text)?.rest ?? source[j]!.text;
      if (continues(item, source[j]!.text, source[start]!.text, { width: this.width })) return [];
    }
    if (start > end) return [];
    const taken = source.slice(start, end + 1);
    if (taken.some((l) => /:$/.test(l.text)) && taken.length === 1 && this.sheet) return [];
    source.splice(start, end + 1 - start);
    return taken;
  }

  private bucket(): Line[] {
    const s = this.sheet!;
    let key: string;
    if (s.section === 'evaluation') key = s.kpi ? 'eval.kpi' : s.evalKind ? `eval.${s.evalKind}` : 'evaluation';
    else if (s.section && s.sub) key = `${s.section}.${s.sub}`;
    else key = s.section ?? 'pre';
    let b = s.buckets.get(key);
    if (!b) {
      b = [];
      s.buckets.set(key, b);
    }
    return b;
  }

  private needsNewSheet(key: SectionKey): boolean {
    const s = this.sheet!;
    if (s.seen.has(key)) {
      const current = s.section === key && !this.bucket().some((l) => l.text);
      if (!current) return true;
    }
    if (START_SECTIONS.has(key) && [...LATE_SECTIONS].some((k) => s.reached.has(k))) return true;
    return false;
  }

  private onSection(key: SectionKey, rest: string, l: Line): void {
    if (!this.sheet || this.needsNewSheet(key)) this.startImplicit(l);
    const s = this.sheet!;
    s.section = key;
    s.sub = null;
    s.seen.add(key);
    s.reached.add(key);
    if (key === 'evaluation') s.evalKind = null;
    s.kpi = false;
    if (rest) this.push({ ...l, text: rest });
  }

  private onPrompt(section: SectionKey | null, sub: SubKey | null, rest: string, l: Line, last: Line): void {
    if (section) {
      if (!this.sheet) this.startImplicit(l);
      else if (START_SECTIONS.has(section) && !sub && [...LATE_SECTIONS].some((k) => this.sheet!.reached.has(k))) this.startImplicit(l);
      const s = this.sheet!;
      if (s.section !== section) {
        s.section = section;
        if (section === 'evaluation') s.evalKind = null;
      }
      s.reached.add(section);
      s.sub = sub;
    }
    if (rest) this.push({ ...last, text: rest });
  }

  private onBox(c: Extract<Classified, { kind: 'box' }>, l: Line): void {
    const evalBoxes = c.boxes.filter((b) => evaluationKind(b.label));
    if (!this.sheet) {
      if (evalBoxes.length === 0) return this.text(l);
      this.startImplicit(l);
    }
    const s = this.sheet!;
    const other: string[] = [];
    for (const b of c.boxes) {
      const kind = evaluationKind(b.label);
      const month = monthOf(b.label.split(/\s+/)[0] ?? '');
      if (kind) {
        s.section = 'evaluation';
        s.reached.add('evaluation');
        s.evalChecked[kind] = s.evalChecked[kind] || b.checked;
        s.evalKind = kind;
        s.kpi = false;
        s.sub = null;
      } else if (month && b.label.split(/\s+/).length <= 3) {
        if (b.checked && !s.a.timeline.some((t) => t.month === month)) s.a.timeline.push({ month, milestone: null });
      } else if (/lopend|vervolg|vorig\s+jaar|voortgezet|verderzetting/i.test(b.label)) {
        if (b.checked) s.a.carriedOver = true;
      } else if (/^nieuw/i.test(b.label)) {
        // "☒ Nieuwe actie": the default.
      } else other.push(`${b.checked ? '☒' : '☐'} ${b.label}`);
    }
    // Several kinds on one line ("☒ Proces ☐ Output ☐ Impact"): what follows belongs to the kind
    // ticked (the first, when several are), not to the last box of the line.
    const ticked = evalBoxes.filter((b) => b.checked);
    if (evalBoxes.length > 1 && ticked.length) s.evalKind = evaluationKind(ticked[0]!.label);
    if (other.length) this.push({ ...l, text: other.join(' ') });
    if (c.rest) this.push({ ...l, text: c.rest });
  }

  // ------------------------------------------------------------------ closing

  private closeAll(): void {
    this.closeSheet();
    this.closeCell();
    this.flushLoose(null);
  }

  private items(lines: Line[] | undefined, leadWord = false): Item[] {
    if (!lines || !lines.some((l) => l.text)) return [];
    return toItems(lines, this.width, { joinAcrossBlank: !this.paragraphMode, leadWord });
  }

  private fragments(lines: Line[] | undefined, context: string | null): SourceFragment[] {
    return this.items(lines).map((it) => ({ text: flatItem(it), line: it.line, context }));
  }

  /** A step, and the months it names when it starts with them ("Maart tot juni: ..."). */
  private step(it: Item): ParsedStep & { months: number[] } {
    const lead = monthLead(flatItem(it));
    if (lead && (lead.year === null || this.years.includes(lead.year))) {
      const date = allDates(lead.rest)[0] ?? null;
      return { text: lead.rest, month: lead.every ? null : lead.months[0]!, date, line: it.line, months: lead.months };
    }
    const st = this.plainStep(it);
    return { ...st, months: st.month ? [st.month] : [] };
  }

  private plainStep(it: Item): ParsedStep {
    let text = flatItem(it);
    // "... (12/03/2026)" or "... (maart)": the date or month an export adds to a step.
    const marked = /\s+\((\p{L}+|\d{1,2}\/\d{1,2}\/\d{4})\)$/u.exec(text);
    const markedDate = marked?.[1]!.includes('/') ? parseDate(marked[1]!) : null;
    const markedMonth = marked && !markedDate ? monthOf(marked[1]!) : null;
    if (marked && (markedDate || markedMonth)) text = text.slice(0, marked.index);
    const date = markedDate ?? allDates(text)[0] ?? null;
    let month: number | null = markedMonth;
    if (month) return { text, month, date, line: it.line };
    if (date && this.years.includes(Number(date.slice(0, 4)))) month = Number(date.slice(5, 7));
    else {
      const m = /^(\p{L}+)\s+((?:19|20)\d\d)\s*:/u.exec(text);
      if (m && monthOf(m[1]!) && this.years.includes(Number(m[2]))) month = monthOf(m[1]!);
    }
    return { text, month, date, line: it.line };
  }

  /**
   * The indicators of an evaluation part, in every form the template's Evaluatie takes: a list
   * under the box, lines prefixed by their kind ("Output: 3 infosessies") or "KPI 2:", a list per
   * topic or sub-project under a short heading ("Deelproject 1 – Valpreventie", "Kwantitatief:"),
   * which is no indicator itself. A paragraph after such a list is a remark (kept as the part's
   * text, never an indicator), and so is a reference ("Zie de KPI's hierboven.").
   */
  private indicators(lines: Line[] | undefined, kind: EvaluationKey): ParsedIndicator[] {
    if (!lines) return [];
    const out: ParsedIndicator[] = [];
    const full = lines.filter((l) => l.text);
    const listed = (t: string) => !!listMarker(t) || !!kindPrefix(t) || KPI_PREFIX.test(t);
    // Split at topic headings, and stop at a paragraph after a list (a remark).
    const groups: { topic: string | null; lines: Line[] }[] = [{ topic: null, lines: [] }];
    let seenList = false;
    let lastMarker: string | null = null;
    let columns: string[] | null = null;
    // A table: at least two rows in a row with as many cells (a wide gap alone may be a typo).
    const cellsOf = full.map((l) => tableCells(l));
    const row = (n: number) => {
      const c = cellsOf[n];
      return !!c && (/\s\|\s/.test(full[n]!.raw) || cellsOf[n - 1]?.length === c.length || cellsOf[n + 1]?.length === c.length);
    };
    for (const l of lines) {
      if (!l.text) {
        groups[groups.length - 1]!.lines.push(l);
        continue;
      }
      // A table of indicators (cells apart by tabs, which reading turns into wide gaps, or " | "):
      // a header row names the columns, every other row is one indicator with its target (and
      // method) in its own cells.
      const cells = row(full.indexOf(l)) ? cellsOf[full.indexOf(l)]! : null;
      if (cells) {
        if (!columns && cells.every((c) => TABLE_HEADER.test(c))) {
          columns = cells.map((c) => c.toLowerCase());
          continue;
        }
        out.push(tableIndicator(cells, columns, kind, l.no));
        seenList = true;
        continue;
      }
      const n = full.indexOf(l);
      const next = full[n + 1]?.text ?? '';
      const prev = full[n - 1]?.text ?? '';
      const isListed = listed(l.text);
      const words = l.text.split(/\s+/).length;
      // A line that does not run on from the one before (a short list item ends on purpose).
      const prevDone = !prev || !continues(prev, prev, l.text, { width: this.width });
      const topic = !isListed && listed(next) && words <= 8 && /^[\p{Lu}\d]/u.test(l.text) && !/[.;,]$/.test(l.text) && (prevDone || /:$/.test(l.text));
      if (topic) {
        // After a list of indicators without a topic of its own, a heading whose list is one level
        // down (Word's second-level "◦" or "o" under "•", as the export writes the evaluation text
        // after the indicators) is a remark about them, not a topic of more indicators.
        if (seenList && groups.length === 1 && lastMarker && SECOND_LEVEL.test(listMarker(next)?.marker ?? '') && !SECOND_LEVEL.test(lastMarker)) break;
        groups.push({ topic: l.text.replace(/\s*:$/, ''), lines: [] });
        continue;
      }
      if (seenList && !isListed && /^\p{Lu}/u.test(l.text) && prevDone) break;
      if (isListed) {
        seenList = true;
        lastMarker = listMarker(l.text)?.marker ?? lastMarker;
      }
      groups[groups.length - 1]!.lines.push(l);
    }
    for (const g of groups) {
      const topicKind = g.topic ? (kindPrefix(`${g.topic}:`)?.kind ?? null) : null;
      const its = this.items(g.lines);
      // In a marked list, a paragraph without a marker after the list starts a remark, and what
      // follows it belongs to the remark (its own bullets included).
      const marked = its.some((it) => it.marker);
      let remark = false;
      for (const [n, it] of its.entries()) {
        remark ||= marked && !it.marker && its.slice(0, n).some((x) => x.marker);
        if (remark) break;
        // A label with its list ("Kwantitatief: 4 workshops, ...") is one indicator per item.
        const texts = it.children.length && /:$/.test(it.text) && it.text.split(/\s+/).length <= 4 ? it.children.map(flatItem) : [flatItem(it)];
        for (const raw of texts) {
          let text = raw.replace(KPI_PREFIX, '');
          const prefixed = kindPrefix(text);
          if (prefixed) text = prefixed.rest;
          if (!text || /^zie\b/i.test(text) || KPI_ONLY.test(text)) continue;
          out.push({ ...indicatorOf(text), kind: prefixed?.kind ?? topicKind ?? kind, line: it.line });
        }
      }
    }
    return out;
  }

  private closeSheet(): void {
    const s = this.sheet;
    if (!s) return;
    this.sheet = null;
    const a = s.a;
    const b = (key: string) => s.buckets.get(key);
    const block = (key: string) => blockText(this.items(b(key)));
    const list = (key: string) => itemTexts(this.items(b(key)));

    a.what = [block('summary'), block('what')].filter(Boolean).join('\n') || null;
    a.inScope = list('what.inScope');
    a.outOfScope = list('what.outOfScope');
    a.why = block('why');
    a.targetGroups = list('targetGroups');
    a.lead = block('with.lead');
    a.councilRole = block('with.councilRole');
    a.stakeholders = list('with.stakeholders');
    const withOther = this.items(b('with'));
    if (withOther.length) {
      if (a.lead === null) a.lead = blockText(withOther);
      else a.stakeholders.push(...itemTexts(withOther));
    }
    const steps = this.items(b('how')).map((it) => this.step(it));
    a.steps = steps.map(({ months: _months, ...st }) => st);
    a.links = list('link');
    a.communicationChannels = list('communication');
    const funding = block('funding');
    if (funding) a.fundingRemark = a.fundingRemark ? `${a.fundingRemark}\n${funding}` : funding;
    // No label in the title: the "Financiering" section says how, else a clear sentence in the prose.
    if (a.funding === 'regular') {
      a.funding = fundingOfText(funding, false) ?? fundingOfText([a.what, a.why, ...a.inScope].filter(Boolean).join('\n'), true) ?? 'regular';
    }

    const ticked = (['process', 'output', 'outcome'] as const).filter((k) => s.evalChecked[k]);
    for (const kind of ['process', 'output', 'outcome'] as const) {
      const its = this.items(b(`eval.${kind}`));
      a.evaluation[kind] = { chosen: s.evalChecked[kind], text: blockText(its) };
      // What stands under a box is its indicators, ticked or not (an unticked kind with
      // indicators is for the plan checks to point out, not for the import to drop). Under boxes
      // written on one line ("☒ Proces ☒ Output ☐ Impact") the lines name their kind themselves.
      a.indicators.push(...this.indicators(b(`eval.${kind}`), kind));
    }
    // "KPI's" apart from the boxes: of the one kind ticked, else output.
    a.indicators.push(...this.indicators(b('eval.kpi'), ticked.length === 1 ? ticked[0]! : 'output'));

    // Timeline: "Jan: kick-off" lines; anything else in the "Wanneer?" section is kept aside.
    for (const key of ['when', 'when.timeline']) {
      for (const it of this.items(b(key))) {
        const text = flatItem(it);
        const m = /^(\p{L}+\.?)\s*[:\-–]\s*(.*)$/u.exec(text);
        const month = m ? monthOf(m[1]!) : null;
        // "Januari tot september 2026", "Juni – november", "Elke maand": the months it runs in.
        const span = monthSpan(text);
        const whole = span && (span.year === null || this.years.includes(span.year)) && !text.slice(span.length).replace(/[\s.;,]/g, '');
        if (whole) {
          for (const mo of span.months) if (!a.timeline.some((t) => t.month === mo)) a.timeline.push({ month: mo, milestone: null });
        } else if (m && month) {
          const lead = monthLead(text);
          for (const [n, mo] of (lead?.months ?? [month]).entries()) {
            if (!a.timeline.some((t) => t.month === mo)) a.timeline.push({ month: mo, milestone: n === 0 ? (lead?.rest ?? (m[2] || null)) : null });
          }
        } else a.unplaced.push({ text, line: it.line, context: 'Wanneer' });
      }
    }
    for (const st of steps) {
      for (const [n, month] of st.months.entries()) {
        const milestone = n === 0 && st.month ? st.text : null;
        const at = a.timeline.find((t) => t.month === month);
        if (!at) a.timeline.push({ month, milestone });
        else if (!at.milestone && milestone) at.milestone = milestone;
      }
    }
    a.timeline.sort((x, y) => x.month - y.month);

    a.startDate = s.start;
    a.endDate = s.end;
    if (!a.startDate && !a.endDate) {
      const all = [...s.buckets.values()]
        .flat()
        .map((l) => l.text)
        .join(' ');
      const ranges = [...all.matchAll(/\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s*(?:[-–—]|tot(?: en met)?)\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/g)];
      if (ranges.length === 1) {
        const r = dateRange(ranges[0]![0]);
        if (r) {
          a.startDate = r.start;
          a.endDate = r.end;
        }
      }
    }

    a.unplaced.push(...this.fragments(b('evaluation'), 'Evaluatie (inleiding)'));
    a.unplaced.push(...this.fragments(b('pre'), 'Actiefiche (voor de eerste rubriek)'));
    if (!a.title) {
      const first = (a.what ?? a.why ?? '').split(/(?<=[.!?])\s/)[0]?.trim() ?? '';
      a.title = first ? first.slice(0, 160) : `Actie zonder titel (regel ${a.line})`;
      a.unplaced.push({ text: 'Geen titel gevonden; de titel is afgeleid uit de eerste zin.', line: a.line, context: 'Titel' });
    }
    a.unplaced.sort((x, y) => x.line - y.line);
  }

  private closeCell(): void {
    const cell = this.cell;
    if (!cell) return;
    this.cell = null;
    const width = this.paragraphMode ? Number.POSITIVE_INFINITY : this.cellWidth[cell.kind] || this.width;
    const items = cell.lines.some((l) => l.text) ? toItems(cell.lines, width, { joinAcrossBlank: !this.paragraphMode, leadWord: true }) : [];
    if (cell.kind === 'indicators') {
      // A goal named twice (overview, then action part) lists its indicators once.
      for (const t of itemTexts(items)) if (!cell.od.indicators.includes(t)) cell.od.indicators.push(t);
      return;
    }
    for (const it of items) {
      const funding = fundingOf(it.text.replace(/:$/, ''));
      const a = emptyAction(funding.title, it.line, 'table');
      a.funding = funding.funding;
      a.fundingRemark = funding.remark;
      a.steps = it.children.map((child) => this.step(child));
      this.attach(a, cell.sd, cell.od, null);
    }
  }

  /**
   * Text between headings outside any sheet. Under a goal in a plan with sheets, list items
   * are the goals overview; in a plan without sheets they are its actions. Other text is
   * attached to the next action (when one follows under the same goal), else to the last one.
   */
  private flushLoose(next: ParsedAction | null): void {
    const lines = this.loose;
    this.loose = [];
    if (!lines.some((l) => l.text)) return;
    const context = this.curOD ? `OD ${this.curOD.number}` : this.group ? this.group : this.curSD ? (this.curSD.number ? `SD ${this.curSD.number}` : this.curSD.title) : null;
    const rest: SourceFragment[] = [];
    for (const it of this.items(lines)) {
      const text = flatItem(it);
      if (it.marker && (this.curOD || this.curSD)) {
        if (this.hasSheets) {
          this.plan.outline.push({ text, line: it.line, strategicGoal: this.curSD?.number ?? null, operationalGoal: this.curOD?.number ?? null, year: this.yearContext });
        } else {
          const a = emptyAction(it.text.replace(/:$/, ''), it.line, 'outline');
          a.steps = it.children.map((child) => this.step(child));
          this.attach(a, this.curSD, this.curOD, this.group);
        }
      } else rest.push({ text, line: it.line, context });
    }
    if (rest.length === 0) return;
    const owner = next ?? this.lastAction;
    if (owner) owner.unplaced.push(...rest);
    else this.plan.unplaced.push(...rest);
  }

  /**
   * Goals in the order of their numbers: a goal named early in a general text (before the
   * overview or the action part) does not go first. Unnumbered goal-level headings keep their place
   * after the numbered goals.
   */
  private orderGoals(): void {
    const key = (n: string | null) => (n ?? '').split('.').map(Number);
    const cmp = (a: string | null, b: string | null) => {
      if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
      const x = key(a);
      const y = key(b);
      for (let k = 0; k < Math.max(x.length, y.length); k++) if ((x[k] ?? -1) !== (y[k] ?? -1)) return (x[k] ?? -1) - (y[k] ?? -1);
      return 0;
    };
    this.plan.strategicGoals.sort((a, b) => cmp(a.number, b.number));
    for (const sd of this.plan.strategicGoals) sd.operationalGoals.sort((a, b) => cmp(a.number, b.number));
  }

  /**
   * Actions carried over from earlier plans that the prose only names ("Concreet gaat het over
   * A, B en C"): actions without goal, in the plan year of their section (the first year when the
   * section has none), each once, and not when the plan has the action already. Only in a plan
   * without action sheets: in a plan with sheets every action has its sheet (a carried-over one
   * marked as such), as list items under a goal are its overview there, not its actions.
   */
  private addContinued(d: DocSection, items: Item[], footnotes: ReadonlySet<string>): void {
    if (this.hasSheets) return;
    // "het Mantelzorgcafé" in the prose is the action "Mantelzorgcafé" of a goals table.
    const key = (title: string) => comparable(title).replace(/^(?:de|het|een) /, '');
    const known = new Set(allActions(this.plan).map((a) => key(a.title)));
    for (const { title, line } of continuedActions(items, footnotes)) {
      if (known.has(key(title))) continue;
      known.add(key(title));
      const a = emptyAction(title, line, 'outline');
      a.carriedOver = true;
      a.year = d.year !== null && this.years.includes(d.year) ? d.year : (this.years[0] ?? null);
      this.attach(a, null, null, null);
    }
  }

  private finishDocument(): void {
    this.orderGoals();
    const sections: ParsedSection[] = [];
    // The numbers of footnotes at the foot of a page ("1 Binnen ELZ ..."), for a marker glued to a word.
    const footnotes = new Set(this.lines.map((l) => /^([\d¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})\s+\p{Lu}/u.exec(l.text)?.[1]).filter((n): n is string => !!n));
    for (const d of this.docSections) {
      const items = this.items(d.lines);
      this.addContinued(d, items, footnotes);
      const text = blockText(items);
      if (!d.heading && !text) continue;
      sections.push({ heading: d.heading, text: text ?? '', line: d.line || d.lines.find((l) => l.text)?.no || 0 });
      if (d.which === 'targetGroups' && text && !this.plan.targetGroupsText) this.plan.targetGroupsText = text;
      else if (d.which === 'network' && text && !this.plan.networkText) this.plan.networkText = text;
      else if (d.which === 'intro' && text && (!this.plan.introText || /inleiding/i.test(d.heading ?? ''))) {
        if (!this.plan.introText || !/inleiding/i.test(this.plan.introText)) this.plan.introText = text;
      } else if (d === this.docSections[0] && d.structural && DOC_TITLE.test(d.heading ?? '') && text && text.length <= 300 && text.split('\n').length <= 3) {
        // The lines under the document's title (the zone, a subtitle): read for the zone and year, nothing to place.
      } else if (text || (d.heading && !d.structural)) {
        const fragment = { text: [d.heading, text].filter(Boolean).join('\n'), line: d.line || d.lines.find((l) => l.text)?.no || 0, context: d.heading };
        // Before the first action: the plan's list; after it: the action before it.
        if (d.owner) d.owner.unplaced.push(fragment);
        else this.plan.unplaced.push(fragment);
      }
    }
    this.plan.sections = sections;
    const share = networkShare(this.plan.networkText);
    this.plan.networkTimeShare = share?.share ?? null;
    this.plan.networkTimePercent = share?.percent ?? null;
    this.plan.unplaced.sort((a, b) => a.line - b.line);
    this.plan.removedLines.template.sort((a, b) => a - b);
  }
}

/** Parses the text of an action plan or multi-year plan (see the module comment of parser.ts). */
export function parsePlanText(text: string): ParsedPlan {
  return new PlanParser(text).parse();
}

/** Every action of a parsed plan in document order of its goals. */
export function allActions(plan: ParsedPlan): ParsedAction[] {
  const out: ParsedAction[] = [];
  for (const sd of plan.strategicGoals) {
    for (const od of sd.operationalGoals) out.push(...od.actions);
    out.push(...sd.actions);
  }
  out.push(...plan.actionsWithoutGoal);
  return out.sort((a, b) => a.line - b.line);
}
