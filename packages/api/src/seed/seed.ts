// Loads the hand-written seed files (seed/data/*.json) into an empty database, in one transaction.
import fs from 'node:fs';
import path from 'node:path';
import type { DataSource, EntityManager } from 'typeorm';
import { DEFAULT_THEMES, type SeedAction, type SeedFederation, seedFederationSchema, type SeedZone, seedZoneSchema, slugify } from '@kruispunt/shared';
import { Action, ActionOwner } from '../modules/action/action.entity';
import { insertSheetChildren, sheetColumns } from '../modules/action/action-rows';
import { ActionPlan } from '../modules/action-plan/action-plan.entity';
import { Cluster } from '../modules/cluster/cluster.entity';
import { Partner } from '../modules/partner/partner.entity';
import { MultiYearPlan, OperationalGoal, StrategicGoal } from '../modules/plan/plan.entity';
import { Project, ProjectOwner } from '../modules/collaboration/project.entity';
import { Region } from '../modules/region/region.entity';
import { Theme } from '../modules/theme/theme.entity';
import { WorkingGroup, WorkingGroupOwner } from '../modules/collaboration/working-group.entity';
import { Zone } from '../modules/zone/zone.entity';
import { seedId } from './seed-ids';
import { fromTarget, type JoinTable, joinTableOf, joinTableSql } from '../common/write';

export const SEED_DIR = path.join(__dirname, 'data');

export interface SeedData {
  federation: SeedFederation;
  zones: SeedZone[];
}

/** Reads and validates every seed file; a malformed file fails with the file and field named. */
export function readSeedData(dir = SEED_DIR): SeedData {
  const parse = <T>(file: string, schema: { safeParse: (d: unknown) => { success: boolean; data?: T; error?: { issues: { path: PropertyKey[]; message: string }[] } } }): T => {
    const result = schema.safeParse(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')));
    if (!result.success) {
      const issues = result.error?.issues
        .slice(0, 10)
        .map((i) => `  ${i.path.join('.')}: ${i.message}`)
        .join('\n');
      throw new Error(`Seed file ${file} is invalid:\n${issues}`);
    }
    return result.data as T;
  };
  const federation = parse<SeedFederation>('federation.json', seedFederationSchema);
  const zones = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'federation.json')
    .sort()
    .map((f) => parse<SeedZone>(f, seedZoneSchema));
  return { federation, zones };
}

/** Working groups and projects of one zone may share a name with another zone's. */
function scoped(name: string, zone?: string): string {
  return zone ? `${zone}::${name}` : name;
}

/** True when the database holds no zone yet. */
export async function isEmpty(db: DataSource): Promise<boolean> {
  return (await db.getRepository(Zone).count()) === 0;
}

export async function loadSeed(db: DataSource, data: SeedData = readSeedData()): Promise<void> {
  await db.transaction((manager) => new SeedLoader(manager).load(data));
}

class SeedLoader {
  private readonly themes = new Map<string, Theme>();
  private readonly regions = new Map<string, Region>();
  private readonly partners = new Map<string, Partner>();
  private readonly zones = new Map<string, Zone>();
  private readonly workingGroups = new Map<string, WorkingGroup>();
  private readonly projects = new Map<string, Project>();

  constructor(private readonly m: EntityManager) {}

  async load({ federation, zones }: SeedData): Promise<void> {
    for (const t of DEFAULT_THEMES) this.themes.set(t.slug, await this.m.save(Theme, this.m.create(Theme, { ...t, id: seedId('theme', t.slug) })));
    for (const r of federation.regions) {
      this.regions.set(r.name, await this.m.save(Region, this.m.create(Region, { ...r, id: seedId('region', slugify(r.name)), slug: slugify(r.name) })));
    }
    for (const p of federation.partners) await this.partner(p.name, p.sector);
    for (const z of zones) await this.zone(z);
    for (const wg of federation.workingGroups) await this.workingGroup(wg);
    for (const p of federation.projects) await this.project(p);
    for (const z of zones) {
      for (const wg of z.workingGroups) await this.workingGroup(wg, z.shortName);
      for (const p of z.projects) await this.project(p, z.shortName);
    }
    for (const z of zones) await this.plans(z);
  }

  /** A zone's own working group or project by name, else the shared one of that name. */
  private scopedRef<T>(map: Map<string, T>, name: string, zone: string, what: string): T {
    return map.get(scoped(name, zone)) ?? this.ref(map, name, what);
  }

  private ref<T>(map: Map<string, T>, key: string, what: string): T {
    const value = map.get(key);
    if (!value) throw new Error(`Seed data refers to unknown ${what} "${key}"`);
    return value;
  }

  private async partner(name: string, sector: string | null = null): Promise<Partner> {
    const existing = this.partners.get(name);
    if (existing) {
      if (!existing.sector && sector) {
        existing.sector = sector;
        await this.m.update(Partner, existing.id, { sector });
      }
      return existing;
    }
    const saved = await this.m.save(Partner, this.m.create(Partner, { id: seedId('partner', name), name, sector }));
    this.partners.set(name, saved);
    return saved;
  }

  /** Links one owner to targets through a join table (see joinTableOf), keeping links that exist. */
  private async link(joinTable: JoinTable, ownerId: string, targetIds: string[]): Promise<void> {
    const unique = [...new Set(targetIds)];
    if (unique.length === 0) return;
    await this.m.query(joinTableSql.insertMissing(joinTable), [ownerId, unique]);
  }

  private async zone(z: SeedZone): Promise<void> {
    const region = this.ref(this.regions, z.region, 'region');
    const zone = await this.m.save(
      Zone,
      this.m.create(Zone, {
        id: seedId('zone', slugify(z.name)),
        regionId: region.id,
        name: z.name,
        shortName: z.shortName,
        slug: slugify(z.name),
        municipalities: z.municipalities,
        staffFte: z.staffFte,
        networkTimeShare: z.networkTimeShare,
        networkTimePercent: z.networkTimePercent,
      }),
    );
    this.zones.set(z.shortName, zone);
    const partnerIds: string[] = [];
    for (const p of z.partners) partnerIds.push((await this.partner(p.name, p.sector)).id);
    for (const c of z.clusters) {
      const cluster = await this.m.save(Cluster, this.m.create(Cluster, { id: seedId('cluster', zone.slug, c.name), zoneId: zone.id, kind: c.kind, name: c.name }));
      const members = await Promise.all(c.partners.map((name) => this.partner(name)));
      await this.link(
        joinTableOf(this.m, Cluster, 'members'),
        cluster.id,
        members.map((p) => p.id),
      );
      partnerIds.push(...members.map((p) => p.id));
    }
    await this.link(fromTarget(joinTableOf(this.m, Partner, 'zones')), zone.id, partnerIds);
  }

  private owners(owners: { zone: string; role: SeedFederation['projects'][number]['owners'][number]['role'] }[], defaultZone?: string) {
    const list = owners.length > 0 ? owners : defaultZone ? [{ zone: defaultZone, role: 'LEAD' as const }] : [];
    if (list.length === 0) throw new Error('Shared work without owner zones');
    return list.map((o) => ({ zoneId: this.ref(this.zones, o.zone, 'zone').id, role: o.role }));
  }

  private async workingGroup(wg: SeedFederation['workingGroups'][number], defaultZone?: string): Promise<void> {
    const saved = await this.m.save(
      WorkingGroup,
      this.m.create(WorkingGroup, {
        id: seedId('working-group', scoped(wg.name, defaultZone)),
        name: wg.name,
        kind: wg.kind,
        description: wg.description,
        cadence: wg.cadence,
        periodStart: wg.periodStart,
        periodEnd: wg.periodEnd,
        funder: wg.funder,
      }),
    );
    this.workingGroups.set(scoped(wg.name, defaultZone), saved);
    for (const o of this.owners(wg.owners, defaultZone)) await this.m.save(WorkingGroupOwner, this.m.create(WorkingGroupOwner, { ...o, workingGroupId: saved.id }));
    const members = await Promise.all(wg.partners.map((n) => this.partner(n)));
    await this.link(
      joinTableOf(this.m, WorkingGroup, 'members'),
      saved.id,
      members.map((p) => p.id),
    );
    await this.link(
      joinTableOf(this.m, WorkingGroup, 'themes'),
      saved.id,
      wg.themes.map((t) => this.ref(this.themes, t, 'theme').id),
    );
  }

  private async project(p: SeedFederation['projects'][number], defaultZone?: string): Promise<void> {
    const saved = await this.m.save(
      Project,
      this.m.create(Project, {
        id: seedId('project', scoped(p.name, defaultZone)),
        name: p.name,
        status: p.status,
        description: p.description,
        cadence: p.cadence,
        periodStart: p.periodStart,
        periodEnd: p.periodEnd,
        funder: p.funder,
      }),
    );
    this.projects.set(scoped(p.name, defaultZone), saved);
    for (const o of this.owners(p.owners, defaultZone)) await this.m.save(ProjectOwner, this.m.create(ProjectOwner, { ...o, projectId: saved.id }));
    const members = await Promise.all(p.partners.map((n) => this.partner(n)));
    await this.link(
      joinTableOf(this.m, Project, 'members'),
      saved.id,
      members.map((x) => x.id),
    );
    await this.link(
      joinTableOf(this.m, Project, 'themes'),
      saved.id,
      p.themes.map((t) => this.ref(this.themes, t, 'theme').id),
    );
  }

  private async plans(z: SeedZone): Promise<void> {
    const zone = this.ref(this.zones, z.shortName, 'zone');
    const myp = await this.m.save(
      MultiYearPlan,
      this.m.create(MultiYearPlan, {
        id: seedId('multi-year-plan', zone.slug, z.multiYearPlan.yearFrom, z.multiYearPlan.yearTo),
        zoneId: zone.id,
        yearFrom: z.multiYearPlan.yearFrom,
        yearTo: z.multiYearPlan.yearTo,
        title: z.multiYearPlan.title,
      }),
    );
    const sds = new Map<string, StrategicGoal>();
    const ods = new Map<string, OperationalGoal>();
    for (const [i, sd] of z.multiYearPlan.strategicGoals.entries()) {
      const saved = await this.m.save(
        StrategicGoal,
        this.m.create(StrategicGoal, { id: seedId('strategic-goal', myp.id, sd.number), multiYearPlanId: myp.id, number: sd.number, title: sd.title, kind: sd.kind, position: i }),
      );
      sds.set(sd.number, saved);
      for (const [j, od] of sd.operationalGoals.entries()) {
        const savedOd = await this.m.save(
          OperationalGoal,
          this.m.create(OperationalGoal, {
            id: seedId('operational-goal', saved.id, od.number),
            strategicGoalId: saved.id,
            number: od.number,
            title: od.title,
            deadline: od.deadline,
            indicators: od.indicators,
            position: j,
          }),
        );
        ods.set(od.number, savedOd);
      }
    }
    for (const p of z.actionPlans) {
      const plan = await this.m.save(
        ActionPlan,
        this.m.create(ActionPlan, {
          id: seedId('action-plan', zone.slug, p.year),
          zoneId: zone.id,
          multiYearPlanId: myp.id,
          year: p.year,
          status: p.status,
          submittedAt: p.status === 'SUBMITTED' ? new Date(`${p.year - 1}-10-15T12:00:00Z`) : null,
          // The texts the zone wrote (its seed file has one set): each plan has them, reviewed, unless
          // the plan says otherwise (null: a plan of another year than the texts, which has none).
          introText: p.introText !== undefined ? p.introText : z.introText,
          targetGroupsText: p.targetGroupsText !== undefined ? p.targetGroupsText : z.targetGroupsText,
          networkText: p.networkText !== undefined ? p.networkText : z.networkText,
          textsProposedFromYear: null,
        }),
      );
      for (const [i, a] of p.actions.entries()) await this.action(z, plan, a, i, { sds, ods });
    }
  }

  private async action(z: SeedZone, plan: ActionPlan, a: SeedAction, position: number, goals: { sds: Map<string, StrategicGoal>; ods: Map<string, OperationalGoal> }): Promise<void> {
    const lead = a.lead;
    const saved = await this.m.save(
      Action,
      this.m.create(Action, {
        id: seedId('action', plan.id, position),
        actionPlanId: plan.id,
        position,
        ...sheetColumns(a),
        operationalGoalId: a.operationalGoal ? this.ref(goals.ods, a.operationalGoal, `operational goal of ${z.shortName}`).id : null,
        strategicGoalId: a.strategicGoal && !a.operationalGoal ? this.ref(goals.sds, a.strategicGoal, `strategic goal of ${z.shortName}`).id : null,
        leadText: lead?.text ?? null,
        leadZoneId: lead?.zone ? this.ref(this.zones, lead.zone, 'zone').id : null,
        leadPartnerId: lead?.partner ? (await this.partner(lead.partner)).id : null,
        leadWorkingGroupId: lead?.workingGroup ? this.scopedRef(this.workingGroups, lead.workingGroup, z.shortName, 'working group').id : null,
        stakeholdersOther: a.stakeholdersOther,
        funding: a.funding,
        progressStatus: a.progressStatus,
        notes: a.notes,
      }),
    );
    for (const o of this.owners(a.owners, z.shortName)) await this.m.save(ActionOwner, this.m.create(ActionOwner, { ...o, actionId: saved.id }));
    await insertSheetChildren(this.m, saved.id, a);
    const stakeholders = await Promise.all(a.stakeholderPartners.map((n) => this.partner(n)));
    await this.link(
      joinTableOf(this.m, Action, 'stakeholderPartners'),
      saved.id,
      stakeholders.map((p) => p.id),
    );
    await this.link(
      fromTarget(joinTableOf(this.m, Partner, 'zones')),
      this.ref(this.zones, z.shortName, 'zone').id,
      stakeholders.map((p) => p.id),
    );
    await this.link(
      joinTableOf(this.m, Action, 'themes'),
      saved.id,
      a.themes.map((t) => this.ref(this.themes, t, 'theme').id),
    );
    await this.link(
      joinTableOf(this.m, Action, 'workingGroups'),
      saved.id,
      a.workingGroups.map((n) => this.scopedRef(this.workingGroups, n, z.shortName, 'working group').id),
    );
    await this.link(
      joinTableOf(this.m, Action, 'projects'),
      saved.id,
      a.projects.map((n) => this.scopedRef(this.projects, n, z.shortName, 'project').id),
    );
  }
}
