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
