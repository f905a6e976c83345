// A realistic synthetic data set for benchmarks and scale tests: zones in regions with their
// municipalities, clusters and partners, multi-year goals, yearly action plans whose sheets have
// every section filled, working groups and projects shared by neighbouring zones, progress
// (reviews, indicator values) and history (audit entries).
//
// Deterministic: one seeded PRNG per concern (content, ids) drives every choice, so the same
// seed on an empty database gives the same rows, ids included. Fast: all rows are built in
// memory first and written with one multi-row `INSERT ... SELECT FROM unnest(...)` per table
// (chunked), in one transaction. Names never clash with rows already there (the seed zones, or
// an earlier generated set): a taken name gets a suffix.
import type { DataSource, EntityManager, EntityMetadata } from 'typeorm';
import { DEFAULT_THEMES, EVALUATION_KINDS, type EvaluationKind, type OwnerRole, type PlanStatus, type ProgressStatus, slugify } from '@kruispunt/shared';
import * as V from './generate-vocabulary';
import { Action } from '../modules/action/action.entity';
import { sheetColumns } from '../modules/action/action-rows';

export interface GenerateOptions {
  /** Number of zones (default 60). */
  zones?: number;
  /** Plan years per zone (default 3), starting at `firstYear`. */
  years?: number;
  /** Average action sheets per yearly plan (default 30; each plan varies by ±20%). */
  actionsPerPlan?: number;
  /** PRNG seed (default 1): the same seed gives the same data set. */
  seed?: number;
  /** First plan year (default 2024). */
  firstYear?: number;
  /** Number of regions (default 5, at most the number of zones). */
  regions?: number;
  /** Partner organisations per zone (default 50: about 3,000 for 60 zones). */
  partnersPerZone?: number;
}

export interface GeneratedSet {
  seed: number;
  years: number[];
  regions: { id: string; name: string; slug: string; zoneSlugs: string[] }[];
  zones: { id: string; name: string; slug: string; regionSlug: string; planStatuses: Record<number, PlanStatus> }[];
  /** Rows written per table. */
  counts: Record<string, number>;
  ms: number;
}

// ---------------------------------------------------------------------------------------------
// Seeded randomness

function hash32(text: string): number {
  // FNV-1a, then a final avalanche: a good 32-bit seed from any string.
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/** mulberry32: small, fast and good enough for synthetic data. */
export class Rng {
  private state: number;

  constructor(seed: number, stream: string) {
    this.state = hash32(`kruispunt:${seed}:${stream}`);
  }

  uint32(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  next(): number {
    return this.uint32() / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    const total = weights.reduce((a, b) => a + b, 0);
    let r = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      r -= weights[i]!;
      if (r < 0) return items[i]!;
    }
    return items[items.length - 1]!;
  }

  /** `k` distinct items (fewer when there are fewer), in random order. */
  sample<T>(items: readonly T[], k: number): T[] {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < k && copy.length) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]!);
    return out;
  }

  /** A version-4 UUID made of PRNG bits. */
  uuid(): string {
    const hex = [this.uint32(), this.uint32(), this.uint32(), this.uint32()].map((n) => n.toString(16).padStart(8, '0')).join('');
    const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
}

// ---------------------------------------------------------------------------------------------
// Bulk writing: one `INSERT ... SELECT FROM unnest($1::type[], ...)` per table and chunk

type ColumnType = 'uuid' | 'text' | 'int' | 'smallint' | 'numeric' | 'bool' | 'date' | 'timestamptz' | 'text[]' | 'jsonb' | { enum: string };
type Row = Record<string, unknown>;

const TABLES: Record<string, Record<string, ColumnType>> = {
  region: { id: 'uuid', name: 'text', slug: 'text', description: 'text' },
  zone: {
    id: 'uuid',
    region_id: 'uuid',
    name: 'text',
    short_name: 'text',
    slug: 'text',
    municipalities: 'text[]',
    staff_fte: 'numeric',
    network_time_share: 'text',
    network_time_percent: 'smallint',
  },
  partner: { id: 'uuid', name: 'text', sector: 'text' },
  partner_zone: { partner_id: 'uuid', zone_id: 'uuid' },
  cluster: { id: 'uuid', zone_id: 'uuid', kind: { enum: 'cluster_kind' }, name: 'text' },
  cluster_member: { cluster_id: 'uuid', partner_id: 'uuid' },
  working_group: {
    id: 'uuid',
    name: 'text',
    kind: { enum: 'working_group_kind' },
    description: 'text',
    cadence: 'text',
    period_start: 'date',
    period_end: 'date',
    funder: 'text',
  },
  working_group_owner: { id: 'uuid', working_group_id: 'uuid', zone_id: 'uuid', role: { enum: 'owner_role' }, created_at: 'timestamptz', updated_at: 'timestamptz' },
  working_group_member: { working_group_id: 'uuid', partner_id: 'uuid' },
  working_group_theme: { working_group_id: 'uuid', theme_id: 'uuid' },
  project: {
    id: 'uuid',
    name: 'text',
    status: { enum: 'project_status' },
    description: 'text',
    cadence: 'text',
    period_start: 'date',
    period_end: 'date',
    funder: 'text',
  },
  project_owner: { id: 'uuid', project_id: 'uuid', zone_id: 'uuid', role: { enum: 'owner_role' }, created_at: 'timestamptz', updated_at: 'timestamptz' },
  project_member: { project_id: 'uuid', partner_id: 'uuid' },
  project_theme: { project_id: 'uuid', theme_id: 'uuid' },
  multi_year_plan: { id: 'uuid', zone_id: 'uuid', year_from: 'smallint', year_to: 'smallint', title: 'text' },
  strategic_goal: { id: 'uuid', multi_year_plan_id: 'uuid', number: 'text', title: 'text', kind: { enum: 'goal_kind' }, position: 'smallint' },
  operational_goal: { id: 'uuid', strategic_goal_id: 'uuid', number: 'text', title: 'text', deadline: 'date', indicators: 'text[]', position: 'smallint' },
  action_plan: {
    id: 'uuid',
    zone_id: 'uuid',
    multi_year_plan_id: 'uuid',
    year: 'smallint',
    status: { enum: 'plan_status' },
    submitted_at: 'timestamptz',
    created_at: 'timestamptz',
    updated_at: 'timestamptz',
    target_groups_text: 'text',
    network_text: 'text',
    intro_text: 'text',
  },
  action: {
    id: 'uuid',
    version: 'int',
    created_at: 'timestamptz',
    updated_at: 'timestamptz',
    action_plan_id: 'uuid',
    position: 'smallint',
    number: 'text',
    title: 'text',
    operational_goal_id: 'uuid',
    strategic_goal_id: 'uuid',
    what: 'text',
    in_scope: 'text[]',
    out_of_scope: 'text[]',
    why: 'text',
    target_groups: 'text[]',
    lead_text: 'text',
    lead_zone_id: 'uuid',
    lead_partner_id: 'uuid',
    lead_working_group_id: 'uuid',
    council_role: 'text',
    stakeholders_other: 'text[]',
    evaluation_process: 'bool',
    evaluation_process_text: 'text',
    evaluation_output: 'bool',
    evaluation_output_text: 'text',
    evaluation_outcome: 'bool',
    evaluation_outcome_text: 'text',
    start_date: 'date',
    end_date: 'date',
    funding: { enum: 'funding_kind' },
    funding_remark: 'text',
    continued_from_id: 'uuid',
    carried_over: 'bool',
    link_notes: 'text[]',
    communication_channels: 'text[]',
    progress_status: { enum: 'progress_status' },
    notes: 'text',
    estimated_days: 'numeric',
  },
  action_owner: { id: 'uuid', action_id: 'uuid', zone_id: 'uuid', role: { enum: 'owner_role' }, created_at: 'timestamptz', updated_at: 'timestamptz' },
  action_step: { id: 'uuid', action_id: 'uuid', position: 'smallint', text: 'text', month: 'smallint', date: 'date' },
  action_indicator: {
    id: 'uuid',
    action_id: 'uuid',
    position: 'smallint',
    name: 'text',
    method: 'text',
    target_value: 'numeric',
    target_unit: 'text',
    kind: { enum: 'evaluation_kind' },
  },
  action_month: { id: 'uuid', action_id: 'uuid', month: 'smallint' },
  action_link: { id: 'uuid', from_action_id: 'uuid', to_action_id: 'uuid', remark: 'text' },
  action_stakeholder: { action_id: 'uuid', partner_id: 'uuid' },
  action_theme: { action_id: 'uuid', theme_id: 'uuid' },
  action_working_group: { action_id: 'uuid', working_group_id: 'uuid' },
  action_project: { action_id: 'uuid', project_id: 'uuid' },
  indicator_value: { id: 'uuid', indicator_id: 'uuid', value: 'numeric', measured_on: 'date', remark: 'text', created_at: 'timestamptz', updated_at: 'timestamptz' },
  action_review: {
    id: 'uuid',
    action_id: 'uuid',
    reviewed_on: 'date',
    quarter: 'smallint',
    status: { enum: 'progress_status' },
    note: 'text',
    created_at: 'timestamptz',
    updated_at: 'timestamptz',
  },
  audit_entry: {
    id: 'uuid',
    at: 'timestamptz',
    entity_type: 'text',
    entity_id: 'uuid',
    operation: 'text',
    actor_name: 'text',
    fields: 'text[]',
    before: 'jsonb',
    after: 'jsonb',
  },
};

/** Referenced tables first. */
const INSERT_ORDER = Object.keys(TABLES);
const CHUNK = 5000;

function paramType(type: ColumnType): string {
  if (typeof type === 'object' || type === 'text[]' || type === 'jsonb') return 'text[]';
  return `${type}[]`;
}

function selectExpression(type: ColumnType, alias: string): string {
  if (typeof type === 'object') return `${alias}::"${type.enum}"`;
  // A text[] per row cannot travel inside unnest (it would flatten): it goes as a JSON array.
  if (type === 'text[]') return `ARRAY(SELECT jsonb_array_elements_text(${alias}::jsonb))`;
  if (type === 'jsonb') return `${alias}::jsonb`;
  return alias;
}

function paramValue(type: ColumnType, value: unknown): unknown {
  if (value === undefined || value === null) return type === 'text[]' ? '[]' : null;
  if (type === 'text[]' || type === 'jsonb') return JSON.stringify(value);
  return value;
}

/** Rows of an entity as its table's columns: each property under its column's name (one lookup table, built once). */
function columnsOf(metadata: EntityMetadata): (values: object) => Row {
  const names = new Map(metadata.columns.map((c) => [c.propertyName, c.databaseName]));
  return (values) => {
    const row: Row = {};
    for (const [property, value] of Object.entries(values)) {
      const name = names.get(property);
      if (!name) throw new Error(`generate: ${metadata.name}.${property} is no column`);
      row[name] = value;
    }
    return row;
  };
}

async function bulkInsert(m: EntityManager, table: string, rows: Row[]): Promise<void> {
  const columns = Object.entries(TABLES[table]!);
  const aliases = columns.map((_, i) => `c${i}`);
  const sql = `INSERT INTO "${table}" (${columns.map(([name]) => `"${name}"`).join(', ')})
    SELECT ${columns.map(([, type], i) => selectExpression(type, `u.${aliases[i]}`)).join(', ')}
    FROM unnest(${columns.map(([, type], i) => `$${i + 1}::${paramType(type)}`).join(', ')}) AS u(${aliases.join(', ')})`;
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    await m.query(
      sql,
      columns.map(([name, type]) => chunk.map((row) => paramValue(type, row[name]))),
    );
  }
}

// ---------------------------------------------------------------------------------------------
// The data set, built in memory

interface ZoneInfo {
  id: string;
  name: string;
  shortName: string;
  slug: string;
  regionIndex: number;
  municipalities: string[];
  partners: { id: string; name: string; cluster: string | null }[];
  groupIds: { id: string; name: string; theme: string }[];
  projectIds: string[];
  themeWeights: number[];
  neighbours: number[];
  /** The general texts every plan of the zone carries (reviewed). */
  texts: { target_groups_text: string; network_text: string; intro_text: string };
}

interface Goals {
  multiYearPlanId: string;
  sds: { id: string; number: string; theme: string; ods: { id: string; number: string }[] }[];
}

const THEME_SLUGS = DEFAULT_THEMES.map((t) => t.slug);
/** How often each theme appears across real plans (a skew, not a census): staff shortage, mental health and governance lead. */
const THEME_BASE_WEIGHTS: Record<string, number> = {
  personeelstekort: 14,
  'mentaal-welzijn': 16,
  mantelzorg: 10,
  eenzaamheid: 8,
  toegankelijkheid: 9,
  vergrijzing: 8,
  'kwetsbare-kinderen-jongeren': 9,
  preventie: 10,
  'geintegreerde-zorg': 7,
  'digitale-inclusie': 4,
  governance: 12,
  communicatie: 6,
  'lokaal-sociaal-beleid': 7,
};
const INDICATOR_COUNT_WEIGHTS = [8, 20, 25, 20, 12, 8, 7]; // 0..6 indicators per sheet
const FUNDINGS = ['REGULAR', 'EXTRA', 'EXTERNAL', 'CONDITIONAL'] as const;
const FUNDING_WEIGHTS = [72, 12, 10, 6];
const FUNDING_REMARKS: Record<string, string> = {
  EXTRA: 'Met extra financiering van de lokale besturen.',
  EXTERNAL: 'Met externe financiering (projectsubsidie).',
  CONDITIONAL: 'Onder voorbehoud van goedkeuring van de subsidieaanvraag.',
};

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const at = (year: number, month: number, day: number, hour = 9) => new Date(Date.UTC(year, month - 1, day, hour)).toISOString();

class Builder {
  readonly rows: Record<string, Row[]> = Object.fromEntries(INSERT_ORDER.map((t) => [t, []]));
  readonly zones: ZoneInfo[] = [];
  readonly regions: { id: string; name: string; slug: string; zoneIndexes: number[] }[] = [];
  readonly planStatuses = new Map<string, Record<number, PlanStatus>>();
  private readonly rng: Rng;
  private readonly ids: Rng;
  private readonly years: number[];

  constructor(
    private readonly o: Required<GenerateOptions>,
    private readonly themeIds: Map<string, string>,
    private readonly taken: { regions: Set<string>; zones: Set<string>; partners: Set<string> },
    /** An action's properties as its table's columns (from the entity's metadata). */
    private readonly actionColumns: (values: Partial<Action>) => Row,
  ) {
    this.rng = new Rng(o.seed, 'content');
    this.ids = new Rng(o.seed, 'ids');
    this.years = Array.from({ length: o.years }, (_, i) => o.firstYear + i);
  }

  private add(table: string, row: Row): Row {
    this.rows[table]!.push(row);
    return row;
  }

  private id(): string {
    return this.ids.uuid();
  }

  /** A name not yet taken (in the database or this set), with a suffix when needed. */
  private free(base: string, taken: Set<string>, suffixes: readonly string[] = []): string {
    const candidates = [base, ...suffixes.map((s) => `${base} ${s}`)];
    for (let n = 2; ; n++) {
      const found = candidates.find((c) => !taken.has(c.toLowerCase()));
      if (found) {
        taken.add(found.toLowerCase());
        return found;
      }
      candidates.splice(0, candidates.length, `${base} ${n}`);
    }
  }

  build(): void {
    this.buildRegionsAndZones();
    for (const z of this.zones) this.buildPartners(z);
    for (const z of this.zones) this.buildClusters(z);
    for (const z of this.zones) this.buildZoneGroups(z);
    for (const [r] of this.regions.entries()) this.buildSharedWork(r);
    for (const [zi, z] of this.zones.entries()) this.buildPlans(zi, z);
  }

  private buildRegionsAndZones(): void {
    const regionCount = Math.max(1, Math.min(this.o.regions, this.o.zones));
    for (let r = 0; r < regionCount; r++) {
      const base = V.REGION_MUNICIPALITIES[r % V.REGION_MUNICIPALITIES.length]!;
      const round = Math.floor(r / V.REGION_MUNICIPALITIES.length);
      const name = this.free(round ? `${base.region} ${round + 1}` : base.region, this.taken.regions);
      const region = { id: this.id(), name, slug: slugify(name), zoneIndexes: [] as number[] };
      this.taken.regions.add(region.slug);
      this.regions.push(region);
      this.add('region', { id: region.id, name, slug: region.slug, description: base.description });
    }
    // Zones of one region are consecutive and split its municipalities between them.
    for (let r = 0; r < regionCount; r++) {
      const from = Math.floor((r * this.o.zones) / regionCount);
      const to = Math.floor(((r + 1) * this.o.zones) / regionCount);
      const base = V.REGION_MUNICIPALITIES[r % V.REGION_MUNICIPALITIES.length]!;
      const pool = base.municipalities;
      const areas = [...(V.AREA_NAMES[base.region] ?? [])];
      const n = to - from;
      for (let j = 0; j < n; j++) {
        const chunk = pool.slice(Math.floor((j * pool.length) / n), Math.floor(((j + 1) * pool.length) / n));
        const municipalities = chunk.length ? chunk : [pool[j % pool.length]!];
        const area = areas.length && this.rng.chance(0.4) ? areas.splice(this.rng.int(0, areas.length - 1), 1)[0]! : municipalities[0]!;
        // Name, short name and slug must all be unique: the short name decides, the rest follows.
        let shortName = this.free(area, this.taken.zones, V.NAME_SUFFIXES);
        while (this.taken.zones.has(`elz ${shortName}`.toLowerCase()) || this.taken.zones.has(slugify(`ELZ ${shortName}`))) {
          shortName = this.free(`${shortName} bis`, this.taken.zones);
        }
        const name = `ELZ ${shortName}`;
        const slug = slugify(name);
        this.taken.zones.add(name.toLowerCase());
        this.taken.zones.add(slug);
        const [share, percent] = this.rng.pick(V.NETWORK_TIME_SHARES);
        const zone: ZoneInfo = {
          id: this.id(),
          name,
          shortName,
          slug,
          regionIndex: r,
          municipalities,
          partners: [],
          groupIds: [],
          projectIds: [],
          themeWeights: THEME_SLUGS.map((t) => (THEME_BASE_WEIGHTS[t] ?? 5) * (0.4 + this.rng.next() * 1.2)),
          neighbours: [],
          texts: {
            target_groups_text: `We bereiken specifieke doelgroepen via de partners van de clusters en de sociale huizen van ${municipalities.slice(0, 3).join(', ')}.`,
            network_text: `De zorgraad van ${name} werkt als netwerkorganisatie: de stafmedewerkers besteden ${share} van hun tijd aan het netwerk.`,
            intro_text: `${name} omvat ${municipalities.length === 1 ? 'de gemeente' : 'de gemeenten'} ${municipalities.join(', ')}.`,
          },
        };
        this.zones.push(zone);
        this.regions[r]!.zoneIndexes.push(this.zones.length - 1);
        this.add('zone', {
          id: zone.id,
          region_id: this.regions[r]!.id,
          name,
          short_name: shortName,
          slug,
          municipalities,
          staff_fte: Math.round((1 + this.rng.next() * 2) * 10) / 10,
          network_time_share: share,
          network_time_percent: percent,
        });
      }
    }
    // Neighbours: up to two zones on either side within the region.
    for (const region of this.regions) {
      region.zoneIndexes.forEach((zi, k) => {
        this.zones[zi]!.neighbours = region.zoneIndexes.filter((_, l) => l !== k && Math.abs(l - k) <= 2);
      });
    }
  }

  private partnerName(pattern: string, z: ZoneInfo): string {
    return pattern.replace('{m}', this.rng.pick(z.municipalities)).replace('{s}', this.rng.pick(V.SURNAMES)).replace('{h}', this.rng.pick(V.SAINTS)).replace('{a}', z.shortName);
  }

  private buildPartners(z: ZoneInfo): void {
    const local = Math.round(this.o.partnersPerZone * 0.8);
    const area = this.o.partnersPerZone - local;
    const addPartner = (name: string, sector: string, cluster: string | null, zones: ZoneInfo[]) => {
      const unique = this.free(name, this.taken.partners);
      const id = this.id();
      this.add('partner', { id, name: unique, sector });
      for (const owner of zones) {
        owner.partners.push({ id, name: unique, cluster });
        this.add('partner_zone', { partner_id: id, zone_id: owner.id });
      }
    };
    for (let i = 0; i < local; i++) {
      // The first patterns (local government, social house) exist once per municipality.
      const p = i < z.municipalities.length * 2 ? V.LOCAL_PARTNERS[i % 2]! : this.rng.pick(V.LOCAL_PARTNERS.slice(2));
      const name = i < z.municipalities.length * 2 ? p.pattern.replace('{m}', z.municipalities[Math.floor(i / 2)]!) : this.partnerName(p.pattern, z);
      addPartner(name, p.sector, p.cluster, [z]);
    }
    // Area partners (a GP circle, a CAW) also work in one or two neighbouring zones.
    for (let i = 0; i < area; i++) {
      const p = V.AREA_PARTNERS[i % V.AREA_PARTNERS.length]!;
      const others = this.rng.sample(z.neighbours, this.rng.int(0, 2)).map((n) => this.zones[n]!);
      addPartner(this.partnerName(p.pattern, z), p.sector, p.cluster, [z, ...others]);
    }
  }

  private buildClusters(z: ZoneInfo): void {
    const clusters: [string, string][] = [
      ['LOCAL_GOVERNMENT', 'Lokale besturen'],
      ['WELFARE', 'Welzijn'],
      ['CARE', 'Zorg / Gezondheid'],
      ['PZON', 'PZON'],
    ];
    for (const [kind, name] of clusters) {
      const id = this.id();
      this.add('cluster', { id, zone_id: z.id, kind, name });
      const members = this.rng.sample(
        z.partners.filter((p) => p.cluster === kind),
        this.rng.int(3, 10),
      );
      for (const p of members) this.add('cluster_member', { cluster_id: id, partner_id: p.id });
    }
  }

  private ownerDate(): string {
    return at(this.o.firstYear - 1, this.rng.int(1, 9), this.rng.int(1, 28));
  }

  private buildZoneGroups(z: ZoneInfo): void {
    for (const g of this.rng.sample(V.ZONE_GROUPS, this.rng.int(3, 5))) {
      const id = this.id();
      this.add('working_group', {
        id,
        name: g.name,
        kind: g.kind,
        description: `${g.name} van ${z.name}.`,
        cadence: this.rng.pick(['maandelijks', 'driemaandelijks', 'tweemaandelijks']),
        period_start: `${this.o.firstYear - 1}-01-01`,
        period_end: null,
        funder: null,
      });
      const since = this.ownerDate();
      this.add('working_group_owner', { id: this.id(), working_group_id: id, zone_id: z.id, role: 'LEAD', created_at: since, updated_at: since });
      for (const p of this.rng.sample(z.partners, this.rng.int(3, 8))) this.add('working_group_member', { working_group_id: id, partner_id: p.id });
      this.add('working_group_theme', { working_group_id: id, theme_id: this.themeIds.get(g.theme) });
      z.groupIds.push({ id, name: g.name, theme: g.theme });
    }
    // A zone's own small project now and then ("Zorgzame buurt Kasterlee").
    if (this.rng.chance(0.5)) {
      const id = this.id();
      const m = this.rng.pick(z.municipalities);
      this.add('project', {
        id,
        name: `Zorgzame buurt ${m}`,
        status: 'RUNNING',
        description: `Een zorgzame buurt in ${m}, getrokken door ${z.name}.`,
        cadence: 'maandelijks',
        period_start: `${this.o.firstYear}-01-01`,
        period_end: `${this.o.firstYear + 2}-12-31`,
        funder: 'Vlaamse overheid',
      });
      const since = this.ownerDate();
      this.add('project_owner', { id: this.id(), project_id: id, zone_id: z.id, role: 'PENHOLDER', created_at: since, updated_at: since });
      this.add('project_theme', { project_id: id, theme_id: this.themeIds.get('vergrijzing') });
      z.projectIds.push(id);
    }
  }

  private ownerRows(table: 'working_group_owner' | 'project_owner', key: string, id: string, zones: ZoneInfo[], roles: OwnerRole[]): void {
    zones.forEach((z, i) => {
      const since = this.ownerDate();
      this.add(table, { id: this.id(), [key]: id, zone_id: z.id, role: roles[Math.min(i, roles.length - 1)] ?? 'PARTICIPANT', created_at: since, updated_at: since });
    });
  }

  /** Working groups co-led by neighbouring zones and the region's projects. */
  private buildSharedWork(r: number): void {
    const region = this.regions[r]!;
    const zones = region.zoneIndexes.map((i) => this.zones[i]!);
    const groups = V.SHARED_GROUPS.slice(0, Math.max(1, Math.min(V.SHARED_GROUPS.length, Math.round(zones.length / 2))));
    groups.forEach((g, k) => {
      const anchor = zones[k % zones.length]!;
      const owners = [anchor, ...this.rng.sample(anchor.neighbours, this.rng.int(1, 3)).map((n) => this.zones[n]!)];
      const id = this.id();
      const name = g.name.replace('{r}', region.name);
      this.add('working_group', {
        id,
        name,
        kind: g.kind,
        description: `${name}: gedeeld door ${owners.map((o) => o.shortName).join(', ')}.`,
        cadence: 'tweemaandelijks',
        period_start: `${this.o.firstYear - 1}-09-01`,
        period_end: null,
        funder: null,
      });
      this.ownerRows('working_group_owner', 'working_group_id', id, owners, ['LEAD', 'CO_LEAD', this.rng.pick(['PARTICIPANT', 'SUPPORTING'] as const)]);
      const members = new Set(owners.flatMap((o) => this.rng.sample(o.partners, 3).map((p) => p.id)));
      for (const p of members) this.add('working_group_member', { working_group_id: id, partner_id: p });
      this.add('working_group_theme', { working_group_id: id, theme_id: this.themeIds.get(g.theme) });
      for (const o of owners) o.groupIds.push({ id, name, theme: g.theme });
    });
    for (const p of V.REGION_PROJECTS) {
      const owners = this.rng.sample(zones, Math.max(1, this.rng.int(Math.min(2, zones.length), zones.length)));
      const id = this.id();
      const name = p.name.replace('{r}', region.name);
      this.add('project', {
        id,
        name,
        status: this.rng.weighted(['RUNNING', 'PREPARING', 'ENDED'] as const, [80, 12, 8]),
        description: `${name}: ${owners.length} zones nemen deel.`,
        cadence: this.rng.pick(['maandelijks', 'driemaandelijks']),
        period_start: `${this.o.firstYear - 1}-01-01`,
        period_end: `${this.o.firstYear + 2}-12-31`,
        funder: p.funder,
      });
      const roles: OwnerRole[] = ['PENHOLDER', ...(this.rng.chance(0.5) ? (['COORDINATOR'] as const) : []), this.rng.pick(['PARTICIPANT', 'SUPPORTING'] as const)];
      this.ownerRows('project_owner', 'project_id', id, owners, roles);
      for (const m of new Set(owners.flatMap((o) => this.rng.sample(o.partners, 2).map((x) => x.id)))) this.add('project_member', { project_id: id, partner_id: m });
      this.add('project_theme', { project_id: id, theme_id: this.themeIds.get(p.theme) });
      for (const o of owners) o.projectIds.push(id);
    }
  }

  private goals(z: ZoneInfo, yearFrom: number): Goals {
    const mypId = this.id();
    const yearTo = yearFrom + 2;
    this.add('multi_year_plan', { id: mypId, zone_id: z.id, year_from: yearFrom, year_to: yearTo, title: `Meerjarenplan ${yearFrom}-${yearTo} ${z.name}` });
    const contentThemes = THEME_SLUGS.filter((t) => t !== 'governance');
    const sdCount = this.rng.int(4, 6);
    const themes = ['governance'];
    while (themes.length < sdCount) {
      const t = this.rng.weighted(
        contentThemes,
        contentThemes.map((c) => z.themeWeights[THEME_SLUGS.indexOf(c)]!),
      );
      if (!themes.includes(t)) themes.push(t);
    }
    const goals: Goals = { multiYearPlanId: mypId, sds: [] };
    themes.forEach((theme, i) => {
      const sd = { id: this.id(), number: String(i + 1), theme, ods: [] as { id: string; number: string }[] };
      this.add('strategic_goal', {
        id: sd.id,
        multi_year_plan_id: mypId,
        number: sd.number,
        title: V.SD_TITLES[i % V.SD_TITLES.length],
        kind: i === 0 ? 'GOVERNANCE' : 'CONTENT',
        position: i,
      });
      const odCount = this.rng.int(2, 4);
      for (let j = 0; j < odCount; j++) {
        const od = { id: this.id(), number: `${i + 1}.${j + 1}` };
        this.add('operational_goal', {
          id: od.id,
          strategic_goal_id: sd.id,
          number: od.number,
          title: this.rng.pick(V.OD_TITLES).replace('{y}', String(yearTo)),
          deadline: `${yearTo}-12-31`,
          indicators: this.rng.sample(
            V.THEME_CONTENT[theme]!.indicators.map(([n]) => n),
            this.rng.int(0, 2),
          ),
          position: j,
        });
        sd.ods.push(od);
      }
      goals.sds.push(sd);
    });
    return goals;
  }

  private planStatus(zi: number, yi: number): PlanStatus {
    // Every set has a submitted history and a draft: the last zone's newest plan is still a
    // draft. The first zone publishes every plan: every caller sees them and its editors (the
    // bench's and sql-statements' savers) may still edit them, which a submitted plan forbids.
    if (zi === 0) return 'PUBLISHED';
    if (zi === this.o.zones - 1 && yi === this.o.years - 1) return 'DRAFT';
    return yi === this.o.years - 1
      ? this.rng.weighted(['DRAFT', 'PUBLISHED', 'SUBMITTED'] as const, [20, 30, 50])
      : this.rng.weighted(['DRAFT', 'PUBLISHED', 'SUBMITTED'] as const, [3, 9, 88]);
  }

  private buildPlans(zi: number, z: ZoneInfo): void {
    let goals: Goals | null = null;
    let previous: { id: string; title: string; theme: string; continued: boolean }[] = [];
    const statuses: Record<number, PlanStatus> = {};
    this.years.forEach((year, yi) => {
      if (yi % 3 === 0 || !goals) goals = this.goals(z, year);
      const status = this.planStatus(zi, yi);
      statuses[year] = status;
      const planId = this.id();
      const created = at(year - 1, 6, 1 + (zi % 28));
      this.add('action_plan', {
        id: planId,
        zone_id: z.id,
        multi_year_plan_id: goals.multiYearPlanId,
        year,
        status,
        submitted_at: status === 'SUBMITTED' ? at(year - 1, 10, this.rng.int(8, 15), 16) : null,
        created_at: created,
        updated_at: created,
        ...z.texts,
      });
      previous = this.buildActions(z, year, yi, planId, status, goals, previous);
    });
    this.planStatuses.set(z.slug, statuses);
  }

  private buildActions(
    z: ZoneInfo,
    year: number,
    yi: number,
    planId: string,
    status: PlanStatus,
    goals: Goals,
    previous: { id: string; title: string; theme: string; continued: boolean }[],
  ): { id: string; title: string; theme: string; continued: boolean }[] {
    const count = Math.max(1, Math.round(this.o.actionsPerPlan * (0.8 + this.rng.next() * 0.4)));
    const lastYear = yi === this.o.years - 1;
    const quarters = status === 'DRAFT' ? 0 : lastYear ? 2 : 4;
    const built: { id: string; title: string; theme: string; continued: boolean; sd: number; od: number }[] = [];
    const titles = new Set<string>();
    for (let i = 0; i < count; i++) {
      // The first four sheets of every plan take each variant in turn (lead kinds, goal kinds,
      // sharing, links), so even a tiny generated set exercises every branch of the API.
      const forced = i < 4 ? i : -1;
      const themeWeights = z.themeWeights;
      let theme = this.rng.weighted(THEME_SLUGS, themeWeights);
      let title: string | null = null;
      let continuedFrom: string | null = null;
      const carry = previous.filter((p) => !p.continued);
      if (carry.length && (forced === 0 || (forced < 0 && this.rng.chance(0.35)))) {
        const from = this.rng.pick(carry);
        from.continued = true;
        continuedFrom = from.id;
        title = from.title;
        theme = from.theme;
      }
      const content = V.THEME_CONTENT[theme]!;
      // A new title, not yet used in this plan (a few tries, then a second phase of it).
      for (let t = 0; !title && t < 4; t++) {
        const candidate = this.rng.pick(content.titles).replace('{m}', this.rng.pick(z.municipalities)).replace('{a}', z.shortName);
        if (!titles.has(candidate)) title = candidate;
      }
      title ??= `${this.rng.pick(content.titles).replace('{m}', this.rng.pick(z.municipalities)).replace('{a}', z.shortName)} (fase ${titles.size + 1})`;
      titles.add(title);
      const themes = [theme];
      for (const p of [0.45, 0.15]) {
        if (!this.rng.chance(p)) break;
        const extra = this.rng.weighted(THEME_SLUGS, themeWeights);
        if (!themes.includes(extra)) themes.push(extra);
      }
      // Goal: an OD of the SD that carries the theme (governance under SD 1), sometimes the SD alone.
      const sdIndex = Math.max(
        0,
        goals.sds.findIndex((s) => s.theme === theme),
      );
      const sd = goals.sds[sdIndex > 0 || theme === 'governance' ? sdIndex : this.rng.int(1, goals.sds.length - 1)]!;
      const sdOnly = forced === 1 || (forced < 0 && this.rng.chance(0.08));
      const odIndex = this.rng.int(0, sd.ods.length - 1);
      const od = sd.ods[odIndex]!;
      const id = this.id();
      // Lead: the zone, a partner, a working group, or none.
      const leadKind = forced >= 0 ? (['zone', 'partner', 'group', 'none'] as const)[forced]! : this.rng.weighted(['zone', 'partner', 'group', 'none'] as const, [55, 20, 12, 13]);
      const leadPartner = leadKind === 'partner' ? this.rng.pick(z.partners) : null;
      const leadGroup = leadKind === 'group' ? this.rng.pick(z.groupIds) : null;
      const leadText =
        leadKind === 'zone' ? `De stafmedewerker van ${z.name}.` : leadPartner ? `${leadPartner.name} trekt deze actie.` : leadGroup ? `${leadGroup.name} trekt deze actie.` : null;
      // Evaluation kinds: process most often, outcome least; a few sheets tick none.
      let evalProcess = forced === 0 || (forced !== 3 && this.rng.chance(0.82));
      const evalOutput = forced === 0 || (forced !== 3 && this.rng.chance(0.7));
      const evalOutcome = forced !== 3 && this.rng.chance(0.3);
      if (forced < 0 && !evalProcess && !evalOutput && !evalOutcome && this.rng.chance(0.6)) evalProcess = true;
      // A submitted plan passed the checks that block a submission (PLAN_CHECK_RULES): every sheet ticks a kind.
      if (status === 'SUBMITTED' && !evalProcess && !evalOutput && !evalOutcome) evalProcess = true;
      const kinds: EvaluationKind[] = EVALUATION_KINDS.filter((_, n) => [evalProcess, evalOutput, evalOutcome][n]);
      // Timeline: a run of months (milestones come from the steps below).
      const startMonth = this.rng.int(1, 9);
      const endMonth = forced === 3 ? startMonth : this.rng.int(Math.min(12, startMonth + 1), 12);
      const months = forced === 3 && this.rng.chance(0.5) ? [] : Array.from({ length: endMonth - startMonth + 1 }, (_, k) => startMonth + k);
      const funding = this.rng.weighted(FUNDINGS, FUNDING_WEIGHTS);
      const updates = forced === 0 ? 2 : this.rng.weighted([0, 1, 2, 3], [40, 30, 20, 10]);
      const created = at(year - 1, this.rng.int(6, 9), this.rng.int(1, 28), this.rng.int(8, 17));
      const updatedAt = updates ? at(year - 1, 10, this.rng.int(1, 14), this.rng.int(8, 17)) : created;
      const finalStatus: ProgressStatus =
        status === 'DRAFT'
          ? 'PLANNED'
          : lastYear
            ? this.rng.weighted(['RUNNING', 'PLANNED', 'DONE', 'POSTPONED', 'STOPPED'] as const, [55, 25, 8, 10, 2])
            : this.rng.weighted(['DONE', 'RUNNING', 'POSTPONED', 'STOPPED', 'PLANNED'] as const, [65, 8, 15, 5, 7]);
      // The sheet's random texts in the order they were always drawn (the data set stays the same).
      const what = this.rng.sample(V.WHAT_SENTENCES, this.rng.int(2, 3)).join(' ');
      const inScope = this.rng.sample(V.IN_SCOPE, this.rng.int(1, 4));
      const outOfScope = this.rng.sample(V.OUT_OF_SCOPE, this.rng.int(0, 2));
      const why = this.rng.sample(V.WHY_SENTENCES, this.rng.int(1, 3)).join(' ');
      const targetGroups = this.rng.sample(content.targets, this.rng.int(1, 3)).map((t) => t.replace('{a}', z.shortName));
      const councilRole = leadKind === 'partner' || leadKind === 'group' ? this.rng.pick(V.COUNCIL_ROLES) : null;
      const stakeholdersOther = this.rng.sample(V.STAKEHOLDERS_OTHER, this.rng.int(0, 2));
      const links = this.rng.chance(0.25) ? [`SD ${this.rng.int(1, goals.sds.length)} – OD ${this.rng.int(1, 3)}`] : [];
      const communicationChannels = this.rng.sample(V.COMMUNICATION_CHANNELS, this.rng.int(0, 3));
      const notes = this.rng.chance(0.1) ? 'Afstemmen met de buurzones voor de start ("gluren bij de buren").' : null;
      // The sheet's columns through the one mapping of a sheet to an action's row (action-rows.ts), as the seed and the import fill them.
      const sheet = this.actionColumns(
        sheetColumns({
          number: null,
          title,
          what,
          inScope,
          outOfScope,
          why,
          targetGroups,
          councilRole,
          evaluation: {
            process: { chosen: evalProcess, text: evalProcess ? 'We volgen het proces op in de werkgroep en bespreken het verloop met de partners.' : null },
            output: { chosen: evalOutput, text: evalOutput ? 'We tellen wat er gerealiseerd is ten opzichte van de streefwaarden.' : null },
            outcome: { chosen: evalOutcome, text: evalOutcome ? 'We bevragen de doelgroep over het effect op hun situatie.' : null },
          },
          startDate: months.length ? `${year}-${pad(startMonth)}-01` : null,
          endDate: months.length ? `${year}-${pad(endMonth)}-${pad(lastDay(year, endMonth))}` : null,
          fundingRemark: FUNDING_REMARKS[funding] ?? null,
          carriedOver: continuedFrom !== null,
          links,
          communicationChannels,
        }),
      );
      const action: Row = {
        ...sheet,
        id,
        version: 1 + updates,
        created_at: created,
        updated_at: updatedAt,
        action_plan_id: planId,
        operational_goal_id: sdOnly ? null : od.id,
        strategic_goal_id: sdOnly ? sd.id : null,
        lead_text: leadText,
        lead_zone_id: leadKind === 'zone' ? z.id : null,
        lead_partner_id: leadPartner?.id ?? null,
        lead_working_group_id: leadGroup?.id ?? null,
        stakeholders_other: stakeholdersOther,
        funding,
        continued_from_id: continuedFrom,
        progress_status: finalStatus,
        notes,
        // Effort: three of four sheets with months are estimated (2,5 days per running month),
        // the rest left open as in real plans; derived, so the random draws above stay the same.
        estimated_days: months.length && titles.size % 4 !== 0 ? months.length * 2.5 : null,
      };
      this.add('action', action);
      built.push({ id, title, theme, continued: false, sd: goals.sds.indexOf(sd), od: sdOnly ? -1 : odIndex });
      for (const t of themes) this.add('action_theme', { action_id: id, theme_id: this.themeIds.get(t) });
      // Owners: the zone leads; some sheets are shared with neighbours.
      this.add('action_owner', { id: this.id(), action_id: id, zone_id: z.id, role: 'LEAD', created_at: created, updated_at: created });
      const sharedWith = z.neighbours.length && (forced === 0 || (forced < 0 && this.rng.chance(0.15))) ? this.rng.sample(z.neighbours, this.rng.int(1, 2)) : [];
      for (const n of sharedWith) {
        this.add('action_owner', {
          id: this.id(),
          action_id: id,
          zone_id: this.zones[n]!.id,
          role: this.rng.pick(['CO_LEAD', 'PARTICIPANT', 'SUPPORTING'] as const),
          created_at: created,
          updated_at: created,
        });
      }
      for (const p of this.rng.sample(z.partners, this.rng.int(1, 5))) this.add('action_stakeholder', { action_id: id, partner_id: p.id });
      if (forced === 0 || forced === 2 || (forced < 0 && this.rng.chance(0.35))) {
        const matching = z.groupIds.filter((g) => g.theme === theme);
        this.add('action_working_group', { action_id: id, working_group_id: (matching.length ? this.rng.pick(matching) : this.rng.pick(z.groupIds)).id });
      }
      if (z.projectIds.length && (forced === 0 || (forced < 0 && this.rng.chance(0.2)))) this.add('action_project', { action_id: id, project_id: this.rng.pick(z.projectIds) });
      // Steps (Hoe?), 2 to 8, some with a milestone month inside the timeline.
      const stepCount = this.rng.int(2, 8);
      const stepTexts = [...content.steps, ...V.MILESTONES];
      let stepMonth = startMonth;
      for (let s = 0; s < stepCount; s++) {
        const withMonth = months.length > 0 && this.rng.chance(0.5);
        if (withMonth) stepMonth = Math.min(endMonth, stepMonth + this.rng.int(0, 2));
        this.add('action_step', {
          id: this.id(),
          action_id: id,
          position: s,
          text: stepTexts[(s + this.rng.int(0, stepTexts.length - 1)) % stepTexts.length],
          month: withMonth ? stepMonth : null,
          date: withMonth && this.rng.chance(0.3) ? `${year}-${pad(stepMonth)}-${pad(this.rng.int(1, 28))}` : null,
        });
      }
      // The milestones are the steps' milestone months (inside the timeline). The two draws that
      // once picked a month's own milestone text stay, so that the rest of the data stays the same.
      for (const month of months) {
        if (this.rng.chance(0.4)) this.rng.pick(V.MILESTONES);
        this.add('action_month', { id: this.id(), action_id: id, month });
      }
      // Indicators (0 to 6) with method and, mostly, a target; their measured values follow the reviews.
      const indicatorCount = forced === 0 ? 3 : this.rng.weighted([0, 1, 2, 3, 4, 5, 6], INDICATOR_COUNT_WEIGHTS);
      const indicators = [...content.indicators, ...V.THEME_CONTENT[this.rng.pick(THEME_SLUGS)]!.indicators];
      for (let k = 0; k < indicatorCount; k++) {
        const [name, target, unit] = indicators[k % indicators.length]!;
        const hasTarget = forced === 0 || this.rng.chance(0.85);
        const targetValue = hasTarget ? Math.max(1, Math.round(target * (0.5 + this.rng.next()))) : null;
        const indicatorId = this.id();
        this.add('action_indicator', {
          id: indicatorId,
          action_id: id,
          position: k,
          name,
          method: this.rng.pick(V.MEASUREMENT_METHODS),
          target_value: targetValue,
          target_unit: hasTarget ? unit : null,
          kind: kinds.length ? kinds[k % kinds.length]! : 'PROCESS',
        });
        if (targetValue !== null && (forced === 0 || this.rng.chance(0.7))) {
          for (let q = 1; q <= quarters; q++) {
            const measured = `${year}-${pad(q * 3)}-${pad(lastDay(year, q * 3))}`;
            this.add('indicator_value', {
              id: this.id(),
              indicator_id: indicatorId,
              value: Math.round(((targetValue * q) / 4) * (0.6 + this.rng.next() * 0.6)),
              measured_on: measured,
              remark: this.rng.chance(0.2) ? 'Tussentijdse telling.' : null,
              created_at: at(year, q * 3, 28),
              updated_at: at(year, q * 3, 28),
            });
          }
        }
      }
      // Quarterly reviews (opvolging) of most sheets of plans in progress.
      if (quarters && (forced === 0 || this.rng.chance(0.6))) {
        for (let q = 1; q <= quarters; q++) {
          if (q < quarters && this.rng.chance(0.15)) continue;
          const reviewId = this.id();
          const reviewedOn = `${year}-${pad(q * 3)}-${pad(lastDay(year, q * 3))}`;
          const reviewStatus = q === quarters ? finalStatus : 'RUNNING';
          const note = q === quarters && finalStatus === 'DONE' ? V.REVIEW_NOTES[4]! : this.rng.pick(V.REVIEW_NOTES.slice(0, 4));
          this.add('action_review', {
            id: reviewId,
            action_id: id,
            reviewed_on: reviewedOn,
            quarter: q,
            status: reviewStatus,
            note,
            created_at: at(year, q * 3, 28),
            updated_at: at(year, q * 3, 28),
          });
          this.add('audit_entry', {
            id: this.id(),
            at: at(year, q * 3, 28),
            entity_type: 'ActionReview',
            entity_id: reviewId,
            operation: 'CREATE',
            actor_name: `Stafmedewerker ${z.shortName}`,
            fields: ['note', 'quarter', 'reviewedOn', 'status'],
            before: null,
            after: { note, quarter: q, reviewedOn, status: reviewStatus },
          });
        }
      }
      // History: the sheet's creation and its edits before the deadline.
      this.add('audit_entry', {
        id: this.id(),
        at: created,
        entity_type: 'Action',
        entity_id: id,
        operation: 'CREATE',
        actor_name: `Stafmedewerker ${z.shortName}`,
        fields: ['funding', 'title', 'what'],
        before: null,
        after: { title, funding, what: action.what },
      });
      for (let u = 0; u < updates; u++) {
        const field = this.rng.pick(['what', 'why', 'targetGroups', 'communicationChannels'] as const);
        this.add('audit_entry', {
          id: this.id(),
          at: u === updates - 1 ? updatedAt : at(year - 1, 9, this.rng.int(1, 28), 10 + u),
          entity_type: 'Action',
          entity_id: id,
          operation: 'UPDATE',
          actor_name: `Stafmedewerker ${this.zones[this.rng.pick([this.zones.indexOf(z), ...sharedWith])]!.shortName}`,
          fields: [field],
          before: { [field]: 'Eerdere versie van de tekst.' },
          after: { [field]: field === 'what' ? action.what : field === 'why' ? action.why : action[field === 'targetGroups' ? 'target_groups' : 'communication_channels'] },
        });
      }
      // Now and then a link to an earlier sheet of the same plan.
      if (built.length > 1 && (forced === 0 || (forced < 0 && this.rng.chance(0.08)))) {
        const to = this.rng.pick(built.slice(0, -1));
        this.add('action_link', { id: this.id(), from_action_id: id, to_action_id: to.id, remark: 'Zelfde doelgroep, afstemmen.' });
      }
    }
    // Plan order: grouped by SD and OD as the template prints them; numbered "SD.OD.n".
    const order = built.map((b, i) => ({ ...b, i })).sort((a, b) => a.sd - b.sd || a.od - b.od || a.i - b.i);
    const actionRows = this.rows.action!.slice(-built.length);
    const counters = new Map<string, number>();
    order.forEach((b, position) => {
      const row = actionRows[b.i]!;
      row.position = position;
      const key = b.od < 0 ? `${b.sd + 1}` : `${b.sd + 1}.${b.od + 1}`;
      const n = (counters.get(key) ?? 0) + 1;
      counters.set(key, n);
      row.number = `${key}.${n}`;
    });
    return built.map((b) => ({ id: b.id, title: b.title, theme: b.theme, continued: false }));
  }
}

// ---------------------------------------------------------------------------------------------

const DEFAULTS: Required<GenerateOptions> = { zones: 60, years: 3, actionsPerPlan: 30, seed: 1, firstYear: 2024, regions: 5, partnersPerZone: 50 };

function checked(options: GenerateOptions): Required<GenerateOptions> {
  const o = { ...DEFAULTS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) } as Required<GenerateOptions>;
  const bounds: [keyof GenerateOptions, number, number][] = [
    ['zones', 1, 1000],
    ['years', 1, 20],
    ['actionsPerPlan', 1, 500],
    ['firstYear', 2000, 2090],
    ['regions', 1, 100],
    ['partnersPerZone', 5, 1000],
  ];
  for (const [key, min, max] of bounds) {
    const v = o[key];
    if (!Number.isInteger(v) || v < min || v > max) throw new Error(`--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} must be a whole number from ${min} to ${max} (got ${v})`);
  }
  if (!Number.isInteger(o.seed)) throw new Error(`--seed must be a whole number (got ${o.seed})`);
  return o;
}

/** Fills the database with a synthetic data set (see the top of this file); one transaction. */
export async function generate(db: DataSource, options: GenerateOptions = {}): Promise<GeneratedSet> {
  const o = checked(options);
  const started = Date.now();
  return db.transaction(async (m) => {
    // History with its own timestamps: the follow-changes triggers leave updated_at as generated.
    await m.query(`SET LOCAL kruispunt.keep_timestamps = 'on'`);
    // The theme vocabulary may already be there (seed); new themes get ids from the seed too.
    const themeIds = new Rng(o.seed, 'themes');
    await m.query(`INSERT INTO theme (id, slug, name) SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[]) ON CONFLICT (slug) DO NOTHING`, [
      DEFAULT_THEMES.map(() => themeIds.uuid()),
      DEFAULT_THEMES.map((t) => t.slug),
      DEFAULT_THEMES.map((t) => t.name),
    ]);
    const themes: { id: string; slug: string }[] = await m.query(`SELECT id, slug FROM theme WHERE slug = ANY($1)`, [THEME_SLUGS]);
    const lower = (rows: { v: string }[]) => new Set(rows.map((r) => r.v.toLowerCase()));
    const taken = {
      regions: lower(await m.query(`SELECT name AS v FROM region UNION ALL SELECT slug FROM region`)),
      zones: lower(await m.query(`SELECT name AS v FROM zone UNION ALL SELECT short_name FROM zone UNION ALL SELECT slug FROM zone`)),
      partners: lower(await m.query(`SELECT name AS v FROM partner`)),
    };
    const builder = new Builder(o, new Map(themes.map((t) => [t.slug, t.id])), taken, columnsOf(db.getMetadata(Action)));
    builder.build();
    const firstId = builder.rows.region![0]!.id as string;
    if ((await m.query(`SELECT 1 FROM region WHERE id = $1`, [firstId])).length) {
      throw new Error(`This database already holds the data set of seed ${o.seed}: choose another --seed.`);
    }
    const counts: Record<string, number> = {};
    for (const table of INSERT_ORDER) {
      const rows = builder.rows[table]!;
      if (rows.length) await bulkInsert(m, table, rows);
      counts[table] = rows.length;
    }
    const regionSlugs = builder.regions.map((r) => r.slug);
    return {
      seed: o.seed,
      years: Array.from({ length: o.years }, (_, i) => o.firstYear + i),
      regions: builder.regions.map((r) => ({ id: r.id, name: r.name, slug: r.slug, zoneSlugs: r.zoneIndexes.map((i) => builder.zones[i]!.slug) })),
      zones: builder.zones.map((z) => ({ id: z.id, name: z.name, slug: z.slug, regionSlug: regionSlugs[z.regionIndex]!, planStatuses: builder.planStatuses.get(z.slug) ?? {} })),
      counts,
      ms: Date.now() - started,
    };
  });
}
