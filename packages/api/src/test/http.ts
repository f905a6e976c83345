// Runs GraphQL operations over real HTTP against a started server.
export interface GraphQLResult<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  sqlQueries: number;
  status: number;
}

export async function gql<T = Record<string, any>>(baseUrl: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GraphQLResult<T>> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: GraphQLResult['errors'] };
  return { ...body, status: res.status, sqlQueries: Number(res.headers.get('x-sql-queries') ?? NaN) };
}
