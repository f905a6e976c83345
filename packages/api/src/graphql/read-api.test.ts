// The read API over real HTTP against a seeded PostgreSQL: the sections of action sheets as the
// texts give them, shared ownership, and a constant number of SQL statements per request.
import { startServer, type StartedServer } from '../server';
import { createTestDatabase, type TestDatabase } from '../test/db';
import { gql as rawGql } from '../test/http';
import { createTestUser } from '../test/users';
import { fromGlobalId } from '../common/global-id';

/** Copies every action of a plan, with all its rows and links, into the same plan. */
async function duplicateActions(t: TestDatabase, planGlobalId: string): Promise<void> {
  const planId = fromGlobalId(planGlobalId, 'ActionPlan').id;
  await t.db.transaction(async (m) => {
    // Copy every stored (not generated) column, with a new id and the given overrides.
    const copy = async (table: string, key: string, overrides: Record<string, string>) => {
      const rows: { column_name: string }[] = await m.query(
        `SELECT column_name FROM information_schema.columns WHERE table_name = $1 AND is_generated = 'NEVER' AND column_name <> 'id' ORDER BY ordinal_position`,
        [table],
      );
      const cols = rows.map((r) => r.column_name);
      const values = cols.map((c) => overrides[c] ?? `x.${c}`);
      await m.query(`INSERT INTO ${table} (${cols.join(', ')}) SELECT ${values.join(', ')} FROM ${table} x JOIN copy_map c ON c.old_id = x.${key}`);
    };
    await m.query(`CREATE TEMP TABLE copy_map ON COMMIT DROP AS SELECT id AS old_id, gen_random_uuid() AS new_id FROM action WHERE action_plan_id = $1`, [planId]);
    await m.query(`ALTER TABLE copy_map ADD PRIMARY KEY (old_id)`);
    const [{ cols }] = await m.query(
      `SELECT string_agg(column_name, ', ' ORDER BY ordinal_position) AS cols FROM information_schema.columns WHERE table_name = 'action' AND is_generated = 'NEVER' AND column_name NOT IN ('id', 'position')`,
    );
    await m.query(
      `INSERT INTO action (id, position, ${cols}) SELECT c.new_id, x.position + 100, ${cols
        .split(', ')
        .map((c: string) => `x.${c}`)
        .join(', ')} FROM action x JOIN copy_map c ON c.old_id = x.id`,
    );
    for (const table of ['action_step', 'action_indicator', 'action_month', 'action_owner']) await copy(table, 'action_id', { action_id: 'c.new_id' });
    for (const table of ['action_theme', 'action_stakeholder', 'action_working_group', 'action_project']) await copy(table, 'action_id', { action_id: 'c.new_id' });
  });
}

const PLAN_QUERY = /* GraphQL */ `
  query Plan($zone: String!, $year: Int!) {
    actionPlan(zoneSlug: $zone, year: $year) {
      id
      year
      status
      deadline
      zone {
        name
        shortName
      }
      strategicGoals {
        number
        title
        kind
        operationalGoals {
          number
          title
          deadline
          indicators
        }
      }
      actions {
        id
        number
        title
        what
        inScope
        outOfScope
        why
        targetGroups
        councilRole
        stakeholdersOther
        funding
        fundingRemark
        carriedOver
        linkNotes
        communicationChannels
        progressStatus
        notes
        startDate
        endDate
        operationalGoal {
          number
        }
        strategicGoal {
          number
        }
        owners {
          role
          zone {
            shortName
          }
        }
        lead {
          text
          zone {
            shortName
          }
          partner {
            name
          }
          workingGroup {
            name
          }
        }
        stakeholderPartners {
          name
        }
        steps {
          position
          text
          month
          date
        }
        evaluation {
          process {
            chosen
            text
          }
          output {
            chosen
            text
          }
          outcome {
            chosen
            text
          }
        }
        indicators {
          name
          method
          targetValue
          targetUnit
          kind
        }
        timeline {
          month
          milestone
        }
        themes {
          slug
        }
        workingGroups {
          name
          owners {
            role
            zone {
              shortName
            }
          }
        }
        projects {
          name
        }
      }
    }
  }
`;

describe('read API', () => {
  let t: TestDatabase;
  let server: StartedServer;

  let headers: Record<string, string>;
  const gql = (url: string, query: string, variables: Record<string, unknown> = {}) => rawGql(url, query, variables, headers);

  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
    server = await startServer(t.db, { port: 0, host: '127.0.0.1' });
    headers = (await createTestUser(t.db, { scope: 'READ' })).headers;
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  it('lists the zones of a region with their plans', async () => {
    const res = await gql(server.url, `{ regions { name zones { name shortName municipalities actionPlans { year status } } } }`);
    expect(res.errors).toBeUndefined();
    const [region] = res.data!.regions;
    expect(region.name).toBe('Oost-Brabant');
    const zuid = region.zones.find((z: any) => z.shortName === 'Leuven Zuid');
    expect(zuid.municipalities).toHaveLength(7);
    expect(zuid.actionPlans.map((p: any) => p.year)).toEqual([2024, 2025]);
  });

  it('serves an action sheet of ELZ Leuven Zuid with every section the text gives', async () => {
    const res = await gql(server.url, PLAN_QUERY, { zone: 'elz-leuven-zuid', year: 2025 });
    expect(res.errors).toBeUndefined();
    const plan = res.data!.actionPlan;
    expect(plan.deadline).toBe('2024-10-15');
    expect(plan.strategicGoals.map((g: any) => g.number)).toEqual(['1', '2', '3', '4', '5']);

    const governance = plan.actions.find((a: any) => a.title === 'Werkgroep Governance evalueren');
    expect(governance.operationalGoal.number).toBe('1.2');
    expect(governance.strategicGoal.number).toBe('1');
    expect(governance.outOfScope).toEqual(['Ad hoc veranderingen aanbrengen in de governance']);
    expect(governance.targetGroups).toEqual(['Intern']);
    expect(governance.lead.text).toBe('Zorgraad');
    expect(governance.lead.zone.shortName).toBe('Leuven Zuid');
    expect(governance.evaluation.process.chosen).toBe(false);
    expect(governance.evaluation.output.chosen).toBe(true);

    const staff = plan.actions.find((a: any) => a.title === 'Werkgroepen personeelstekort nauwgezet opvolgen');
    expect(staff.owners.map((o: any) => o.zone.shortName).sort()).toEqual(['Leuven', 'Leuven Zuid']);
    expect(staff.evaluation.process.chosen).toBe(true);
    expect(staff.evaluation.output.chosen).toBe(false);
    expect(staff.workingGroups.map((w: any) => w.name).sort()).toEqual(['Coöperatieve verpleegposten', 'Opleidingen en zorgcontinuüm', 'Poolen/delen van personeel']);
    for (const wg of staff.workingGroups) {
      expect(wg.owners.map((o: any) => `${o.zone.shortName}:${o.role}`).sort()).toEqual(['Leuven Zuid:CO_LEAD', 'Leuven:CO_LEAD']);
    }

    const elp = plan.actions.find((a: any) => a.title.startsWith('Aanbod ELP in onze regio faciliteren'));
    expect(elp.lead.partner.name).toBe('Diletti');
    expect(elp.councilRole).toBe('De werking mee faciliteren en uitdragen');
    expect(elp.outOfScope).toEqual(['Trekkersrol']);
    expect(elp.indicators.map((i: any) => i.name)).toContain('Aantal ELP vindplaatsen in de regio');
    expect(elp.projects.map((p: any) => p.name)).toEqual(['ELP (eerstelijnspsychologische zorg)']);
  });

  it('keeps funding labels, indicator targets and outcome evaluation of the other zones', async () => {
    const noord = (await gql(server.url, PLAN_QUERY, { zone: 'elz-leuven-noord', year: 2025 })).data!.actionPlan;
    const byStart = (prefix: string) => noord.actions.find((a: any) => a.title.startsWith(prefix));
    expect(byStart('We realiseren het dossier voor de Warmste Week').funding).toBe('CONDITIONAL');
    expect(byStart('De stafmedewerker ondersteunt de stuurgroep').funding).toBe('EXTRA');
    expect(byStart('We bereiken de meest kwetsbare doelgroepen').funding).toBe('EXTERNAL');
    const pzon = byStart('We breiden de klankbordgroep PZON uit');
    expect(pzon.indicators.find((i: any) => i.targetValue === 5)?.targetUnit).toBe('geëngageerde mensen');

    const elzoh = (await gql(server.url, PLAN_QUERY, { zone: 'elz-zuidoost-hageland', year: 2024 })).data!.actionPlan;
    const charter = elzoh.actions.find((a: any) => a.title.startsWith('ELZOH draagt bij aan de uitwerking en verspreiding van een charter'));
    expect(charter.evaluation).toMatchObject({ process: { chosen: true }, output: { chosen: true }, outcome: { chosen: true } });
    expect(charter.indicators.some((i: any) => i.targetValue === 50 && i.targetUnit.startsWith('%'))).toBe(true);
    expect(charter.timeline.length).toBeGreaterThan(0);
  });

  it('models OverHoop with ELZOH as penhouder and two participating zones', async () => {
    const res = await gql(server.url, `{ projects(first: 100) { nodes { name funder owners { role zone { shortName } } } } }`);
    const overhoop = res.data!.projects.nodes.find((p: any) => p.name === 'OverHoop');
    expect(overhoop.funder).toBe('Koning Boudewijnstichting');
    expect(overhoop.owners.map((o: any) => `${o.zone.shortName}:${o.role}`).sort()).toEqual(['ELZOH:PENHOLDER', 'Leuven Noord:PARTICIPANT', 'Leuven Zuid:PARTICIPANT']);
  });

  it('answers one fragment on Collaboration for working groups and projects, as their own fields do', async () => {
    const fields = 'id name funder cadence owners { role zone { shortName } } members { name } themes { slug } actions { title }';
    const viaInterface = await gql(
      server.url,
      `fragment C on Collaboration { __typename ${fields} }
      { workingGroups(first: 100) { nodes { ...C } } projects(first: 100) { nodes { ...C } } }`,
    );
    const direct = await gql(server.url, `{ workingGroups(first: 100) { nodes { __typename ${fields} } } projects(first: 100) { nodes { __typename ${fields} } } }`);
    expect(viaInterface.errors).toBeUndefined();
    expect(viaInterface.data).toEqual(direct.data);
    expect(new Set([...viaInterface.data!.workingGroups.nodes, ...viaInterface.data!.projects.nodes].map((n: any) => n.__typename))).toEqual(new Set(['WorkingGroup', 'Project']));
    // node(id:) hands back the concrete type behind the interface.
    const overhoop = viaInterface.data!.projects.nodes.find((p: any) => p.name === 'OverHoop');
    const node = await gql(server.url, `query($id: ID!) { node(id: $id) { ... on Collaboration { __typename name } } }`, { id: overhoop.id });
    expect(node.data!.node).toEqual({ __typename: 'Project', name: 'OverHoop' });
  });

  it('answers a whole plan with a number of SQL statements that does not grow with its actions', async () => {
    const before = await gql(server.url, PLAN_QUERY, { zone: 'elz-leuven-zuid', year: 2025 });
    expect(before.data!.actionPlan.actions).toHaveLength(15);
    await duplicateActions(t, before.data!.actionPlan.id);
    const after = await gql(server.url, PLAN_QUERY, { zone: 'elz-leuven-zuid', year: 2025 });
    expect(after.data!.actionPlan.actions).toHaveLength(30);
    console.log(`SQL statements for a whole plan with every section: ${before.sqlQueries} (15 actions), ${after.sqlQueries} (30 actions)`);
    expect(Number.isFinite(before.sqlQueries)).toBe(true);
    expect(after.sqlQueries).toBe(before.sqlQueries);
  });

  it("reads every relation of a plan's actions in one statement, asked directly or through fragments", async () => {
    const vars = { zone: 'elz-leuven', year: 2024 };
    const relations = `steps { text } indicators { name } owners { role zone { name } } themes { slug } operationalGoal { number } strategicGoal { number }
      lead { text zone { name } partner { name } workingGroup { name } } timeline { month } workingGroups { name } projects { name } stakeholderPartners { name } reviews { note }`;
    const one = await gql(server.url, `query($zone: String!, $year: Int!) { actionPlan(zoneSlug: $zone, year: $year) { actions { id steps { text } } } }`, vars);
    const all = await gql(server.url, `query($zone: String!, $year: Int!) { actionPlan(zoneSlug: $zone, year: $year) { actions { id ${relations} } } }`, vars);
    const viaFragments = await gql(
      server.url,
      `query($zone: String!, $year: Int!) { actionPlan(zoneSlug: $zone, year: $year) { actions { id ...Sheet } } }
       fragment Sheet on Action { ... on Action { ${relations} } }`,
      vars,
    );
    expect(all.data!.actionPlan.actions.length).toBeGreaterThan(5);
    expect(all.sqlQueries).toBe(one.sqlQueries);
    expect(viaFragments.sqlQueries).toBe(all.sqlQueries);
    expect(viaFragments.data).toEqual(all.data);
    // The continued actions have no goal; the others have theirs.
    expect(all.data!.actionPlan.actions.some((a: any) => a.operationalGoal === null)).toBe(true);
    expect(all.data!.actionPlan.actions.some((a: any) => a.operationalGoal?.number)).toBe(true);
  });

  it('reads a page of actions with only the columns its fields need, and the same values as a full read', async () => {
    const sheet = `id title what why inScope targetGroups funding progressStatus startDate evaluation { process { chosen text } output { chosen text } } lead { text zone { name } }
      operationalGoal { number } owners { role }`;
    const page = await gql(server.url, `{ actions(first: 40, filter: { years: [2025] }) { nodes { ${sheet} } } }`);
    const nodes = page.data!.actions.nodes as any[];
    expect(nodes.length).toBeGreaterThan(20);
    for (const node of nodes) {
      const full = await gql(server.url, `query($id: ID!) { action(id: $id) { ${sheet} } }`, { id: node.id });
      expect(node).toEqual(full.data!.action);
    }
    expect(nodes.some((n) => n.what && n.inScope.length && n.lead?.text)).toBe(true);
    // Only the title asked: the long texts are not read (the answer has no room for them anyway).
    const titles = await gql(server.url, `{ actions(first: 40, filter: { years: [2025] }) { nodes { id title } } }`);
    expect(titles.data!.actions.nodes).toEqual(nodes.map((n) => ({ id: n.id, title: n.title })));
  });

  it('reads of each relation the columns its fields need, with the same values as a whole read, also under aliases', async () => {
    const vars = { zone: 'elz-leuven-noord', year: 2025 };
    const narrow = await gql(
      server.url,
      `query($zone: String!, $year: Int!) { actionPlan(zoneSlug: $zone, year: $year) { actions { id
        a: indicators { name targetValue } b: indicators { kind method targetUnit } steps { text month } operationalGoal { number title }
        themes { slug } timeline { month milestone } } } }`,
      vars,
    );
    // Fields with resolvers of their own (values, createdAt via updatedAt) make every column be read.
    const whole = await gql(
      server.url,
      `query($zone: String!, $year: Int!) { actionPlan(zoneSlug: $zone, year: $year) { actions { id
        indicators { name targetValue kind method targetUnit values { value } createdAt } steps { text month createdAt } operationalGoal { number title strategicGoal { number } }
        themes { slug createdAt } timeline { month milestone createdAt } } } }`,
      vars,
    );
    expect(narrow.errors).toBeUndefined();
    const pick = (o: any, keys: string[]) => Object.fromEntries(keys.map((k) => [k, o[k]]));
    const actions = whole.data!.actionPlan.actions as any[];
    expect(actions.some((a) => a.indicators.some((i: any) => i.targetValue !== null && i.targetUnit))).toBe(true);
    (narrow.data!.actionPlan.actions as any[]).forEach((n, k) => {
      const w = actions[k];
      expect(n.a).toEqual(w.indicators.map((i: any) => pick(i, ['name', 'targetValue'])));
      expect(n.b).toEqual(w.indicators.map((i: any) => pick(i, ['kind', 'method', 'targetUnit'])));
      expect(n.steps).toEqual(w.steps.map((x: any) => pick(x, ['text', 'month'])));
      expect(n.operationalGoal).toEqual(w.operationalGoal && pick(w.operationalGoal, ['number', 'title']));
      expect(n.themes).toEqual(w.themes.map((x: any) => pick(x, ['slug'])));
      expect(n.timeline).toEqual(w.timeline.map((x: any) => pick(x, ['month', 'milestone'])));
    });
  });

  it('asks anonymous callers to sign in', async () => {
    const res = await rawGql(server.url, `{ zones { totalCount } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.data?.zones ?? null).toBeNull();
  });

  it('answers an unknown zone with NOT_FOUND naming the field, and a bad id with INVALID_INPUT', async () => {
    const unknown = await gql(server.url, PLAN_QUERY, { zone: 'elz-nergens', year: 2025 });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'zoneSlug' });
    const bad = await gql(server.url, `{ action(id: "bm9wZQ") { title } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe('INVALID_INPUT');
  });
});
