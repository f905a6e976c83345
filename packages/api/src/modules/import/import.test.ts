// Storing a parsed plan text: ELZ Leuven Noord's action plan 2025 into an empty database, as a
// draft plan of a new zone, in one transaction with its audit trail; a second import of the same
// year fails and changes nothing.
import fs from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { allActions, parsePlanText, type ParsedPlan } from '@kruispunt/shared';
import { AppError } from '../../common/app-error';
import { createTestDatabase, type TestDatabase } from '../../test/db';
import { goalKindOf, PlanImportService, shortNameOf } from './import.service';

const SEEDS_DIR = process.env.SHARED_SEEDS_DIR ?? path.resolve(__dirname, '../../../../../../shared/seeds');
const NOORD = path.join(SEEDS_DIR, '001_1dfb06515e234aec.txt');

const TABLES = [
  'region',
  'zone',
  'multi_year_plan',
  'strategic_goal',
  'operational_goal',
  'action_plan',
  'action',
  'action_owner',
  'action_step',
  'action_indicator',
  'action_month',
  'audit_entry',
];

async function counts(db: DataSource): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of TABLES) out[t] = Number((await db.query(`SELECT count(*) AS n FROM ${t}`))[0].n);
  return out;
}

describe('importing a plan text', () => {
  let t: TestDatabase;
  let db: DataSource;
  let parsed: ParsedPlan;

  beforeAll(async () => {
    t = await createTestDatabase();
    db = t.db;
    parsed = parsePlanText(fs.readFileSync(NOORD, 'utf8'));
  });
  afterAll(async () => {
    await t.drop();
  });

  it('refuses a new zone without its region, and writes nothing', async () => {
    await expect(new PlanImportService(db).importPlan(parsed, { zone: 'ELZ Leuven Noord' })).rejects.toThrow(/geef ook haar regio/);
    expect(Object.values(await counts(db)).every((n) => n === 0)).toBe(true);
  });

  it('stores ELZ Leuven Noord 2025 as a draft plan of a new zone, with goals, actions and every section', async () => {
    const result = await new PlanImportService(db).importPlan(parsed, { zone: 'ELZ Leuven Noord', region: 'Oost-Brabant', source: '001_1dfb06515e234aec.txt' });
    const actions = allActions(parsed);
    const steps = actions.reduce((n, a) => n + a.steps.length, 0);
    const indicators = actions.reduce((n, a) => n + a.indicators.length, 0);
    expect(result).toMatchObject({
      zoneCreated: true,
      regionCreated: true,
      multiYearPlanCreated: true,
      counts: { strategicGoals: 4, operationalGoals: 5, actions: 9, steps, indicators },
    });
    expect(steps).toBeGreaterThan(30);
    expect(indicators).toBeGreaterThan(20);

    expect(await counts(db)).toMatchObject({
      region: 1,
      zone: 1,
      multi_year_plan: 1,
      strategic_goal: 4,
      operational_goal: 5,
      action_plan: 1,
      action: 9,
      action_owner: 9,
      action_step: steps,
      action_indicator: indicators,
    });

    const [zone] = await db.query(`SELECT z.name, z.short_name, z.slug, z.network_time_share, z.network_time_percent, r.name AS region FROM zone z JOIN region r ON r.id = z.region_id`);
    expect(zone).toMatchObject({
      name: 'ELZ Leuven Noord',
      short_name: 'Leuven Noord',
      slug: 'elz-leuven-noord',
      network_time_share: 'meer dan 50%',
      network_time_percent: 50,
      region: 'Oost-Brabant',
    });

    // The general texts are the imported plan's own, as written: reviewed, not a proposal.
    const [plan] = await db.query(`SELECT year, status, multi_year_plan_id, target_groups_text, texts_proposed_from_year FROM action_plan`);
    expect(plan).toMatchObject({ year: 2025, status: 'DRAFT', texts_proposed_from_year: null });
    expect(plan.target_groups_text).toMatch(/^ELZ Leuven Noord is een homogene, rurale omgeving\./);
    expect(plan.multi_year_plan_id).toBe(result.multiYearPlanId);

    const goals = await db.query(
      `SELECT s.number AS sd, s.kind, o.number AS od, o.deadline::text AS deadline FROM operational_goal o JOIN strategic_goal s ON s.id = o.strategic_goal_id ORDER BY o.number`,
    );
    expect(goals.map((g: { od: string }) => g.od)).toEqual(['1.3', '2.3', '2.4', '3.2', '4.1']);
    expect(goals[0]).toMatchObject({ sd: '1', kind: 'GOVERNANCE', deadline: '2025-12-31' });
    expect(goals.find((g: { od: string }) => g.od === '3.2')).toMatchObject({ kind: 'CONTENT' });

    const rows = await db.query(
      `SELECT a.position, a.title, a.funding, a.lead_text, a.evaluation_process, a.evaluation_output, a.evaluation_outcome, a.in_scope, a.out_of_scope, a.target_groups, a.why, o.number AS od
       FROM action a JOIN operational_goal o ON o.id = a.operational_goal_id ORDER BY a.position`,
    );
    expect(rows.map((r: { position: number }) => r.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(rows.map((r: { od: string }) => r.od)).toEqual(['1.3', '1.3', '2.3', '2.4', '3.2', '4.1', '4.1', '4.1', '4.1']);
    expect(rows.map((r: { funding: string }) => r.funding)).toEqual(['REGULAR', 'EXTRA', 'REGULAR', 'REGULAR', 'CONDITIONAL', 'REGULAR', 'REGULAR', 'REGULAR', 'EXTERNAL']);
    expect(rows[0]).toMatchObject({
      title: expect.stringMatching(/^We streven naar een gedragen afsprakenkader/),
      lead_text: 'De voorzitter en de stafmedewerker van de ELZ.',
      evaluation_process: true,
      evaluation_output: true,
      evaluation_outcome: false,
      out_of_scope: ['Afzonderlijk beslissingen maken die niet gedragen zijn.'],
      target_groups: [
        'De lokale besturen van onze ELZ: Burgemeesters, Algemeen directeurs, Schepenen, Diensthoofden sociale dienst, Relevante medewerkers vanuit de administratie',
        'De PZON',
      ],
    });
    expect(rows[0].in_scope).toHaveLength(3);
    expect(rows[0].why).toMatch(/^In 2023 hebben we een memorandum geschreven/);

    const [dated] = await db.query(`SELECT start_date::text AS start_date, end_date::text AS end_date FROM action WHERE title LIKE 'We bouwen mee aan een trauma-sensitieve%'`);
    expect(dated).toEqual({ start_date: '2024-12-01', end_date: '2025-12-31' });
    // A step with a date of the plan year has that month as milestone month: a running month, and no second copy of the text.
    const [step] = await db.query(`SELECT s.text, s.month, s.date::text AS date FROM action_step s WHERE s.month IS NOT NULL`);
    expect(step).toMatchObject({ month: 5, date: '2025-05-31', text: expect.stringMatching(/ingediend bij departement Zorg op 31\/05\/2025/) });
    expect(await db.query(`SELECT month FROM action_month`)).toEqual([{ month: 5 }]);
    expect(await db.query(`SELECT count(*)::int AS n FROM action_step WHERE month = 5`)).toEqual([{ n: 1 }]);
    const [notes] = await db.query(`SELECT notes FROM action WHERE title LIKE 'We bevorderen de uitrol%'`);
    expect(notes.notes).toMatch(/\[regel 699, Evaluatie \(inleiding\)\] Moeilijk om op dit moment indicatoren aan te geven/);

    // Every created row has its audit record, by the import's system viewer.
    const audit = await db.query(
      `SELECT entity_type, operation, count(*)::int AS n, min(actor_name) AS actor, bool_and(user_id IS NULL) AS no_user FROM audit_entry GROUP BY 1, 2 ORDER BY 1`,
    );
    expect(audit).toEqual([
      { entity_type: 'Action', operation: 'CREATE', n: 9, actor: 'Import (CLI)', no_user: true },
      { entity_type: 'ActionPlan', operation: 'CREATE', n: 1, actor: 'Import (CLI)', no_user: true },
      { entity_type: 'MultiYearPlan', operation: 'CREATE', n: 1, actor: 'Import (CLI)', no_user: true },
      { entity_type: 'OperationalGoal', operation: 'CREATE', n: 5, actor: 'Import (CLI)', no_user: true },
      { entity_type: 'Region', operation: 'CREATE', n: 1, actor: 'Import (CLI)', no_user: true },
      { entity_type: 'StrategicGoal', operation: 'CREATE', n: 4, actor: 'Import (CLI)', no_user: true },
      { entity_type: 'Zone', operation: 'CREATE', n: 1, actor: 'Import (CLI)', no_user: true },
    ]);
    const [planAudit] = await db.query(`SELECT after FROM audit_entry WHERE entity_type = 'ActionPlan'`);
    expect(planAudit.after).toMatchObject({ year: 2025, status: 'DRAFT', importedFrom: '001_1dfb06515e234aec.txt' });
    const [actionAudit] = await db.query(`SELECT after FROM audit_entry WHERE entity_type = 'Action' AND after->>'funding' = 'EXTERNAL'`);
    expect(actionAudit.after.steps.length + actionAudit.after.indicators.length).toBeGreaterThan(0);
  });

  it('refuses a second import of the same zone and year, and leaves the database as it was', async () => {
    const before = await counts(db);
    const snapshot = await db.query(`SELECT id, version, title FROM action ORDER BY id`);
    const attempt = new PlanImportService(db).importPlan(parsed, { zone: 'elz leuven noord' });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(new PlanImportService(db).importPlan(parsed, { zone: 'Leuven Noord' })).rejects.toThrow('ELZ Leuven Noord heeft al een actieplan 2025; er is niets geïmporteerd.');
    expect(await counts(db)).toEqual(before);
    expect(await db.query(`SELECT id, version, title FROM action ORDER BY id`)).toEqual(snapshot);
  });

  it('adds the next year of a zone to the multi-year plan the text names, reusing its goals', async () => {
    // ELZ Leuven Noord's text names no multi-year period: its plan got one of its own year.
    expect(await db.query(`SELECT year_from, year_to FROM multi_year_plan`)).toEqual([{ year_from: 2025, year_to: 2025 }]);
    // ELZ Leuven Zuid's text works under its "beleidsplan 2024-2026".
    const zuid = fs.readFileSync(path.join(SEEDS_DIR, '000_d1bd872e8508c32e.txt'), 'utf8');
    const first = await new PlanImportService(db).importPlan(parsePlanText(zuid), { zone: 'ELZ Leuven Zuid', region: 'Oost-Brabant' });
    expect(first).toMatchObject({ zoneCreated: true, regionCreated: false, multiYearPlanCreated: true, counts: { strategicGoals: 5, operationalGoals: 9, actions: 15 } });
    const [myp] = await db.query(`SELECT year_from, year_to, title FROM multi_year_plan WHERE id = $1`, [first.multiYearPlanId]);
    expect(myp).toEqual({ year_from: 2024, year_to: 2026, title: 'Beleidsplan 2024-2026' });
    // Actions under a strategic goal without operational goal keep their SD.
    const sdLevel = await db.query(`SELECT a.title, s.number FROM action a JOIN strategic_goal s ON s.id = a.strategic_goal_id ORDER BY a.position`);
    expect(sdLevel.map((r: { number: string }) => r.number)).toEqual(['5', '5', '5', '5', '5']);

    const before = await counts(db);
    const next = await new PlanImportService(db).importPlan(parsePlanText(zuid.replace('Acties 2025', 'Acties 2026')), { zone: 'ELZ Leuven Zuid' });
    expect(next).toMatchObject({ zoneCreated: false, multiYearPlanCreated: false, multiYearPlanId: first.multiYearPlanId });
    const after = await counts(db);
    expect(after).toMatchObject({
      multi_year_plan: before.multi_year_plan,
      strategic_goal: before.strategic_goal,
      operational_goal: before.operational_goal,
      action_plan: before.action_plan + 1,
      action: before.action + 15,
    });
  });
});

describe('importing a multi-year plan', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => {
    await t.drop();
  });

  it('stores ELZ Leuven 2024-2026 as one draft plan per year, each action in the year of its goal, the continued ones in the first', async () => {
    const parsed = parsePlanText(fs.readFileSync(path.join(SEEDS_DIR, '002_9db8726a188f00ca.txt'), 'utf8'));
    const result = await new PlanImportService(t.db).importPlan(parsed, { zone: 'ELZ Leuven', region: 'Oost-Brabant' });
    expect(result.actionPlans.map((p) => [p.year, p.actions])).toEqual([
      [2024, 10],
      [2025, 8],
      [2026, 7],
    ]);
    const continued = await t.db.query(`SELECT p.year, a.title FROM action a JOIN action_plan p ON p.id = a.action_plan_id WHERE a.carried_over ORDER BY a.position`);
    expect(continued).toEqual(['ELP', 'Zorgzame buurten', 'preventie', 'communicatie'].map((title) => ({ year: 2024, title })));
    expect(await t.db.query(`SELECT year_from, year_to, title FROM multi_year_plan`)).toEqual([{ year_from: 2024, year_to: 2026, title: 'Beleids- en actieplan 2024-2026' }]);
    const [od] = await t.db.query(`SELECT indicators, deadline::text AS deadline FROM operational_goal WHERE number = '2.1'`);
    expect(od).toEqual({
      deadline: '2024-06-30',
      indicators: ['Formeel akkoord voor samenwerking', 'Concrete topics voor samenwerking zijn vastgelegd', 'Concrete afspraken en krijtlijnen voor de proeftuin zijn vastgelegd'],
    });
    expect((await t.db.query(`SELECT count(*)::int AS n FROM action_plan WHERE status = 'DRAFT'`))[0].n).toBe(3);
  });
});

describe('small rules of the import', () => {
  it('derives the short name and guesses the kind of a strategic goal', () => {
    expect(shortNameOf('ELZ Leuven Noord')).toBe('Leuven Noord');
    expect(shortNameOf('Eerstelijnszone Zuidoost Hageland')).toBe('Zuidoost Hageland');
    expect(goalKindOf('ELZOH komt tot goed bestuur')).toBe('GOVERNANCE');
    expect(goalKindOf('We verminderen eenzaamheid')).toBe('CONTENT');
  });
});
