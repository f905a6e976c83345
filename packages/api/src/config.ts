// All configuration is read and validated here, once; everything else imports `config`.
import path from 'node:path';
import { z } from 'zod';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  /** When absent, an embedded PostgreSQL is started with its data in EMBEDDED_PG_DIR. */
  DATABASE_URL: z.string().url().optional(),
  EMBEDDED_PG_DIR: z.string().optional(),
  EMBEDDED_PG_PORT: z.coerce.number().int().default(54329),
  /** Directory with the built web app, served by the API at `/` when present. */
  WEB_DIST: z.string().optional(),
  /** Load the seed zones into an empty database at start. */
  SEED: z.enum(['auto', 'never']).default('auto'),
  LOG_SQL: z.stringbool().default(false),
});

const repoRoot = path.resolve(__dirname, '..', '..', '..');

function load() {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${lines}`);
  }
  const env = parsed.data;
  return {
    env: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    databaseUrl: env.DATABASE_URL,
    embeddedPgDir: env.EMBEDDED_PG_DIR ?? path.join(repoRoot, '.data', 'postgres'),
    embeddedPgDirExplicit: env.EMBEDDED_PG_DIR !== undefined,
    embeddedPgPort: env.EMBEDDED_PG_PORT,
    webDist: env.WEB_DIST ?? path.join(repoRoot, 'packages', 'web', 'dist'),
    seed: env.SEED,
    logSql: env.LOG_SQL,
    repoRoot,
  };
}

export const config = load();
export type Config = typeof config;
