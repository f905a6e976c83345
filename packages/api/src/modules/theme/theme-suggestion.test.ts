// Issue 14, themes on every action: the server proposes themes (suggestThemes for a sheet being
// written, Action.suggestedThemes for a saved one, suggestedThemes on every action of an import
// preview) and sets only what a person kept. After importing ELZOH's plan text with the proposed
// themes kept, the region dashboard counts its actions under those themes.
import fs from 'node:fs';
import path from 'node:path';
import { config } from '../../config';
import { startServer, type StartedServer } from '../../server';
import { createTestDatabase, type TestDatabase } from '../../test/db';
import { codeOf, countOf, fieldOf, gidOf } from '../../test/fixtures';
import { gql } from '../../test/http';
import { createTestUser, type TestUser } from '../../test/users';
import { previewPlanFile } from '../import/plan-preview';
import { allActions, type ParsedPlan } from '@kruispunt/shared';

const SEEDS_DIR = process.env.SHARED_SEEDS_DIR ?? path.resolve(__dirname, '../../../../../../shared/seeds');
const ELZOH_TEXT = path.join(SEEDS_DIR, '003_8efae48a1dc44449.txt');
// A year no seed plan and no other test file uses for ELZOH.
const IMPORT_YEAR = 2038;

const SUGGEST = `query($input: ThemeSuggestionInput!) { suggestThemes(input: $input) { theme { slug name } reasons score } }`;
const ACTION_SUGGESTED = `query($id: ID!) { action(id: $id) { title themes { slug } suggestedThemes { theme { slug } reasons } } }`;
const IMPORT = `mutation($zoneId: ID!, $year: Int!, $plan: JSON!) { importPlan(zoneId: $zoneId, year: $year, plan: $plan) { id } }`;
const DASHBOARD = `query($year: Int!) { regionDashboard(regionSlug: "oost-brabant", year: $year) {
  themeMatrix { theme { slug } zone { shortName } count }
  themeTotals { theme { slug } count }
} }`;

describe('theme suggestions', () => {
  let t: TestDatabase;
  let server: StartedServer;
  let editor: TestUser;

  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
    server = await startServer(t.db, { port: 0, host: '127.0.0.1', rateLimit: { ipPerMinute: 100_000, tokenPerMinute: 100_000 } });
    editor = await createTestUser(t.db, { editorOf: ['elz-leuven'] });
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  it('proposes themes for a sheet being written, with the words that point to them', async () => {
    const res = await gql(server.url, SUGGEST, { input: { title: 'Toolbox voor jonge mantelzorgers', what: 'Een aanbod over mentaal welzijn en GGZ voor scholen.' } }, editor.headers);
    expect(res.errors).toBeUndefined();
    const byTheme = new Map(res.data!.suggestThemes.map((s: any) => [s.theme.slug, s]));
    expect((byTheme.get('mantelzorg') as any).reasons).toContain('jonge mantelzorgers');
    expect((byTheme.get('mantelzorg') as any).theme.name).toBe('Mantelzorg en jonge mantelzorgers');
    expect(byTheme.has('kwetsbare-kinderen-jongeren')).toBe(true);
  });

  it('reads the goal the sheet serves', async () => {
    const od = await gidOf(t.db, 'OperationalGoal', `SELECT id FROM operational_goal WHERE title LIKE 'Eind 2025 zijn digitale drempels%'`);
    const res = await gql(server.url, SUGGEST, { input: { title: 'Zorgzame doorverwijzer', operationalGoalId: od } }, editor.headers);
    expect(res.errors).toBeUndefined();
    expect(res.data!.suggestThemes.map((s: any) => s.theme.slug)).toEqual(expect.arrayContaining(['digitale-inclusie', 'toegankelijkheid']));
  });

  it('refuses a too long text with INVALID_INPUT on its field, and callers who are not signed in', async () => {
    const long = await gql(server.url, SUGGEST, { input: { title: 'x'.repeat(1001) } }, editor.headers);
    expect(codeOf(long)).toBe('INVALID_INPUT');
    expect(fieldOf(long)).toBe('title');
    const step = await gql(server.url, SUGGEST, { input: { steps: ['ok', 'y'.repeat(2001)] } }, editor.headers);
    expect(codeOf(step)).toBe('INVALID_INPUT');
    expect(fieldOf(step)).toMatch(/^steps/);
    const anonymous = await gql(server.url, SUGGEST, { input: { title: 'Mantelzorg' } });
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
  });

  it('proposes themes for a saved action that it lacks, and sets none by itself', async () => {
    const title = 'Toolbox (h)erkenning van jonge mantelzorgers';
    const id = await gidOf(t.db, 'Action', `SELECT id FROM action WHERE title = $1`, [title]);
    const withThemes = await gql(server.url, ACTION_SUGGESTED, { id }, editor.headers);
    const own = withThemes.data!.action.themes.map((x: any) => x.slug);
    expect(own).toContain('mantelzorg');
    // Themes it has are not proposed again.
    for (const s of withThemes.data!.action.suggestedThemes) expect(own).not.toContain(s.theme.slug);

    await t.db.query(`DELETE FROM action_theme WHERE action_id = (SELECT id FROM action WHERE title = $1)`, [title]);
    const bare = await gql(server.url, ACTION_SUGGESTED, { id }, editor.headers);
    expect(bare.errors).toBeUndefined();
    const proposed = bare.data!.action.suggestedThemes.map((s: any) => s.theme.slug);
    expect(proposed).toEqual(expect.arrayContaining(['mantelzorg', 'kwetsbare-kinderen-jongeren']));
    expect(bare.data!.action.suggestedThemes.find((s: any) => s.theme.slug === 'mantelzorg').reasons.join(' ')).toMatch(/mantelzorger/);
    // Asking changed nothing.
    expect(await countOf(t.db, `SELECT count(*) AS n FROM action_theme WHERE action_id = (SELECT id FROM action WHERE title = $1)`, [title])).toBe(0);
  });

  describe("importing ELZOH's plan text", () => {
    let plan: ParsedPlan;
    let zoneId: string;

    beforeAll(async () => {
      const bytes = new Uint8Array(fs.readFileSync(ELZOH_TEXT));
      plan = JSON.parse(await previewPlanFile({ bytes, kind: 'txt', fileName: 'elzoh.txt', limits: config.importLimits })).plan;
      zoneId = await gidOf(t.db, 'Zone', `SELECT id FROM zone WHERE short_name = 'ELZOH'`);
    });

    it('previews every action with its proposed themes and none set', () => {
      const actions = allActions(plan);
      expect(actions.length).toBeGreaterThan(5);
      for (const a of actions) {
        expect(Array.isArray(a.suggestedThemes)).toBe(true);
        expect(a.themes ?? []).toEqual([]);
      }
      // Most actions get a proposal (the issue: an imported plan had no themes at all).
      expect(actions.filter((a) => a.suggestedThemes!.length > 0).length).toBeGreaterThanOrEqual(Math.ceil(actions.length * 0.8));
    });

    it('refuses a theme that does not exist, naming the plan', async () => {
      const bad = structuredClone(plan);
      allActions(bad)[0]!.themes = ['geen-thema'];
      const res = await gql(server.url, IMPORT, { zoneId, year: IMPORT_YEAR, plan: bad }, await editorOfElzoh());
      expect(codeOf(res)).toBe('INVALID_INPUT');
      expect(fieldOf(res)).toBe('plan');
      expect(await countOf(t.db, `SELECT count(*) AS n FROM action_plan WHERE year = $1`, [IMPORT_YEAR])).toBe(0);
    });

    it('sets the themes the person kept, and the region dashboard counts the actions under them', async () => {
      const kept = structuredClone(plan);
      const actions = allActions(kept);
      // The review: every proposal kept, except the first action's first one (unticked).
      actions.forEach((a, i) => (a.themes = a.suggestedThemes!.map((s) => s.theme).slice(i === 0 ? 1 : 0)));
      const expected = new Map<string, number>();
      for (const a of actions) for (const th of a.themes!) expected.set(th, (expected.get(th) ?? 0) + 1);
      expect(expected.size).toBeGreaterThan(2);

      const res = await gql(server.url, IMPORT, { zoneId, year: IMPORT_YEAR, plan: kept }, await editorOfElzoh());
      expect(res.errors).toBeUndefined();

      // The imported plan is ELZOH's draft: its editors see it on the region dashboard.
      const d = (await gql(server.url, DASHBOARD, { year: IMPORT_YEAR }, await editorOfElzoh())).data!.regionDashboard;
      for (const [theme, n] of expected) {
        expect({ theme, count: d.themeMatrix.find((c: any) => c.theme.slug === theme && c.zone.shortName === 'ELZOH')?.count }).toEqual({ theme, count: n });
      }
      // Nothing beyond what was kept.
      const counted = d.themeMatrix.filter((c: any) => c.zone.shortName === 'ELZOH').reduce((s: number, c: any) => s + c.count, 0);
      expect(counted).toBe([...expected.values()].reduce((s, n) => s + n, 0));
      // The unticked proposal was not set on the first action.
      const first = actions[0]!;
      if (first.suggestedThemes!.length) {
        const n = await countOf(
          t.db,
          `SELECT count(*) AS n FROM action_theme at JOIN theme th ON th.id = at.theme_id JOIN action a ON a.id = at.action_id JOIN action_plan p ON p.id = a.action_plan_id
           WHERE p.year = $1 AND a.title = $2 AND th.slug = $3`,
          [IMPORT_YEAR, first.title, first.suggestedThemes![0]!.theme],
        );
        expect(n).toBe(0);
      }
    });

    let elzohEditor: TestUser | null = null;
    async function editorOfElzoh(): Promise<Record<string, string>> {
      const slug = (await t.db.query(`SELECT slug FROM zone WHERE short_name = 'ELZOH'`))[0].slug;
      elzohEditor ??= await createTestUser(t.db, { editorOf: [slug] });
      return elzohEditor.headers;
    }
  });
});
