// The field names a list resolver sees below it decide what it reads in advance.
import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';
import { selectedFields } from './selection';

const schema = buildSchema(`
  type Item { id: ID! title: String steps: [String!]! owners: [String!]! }
  type Edge { node: Item! }
  type Page { nodes: [Item!]! edges: [Edge!]! }
  type Query { items: [Item!]! page: Page! }
`);

async function seen(query: string, field: 'items' | 'page', paths: string[][]): Promise<string[]> {
  let names: string[] = [];
  const capture = (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
    names = [...new Set(paths.flatMap((p) => [...selectedFields(info, p)]))].sort();
    return field === 'items' ? [] : { nodes: [], edges: [] };
  };
  const result = await graphql({ schema, source: query, rootValue: { [field]: capture } });
  expect(result.errors).toBeUndefined();
  return names;
}

describe('selectedFields', () => {
  it('names the fields of a plain list, through fragment spreads and inline fragments', async () => {
    const names = await seen(`{ items { id ...F ... on Item { owners } } } fragment F on Item { steps }`, 'items', [[]]);
    expect(names).toEqual(['id', 'owners', 'steps']);
  });

  it('follows a path into a connection (nodes and edges.node) and ignores what lies elsewhere', async () => {
    const names = await seen(`{ page { nodes { title } edges { node { ...F } } } } fragment F on Item { steps }`, 'page', [['nodes'], ['edges', 'node']]);
    expect(names).toEqual(['steps', 'title']);
    expect(await seen(`{ page { nodes { id } } }`, 'page', [['edges', 'node']])).toEqual([]);
  });
});
