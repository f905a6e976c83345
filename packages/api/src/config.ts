// All configuration is read and validated here, once; everything else imports `config`.
import path from 'node:path';
import { z } from 'zod';
import { parseDomainRoles, type DomainRoles, type SingleSignOnConfig } from './modules/auth/sign-on-roles';

/** An optional setting that docker-compose passes as "" when the host does not set it. */
const blankIsUnset = <T extends z.ZodType>(inner: T) => z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), inner.optional());

/** docker-compose passes an unset `${VAR:-}` as an empty string: that means "not set". */
const unsetIfEmpty = (v: unknown) => (v === '' ? undefined : v);

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  /** On SIGTERM: the longest wait for requests in flight to finish before the process stops. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
  /** When absent, an embedded PostgreSQL is started with its data in EMBEDDED_PG_DIR. */
  DATABASE_URL: z
    .string()
    .url('not a valid URL; percent-encode special characters of the password (/ as %2F, + as %2B, = as %3D) or leave the password out and give it in DATABASE_PASSWORD')
    .optional(),
  /** The database password exactly as it is (no encoding needed); replaces the one in DATABASE_URL. */
  DATABASE_PASSWORD: z.string().min(1).optional(),
  /**
   * A streaming replica (hot standby) of DATABASE_URL: the reads of GraphQL queries go there, writes
   * and read-your-own-writes to the primary (docs/architecture.md). Optional; its password as
   * DATABASE_URL's: in the URL, percent-encoded, or as it is in DATABASE_REPLICA_PASSWORD.
   */
  DATABASE_REPLICA_URL: z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .url('not a valid URL; percent-encode special characters of the password (/ as %2F, + as %2B, = as %3D) or leave the password out and give it in DATABASE_REPLICA_PASSWORD')
      .optional(),
  ),
  /** The replica's password exactly as it is; without it and without one in the URL, DATABASE_PASSWORD. */
  DATABASE_REPLICA_PASSWORD: z.preprocess(unsetIfEmpty, z.string().min(1).optional()),
  /** How long an instance trusts the replica's replay position (and its being up or down) before asking again, in ms. */
  DATABASE_REPLICA_CHECK_MS: z.coerce.number().int().min(10).default(500),
  EMBEDDED_PG_DIR: z.string().optional(),
  EMBEDDED_PG_PORT: z.coerce.number().int().default(54329),
  /** Directory with the built web app, served by the API at `/` when present. */
  WEB_DIST: z.string().optional(),
  /** Load the seed zones into an empty database at start. */
  SEED: z.enum(['auto', 'never']).default('auto'),
  /** With the seed, also create the demo accounts of the README (never in a real deployment). */
  DEMO_ACCOUNTS: z.stringbool().default(true),
  LOG_SQL: z.stringbool().default(false),
  /** Send the session cookie only over HTTPS: set it when Kruispunt is served over TLS. */
  COOKIE_SECURE: z.stringbool().optional(),
  /** Requests per minute, per client IP and per API token (shared by all instances through PostgreSQL). */
  RATE_LIMIT_IP_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  RATE_LIMIT_TOKEN_PER_MINUTE: z.coerce.number().int().min(1).default(1200),
  /** Origins whose pages may call /graphql and /api with an API token (comma-separated, e.g. https://dashboard.example.be). */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .refine((origins) => origins.every((o) => /^https?:\/\/[^/]+$/.test(o)), 'each origin is scheme://host[:port], without a path'),
  /** Trust X-Forwarded-For from this many proxies (1 behind the docker-compose nginx). */
  TRUST_PROXY: z.coerce.number().int().min(0).default(0),
  /** Largest request body accepted at /graphql, in bytes (larger: 413 PAYLOAD_TOO_LARGE). */
  GRAPHQL_MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  /** Largest plan file accepted by the import preview (POST /api/imports/preview), in bytes. */
  IMPORT_MAX_BYTES: z.coerce.number().int().min(1024).default(10_485_760),
  /** A .docx is a zip: the most any one part of it may hold once unpacked, in bytes (counted while unpacking). */
  IMPORT_MAX_ENTRY_BYTES: z.coerce.number().int().min(1024).default(8_388_608),
  /** The most all parts of a .docx together may hold once unpacked, in bytes. */
  IMPORT_MAX_UNZIPPED_BYTES: z.coerce.number().int().min(1024).default(33_554_432),
  /** The most XML elements the parts of a .docx may hold together (what the Word reader's memory grows with). */
  IMPORT_MAX_XML_ELEMENTS: z.coerce.number().int().min(100).default(100_000),
  /** The longest text of a plan file, in characters (the seed plans have about 45 000). */
  IMPORT_MAX_TEXT_CHARS: z.coerce.number().int().min(100).default(1_000_000),
  /** The most lines of text (a .docx: paragraphs) a plan file may have (the seed plans have under 2 000). */
  IMPORT_MAX_LINES: z.coerce.number().int().min(10).default(20_000),
  /** The most actions one plan file may hold (the seed plans have under 40). */
  IMPORT_MAX_ACTIONS: z.coerce.number().int().min(1).default(500),
  /** Time a plan file may take to be read, in ms; its worker thread is stopped after that. */
  IMPORT_TIMEOUT_MS: z.coerce.number().int().min(100).default(20_000),
  /** Heap of the worker thread that reads one plan file, in MB (it stops alone when that is full). */
  IMPORT_WORKER_HEAP_MB: z.coerce.number().int().min(16).default(160),
  /** Plan files read at once per instance; more wait their turn (each reader may use IMPORT_WORKER_HEAP_MB). */
  IMPORT_MAX_CONCURRENT: z.coerce.number().int().min(1).default(2),
  /** Deepest field nesting of an operation (a whole plan with every section has depth 6). */
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).default(12),
  /** Highest estimated cost of an operation (see docs/api.md: a whole plan costs about 34 000). */
  GRAPHQL_MAX_COST: z.coerce.number().int().min(1).default(5_000_000),
  /** Items assumed in a list field without `first`, when estimating the cost. */
  GRAPHQL_LIST_SIZE: z.coerce.number().int().min(1).default(20),
  /** GraphQL operations executing at once per instance; more wait their turn (see graphql/concurrency.ts). */
  GRAPHQL_MAX_CONCURRENT: z.coerce.number().int().min(1).default(4),
  /** Of those, how many one caller (token, user, else IP) may hold: one place stays free for everybody else. */
  GRAPHQL_MAX_CONCURRENT_PER_CALLER: z.coerce.number().int().min(1).default(3),
  /** Requests one caller may have waiting for a place; more: 429 TOO_MANY_REQUESTS. */
  GRAPHQL_MAX_QUEUED_PER_CALLER: z.coerce.number().int().min(0).default(64),
  /** Longest wait for a place, in ms; longer: 429 TOO_MANY_REQUESTS. */
  GRAPHQL_MAX_WAIT_MS: z.coerce.number().int().min(1).default(10_000),
  /** Longest run of one SQL statement, in ms (PostgreSQL statement_timeout; 0: none); longer: QUERY_TIMEOUT. */
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(15_000),
  /** Pooled connections one request may hold at once (of 20; see db/fair-pool.ts). */
  DB_CONNECTIONS_PER_REQUEST: z.coerce.number().int().min(1).default(4),
  /** Webhooks may point at private, loopback and link-local addresses (tests, local tools; never in production: SSRF). */
  WEBHOOK_ALLOW_PRIVATE: z.stringbool().default(false),
  /** Webhooks may use http:// instead of https:// (tests, local tools). */
  WEBHOOK_ALLOW_HTTP: z.stringbool().default(false),
  /** The most webhooks one user may register. */
  WEBHOOK_MAX_PER_USER: z.coerce.number().int().min(1).default(10),
  /** Longest wait for a receiver's answer, in ms. */
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
  /** Waits before each retry of a failed delivery, in ms (comma-separated; ±20 % jitter); their number + 1 is the most attempts. */
  WEBHOOK_RETRY_DELAYS_MS: z
    .string()
    .default('60000,300000,1800000,7200000,43200000')
    .transform((v) => v.split(',').map((d) => Number(d.trim())))
    .refine((delays) => delays.every((d) => Number.isInteger(d) && d >= 0), 'comma-separated whole numbers of ms'),
  /** How often each instance looks for events and due deliveries, in ms. */
  WEBHOOK_POLL_MS: z.coerce.number().int().min(10).default(1_000),
  /** Changes of one object within this many ms make one event (a burst of saves, one update). */
  WEBHOOK_COALESCE_MS: z.coerce.number().int().min(0).default(3_000),
  /** Single sign-on (OpenID Connect) next to passwords: the provider's issuer URL; empty: off. */
  OIDC_ISSUER: blankIsUnset(z.string().url()),
  OIDC_CLIENT_ID: blankIsUnset(z.string()),
  OIDC_CLIENT_SECRET: blankIsUnset(z.string()),
  /** The sign-in button's text: "Aanmelden met <label>". */
  OIDC_LABEL: z.string().min(1).default('je organisatie'),
  /**
   * Who a new person signing on gets to be, by the domain of their (verified) e-mail address:
   * `domain=role` pairs separated by `;`, role one of `editor:<zone slug>`, `viewer:<zone slug>`,
   * `coach:<region slug>`, `admin`; several roles joined with `+`. E.g.
   * `elz-leuven.be=editor:elz-leuven;vivel.be=coach:oost-brabant+coach:west-vlaanderen`.
   * Addresses of other domains sign on only when an account with that address exists.
   */
  OIDC_DOMAINS: z.string().default(''),
  /** The callback URL registered at the provider; default: this server's own /api/auth/oidc/callback as the browser reached it. */
  OIDC_REDIRECT_URI: blankIsUnset(z.string().url()),
  /** The provider may be reached over http:// (tests, local providers; never in production). */
  OIDC_ALLOW_HTTP: z.stringbool().default(false),
  /** Background jobs (graphile-worker, jobs/worker.ts) one instance runs at once. */
  JOBS_CONCURRENCY: z.coerce.number().int().min(1).default(2),
  /** How often an instance looks for jobs due later or to retry, in ms (new jobs arrive at once). */
  JOBS_POLL_MS: z.coerce.number().int().min(50).default(2_000),
  /** The SMTP server that sends mail, as a URL (smtp://user:password@host:587, smtps://… for TLS from the start). */
  SMTP_URL: z.preprocess(unsetIfEmpty, z.string().url().optional()),
  /** Or its parts: host (without it and without SMTP_URL no mail leaves; see MAIL_CATCHER). */
  SMTP_HOST: z.preprocess(unsetIfEmpty, z.string().min(1).optional()),
  SMTP_PORT: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(1).max(65535).default(587)),
  SMTP_USER: z.preprocess(unsetIfEmpty, z.string().min(1).optional()),
  SMTP_PASSWORD: z.preprocess(unsetIfEmpty, z.string().min(1).optional()),
  /** TLS from the start (port 465); otherwise STARTTLS when the server offers it. */
  SMTP_SECURE: z.preprocess(unsetIfEmpty, z.stringbool().default(false)),
  /** The sender of every mail. */
  MAIL_FROM: z.string().min(3).default('Kruispunt <kruispunt@localhost>'),
  /** Where people open Kruispunt: links in mails start with it (no trailing slash). */
  PUBLIC_URL: z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .url()
      .optional()
      .transform((v) => v?.replace(/\/+$/, '')),
  ),
  /**
   * Without SMTP settings and outside production, the start command catches mails in an SMTP
   * server of its own and shows them at /dev/mails (`false`: mails are not sent at all).
   */
  MAIL_CATCHER: z.stringbool().default(true),
  /** Port of that catcher (0: any free port; it is only used by this process). */
  MAIL_CATCHER_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  // Set by pnpm to the directory a command was typed in (`pnpm cli` itself runs in packages/api).
  INIT_CWD: z.string().optional(),
});

const repoRoot = path.resolve(__dirname, '..', '..', '..');

/** DATABASE_URL with DATABASE_PASSWORD put in, encoded, when that is given. */
export function databaseUrlOf(url: string | undefined, password: string | undefined): string | undefined {
  if (!url || password === undefined) return url;
  const parsed = new URL(url);
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}

/** The read replica's URL (its password put in as DATABASE_URL's) and check interval, or null. */
function replicaOf(env: z.infer<typeof schema>): { url: string; checkMs: number } | null {
  if (!env.DATABASE_REPLICA_URL) return null;
  if (!env.DATABASE_URL) throw new Error('Invalid configuration:\n  DATABASE_REPLICA_URL: give DATABASE_URL too (a replica of the embedded PostgreSQL is not supported)');
  const password = env.DATABASE_REPLICA_PASSWORD ?? (new URL(env.DATABASE_REPLICA_URL).password ? undefined : env.DATABASE_PASSWORD);
  return { url: databaseUrlOf(env.DATABASE_REPLICA_URL, password)!, checkMs: env.DATABASE_REPLICA_CHECK_MS };
}

/** The OIDC_* settings, or null when single sign-on is off. Half a configuration is an error. */
function singleSignOnOf(env: z.infer<typeof schema>): SingleSignOnConfig | null {
  const given = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET].filter((v) => v !== undefined).length;
  if (given === 0) return null;
  if (given < 3) throw new Error('Invalid configuration:\n  OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET: give all three for single sign-on, or none');
  let domains: DomainRoles;
  try {
    domains = parseDomainRoles(env.OIDC_DOMAINS);
  } catch (error) {
    throw new Error(`Invalid configuration:\n  OIDC_DOMAINS: ${(error as Error).message}`);
  }
  return {
    issuer: env.OIDC_ISSUER!,
    clientId: env.OIDC_CLIENT_ID!,
    clientSecret: env.OIDC_CLIENT_SECRET!,
    label: env.OIDC_LABEL,
    domains,
    redirectUri: env.OIDC_REDIRECT_URI,
    allowHttp: env.OIDC_ALLOW_HTTP,
  };
}

/** nodemailer's SMTP transport options, or null when no SMTP server is configured. */
export interface SmtpSettings {
  url?: string;
  /** Never upgrade to TLS (the local catcher only). */
  ignoreTLS?: boolean;
  host?: string;
  port?: number;
  secure?: boolean;
  auth?: { user: string; pass: string };
}

function smtpOf(env: z.infer<typeof schema>): SmtpSettings | null {
  if (env.SMTP_URL) return { url: env.SMTP_URL };
  if (!env.SMTP_HOST) return null;
  return {
    host: env.SMTP_HOST,
    port: env.SMTP_PORT,
    secure: env.SMTP_SECURE,
    ...(env.SMTP_USER ? { auth: { user: env.SMTP_USER, pass: env.SMTP_PASSWORD ?? '' } } : {}),
  };
}

export function load(source: NodeJS.ProcessEnv = process.env) {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${lines}`);
  }
  const env = parsed.data;
  return {
    env: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    shutdown: { graceMs: env.SHUTDOWN_GRACE_MS, lingerMs: Math.min(env.SHUTDOWN_GRACE_MS, 2_000) },
    databaseUrl: databaseUrlOf(env.DATABASE_URL, env.DATABASE_PASSWORD),
    replica: replicaOf(env),
    embeddedPgDir: env.EMBEDDED_PG_DIR ?? path.join(repoRoot, '.data', 'postgres'),
    embeddedPgDirExplicit: env.EMBEDDED_PG_DIR !== undefined,
    embeddedPgPort: env.EMBEDDED_PG_PORT,
    webDist: env.WEB_DIST ?? path.join(repoRoot, 'packages', 'web', 'dist'),
    seed: env.SEED,
    demoAccounts: env.DEMO_ACCOUNTS,
    logSql: env.LOG_SQL,
    cookieSecure: env.COOKIE_SECURE ?? false,
    rateLimit: { ipPerMinute: env.RATE_LIMIT_IP_PER_MINUTE, tokenPerMinute: env.RATE_LIMIT_TOKEN_PER_MINUTE },
    trustProxy: env.TRUST_PROXY,
    corsOrigins: env.CORS_ORIGINS,
    maxBodyBytes: env.GRAPHQL_MAX_BODY_BYTES,
    importMaxBytes: env.IMPORT_MAX_BYTES,
    importLimits: {
      maxEntryBytes: env.IMPORT_MAX_ENTRY_BYTES,
      maxUnzippedBytes: env.IMPORT_MAX_UNZIPPED_BYTES,
      maxXmlElements: env.IMPORT_MAX_XML_ELEMENTS,
      maxTextChars: env.IMPORT_MAX_TEXT_CHARS,
      maxLines: env.IMPORT_MAX_LINES,
      maxActions: env.IMPORT_MAX_ACTIONS,
    },
    importWorker: { timeoutMs: env.IMPORT_TIMEOUT_MS, heapMb: env.IMPORT_WORKER_HEAP_MB, maxConcurrent: env.IMPORT_MAX_CONCURRENT },
    queryLimits: { maxDepth: env.GRAPHQL_MAX_DEPTH, maxCost: env.GRAPHQL_MAX_COST, listSize: env.GRAPHQL_LIST_SIZE },
    statementTimeoutMs: env.DB_STATEMENT_TIMEOUT_MS,
    connectionsPerRequest: env.DB_CONNECTIONS_PER_REQUEST,
    concurrency: {
      limit: env.GRAPHQL_MAX_CONCURRENT,
      perCaller: env.GRAPHQL_MAX_CONCURRENT_PER_CALLER,
      maxQueuedPerCaller: env.GRAPHQL_MAX_QUEUED_PER_CALLER,
      maxWaitMs: env.GRAPHQL_MAX_WAIT_MS,
    },
    webhooks: {
      allowPrivate: env.WEBHOOK_ALLOW_PRIVATE,
      allowHttp: env.WEBHOOK_ALLOW_HTTP,
      maxPerUser: env.WEBHOOK_MAX_PER_USER,
      timeoutMs: env.WEBHOOK_TIMEOUT_MS,
      retryDelaysMs: env.WEBHOOK_RETRY_DELAYS_MS,
      pollMs: env.WEBHOOK_POLL_MS,
      coalesceMs: env.WEBHOOK_COALESCE_MS,
    },
    singleSignOn: singleSignOnOf(env),
    jobs: { concurrency: env.JOBS_CONCURRENCY, pollIntervalMs: env.JOBS_POLL_MS },
    mail: {
      smtp: smtpOf(env),
      from: env.MAIL_FROM,
      /** null: links start with the server's own address (http://localhost:PORT). */
      publicUrl: env.PUBLIC_URL ?? null,
      // A catcher only where nobody can be mailed by mistake and nothing else is configured.
      catcher: !smtpOf(env) && env.MAIL_CATCHER && env.NODE_ENV !== 'production' ? { port: env.MAIL_CATCHER_PORT } : null,
    },
    /** The GraphQL explorer page built by `scripts/build-explorer.js` (same path from src/ and dist/). */
    explorerDir: path.resolve(__dirname, '..', 'dist', 'explorer'),
    repoRoot,
    /** Where relative paths given to a CLI command start: where it was typed. */
    invocationDir: env.INIT_CWD ?? process.cwd(),
  };
}

export const config = load();
export type Config = typeof config;
