// Depth and cost limits over real HTTP: what the web app and tools ask stays well within them,
// what would make the server resolve millions of objects is refused before anything runs, with
// a Dutch message and the measured and allowed figures.
import { randomUUID } from 'node:crypto';
import { getIntrospectionQuery, getOperationAST, parse } from 'graphql';
import { toGlobalId } from '../common/global-id';
import { config } from '../config';
import { startServer, type StartedServer } from '../server';
import { createTestDatabase, type TestDatabase } from '../test/db';
import { gql } from '../test/http';
import { createTestUser } from '../test/users';
import { DEFAULT_PAGE_SIZE } from './connection';
import { FIELD_WEIGHTS, operationCost, operationDepth } from './query-limits';
import { getSchema } from '../schema';

// Every section of an action sheet, as the whole plan of read-api.test.ts asks it.
const ACTION_SHEET = /* GraphQL */ `
  {
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
`;

const PLAN_QUERY = /* GraphQL */ `
  query Plan($zone: String!, $year: Int!) {
    actionPlan(zoneSlug: $zone, year: $year) {
      id year status deadline
      zone { name shortName }
      strategicGoals { number title kind operationalGoals { number title deadline indicators } }
      actions ${ACTION_SHEET}
    }
  }
`;

// A coach's overview of a region: every plan of every zone, its actions with themes and owners.
const REGION_OVERVIEW = /* GraphQL */ `
  query RegionOverview($region: String!) {
    region(slug: $region) {
      name
      zones {
        name
        shortName
        municipalities
        actionPlans {
          year
          status
          actions {
            title
            progressStatus
            themes {
              slug
            }
            owners {
              role
              zone {
                shortName
              }
            }
          }
        }
      }
    }
  }
`;

// A tool's biggest page: 200 action sheets with every section.
const FULL_PAGE = /* GraphQL */ `
  query FullPage {
    actions(first: 200) {
      pageInfo { hasNextPage endCursor }
      nodes ${ACTION_SHEET}
    }
  }
`;

/** `{ action(id:) { continuedFrom { continuedFrom { ... title } } } }`: `levels` fields deep, one object each. */
function nested(levels: number): string {
  const id = toGlobalId('Action', randomUUID());
  return `{ action(id: "${id}") { ${'continuedFrom { '.repeat(levels - 2)}title${' }'.repeat(levels - 2)} } }`;
}

const cost = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  return operationCost(getSchema(), document, getOperationAST(document)!, { variables, listSize: config.queryLimits.listSize });
};
const depth = (query: string) => {
  const document = parse(query);
  return operationDepth(document, getOperationAST(document)!);
};

describe('query depth and cost limits', () => {
  let t: TestDatabase;
  let server: StartedServer;
  let headers: Record<string, string>;

  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
    server = await startServer(t.db, { port: 0, host: '127.0.0.1' });
    headers = (await createTestUser(t.db, { scope: 'READ' })).headers;
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  it('keeps a whole plan, a region overview and a page of whole action sheets well within the limits', async () => {
    const { maxDepth, maxCost } = config.queryLimits;
    const figures = Object.fromEntries(
      Object.entries({ plan: PLAN_QUERY, region: REGION_OVERVIEW, page: FULL_PAGE }).map(([name, query]) => [name, { depth: depth(query), cost: cost(query) }]),
    );
    console.log(
      `Limits: depth ${maxDepth}, cost ${maxCost}. ${Object.entries(figures)
        .map(([n, f]) => `${n}: depth ${f.depth}, cost ${f.cost}`)
        .join('; ')}`,
    );
    for (const f of Object.values(figures)) {
      expect(f.depth).toBeLessThanOrEqual(maxDepth / 2 + 1);
      expect(f.cost).toBeLessThanOrEqual(maxCost / 5);
    }
    const plan = await gql(server.url, PLAN_QUERY, { zone: 'elz-leuven-zuid', year: 2025 }, headers);
    expect(plan.errors).toBeUndefined();
    expect(plan.data!.actionPlan.actions.length).toBeGreaterThan(10);
    const region = await gql(server.url, REGION_OVERVIEW, { region: 'oost-brabant' }, headers);
    expect(region.errors).toBeUndefined();
    expect(region.data!.region.zones.length).toBe(4);
    const page = await gql(server.url, FULL_PAGE, {}, headers);
    expect(page.errors).toBeUndefined();
    expect(page.data!.actions.nodes[0].steps).toBeDefined();
  });

  it('refuses a query nested too deep with QUERY_TOO_DEEP and the figures', async () => {
    const { maxDepth } = config.queryLimits;
    const ok = await gql(server.url, nested(maxDepth), {}, headers);
    expect(ok.errors).toBeUndefined();

    const res = await gql(server.url, nested(maxDepth + 2), {}, headers);
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]!.message).toBe(`De query is te diep genest: ${maxDepth + 2} niveaus, hoogstens ${maxDepth} toegestaan.`);
    expect(res.errors![0]!.extensions).toEqual({ code: 'QUERY_TOO_DEEP', depth: maxDepth + 2, maxDepth });
  });

  it('counts fragments towards the depth', async () => {
    const { maxDepth } = config.queryLimits;
    const query = `query { ...F } fragment F on Query { ${nested(maxDepth + 1).slice(1, -1)} }`;
    const res = await gql(server.url, query, {}, headers);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', depth: maxDepth + 1 });
  });

  it('refuses a query too costly with QUERY_TOO_COMPLEX and the figures, counting `first` from variables', async () => {
    const { maxCost } = config.queryLimits;
    const query = /* GraphQL */ `
      query Explode($first: Int) {
        actions(first: $first) {
          nodes {
            title
            workingGroups {
              name
              actions {
                title
                themes {
                  slug
                }
                owners {
                  role
                  zone {
                    name
                  }
                }
              }
            }
          }
        }
      }
    `;
    const small = await gql(server.url, query, { first: 5 }, headers);
    expect(small.errors).toBeUndefined();
    expect(cost(query, { first: 5 })).toBeLessThan(maxCost);

    const expected = cost(query, { first: 200 });
    expect(expected).toBeGreaterThan(maxCost);
    const res = await gql(server.url, query, { first: 200 }, headers);
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]!.message).toMatch(/^De query is te zwaar: geschatte kost \d+, hoogstens \d+ toegestaan\./);
    expect(res.errors![0]!.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', cost: expected, maxCost });
    expect(res.sqlQueries).toBeLessThanOrEqual(1); // refused before any resolver ran (the one statement is the token lookup)
  });

  it('estimates lists: `first` when given, the default list size otherwise, connection items once', () => {
    const { listSize } = config.queryLimits;
    const { root } = FIELD_WEIGHTS;
    expect(cost(`{ themes { slug } }`)).toBe(1 + root + listSize);
    expect(cost(`{ actions(first: 7) { nodes { title } edges { node { title } } pageInfo { hasNextPage } } }`)).toBe(1 + root + (1 + 7 * 1) + (1 + 7 * (1 + 1)) + (1 + 1));
    expect(cost(`{ nodes(ids: ["a", "b", "c"]) { id } }`)).toBe(1 + root + 3);
    expect(cost(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: ['a', 'b'] })).toBe(1 + root + 2);
    expect(cost(`query($n: Int = 9) { actions(first: $n) { nodes { title } } }`)).toBe(1 + root + (1 + 9 * 1));
    expect(cost(`query($n: Int = 9) { actions(first: $n) { nodes { title } } }`, { n: 3 })).toBe(1 + root + (1 + 3 * 1));
    expect(cost(`{ actions { nodes { title } } }`)).toBe(1 + root + (1 + DEFAULT_PAGE_SIZE * 1));
  });

  it('weighs every root field and alias, search and similar actions by their real work', () => {
    const { root, search, similarActions } = FIELD_WEIGHTS;
    // `search` is one object; its `first` (8 by default) sizes each of its lists.
    expect(cost(`{ search(text: "zorg") { actions { id } partners { id } } }`)).toBe(1 + search + (1 + 8) + (1 + 8));
    expect(cost(`{ search(text: "zorg", first: 20) { zones { id } } }`)).toBe(1 + search + (1 + 20));
    // Aliases add up: each is costed on its own.
    expect(cost(`{ a: me { authKind } b: me { authKind } }`)).toBe(2 * (1 + root + 1));
    // similarActions runs a trigram search per action: it weighs once per action of the page (5 by default).
    expect(cost(`{ actions(first: 10) { nodes { similarActions { score } } } }`)).toBe(1 + root + (1 + 10 * (1 + similarActions + 5 * 1)));
    expect(cost(`{ actions(first: 10) { nodes { similarActions(first: 20) { score } } } }`)).toBe(1 + root + (1 + 10 * (1 + similarActions + 20 * 1)));
    // A root field spread through a fragment weighs as much as one written out.
    expect(cost(`{ ...F } fragment F on Query { me { authKind } }`)).toBe(cost(`{ me { authKind } }`));
  });

  it('refuses 1 000 aliased searches and 1 000 aliased pages of 200 actions before anything runs', async () => {
    const { maxCost } = config.queryLimits;
    const aliased = (body: string) => `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: ${body}`).join(' ')} }`;
    for (const query of [aliased(`search(text: "zorg") { actions { id } partners { id } }`), aliased(`actions(first: 200) { nodes { id } }`)]) {
      const started = Date.now();
      const res = await gql(server.url, query, {}, headers);
      expect(res.status).toBe(400);
      expect(res.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', cost: cost(query), maxCost });
      expect(res.sqlQueries).toBeLessThanOrEqual(1);
      expect(Date.now() - started).toBeLessThan(2_000);
    }
    // Fewer, as a tool would page, are fine.
    const few = await gql(server.url, `{ a: search(text: "zorg") { actions { id } } b: actions(first: 200) { nodes { id } } }`, {}, headers);
    expect(few.errors).toBeUndefined();
  });

  it('measures fragments once each, so fragments spread many times cannot stall the server', () => {
    // F0 spreads F1 twice, F1 spreads F2 twice, ...: 2^40 fields when expanded naively.
    const fragments = Array.from({ length: 40 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join('\n');
    const query = `query { ...F0 }\n${fragments}\nfragment F40 on Query { themes { slug } }`;
    const started = Date.now();
    expect(cost(query)).toBe(2 ** 40 * (1 + FIELD_WEIGHTS.root + config.queryLimits.listSize));
    expect(depth(query)).toBe(2);
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('leaves introspection alone, signed in or not', async () => {
    expect(cost(getIntrospectionQuery())).toBe(0);
    for (const h of [{}, headers]) {
      const res = await gql(server.url, getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, inputValueDeprecation: true }), {}, h);
      expect(res.errors).toBeUndefined();
      expect(res.data!.__schema.queryType.name).toBe('Query');
    }
    const anonymous = await gql(server.url, `{ __typename }`);
    expect(anonymous.data).toEqual({ __typename: 'Query' });
  });

  it('takes its limits from the server options', async () => {
    const strict = await startServer(t.db, { port: 0, host: '127.0.0.1', limits: { maxDepth: 3, maxCost: FIELD_WEIGHTS.root + 30, listSize: 10 } });
    try {
      const deep = await gql(strict.url, `{ region(slug: "oost-brabant") { zones { actionPlans { year } } } }`, {}, headers);
      expect(deep.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_DEEP', depth: 4, maxDepth: 3 });
      const costly = await gql(strict.url, `{ regions { zones { name shortName } } }`, {}, headers);
      expect(costly.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', cost: 1 + FIELD_WEIGHTS.root + 10 * (1 + 10 * 2), maxCost: FIELD_WEIGHTS.root + 30 });
      const fine = await gql(strict.url, `{ regions { name slug } }`, {}, headers);
      expect(fine.errors).toBeUndefined();
    } finally {
      await strict.close();
    }
  });
});
