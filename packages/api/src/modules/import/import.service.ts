// Importing a parsed plan (see @kruispunt/shared plan-parser) as a draft action plan of a zone:
// the multi-year plan with the goals the plan names, one draft action plan per plan year, and
// every action with all its parsed sections. Two ways in: the command line (`importPlan`: the
// zone by name, created with its region when new; the years the text names) and the web's import
// page (`importIntoZone`: a zone the caller edits and one year, the plan as the user corrected it,
// validated with the shared zod schema). One transaction with an audit record per created row; an
// existing plan of the zone for one of the years stops the import before anything is written.
import type { DataSource, EntityManager } from 'typeorm';
import {
  findOrganisations,
  goalKindOf,
  importMatchesSchema,
  matchOrganisation,
  organisationKey,
  organisationName,
  type ParsedAction,
  type ParsedPlan,
  parsedPlanSchema,
  projectsNamed,
  slugify,
  type SourceFragment,
} from '@kruispunt/shared';
import { AppError } from '../../common/app-error';
import { config } from '../../config';
import { recordChange, snapshot } from '../audit/audit';
import { invalid, joinTableOf, joinTableSql, uuidOf } from '../../common/write';
import { toGlobalId } from '../../common/global-id';
import { parseInput } from '../../common/validate';
import { Action, type ActionIndicator, ActionOwner } from '../action/action.entity';
import { insertSheetChildren, sheetColumns } from '../action/action-rows';
import { ActionPlan } from '../action-plan/action-plan.entity';
import { Viewer } from '../auth/viewer';
import type { ImportMatches } from './import-matches.types';
import { createZonePartner } from '../partner/partner-write.service';
import { MultiYearPlan, OperationalGoal, StrategicGoal } from '../plan/plan.entity';
import { Partner } from '../partner/partner.entity';
import { Project } from '../collaboration/project.entity';
import { Region } from '../region/region.entity';
import { Theme } from '../theme/theme.entity';
import { Zone } from '../zone/zone.entity';
import { EXISTING_PLAN_YEARS_SQL, OVERLAPPING_PLAN_SQL, PARTNER_NAMES_SQL, PROJECT_IDS_SQL, ZONE_NAMES_SQL, ZONE_NAME_TAKEN_SQL } from './import.queries';

// The kind of a strategic goal from its title lives in shared (the preview's theme suggestions use it too).
export { goalKindOf };

export interface ImportOptions {
  /** Name of the zone to import into; created when no zone has this name (or short name). */
  zone: string;
  /** Region of a new zone; created when new. Not needed for an existing zone. */
  region?: string | null;
  /** Where the text came from (file name), for the audit record. */
  source?: string | null;
}

export interface ImportResult {
  zoneId: string;
  zoneCreated: boolean;
  regionCreated: boolean;
  multiYearPlanId: string;
  multiYearPlanCreated: boolean;
  actionPlans: { id: string; year: number; actions: number }[];
  counts: { strategicGoals: number; operationalGoals: number; actions: number; steps: number; indicators: number };
  /** Text before the first action the parser could not place; kept in the plan's audit record. */
  unplacedBeforeFirstAction: number;
}

/** The viewer of imports from the command line: not a person, allowed everything, named in the audit trail. */
export function systemViewer(name = 'Import (CLI)'): Viewer {
  return new Viewer({
    kind: 'session',
    userId: null,
    userName: name,
    isAdmin: true,
    editorZoneIds: [],
    viewerZoneIds: [],
    coachRegionIds: [],
    tokenId: null,
    tokenScope: null,
    sessionId: null,
  });
}

/** "ELZ Leuven Noord" → "Leuven Noord", "Eerstelijnszone Zuidoost Hageland" → "Zuidoost Hageland". */
export function shortNameOf(name: string): string {
  return name.replace(/^(?:ELZ|Eerstelijnszone)\s+/i, '').trim() || name;
}

function fragmentText(f: SourceFragment): string {
  return `[regel ${f.line}${f.context ? `, ${f.context}` : ''}] ${f.text}`;
}

/** Text of the sheet that fits no field: the grouping heading and the unplaced fragments, with their lines. */
function notesOf(a: ParsedAction): string | null {
  const parts: string[] = [];
  if (a.group) parts.push(`Onder: ${a.group}`);
  if (a.unplaced.length) parts.push('Niet geplaatste tekst uit het plan:', ...a.unplaced.map(fragmentText));
  return parts.length ? parts.join('\n') : null;
}

/** An action with the goals it stands under in the plan's tree (the tree, not the action's own fields, is what the user arranged). */
interface PlacedAction {
  a: ParsedAction;
  sd: string | null;
  od: string | null;
  /** Where it stands in the plan sent ("plan.strategicGoals.0.operationalGoals.1.actions.2"), to name a field in an error. */
  path: string;
}

/** Every action of the plan with its place in the goal tree, in the order of the source text. */
function placedActions(plan: ParsedPlan): PlacedAction[] {
  const out: PlacedAction[] = [];
  plan.strategicGoals.forEach((sd, i) => {
    sd.operationalGoals.forEach((od, j) => od.actions.forEach((a, k) => out.push({ a, sd: sd.number, od: od.number, path: `plan.strategicGoals.${i}.operationalGoals.${j}.actions.${k}` })));
    sd.actions.forEach((a, k) => out.push({ a, sd: sd.number, od: null, path: `plan.strategicGoals.${i}.actions.${k}` }));
  });
  plan.actionsWithoutGoal.forEach((a, k) => out.push({ a, sd: null, od: null, path: `plan.actionsWithoutGoal.${k}` }));
  return out.sort((x, y) => x.a.line - y.a.line);
}

interface Directory {
  partners: { id: string; name: string }[];
  zones: { id: string; name: string; shortName: string }[];
  projects: Set<string>;
}

export class PlanImportService {
  constructor(
    private readonly db: DataSource,
    private readonly viewer: Viewer = systemViewer(),
  ) {}

  /** The command line: into the zone of that name (created with its region when new), for every year the text names. */
  async importPlan(parsed: ParsedPlan, options: ImportOptions): Promise<ImportResult> {
    const zoneName = options.zone.trim();
    if (!zoneName) throw invalid('zone', 'Geef de naam van de zone (--zone).');
    if (parsed.years.length === 0) throw invalid('years', 'In de tekst staat geen planjaar (bv. "Acties 2025" of "Actieplan 2025").');
    const actions = placedActions(parsed);
    if (actions.length === 0) throw invalid('actions', 'In de tekst zijn geen acties gevonden; er is niets geïmporteerd.');
    return this.db.transaction(async (m) => {
      const found = await this.findZone(m, zoneName);
      const locked = found && (await this.lockZone(m, found.id));
      const { zone, zoneCreated, regionCreated } = locked ? { zone: locked, zoneCreated: false, regionCreated: false } : await this.createZone(m, parsed, { ...options, zone: zoneName });
      const { result } = await this.store(m, zone, parsed, parsed.years, actions, options.source ?? null, !zoneCreated);
      return { ...result, zoneCreated, regionCreated };
    });
  }

  /**
   * The web's import page: a parsed plan (as the user corrected it) into a zone the caller edits,
   * as the draft action plan of one year. Every action goes into that year's plan.
   */
  async importIntoZone(zoneGlobalId: string, year: number, input: unknown, options: { source?: string | null } = {}): Promise<ActionPlan> {
    this.viewer.requireSignedIn();
    const zoneId = uuidOf(zoneGlobalId, 'Zone', 'zoneId');
    this.viewer.requireZoneEditor(zoneId);
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw invalid('year', 'Kies een jaar tussen 2000 en 2100.');
    const parsed: ParsedPlan = parseInput(parsedPlanSchema, input, 'plan');
    const actions = placedActions(parsed);
    if (actions.length === 0) throw invalid('plan', 'Het plan heeft geen acties; er is niets opgeslagen.');
    // The same bound as the preview's: one transaction may not write an unbounded number of rows.
    const { maxActions } = config.importLimits;
    if (actions.length > maxActions)
      throw new AppError('INVALID_INPUT', `Het plan heeft te veel acties (${actions.length}): hoogstens ${maxActions} per import.`, {
        field: 'plan',
        limit: maxActions,
        limitName: 'IMPORT_MAX_ACTIONS',
      });
    return this.db.transaction(async (m) => {
      const zone = await this.lockZone(m, zoneId);
      if (!zone) throw new AppError('NOT_FOUND', 'Deze zone bestaat niet (meer).', { field: 'zoneId' });
      const { plans } = await this.store(m, zone, parsed, [year], actions, options.source ?? null, true);
      return plans[0]!;
    });
  }

  /**
   * For the import review: which names under "Met wie?" are partners of the directory, which are
   * zones (never partners) and which may become a new partner; which texts name a project.
   */
  async matches(input: unknown): Promise<ImportMatches> {
    this.viewer.requireSomeZoneEditor();
    const { partnerNames, texts } = parseInput(importMatchesSchema, input);
    const [partners, zones, projects] = await Promise.all([
      this.db.getRepository(Partner).find({ order: { name: 'ASC' } }),
      this.db.getRepository(Zone).find({ order: { name: 'ASC' } }),
      this.db.getRepository(Project).find({ order: { name: 'ASC' } }),
    ]);
    return {
      partners: partnerNames.map((line) => ({ line, ...findOrganisations(line, partners, zones) })),
      projects: texts.map((text, index) => ({ index, projects: projectsNamed(text, projects) })).filter((t) => t.projects.length > 0),
    };
  }

  private async createZone(m: EntityManager, parsed: ParsedPlan, options: ImportOptions): Promise<{ zone: Zone; zoneCreated: boolean; regionCreated: boolean }> {
    let regionCreated = false;
    const regionName = options.region?.trim();
    if (!regionName) throw invalid('region', `Zone "${options.zone}" bestaat nog niet: geef ook haar regio (--region).`);
    let region = await m
      .getRepository(Region)
      .createQueryBuilder('r')
      .where('lower(r.name) = lower(:n) OR r.slug = :s', { n: regionName, s: slugify(regionName) })
      .getOne();
    if (!region) {
      region = await m.save(Region, m.create(Region, { name: regionName, slug: slugify(regionName), description: null }));
      await recordChange(m, this.viewer, 'Region', region.id, null, snapshot(region));
      regionCreated = true;
    }
    const shortName = shortNameOf(options.zone);
    const clash: unknown[] = await m.query(ZONE_NAME_TAKEN_SQL, [shortName, slugify(options.zone)]);
    if (clash.length) throw invalid('zone', `Er bestaat al een zone met de korte naam "${shortName}"; geef de volledige naam van die zone.`);
    const zone = await m.save(
      Zone,
      m.create(Zone, {
        regionId: region.id,
        name: options.zone,
        shortName,
        slug: slugify(options.zone),
        municipalities: [],
        staffFte: null,
        networkTimeShare: parsed.networkTimeShare,
        networkTimePercent: parsed.networkTimePercent,
      }),
    );
    await recordChange(m, this.viewer, 'Zone', zone.id, null, snapshot(zone));
    return { zone, zoneCreated: true, regionCreated };
  }

  /** The zone's row, locked: imports into one zone take turns, so the check for an existing plan sees the other's. */
  private async lockZone(m: EntityManager, id: string): Promise<Zone | null> {
    return m.getRepository(Zone).createQueryBuilder('z').setLock('pessimistic_write').where('z.id = :id', { id }).getOne();
  }

  private async store(
    m: EntityManager,
    zone: Zone,
    parsed: ParsedPlan,
    years: number[],
    actions: PlacedAction[],
    source: string | null,
    existingZone: boolean,
  ): Promise<{ result: Omit<ImportResult, 'zoneCreated' | 'regionCreated'>; plans: ActionPlan[] }> {
    if (existingZone) {
      // An import never writes into an existing plan, so never into a submitted one either.
      const existing: { year: number }[] = await m.query(EXISTING_PLAN_YEARS_SQL, [zone.id, years]);
      if (existing.length) {
        const list = existing.map((r) => r.year).join(', ');
        throw invalid('year', `${zone.name} heeft al een actieplan ${list}; er is niets geïmporteerd.`);
      }
      // The network share the text states fills the zone's profile where it is still empty (the
      // general texts are the imported plan's own, below).
      const patch: Partial<Zone> = {};
      if (!zone.networkTimeShare && parsed.networkTimeShare) {
        patch.networkTimeShare = parsed.networkTimeShare;
        patch.networkTimePercent = parsed.networkTimePercent;
      }
      if (Object.keys(patch).length) {
        const before = snapshot(zone);
        await m.update(Zone, zone.id, patch);
        await recordChange(m, this.viewer, 'Zone', zone.id, before, { ...before, ...patch });
      }
    }

    const { plan: myp, created: mypCreated } = await this.multiYearPlan(m, zone, parsed, years);
    const goals = await this.goals(m, myp, parsed);

    const plans = new Map<number, { plan: ActionPlan; position: number }>();
    for (const year of years) {
      // The texts as the zone wrote them for this plan: reviewed, not a proposal.
      const texts = { introText: parsed.introText, targetGroupsText: parsed.targetGroupsText, networkText: parsed.networkText, textsProposedFromYear: null };
      const plan = await m.save(ActionPlan, m.create(ActionPlan, { zoneId: zone.id, multiYearPlanId: myp.id, year, submittedAt: null, ...texts }));
      // Text before the first action has no field in the database: it stays in the plan's audit record.
      const unplaced = year === years[0] ? parsed.unplaced.map(fragmentText) : [];
      // The year(s) the text named stay beside the year it was stored under (they may differ: the user chose).
      await recordChange(m, this.viewer, 'ActionPlan', plan.id, null, { ...snapshot(plan), importedFrom: source, textYears: parsed.years, unplacedText: unplaced });
      plans.set(year, { plan, position: 0 });
    }

    let steps = 0;
    let indicators = 0;
    const perPlan = new Map<number, number>();
    // Themes the person kept in the review (`themes` of each action); nothing is set that they did not see.
    const themeIds = new Map((await m.find(Theme, { select: { id: true, slug: true } })).map((t) => [t.slug, t.id]));
    const directory = await this.directory(m, actions);
    for (const { a, sd: sdNumber, od: odNumber, path } of actions) {
      const partnerIds = await this.stakeholderPartners(m, zone, a, path, directory);
      const projectIds = this.projectIds(a, path, directory);
      const year = a.year !== null && plans.has(a.year) ? a.year : years[0]!;
      const target = plans.get(year)!;
      const od = odNumber ? (goals.ods.get(odNumber) ?? null) : null;
      const sd = !od && sdNumber ? (goals.sds.get(sdNumber) ?? null) : null;
      const saved = await m.save(
        Action,
        m.create(Action, {
          actionPlanId: target.plan.id,
          position: target.position++,
          ...sheetColumns(a),
          operationalGoalId: od?.id ?? null,
          strategicGoalId: sd?.id ?? null,
          leadText: a.lead,
          leadZoneId: null,
          leadPartnerId: null,
          leadWorkingGroupId: null,
          // A line that is now a linked partner is not repeated as text (a line with a remark stays).
          stakeholdersOther: a.stakeholders.filter((line) => !partnerIds.keys.has(organisationKey(line))),
          funding: a.funding.toUpperCase() as Action['funding'],
          continuedFromId: null,
          progressStatus: 'PLANNED',
          notes: notesOf(a),
        }),
      );
      await m.insert(ActionOwner, { actionId: saved.id, zoneId: zone.id, role: 'LEAD' });
      const indicatorRows = a.indicators.map((ind) => ({
        name: ind.text,
        method: ind.method,
        targetValue: ind.target?.value ?? null,
        targetUnit: ind.target?.unit?.slice(0, 100) ?? null,
        kind: ind.kind.toUpperCase() as ActionIndicator['kind'],
      }));
      const children = await insertSheetChildren(m, saved.id, { steps: a.steps, timeline: a.timeline, indicators: indicatorRows });
      const kept = [...new Set(a.themes ?? [])];
      const unknown = kept.find((slug) => !themeIds.has(slug));
      if (unknown) throw invalid('plan', `Onbekend thema "${unknown}" bij actie "${a.title}".`);
      if (kept.length) {
        const themes = joinTableOf(m, Action, 'themes');
        await m
          .createQueryBuilder()
          .insert()
          .into(themes.table)
          .values(kept.map((slug) => ({ [themes.ownerColumn]: saved.id, [themes.targetColumn]: themeIds.get(slug) })))
          .execute();
      }
      if (partnerIds.ids.length) await m.query(joinTableSql.insertMany(joinTableOf(m, Action, 'stakeholderPartners')), [saved.id, partnerIds.ids]);
      if (projectIds.length) await m.query(joinTableSql.insertMany(joinTableOf(m, Action, 'projects')), [saved.id, projectIds]);
      await recordChange(m, this.viewer, 'Action', saved.id, null, {
        ...snapshot(saved),
        owners: [{ zoneId: zone.id, role: 'LEAD' }],
        ...children,
        ...(partnerIds.ids.length ? { stakeholderPartnerIds: partnerIds.ids.map((id) => toGlobalId('Partner', id)).sort() } : {}),
        ...(projectIds.length ? { projectIds: projectIds.map((id) => toGlobalId('Project', id)).sort() } : {}),
      });
      steps += children.steps.length;
      indicators += children.indicators.length;
      perPlan.set(year, (perPlan.get(year) ?? 0) + 1);
    }

    const result = {
      zoneId: zone.id,
      multiYearPlanId: myp.id,
      multiYearPlanCreated: mypCreated,
      actionPlans: [...plans].map(([year, p]) => ({ id: p.plan.id, year, actions: perPlan.get(year) ?? 0 })),
      counts: { strategicGoals: goals.sds.size, operationalGoals: goals.ods.size, actions: actions.length, steps, indicators },
      unplacedBeforeFirstAction: parsed.unplaced.length,
    };
    return { result, plans: [...plans.values()].map((p) => p.plan) };
  }

  /** The partners, zones and projects the review's choices are checked against; read only when an action has such choices. */
  private async directory(m: EntityManager, actions: PlacedAction[]): Promise<Directory> {
    const empty: Directory = { partners: [], zones: [], projects: new Set() };
    if (!actions.some(({ a }) => a.partners?.length || a.projects?.length)) return empty;
    const partners: { id: string; name: string }[] = await m.query(PARTNER_NAMES_SQL);
    const zones: { id: string; name: string; shortName: string }[] = await m.query(ZONE_NAMES_SQL);
    const projects: { id: string }[] = await m.query(PROJECT_IDS_SQL);
    return { partners, zones, projects: new Set(projects.map((p) => p.id)) };
  }

  /**
   * The partners an action's "Met wie?" names that the person linked in the review: a partner of
   * the directory, or a new one when they confirmed its creation (made in this transaction, active
   * in the zone imported into). A zone is never taken for a partner.
   */
  private async stakeholderPartners(m: EntityManager, zone: Zone, a: ParsedAction, path: string, directory: Directory): Promise<{ ids: string[]; keys: Set<string> }> {
    const ids: string[] = [];
    const keys = new Set<string>();
    for (const [i, choice] of (a.partners ?? []).entries()) {
      const field = `${path}.partners.${i}`;
      // The name as offered (a directory partner's own name, "BAF (Brabants Apothekersforum)"), else as read from a line; a zone never a partner.
      const name = organisationName(choice.name);
      const asZone = matchOrganisation(choice.name, directory.partners, directory.zones);
      const exact = directory.partners.find((p) => organisationKey(p.name) === organisationKey(choice.name));
      const match = asZone.kind === 'zone' ? asZone : exact ? { kind: 'partner' as const, partner: exact } : matchOrganisation(name, directory.partners, directory.zones);
      let id: string;
      if (match.kind === 'zone') throw invalid(`${field}.name`, `“${name}” is een zone, geen partner: laat het bij de stakeholders als tekst.`);
      if (match.kind === 'partner') id = match.partner.id;
      else if (!choice.create) throw invalid(`${field}.name`, `Er is geen partner “${name}”: kies om hem aan te maken, of laat hem bij de stakeholders als tekst.`);
      // The same test as the review's offer (importMatches' newName): one organisation's name, no list or description.
      else if (findOrganisations(choice.name, directory.partners, directory.zones).newName === null)
        throw invalid(`${field}.name`, `“${name}” is geen naam van een organisatie: laat het bij de stakeholders als tekst.`);
      else {
        const created = await createZonePartner(m, this.viewer, name, zone.id, field);
        directory.partners.push({ id: created.id, name: created.name });
        id = created.id;
      }
      if (!ids.includes(id)) ids.push(id);
      keys.add(organisationKey(choice.name));
      keys.add(organisationKey(name));
    }
    return { ids, keys };
  }

  /** The projects an action was linked to in the review (a project paragraph made an action). */
  private projectIds(a: ParsedAction, path: string, directory: Directory): string[] {
    const ids = (a.projects ?? []).map((g) => uuidOf(g, 'Project', `${path}.projects`));
    if (ids.some((id) => !directory.projects.has(id))) throw invalid(`${path}.projects`, 'Een van de gekozen projecten bestaat niet (meer).');
    return [...new Set(ids)];
  }

  private async findZone(m: EntityManager, name: string): Promise<Zone | null> {
    return m
      .getRepository(Zone)
      .createQueryBuilder('z')
      .where('lower(z.name) = lower(:n) OR lower(z.short_name) = lower(:n) OR z.slug = :s', { n: name, s: slugify(name) })
      .getOne();
  }

  /** The zone's multi-year plan that covers the plan years, else a new one for the period the text names. */
  private async multiYearPlan(m: EntityManager, zone: Zone, parsed: ParsedPlan, years: number[]): Promise<{ plan: MultiYearPlan; created: boolean }> {
    const from = Math.min(...years);
    const to = Math.max(...years);
    const covering = await m
      .getRepository(MultiYearPlan)
      .createQueryBuilder('p')
      .where('p.zone_id = :z AND p.year_from <= :from AND p.year_to >= :to', { z: zone.id, from, to })
      .orderBy('p.year_from', 'DESC')
      .getOne();
    if (covering) return { plan: covering, created: false };
    const named = parsed.multiYearPlan;
    const candidates: { yearFrom: number; yearTo: number; title: string }[] = [];
    if (named && named.yearFrom <= from && named.yearTo >= to) candidates.push(named);
    candidates.push({ yearFrom: from, yearTo: to, title: from === to ? `Meerjarenplan ${zone.name} (${from})` : `Meerjarenplan ${zone.name} ${from}-${to}` });
    for (const c of candidates) {
      const overlap: unknown[] = await m.query(OVERLAPPING_PLAN_SQL, [zone.id, c.yearFrom, c.yearTo]);
      if (overlap.length) continue;
      const plan = await m.save(MultiYearPlan, m.create(MultiYearPlan, { zoneId: zone.id, yearFrom: c.yearFrom, yearTo: c.yearTo, title: c.title.slice(0, 300) }));
      await recordChange(m, this.viewer, 'MultiYearPlan', plan.id, null, snapshot(plan));
      return { plan, created: true };
    }
    throw invalid('years', `De meerjarenplannen van ${zone.name} overlappen ${from}-${to} maar dekken het niet; pas ze eerst aan.`);
  }

  /** The goals the text names, added to the multi-year plan where it does not have them yet (matched by number). */
  private async goals(m: EntityManager, myp: MultiYearPlan, parsed: ParsedPlan): Promise<{ sds: Map<string, StrategicGoal>; ods: Map<string, OperationalGoal> }> {
    const sds = new Map<string, StrategicGoal>();
    const ods = new Map<string, OperationalGoal>();
    const existingSds = await m.getRepository(StrategicGoal).findBy({ multiYearPlanId: myp.id });
    let sdPosition = existingSds.reduce((n, g) => Math.max(n, g.position + 1), 0);
    for (const psd of parsed.strategicGoals) {
      if (psd.number === null) continue;
      let sd = existingSds.find((g) => g.number === psd.number);
      if (!sd) {
        const title = psd.title || `Strategische doelstelling ${psd.number}`;
        sd = await m.save(StrategicGoal, m.create(StrategicGoal, { multiYearPlanId: myp.id, number: psd.number, title, kind: goalKindOf(title), position: sdPosition++ }));
        await recordChange(m, this.viewer, 'StrategicGoal', sd.id, null, snapshot(sd));
        existingSds.push(sd);
      }
      sds.set(psd.number, sd);
      const existingOds = await m.getRepository(OperationalGoal).findBy({ strategicGoalId: sd.id });
      let odPosition = existingOds.reduce((n, g) => Math.max(n, g.position + 1), 0);
      for (const pod of psd.operationalGoals) {
        let od = existingOds.find((g) => g.number === pod.number);
        if (!od) {
          od = await m.save(
            OperationalGoal,
            m.create(OperationalGoal, {
              strategicGoalId: sd.id,
              number: pod.number,
              title: pod.title || `Operationele doelstelling ${pod.number}`,
              deadline: pod.deadline,
              indicators: pod.indicators,
              position: odPosition++,
            }),
          );
          await recordChange(m, this.viewer, 'OperationalGoal', od.id, null, snapshot(od));
        }
        ods.set(pod.number, od);
      }
    }
    return { sds, ods };
  }
}
