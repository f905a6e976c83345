// The synthetic data set: complete action sheets, realistic shares, deterministic per seed, and
// no clash with the seed zones or an earlier generated set.
import { DEFAULT_THEMES } from '@kruispunt/shared';
import type { Context } from '../modules/auth/context';
import { ActionPlanWriteService } from '../modules/action-plan/action-plan-write.service';
import { createTestDatabase, type TestDatabase } from '../test/db';
import { generate, Rng, type GeneratedSet } from './generate';

const SMALL = { zones: 6, years: 2, actionsPerPlan: 8, regions: 2, partnersPerZone: 20 };

/** A digest of the generated content, ids included (timestamps of untouched defaults excluded). */
async function fingerprint(t: TestDatabase): Promise<string> {
  const [row] = await t.db.query(`SELECT
    (SELECT md5(string_agg(id || name || array_to_string(municipalities, ','), '|' ORDER BY id)) FROM zone) AS zones,
    (SELECT md5(string_agg(id || title || coalesce(what, '') || version || position || coalesce(number, '') || updated_at, '|' ORDER BY id)) FROM action) AS actions,
    (SELECT md5(string_agg(id || name || coalesce(target_value::text, '-'), '|' ORDER BY id)) FROM action_indicator) AS indicators,
    (SELECT md5(string_agg(id::text || entity_id::text || operation || at, '|' ORDER BY id)) FROM audit_entry) AS audit`);
  return JSON.stringify(row);
}

describe('generate', () => {
  const dbs: TestDatabase[] = [];
  const fresh = async (seed = false) => {
    const t = await createTestDatabase({ seed });
    dbs.push(t);
    return t;
  };
  afterAll(async () => {
    for (const t of dbs) await t.drop();
  });

  it('draws uuids and numbers deterministically from the seed', () => {
    const a = new Rng(5, 'x');
    const b = new Rng(5, 'x');
    const seq = () => [a.uuid(), a.int(1, 6), a.next()];
    expect(seq()).toEqual([b.uuid(), b.int(1, 6), b.next()]);
    expect(new Rng(6, 'x').uuid()).not.toEqual(new Rng(5, 'x').uuid());
    expect(a.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('fills every section of the action sheets beside the seed zones', async () => {
    const t = await fresh(true);
    const seedZones = Number((await t.db.query(`SELECT count(*) AS n FROM zone`))[0].n);
    const set: GeneratedSet = await generate(t.db, { ...SMALL, seed: 3 });
    expect(set.zones).toHaveLength(6);
    expect(set.regions.map((r) => r.zoneSlugs.length)).toEqual([3, 3]);
    expect(Number((await t.db.query(`SELECT count(*) AS n FROM zone`))[0].n)).toBe(seedZones + 6);
    // No generated name repeats a seed zone's; themes are the shared vocabulary.
    const themes: { slug: string }[] = await t.db.query(`SELECT DISTINCT th.slug FROM action_theme at JOIN theme th ON th.id = at.theme_id`);
    for (const { slug } of themes) expect(DEFAULT_THEMES.map((d) => d.slug)).toContain(slug);
    expect(Number((await t.db.query(`SELECT count(*) AS n FROM theme`))[0].n)).toBe(DEFAULT_THEMES.length);

    const ids = set.zones.map((z) => z.id);
    const [sheets] = await t.db.query(
      `SELECT count(*)::int AS actions,
        min(s.n)::int AS min_steps, max(s.n)::int AS max_steps, min(i.n)::int AS min_ind, max(i.n)::int AS max_ind,
        count(*) FILTER (WHERE a.what IS NULL OR a.why IS NULL OR cardinality(a.target_groups) = 0 OR cardinality(a.in_scope) = 0)::int AS incomplete,
        count(*) FILTER (WHERE a.evaluation_process OR a.evaluation_output OR a.evaluation_outcome)::int AS evaluated,
        count(*) FILTER (WHERE a.continued_from_id IS NOT NULL)::int AS continued,
        count(*) FILTER (WHERE o.n > 1)::int AS shared,
        count(*) FILTER (WHERE a.operational_goal_id IS NULL AND a.strategic_goal_id IS NOT NULL)::int AS sd_only,
        count(*) FILTER (WHERE a.lead_partner_id IS NOT NULL)::int AS partner_led,
        count(*) FILTER (WHERE a.lead_working_group_id IS NOT NULL)::int AS group_led
       FROM action a JOIN action_plan p ON p.id = a.action_plan_id
       CROSS JOIN LATERAL (SELECT count(*) AS n FROM action_step WHERE action_id = a.id) s
       CROSS JOIN LATERAL (SELECT count(*) AS n FROM action_indicator WHERE action_id = a.id) i
       CROSS JOIN LATERAL (SELECT count(*) AS n FROM action_owner WHERE action_id = a.id) o
       WHERE p.zone_id = ANY($1)`,
      [ids],
    );
    expect(sheets.actions).toBe(set.counts.action);
    expect(sheets.actions).toBeGreaterThanOrEqual(6 * 2 * 6);
    expect(sheets.incomplete).toBe(0);
    expect([sheets.min_steps, sheets.max_steps]).toEqual([expect.any(Number), expect.any(Number)]);
    expect(sheets.min_steps).toBeGreaterThanOrEqual(2);
    expect(sheets.max_steps).toBeLessThanOrEqual(8);
    expect(sheets.min_ind).toBeGreaterThanOrEqual(0);
    expect(sheets.max_ind).toBeLessThanOrEqual(6);
    expect(sheets.evaluated / sheets.actions).toBeGreaterThan(0.75);
    for (const key of ['continued', 'shared', 'sd_only', 'partner_led', 'group_led']) expect(sheets[key]).toBeGreaterThan(0);

    // Plans: mostly submitted or published, at least one draft; progress and history recorded.
    const statuses: { status: string; n: number }[] = await t.db.query(`SELECT status, count(*)::int AS n FROM action_plan WHERE zone_id = ANY($1) GROUP BY status`, [ids]);
    const n = (s: string) => statuses.find((r) => r.status === s)?.n ?? 0;
    expect(n('DRAFT')).toBeGreaterThan(0);
    expect(n('SUBMITTED') + n('PUBLISHED')).toBeGreaterThan(n('DRAFT'));
    expect(n('SUBMITTED')).toBeGreaterThan(0);
    // A submitted plan obeys the rule the product enforces: no check that blocks a submission fails.
    const submitted: { id: string }[] = await t.db.query(`SELECT id FROM action_plan WHERE zone_id = ANY($1) AND status = 'SUBMITTED'`, [ids]);
    const checks = await new ActionPlanWriteService({ db: t.db } as Context).checks(
      submitted.map((p) => p.id),
      true,
    );
    expect([...checks.values()].flat().filter((c) => c.severity === 'ERROR')).toEqual([]);
    expect(set.counts.indicator_value).toBeGreaterThan(0);
    expect(set.counts.action_review).toBeGreaterThan(0);
    expect(set.counts.audit_entry).toBeGreaterThan(set.counts.action);

    // Shared work: groups with owners in several zones, each with one lead.
    const [shared] = await t.db.query(
      `SELECT count(*)::int AS n FROM working_group w WHERE (SELECT count(*) FROM working_group_owner o WHERE o.working_group_id = w.id AND o.zone_id = ANY($1)) > 1`,
      [ids],
    );
    expect(shared.n).toBeGreaterThan(0);
    const [projects] = await t.db.query(`SELECT count(DISTINCT project_id)::int AS n FROM project_owner WHERE zone_id = ANY($1) AND role = 'PENHOLDER'`, [ids]);
    expect(projects.n).toBeGreaterThan(0);
  });

  it('gives the same rows for the same seed, other rows for another, and a second set beside the first', async () => {
    const [a, b] = [await fresh(), await fresh()];
    await generate(a.db, { ...SMALL, seed: 11 });
    await generate(b.db, { ...SMALL, seed: 11 });
    expect(await fingerprint(a)).toEqual(await fingerprint(b));

    const before = Number((await a.db.query(`SELECT count(*) AS n FROM zone`))[0].n);
    const second = await generate(a.db, { ...SMALL, seed: 12 });
    expect(Number((await a.db.query(`SELECT count(*) AS n FROM zone`))[0].n)).toBe(before + 6);
    // Same municipalities, so the same area names: the second set's names got suffixes.
    const names: { name: string }[] = await a.db.query(`SELECT name FROM zone`);
    expect(new Set(names.map((z) => z.name)).size).toBe(names.length);
    expect(second.regions.map((r) => r.name)).not.toContain('Antwerpen');
    await expect(generate(a.db, { ...SMALL, seed: 11 })).rejects.toThrow(/already holds the data set of seed 11/);
  });

  it('refuses nonsense sizes', async () => {
    const t = await fresh();
    await expect(generate(t.db, { zones: 0 })).rejects.toThrow(/--zones/);
    await expect(generate(t.db, { actionsPerPlan: 1.5 })).rejects.toThrow(/--actions-per-plan/);
  });
});
