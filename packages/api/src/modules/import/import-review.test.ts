// What the import review adds to a plan before it is stored, over real HTTP: the names under
// "Met wie?" matched against the partner directory (a zone never taken for a partner), partners
// confirmed in the review created in the import's own transaction (a failed import creates none),
// an action linked to the project its paragraph named, and bad choices named by their field.
import type { DataSource } from 'typeorm';
import { allActions, parsePlanText, type ParsedPlan } from '@kruispunt/shared';
import { startServer, type StartedServer } from '../../server';
import { createTestDatabase, type TestDatabase } from '../../test/db';
import { codeOf, countOf, fieldOf, gidOf, rawId, zoneGid } from '../../test/fixtures';
import { gql } from '../../test/http';
import { createTestUser, type TestUser } from '../../test/users';

const PLAN = `Actieplan 2041 ELZ Leuven Noord

Strategische doelstelling 1: Samenwerking met lokale besturen versterken
Operationele doelstelling 1.1: Tegen eind 2041 is er een afsprakenkader

Actie 1.1.1: Werkgroep sociaal beleid opstarten
Wat?
We brengen de lokale besturen samen in een werkgroep sociaal beleid.
Met wie?
Trekker: ELZ Leuven Noord
Stakeholders:
- Diletti
- Buurtwerk Ter Brugge
- ELZ Leuven Zuid
- Sommige huisartsen van de zone die we nog moeten aanspreken.
Hoe?
- 15/03/2041: eerste overleg met de besturen
Evaluatie
☒ Procesevaluatie
Er is een werkgroep met alle besturen.
`;

const MATCHES = `query($names: [String!]!, $texts: [String!]!) {
  importMatches(partnerNames: $names, texts: $texts) { partners { line newName partners { name } zones { slug } } projects { index projects { name } } }
}`;
const IMPORT = `mutation($zone: ID!, $year: Int!, $plan: JSON!) { importPlan(zoneId: $zone, year: $year, plan: $plan) { id } }`;

describe('the import review: partners and projects', () => {
  let t: TestDatabase;
  let db: DataSource;
  let server: StartedServer;
  let noord: TestUser;
  let coach: TestUser;
  let noordZone: string;
  let parsed: ParsedPlan;
  const first = (plan: ParsedPlan) => plan.strategicGoals[0]!.operationalGoals[0]!.actions[0]!;

  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
    db = t.db;
    server = await startServer(db, { port: 0, host: '127.0.0.1', rateLimit: { ipPerMinute: 100_000, tokenPerMinute: 100_000 } });
    noord = await createTestUser(db, { editorOf: ['elz-leuven-noord'] });
    coach = await createTestUser(db, { coachOf: ['oost-brabant'] });
    noordZone = await zoneGid(db, 'elz-leuven-noord');
    parsed = parsePlanText(PLAN);
    expect(first(parsed).stakeholders).toEqual(['Diletti', 'Buurtwerk Ter Brugge', 'ELZ Leuven Zuid', 'Sommige huisartsen van de zone die we nog moeten aanspreken.']);
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  it('matches the names under "Met wie?": a partner, a zone (never a partner), a new organisation, a sentence; and the texts that name a project', async () => {
    const names = [...first(parsed).stakeholders, 'diletti (netwerk GGZ)', 'Leuven Zuid', 'VAPH en Opgroeien', 'KU Leuven', 'Partners die relevant zijn voor de werkgroepen'];
    const texts = ['Lopende projecten\nOverHoop: we sluiten aan bij het OverHoop-traject.', 'Een vorming rond rouw.', 'De stuurgroep GBO komt vier keer samen.'];
    const res = await gql(server.url, MATCHES, { names, texts }, noord.headers);
    expect(res.errors).toBeUndefined();
    const none = { partners: [], zones: [], newName: null };
    expect(res.data!.importMatches.partners).toEqual([
      { ...none, line: 'Diletti', partners: [{ name: 'Diletti' }] },
      { ...none, line: 'Buurtwerk Ter Brugge', newName: 'Buurtwerk Ter Brugge' },
      { ...none, line: 'ELZ Leuven Zuid', zones: [{ slug: 'elz-leuven-zuid' }] },
      { ...none, line: names[3] },
      { ...none, line: 'diletti (netwerk GGZ)', partners: [{ name: 'Diletti' }] },
      // A zone by its short name only when that is the whole line: "KU Leuven" is a partner, not ELZ Leuven.
      { ...none, line: 'Leuven Zuid', zones: [{ slug: 'elz-leuven-zuid' }] },
      { ...none, line: 'VAPH en Opgroeien', partners: [{ name: 'Opgroeien' }, { name: 'VAPH' }] },
      { ...none, line: 'KU Leuven', partners: [{ name: 'KU Leuven' }] },
      { ...none, line: 'Partners die relevant zijn voor de werkgroepen' },
    ]);
    expect(res.data!.importMatches.projects).toEqual([
      { index: 0, projects: [{ name: 'OverHoop' }] },
      { index: 2, projects: [{ name: 'GBO (geïntegreerd breed onthaal)' }] },
    ]);
    // For zone editors, as the preview.
    expect(codeOf(await gql(server.url, MATCHES, { names, texts }, coach.headers))).toBe('FORBIDDEN');
    expect(fieldOf(await gql(server.url, MATCHES, { names: ['x'.repeat(1001)], texts: [] }, noord.headers))).toBe('partnerNames.0');
  });

  it('links the partners confirmed in the review, creates the new one in the zone with the plan, and links the project', async () => {
    const plan = structuredClone(parsed);
    const a = first(plan);
    a.partners = [
      { name: 'Diletti', create: false },
      { name: 'Buurtwerk Ter Brugge', create: true },
      // A directory partner by its own name, brackets and all.
      { name: 'BAF (Brabants Apothekersforum)', create: false },
    ];
    const overhoop = await gidOf(db, 'Project', `SELECT id FROM project WHERE name = 'OverHoop'`);
    a.projects = [overhoop];
    const res = await gql(server.url, IMPORT, { zone: noordZone, year: 2041, plan }, noord.headers);
    expect(res.errors).toBeUndefined();
    const [action] = await db.query(`SELECT id, stakeholders_other FROM action WHERE action_plan_id = $1`, [rawId(res.data!.importPlan.id)]);
    // The linked names are partners now; what is no partner stays as text.
    expect(action.stakeholders_other).toEqual(['ELZ Leuven Zuid', 'Sommige huisartsen van de zone die we nog moeten aanspreken.']);
    const partners = await db.query(`SELECT p.name FROM action_stakeholder s JOIN partner p ON p.id = s.partner_id WHERE s.action_id = $1 ORDER BY p.name`, [action.id]);
    expect(partners.map((p: { name: string }) => p.name)).toEqual(['BAF (Brabants Apothekersforum)', 'Buurtwerk Ter Brugge', 'Diletti']);
    const [created] = await db.query(
      `SELECT p.id, z.slug FROM partner p JOIN partner_zone pz ON pz.partner_id = p.id JOIN zone z ON z.id = pz.zone_id WHERE p.name = 'Buurtwerk Ter Brugge'`,
    );
    expect(created.slug).toBe('elz-leuven-noord');
    expect(await countOf(db, `SELECT count(*) AS n FROM audit_entry WHERE entity_type = 'Partner' AND entity_id = $1`, [created.id])).toBe(1);
    const projects = await db.query(`SELECT p.name FROM action_project ap JOIN project p ON p.id = ap.project_id WHERE ap.action_id = $1`, [action.id]);
    expect(projects).toEqual([{ name: 'OverHoop' }]);
  });

  it('creates nothing when the import fails, and names the field of a bad choice', async () => {
    const partnersBefore = await countOf(db, 'SELECT count(*) AS n FROM partner');
    const actionsBefore = await countOf(db, 'SELECT count(*) AS n FROM action');
    const attempt = async (edit: (a: ReturnType<typeof first>) => void, year = 2042) => {
      const plan = structuredClone(parsed);
      edit(first(plan));
      return gql(server.url, IMPORT, { zone: noordZone, year, plan }, noord.headers);
    };
    // A new partner, then an action's bad project: the partner made before the failure is rolled back.
    let res = await attempt((a) => {
      a.partners = [{ name: 'Nieuwe Buurtpartner', create: true }];
      a.projects = ['geen-id'];
    });
    expect([codeOf(res), fieldOf(res)]).toEqual(['INVALID_INPUT', 'plan.strategicGoals.0.operationalGoals.0.actions.0.projects']);
    // A zone is never made a partner.
    res = await attempt(
      (a) =>
        (a.partners = [
          { name: 'Nieuwe Buurtpartner', create: true },
          { name: 'ELZ Leuven Zuid', create: true },
        ]),
    );
    expect([codeOf(res), fieldOf(res)]).toEqual(['INVALID_INPUT', 'plan.strategicGoals.0.operationalGoals.0.actions.0.partners.1.name']);
    expect(res.errors![0]!.message).toBe('“ELZ Leuven Zuid” is een zone, geen partner: laat het bij de stakeholders als tekst.');
    // Also when the directory holds a partner of that name (the seed has one called "ELZ Leuven").
    expect(await countOf(db, `SELECT count(*) AS n FROM partner WHERE name = 'ELZ Leuven'`)).toBe(1);
    res = await attempt((a) => (a.partners = [{ name: 'ELZ Leuven', create: false }]));
    expect([codeOf(res), fieldOf(res)]).toEqual(['INVALID_INPUT', 'plan.strategicGoals.0.operationalGoals.0.actions.0.partners.0.name']);
    // An unknown name that was not confirmed, a sentence, a name twice: refused with the field.
    res = await attempt((a) => (a.partners = [{ name: 'Onbekende organisatie', create: false }]));
    expect([codeOf(res), fieldOf(res)]).toEqual(['INVALID_INPUT', 'plan.strategicGoals.0.operationalGoals.0.actions.0.partners.0.name']);
    res = await attempt((a) => (a.partners = [{ name: 'Sommige huisartsen van de zone die we nog moeten aanspreken.', create: true }]));
    expect(fieldOf(res)).toBe('plan.strategicGoals.0.operationalGoals.0.actions.0.partners.0.name');
    res = await attempt((a) => (a.partners = [{ name: 'Buurtwerk en Wijkwerk', create: true }]));
    expect(fieldOf(res)).toBe('plan.strategicGoals.0.operationalGoals.0.actions.0.partners.0.name');
    res = await attempt(
      (a) =>
        (a.partners = [
          { name: 'Diletti', create: false },
          { name: 'diletti', create: false },
        ]),
    );
    expect(fieldOf(res)).toBe('plan.strategicGoals.0.operationalGoals.0.actions.0.partners');
    // An existing plan year: the import stops before anything, also the partner.
    res = await attempt((a) => (a.partners = [{ name: 'Nieuwe Buurtpartner', create: true }]), 2041);
    expect([codeOf(res), fieldOf(res)]).toEqual(['INVALID_INPUT', 'year']);
    expect(await countOf(db, 'SELECT count(*) AS n FROM partner')).toBe(partnersBefore);
    expect(await countOf(db, 'SELECT count(*) AS n FROM action')).toBe(actionsBefore);
    expect(allActions(parsed)).toHaveLength(1);
  });
});
