// SQL straight on the browser tests' database (global-setup.js hands its URL over in
// KRUISPUNT_TEST_DATABASE_URL), for what a test stands in for: a mailed password, a scheduled task.
// pg is the API's dependency, not the web's: it is loaded from there.
import path from 'node:path';

export const API_DIR = path.dirname(require.resolve('@kruispunt/api/package.json'));

type PgClient = { connect(): Promise<void>; query(sql: string, params: unknown[]): Promise<{ rowCount: number | null }>; end(): Promise<void> };

/** Runs one statement; answers how many rows it touched. */
export async function testDatabaseQuery(text: string, params: unknown[] = []): Promise<number | null> {
  const { Client } = require(require.resolve('pg', { paths: [API_DIR] })) as { Client: new (options: { connectionString?: string }) => PgClient };
  const client = new Client({ connectionString: process.env.KRUISPUNT_TEST_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(text, params)).rowCount;
  } finally {
    await client.end();
  }
}

/**
 * Removes a zone a test made in the seeded region, with everything of it (the foreign keys
 * cascade): the region's pages and dashboards that later test files check show the four seeded
 * zones only. Answers how many zones it removed.
 */
export function removeTestZone(name: string): Promise<number | null> {
  return testDatabaseQuery('DELETE FROM zone WHERE name = $1', [name]);
}
