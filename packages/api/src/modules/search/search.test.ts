// The global search's behaviour: what it searches, snippets, filters, bad input, the search
// document kept current by triggers, and the SQL statements one search costs.
import { startServer, type StartedServer } from '../../server';
import { createTestDatabase, type TestDatabase } from '../../test/db';
import { codeOf, fieldOf, gidOf, zoneGid } from '../../test/fixtures';
import { gql } from '../../test/http';
import { createTestUser, type TestUser } from '../../test/users';

const SEARCH = `query($text: String!, $filter: SearchFilter, $first: Int) { search(text: $text, filter: $filter, first: $first) {
  zones { slug } workingGroups { name } projects { name } partners { name } goals { strategicGoal { title } operationalGoal { title } }
  actionHits { snippet action { title actionPlan { year zone { slug } } } }
} }`;

describe('global search', () => {
  let t: TestDatabase;
  let server: StartedServer;
  let coach: TestUser;
  const search = async (text: string, filter: Record<string, unknown> | null = null, first = 10) => {
    const res = await gql(server.url, SEARCH, { text, filter, first }, coach.headers);
    expect(res.errors).toBeUndefined();
    return { ...res.data!.search, sqlQueries: res.sqlQueries, titles: res.data!.search.actionHits.map((h: any) => h.action.title) as string[] };
  };

  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
    server = await startServer(t.db, { port: 0, host: '127.0.0.1', rateLimit: { ipPerMinute: 100_000, tokenPerMinute: 100_000 } });
    coach = await createTestUser(t.db, { coachOf: ['oost-brabant'], scope: 'READ' });
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  it('finds a word that only a step holds, with a snippet marking it', async () => {
    const res = await search('schepencollege');
    expect(res.titles).toEqual(['Reactiveren en contact zoeken met de nieuwe teams bij de lokale besturen']);
    expect(res.actionHits[0].snippet).toMatch(/«[Ss]chepencollege»/);
  });

  it('finds an abbreviation by its full form and the other way round', async () => {
    const short = await search('KBS');
    const long = await search('Koning Boudewijnstichting');
    expect(long.titles.sort()).toEqual(short.titles.sort());
    expect(long.titles.length).toBe(2);
    // The snippet marks what the text holds (KBS), not what was typed.
    expect(long.actionHits.some((h: any) => h.snippet?.includes('«KBS»'))).toBe(true);
  });

  it('treats a plural, the word being typed and a typo alike (compound parts, prefix, pg_trgm)', async () => {
    const base = (await search('mantelzorg')).titles.sort();
    expect(base.length).toBeGreaterThanOrEqual(5);
    expect((await search('mantelzorgers')).titles.sort()).toEqual(base);
    expect((await search('mantelz')).titles.sort()).toEqual(base);
    expect((await search('mantelzrogers')).titles.sort()).toEqual(base);
    expect((await search('tekort aan personeel')).titles).toContain('Werkgroepen personeelstekort nauwgezet opvolgen');
  });

  it("finds an action by its themes' names, and by part of an abbreviation's full form", async () => {
    const [action] = await t.db.query(`SELECT a.id FROM action a WHERE a.title = 'Middagbabbels'`);
    const [theme] = await t.db.query(`SELECT id FROM theme WHERE name = 'Digitale inclusie'`);
    const digital = async () => (await search('digitale inclusie')).titles;
    expect(await digital()).not.toContain('Middagbabbels');
    await t.db.query(`INSERT INTO action_theme (action_id, theme_id) VALUES ($1, $2)`, [action.id, theme.id]);
    try {
      expect(await digital()).toContain('Middagbabbels');
      const hit = (await search('digitale inclusie')).actionHits.find((h: any) => h.action.title === 'Middagbabbels');
      expect(hit.snippet).toMatch(/Thema's: .*«Digitale» «inclusie»/);
    } finally {
      await t.db.query(`DELETE FROM action_theme WHERE action_id = $1 AND theme_id = $2`, [action.id, theme.id]);
    }
    expect(await digital()).not.toContain('Middagbabbels');
    // "VAPH" (Vlaams Agentschap voor Personen met een Handicap): the texts never say "handicap".
    const vaph: { title: string }[] = await t.db.query(`SELECT a.title FROM action a JOIN action_search s ON s.action_id = a.id WHERE s.document @@ 'vaph'::tsquery`);
    expect(vaph.length).toBeGreaterThan(2);
    const found = (await search('personen met een handicap', null, 20)).titles;
    for (const v of vaph) expect(found).toContain(v.title);
  });

  it('lists the actions with every word first, then those with most of a longer question', async () => {
    // Only one action says "schepencollege"; others are about local councils too.
    const res = await search('schepencollege lokale besturen');
    expect(res.titles[0]).toBe('Reactiveren en contact zoeken met de nieuwe teams bij de lokale besturen');
    expect(res.titles.length).toBeGreaterThan(2);
    expect(res.titles).toContain('ELZOH gaat het gesprek aan met lokale besturen om het lokaal sociaal beleid af te stemmen');
    // One word: no partial hits through the full form's separate words (VIVEL is not "eerste").
    const vivel: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM action_search WHERE document @@ 'vivel'::tsquery`);
    expect((await search('VIVEL', null, 30)).titles.length).toBe(vivel[0]!.n);
  });

  it('puts an action with the word in its title before one that only mentions it', async () => {
    const res = await search('nieuwsbrief');
    expect(res.titles[0]).toBe('Nieuwsbrief');
    expect(res.titles.length).toBeGreaterThan(1);
  });

  it('filters actions by year, zone, region and theme, and returns only the asked kinds', async () => {
    const all = await search('VAPH');
    const years = all.actionHits.map((h: any) => h.action.actionPlan.year);
    expect(new Set(years).size).toBeGreaterThan(1);
    const y2026 = await search('VAPH', { years: [2026] });
    expect(y2026.actionHits.length).toBeGreaterThan(0);
    expect(y2026.actionHits.every((h: any) => h.action.actionPlan.year === 2026)).toBe(true);
    const zuid = await search('VAPH', { zoneIds: [await zoneGid(t.db, 'elz-leuven-zuid')] });
    expect(zuid.actionHits.length).toBeGreaterThan(0);
    expect(zuid.actionHits.every((h: any) => h.action.actionPlan.zone.slug === 'elz-leuven-zuid')).toBe(true);
    const region = await search('VAPH', { regionIds: [await gidOf(t.db, 'Region', `SELECT id FROM region WHERE slug = 'oost-brabant'`)] });
    expect(region.titles.sort()).toEqual(all.titles.sort());
    const theme = await gidOf(t.db, 'Theme', `SELECT id FROM theme WHERE slug = 'mantelzorg'`);
    const themed = await search('bekendmaking', { themeIds: [theme] });
    const expected: { title: string }[] = await t.db.query(
      `SELECT a.title FROM action a JOIN action_theme at ON at.action_id = a.id JOIN theme th ON th.id = at.theme_id WHERE th.slug = 'mantelzorg' AND a.title ILIKE '%bekendmaking%'`,
    );
    expect(expected.length).toBeGreaterThan(0);
    for (const e of expected) expect(themed.titles).toContain(e.title);
    const onlyActions = await search('overhoop', { kinds: ['ACTION'] });
    expect(onlyActions.actionHits.length).toBeGreaterThan(0);
    expect(onlyActions.projects).toEqual([]);
    const onlyProjects = await search('overhoop', { kinds: ['PROJECT'] });
    expect(onlyProjects.projects.map((p: any) => p.name)).toContain('OverHoop');
    expect(onlyProjects.actionHits).toEqual([]);
  });

  it('finds strategic and operational goals by their wording, in the plans the filters leave', async () => {
    const GOALS = `query($text: String!, $filter: SearchFilter) { search(text: $text, filter: $filter) {
      goals { strategicGoal { number title multiYearPlan { zone { slug } } } operationalGoal { number title } } actionHits { action { id } } } }`;
    const [goal] = await t.db.query(`SELECT og.number, og.title FROM operational_goal og WHERE og.title ILIKE '%jonge mantelzorger%' LIMIT 1`);
    expect(goal).toBeDefined();
    const res = await gql(server.url, GOALS, { text: 'jonge mantelzorgers', filter: { kinds: ['GOAL'] } }, coach.headers);
    expect(res.errors).toBeUndefined();
    const goals = res.data!.search.goals;
    expect(goals.map((g: any) => g.operationalGoal?.title)).toContain(goal.title);
    expect(goals.every((g: any) => g.strategicGoal.multiYearPlan.zone.slug === 'elz-leuven')).toBe(true);
    expect(res.data!.search.actionHits).toEqual([]);
    const elsewhere = await gql(server.url, GOALS, { text: 'jonge mantelzorgers', filter: { zoneIds: [await zoneGid(t.db, 'elz-leuven-zuid')] } }, coach.headers);
    expect(elsewhere.data!.search.goals).toEqual([]);
    const otherYears = await gql(server.url, GOALS, { text: 'jonge mantelzorgers', filter: { years: [2030] } }, coach.headers);
    expect(otherYears.data!.search.goals).toEqual([]);
  });

  it('refuses a bad id in a filter, naming the field', async () => {
    const res = await gql(server.url, SEARCH, { text: 'zorg', filter: { zoneIds: ['nonsense'] } }, coach.headers);
    expect(codeOf(res)).toBe('INVALID_INPUT');
    expect(fieldOf(res)).toBe('filter.zoneIds.0');
    const theme = await gql(server.url, SEARCH, { text: 'zorg', filter: { themeIds: [await zoneGid(t.db, 'elz-leuven')] } }, coach.headers);
    expect(codeOf(theme)).toBe('INVALID_INPUT');
    expect(fieldOf(theme)).toBe('filter.themeIds.0');
  });

  it('keeps the search document current when a step, a linked name or a goal changes', async () => {
    const [action] = await t.db.query(`SELECT a.id, a.title FROM action a WHERE a.title = 'Middagbabbels'`);
    expect((await search('zeppelinvaart')).titles).toEqual([]);
    await t.db.query(`INSERT INTO action_step (action_id, position, text) VALUES ($1, 99, 'Een uitstap met de zeppelinvaart')`, [action.id]);
    expect((await search('zeppelinvaart')).titles).toEqual(['Middagbabbels']);
    await t.db.query(`DELETE FROM action_step WHERE action_id = $1 AND position = 99`, [action.id]);
    expect((await search('zeppelinvaart')).titles).toEqual([]);
    // A working group renamed: the actions in it are found by the new name.
    const [group] = await t.db.query(`SELECT w.id, w.name FROM working_group w JOIN action_working_group aw ON aw.working_group_id = w.id LIMIT 1`);
    await t.db.query(`UPDATE working_group SET name = 'Werkgroep Kwartelkoning' WHERE id = $1`, [group.id]);
    try {
      const linked: { title: string }[] = await t.db.query(`SELECT a.title FROM action a JOIN action_working_group aw ON aw.action_id = a.id WHERE aw.working_group_id = $1`, [group.id]);
      const found = (await search('kwartelkoning')).titles;
      for (const l of linked) expect(found).toContain(l.title);
    } finally {
      await t.db.query(`UPDATE working_group SET name = $2 WHERE id = $1`, [group.id, group.name]);
    }
    expect((await search('kwartelkoning')).titles).toEqual([]);
    // An operational goal reworded: its actions are found by the new words.
    const [goal] = await t.db.query(`SELECT og.id, og.title FROM operational_goal og WHERE EXISTS (SELECT 1 FROM action a WHERE a.operational_goal_id = og.id) LIMIT 1`);
    await t.db.query(`UPDATE operational_goal SET title = 'Een doel over de ijsvogelwerking' WHERE id = $1`, [goal.id]);
    const underGoal: { title: string }[] = await t.db.query(`SELECT title FROM action WHERE operational_goal_id = $1`, [goal.id]);
    const byGoal = (await search('ijsvogelwerking')).titles;
    for (const u of underGoal) expect(byGoal).toContain(u.title);
    await t.db.query(`UPDATE operational_goal SET title = $2 WHERE id = $1`, [goal.id, goal.title]);
  });

  it('finds a sheet by the steps saved through updateAction, in the next request', async () => {
    const editor = await createTestUser(t.db, { editorOf: ['elz-leuven-zuid'] });
    const [row] = await t.db.query(`SELECT a.id, a.version FROM action a JOIN action_plan p ON p.id = a.action_plan_id JOIN zone z ON z.id = p.zone_id
      WHERE z.slug = 'elz-leuven-zuid' AND p.year = 2025 AND a.title = 'Sociale media'`);
    const id = await gidOf(t.db, 'Action', `SELECT $1::uuid AS id`, [row.id]);
    const saved = await gql(
      server.url,
      `mutation($id: ID!, $v: Int!, $i: ActionInput!) { updateAction(id: $id, version: $v, input: $i) { action { version } } }`,
      { id, v: row.version, i: { steps: [{ text: 'Een reeks filmpjes over de valpreventie-wandeling' }] } },
      editor.headers,
    );
    expect(saved.errors).toBeUndefined();
    const found = await search('valpreventiewandeling');
    expect(found.titles).toContain('Sociale media');
    expect((await search('valpreventie wandeling')).titles[0]).toBe('Sociale media');
  });

  it('costs a handful of SQL statements per search, whatever it finds', async () => {
    const few = await search('schepencollege');
    const many = await search('zorg', null, 50);
    console.log(`SQL statements per search: ${few.sqlQueries} (1 action found), ${many.sqlQueries} (${many.actionHits.length} actions found)`);
    expect(many.actionHits.length).toBeGreaterThan(20);
    expect(many.goals.length).toBeGreaterThan(5);
    expect(few.goals.length).toBe(0);
    expect(many.sqlQueries).toBe(few.sqlQueries);
    expect(many.sqlQueries).toBeLessThanOrEqual(8);
  });
});
