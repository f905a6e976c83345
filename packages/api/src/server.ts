// The HTTP server: GraphQL at /graphql, the built web app at / (when present).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import express from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { GraphQLFormattedError } from 'graphql';
import type { DataSource } from 'typeorm';
import { AppError, HTTP_STATUS, databaseRefusal, restError } from './common/app-error';
import { securityHeaders } from './common/security-headers';
import { config, type SmtpSettings } from './config';
import { authenticate, callerKeyOf, type RateLimits } from './modules/auth/authenticate';
import { DEFAULT_SIGN_IN_THROTTLE, type SignInThrottlePolicy } from './modules/auth/sign-in-throttle';
import { exportRouter } from './modules/export/export.router';
import { singleSignOnRouter } from './modules/auth/single-sign-on';
import type { SingleSignOnConfig } from './modules/auth/sign-on-roles';
import { yearReportRouter } from './modules/year-report/year-report.router';
import { importRouter } from './modules/import/import.router';
import type { PlanFileLimits } from './modules/import/plan-limits';
import type { PlanReaderOptions } from './modules/import/plan-reader';
import { cancelReads, currentQueryCounter, withQueryCounter, type Counter } from './db/query-counter';
import { createContext, type Context } from './modules/auth/context';
import { readRoutingPlugin } from './graphql/read-routing';
import { sqlAnswersPlugin, stringifyAnswer } from './graphql/sql-answers';
import { ACTION_ANSWERS } from './modules/action/action-answers';
import { DASHBOARD_ANSWERS } from './modules/dashboard/dashboard-answers';
import { guardRootField } from './modules/auth/auth-middleware';
import { getSchema } from './schema';
import { bodyErrorHandler } from './graphql/body-errors';
import { EXPLORER_ASSETS_PATH, explorerAssets, explorerLandingPage } from './graphql/explorer';
import { costLimitPlugin, depthLimitRule, type QueryLimits } from './graphql/query-limits';
import { concurrencyLimit, type ConcurrencyOptions } from './graphql/concurrency';
import { clientErrorOf } from './graphql/client-errors';
import { compressAnswers } from './common/compress-answers';
import { serveWebApp } from './common/static-files';
import { cors } from './common/cors';
import { drainable, type DrainOptions } from './common/drain';
import { inputGuardPlugin, knownOperationTypesRule } from './graphql/input-guard';
import { WebhookRunner, type WebhookRunnerOptions } from './modules/webhook/webhook.runner';
import type { WebhookPolicy } from './modules/webhook/webhook.service';
import { startJobWorker, type JobTasks, type JobWorkerOptions } from './jobs/worker';
import { CRONTAB, jobTasks } from './jobs/tasks';
import { createMailer, type MailPolicy } from './modules/mail/mailer';
import type { MailCatcher } from './modules/mail/catcher';
import { devMailsRouter } from './modules/mail/dev-mails.router';

/** How long /healthz waits for the database before it answers 503. */
const HEALTH_TIMEOUT_MS = 2000;

/** Reports the number of SQL statements a request ran, so tests and benchmarks can count them. */
const queryCountPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const counter = currentQueryCounter();
        if (counter) response.http.headers.set('x-sql-queries', String(counter.queries));
      },
    };
  },
};

/**
 * A request the database could not serve (SERVICE_UNAVAILABLE: down, restarting, or no connection
 * free in time) tells the client when to retry in a `Retry-After` header; when nothing of it could
 * be answered (no data, or every field null), it is HTTP 503, so proxies and tools see an outage, not a bug.
 */
const unavailablePlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const { errors, data } = response.body.singleResult;
        const waits = (errors ?? []).filter((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE').map((e) => Number(e.extensions?.retryAfter) || 1);
        if (!waits.length) return;
        response.http.headers.set('retry-after', String(Math.max(...waits)));
        if (data == null || Object.values(data).every((value) => value == null)) response.http.status = 503;
      },
    };
  },
};

/** The context's own lookups (session, token) failing for an unreachable database: 503, not 500. */
async function contextOrRefusal(db: DataSource, req: express.Request, res: express.Response): Promise<Context> {
  try {
    return await createContext(db, req, res);
  } catch (error) {
    const refusal = databaseRefusal(error);
    if (!refusal) throw error;
    const retryAfter = String(refusal.extensions.retryAfter ?? 1);
    throw new AppError(refusal.code, refusal.message, {
      retryAfter: refusal.extensions.retryAfter,
      http: { status: HTTP_STATUS[refusal.code], headers: new Map([['retry-after', retryAfter]]) },
    });
  }
}

/**
 * A READ token never writes: every mutation sent with one is refused before any resolver runs,
 * whatever the mutation (services check `Viewer.requireWrite` too, through their own rules).
 */
const readOnlyTokenPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        if (operation?.operation === 'mutation' && contextValue.viewer.isReadOnlyToken) {
          throw new AppError('FORBIDDEN', 'Dit API-token mag alleen lezen (scope READ): het kan niets wijzigen.', { http: { status: 403 } });
        }
      },
    };
  },
};

export interface StartedServer {
  url: string;
  port: number;
  /** Stops the server; with a grace and linger (drain.ts), without failing a request. */
  close: (drain?: DrainOptions) => Promise<void>;
}

/** Known errors keep their code and message; anything else is logged and answered generically. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const unwrapped = (error as { originalError?: unknown })?.originalError ?? error;
  // A busy pool or a statement timeout is no bug: the client gets a code it can act on.
  const refusal = databaseRefusal(unwrapped);
  if (refusal) return { message: refusal.message, locations: formatted.locations, path: formatted.path, extensions: refusal.extensions };
  // A client's mistake that is not an AppError yet (a unique-key race, an Apollo 4xx): see client-errors.ts.
  const original = unwrapped instanceof AppError ? unwrapped : (clientErrorOf(unwrapped) ?? unwrapped);
  if (original instanceof AppError) {
    // Apollo re-codes errors of validation rules (GRAPHQL_VALIDATION_FAILED): keep ours, e.g.
    // QUERY_TOO_DEEP with its figures. `http` only sets the status, it is not for clients.
    const { http: _http, ...extensions } = original.extensions;
    return { ...formatted, message: original.message, extensions };
  }
  const code = formatted.extensions?.code;
  // Apollo's own request errors (parse, validation, bad input) are safe to return as they are.
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') return { message: formatted.message, locations: formatted.locations, extensions: { code } };
  console.error('[graphql] unexpected error', original);
  return { message: 'Er ging iets mis op de server. Probeer het later opnieuw.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

export interface ServerOptions {
  port: number;
  host?: string;
  webDist?: string;
  rateLimit?: RateLimits;
  trustProxy?: number;
  /** Query depth and cost limits (defaults from config). */
  limits?: Partial<QueryLimits>;
  /** Largest request body in bytes (default from config). */
  maxBodyBytes?: number;
  /** The built GraphQL explorer (default dist/explorer). */
  explorerDir?: string;
  /** Answer what it can of queries by JSON-building SQL (graphql/sql-answers.ts; default true: tests compare both ways). */
  sqlAnswers?: boolean;
  /** Largest plan file of the import preview in bytes (default from config). */
  importMaxBytes?: number;
  /** Sign-in throttling (default `DEFAULT_SIGN_IN_THROTTLE`); tests shorten or lengthen it. */
  signInThrottle?: Partial<SignInThrottlePolicy>;
  /** Limits of reading a plan file and of its worker threads (defaults from config). */
  importLimits?: Partial<PlanFileLimits>;
  importWorker?: Partial<PlanReaderOptions>;
  /** Origins allowed to call the API from a browser with a token (default from config). */
  corsOrigins?: readonly string[];
  /** Admission places and their fair share per caller (defaults from config). */
  concurrency?: Partial<Omit<ConcurrencyOptions, 'keyOf'>>;
  /** Webhook registration and delivery (defaults from config); `run: false` starts no runner in this instance. */
  webhooks?: Partial<WebhookPolicy & WebhookRunnerOptions> & { run?: boolean };
  /** Single sign-on through an OpenID Connect provider (default from config; null: off). */
  singleSignOn?: SingleSignOnConfig | null;
  /** The background worker (defaults from config); `run: false` migrates its schema but takes no jobs here; `tasks` add or replace handlers. */
  jobs?: JobWorkerOptions & { tasks?: JobTasks };
  /**
   * Mail (defaults from config): the SMTP server, the sender, the address links start with
   * (default PUBLIC_URL, else this server's own URL), and the local catcher whose mails
   * /dev/mails shows (main.ts starts it when no SMTP server is configured).
   */
  mail?: { smtp?: SmtpSettings | null; from?: string; publicUrl?: string; catcher?: MailCatcher | null };
}

function connectionStringOf(db: DataSource): string {
  const url = (db.options as { url?: string }).url;
  if (!url) throw new Error('The data source has no url: the job worker connects with it.');
  return url;
}

export async function startServer(db: DataSource, options: ServerOptions): Promise<StartedServer> {
  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders());
  app.set('trust proxy', options.trustProxy ?? config.trustProxy);
  app.locals.signInThrottle = { ...DEFAULT_SIGN_IN_THROTTLE, ...options.signInThrottle } satisfies SignInThrottlePolicy;
  const singleSignOn = options.singleSignOn === undefined ? config.singleSignOn : options.singleSignOn;
  app.locals.singleSignOn = singleSignOn;
  const webhooks = { ...config.webhooks, ...options.webhooks };
  app.locals.webhookPolicy = webhooks satisfies WebhookPolicy;
  const httpServer = http.createServer(app);
  // Longer than nginx's upstream keepalive_timeout (60 s): the proxy, not the API, closes an idle
  // connection, so nginx never writes a request into one the API has just closed.
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  const drain = drainable(httpServer);
  app.use(drain.middleware);
  const limits: QueryLimits = { ...config.queryLimits, ...options.limits };
  // One authentication middleware for every route that needs a caller; it also counts the rate limit.
  const auth = authenticate(db, options.rateLimit ?? config.rateLimit);
  const explorerDir = options.explorerDir ?? config.explorerDir;
  const apollo = new ApolloServer<Context>({
    schema: getSchema(),
    introspection: true,
    formatError,
    // Said explicitly, as external tools rely on them: no stack traces in responses (whatever
    // NODE_ENV says), and Apollo's CSRF prevention, which refuses "simple" requests (GET or
    // text/plain, form posts) that a cross-site page could send with the session cookie.
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // main.ts stops the process on SIGTERM/SIGINT, draining first (common/drain.ts); Apollo's own
    // handlers would stop it and re-send the signal, killing the process mid-request.
    stopOnTerminationSignals: false,
    validationRules: [depthLimitRule(limits.maxDepth), knownOperationTypesRule],
    // Compact JSON: Apollo pretty-prints by default (a third more bytes to write and to parse).
    // An answer PostgreSQL built (graphql/sql-answers.ts) goes out as it was written.
    stringifyResult: stringifyAnswer,
    plugins: [
      // Draining the HTTP server is drain.ts's (stop listening, finish in flight, then close).
      // We set no cache hints; the default cache-control plugin wraps every field resolver to look for them.
      ApolloServerPluginCacheControlDisabled(),
      queryCountPlugin,
      // Queries read from the replica when one is configured and caught up; mutations from the primary.
      readRoutingPlugin,
      unavailablePlugin,
      readOnlyTokenPlugin,
      // Every argument value checked at the edge (NUL bytes, ids, blank slugs, deep JSON).
      inputGuardPlugin(),
      costLimitPlugin(limits),
      // Last before execution: a plan, a page of actions or a region dashboard answered by one JSON-building statement.
      ...(options.sqlAnswers === false ? [] : [sqlAnswersPlugin(getSchema, [ACTION_ANSWERS, DASHBOARD_ANSWERS], guardRootField)]),
      // Our own explorer instead of Apollo's landing page, which loads from a CDN.
      explorerLandingPage(explorerDir),
    ],
  });
  await apollo.start();

  // Healthy means able to serve: the database answers within two seconds. Otherwise 503 with
  // Retry-After, so a load balancer or the image's HEALTHCHECK takes the instance out meanwhile.
  app.get('/healthz', (_req, res) => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), HEALTH_TIMEOUT_MS);
    });
    Promise.race([db.query('SELECT 1'), timeout])
      .then(
        () => res.setHeader('Cache-Control', 'no-store').json({ ok: true, database: 'up' }),
        () => res.status(503).setHeader('Retry-After', '5').setHeader('Cache-Control', 'no-store').json({ ok: false, database: 'unreachable' }),
      )
      .finally(() => clearTimeout(timer));
  });
  app.use(EXPLORER_ASSETS_PATH, ...explorerAssets(explorerDir));
  // Outside tools on allowed origins (CORS_ORIGINS), with a token: before anything else answers.
  app.use(['/graphql', '/api'], cors(options.corsOrigins ?? config.corsOrigins));
  app.use(
    '/graphql',
    // Every answer at /graphql, also one refused before the operation ran (401, 413, 429, 503),
    // reports the statements of its operation in X-SQL-Queries (0 when it did not run).
    (_req, res, next) => {
      const counter: Counter = { queries: 0 };
      res.locals.sqlCounter = counter;
      const writeHead = res.writeHead;
      res.writeHead = function (this: express.Response, ...args: Parameters<typeof writeHead>) {
        this.setHeader('X-SQL-Queries', String(counter.queries));
        return writeHead.apply(this, args);
      } as typeof writeHead;
      next();
    },
    compressAnswers(),
    auth,
    concurrencyLimit({ ...config.concurrency, ...options.concurrency, keyOf: callerKeyOf }),
    express.json({ limit: options.maxBodyBytes ?? config.maxBodyBytes }),
    // Each request counts its own SQL statements, and runs no more reads once its client has
    // gone. After the body parser: stream callbacks would not carry the async context.
    (_req, res, next) => {
      const { counter } = withQueryCounter(() => next(), res.locals.sqlCounter as Counter);
      res.once('close', () => {
        if (!res.writableFinished) cancelReads(counter);
      });
    },
    expressMiddleware(apollo, { context: async ({ req, res }) => contextOrRefusal(db, req, res) }),
  );
  app.use('/graphql', bodyErrorHandler());
  // Plan exports (docx, xlsx, csv, json) as download URLs, rate-limited like the API.
  app.use('/api', auth);
  app.use(singleSignOnRouter(db, singleSignOn));
  app.use(exportRouter(db));
  app.use(yearReportRouter(db));
  // The mails the local catcher received: development only, 404 otherwise.
  const catcher = options.mail?.catcher ?? null;
  app.use('/dev/mails', devMailsRouter(config.env === 'production' ? null : catcher));
  // The preview of a plan file to import (nothing stored), under the same rate limit.
  app.use(
    importRouter(db, {
      maxBytes: options.importMaxBytes ?? config.importMaxBytes,
      limits: { ...config.importLimits, ...options.importLimits },
      reader: { ...config.importWorker, ...options.importWorker },
    }),
  );

  const webDist = options.webDist;
  if (webDist && fs.existsSync(path.join(webDist, 'index.html'))) {
    // Files compressed at build time, a year's cache for hashed assets, the shell for client-side routes.
    app.use(serveWebApp(webDist));
  }

  // The one error handler of the REST routes (downloads, submissions): an AppError or a database
  // refusal as its code's HTTP status (`HTTP_STATUS`), anything else logged and answered with a
  // generic 500 in JSON, never Express's HTML page with a stack trace.
  app.use((error: unknown, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(error);
    const refusal = error instanceof AppError ? error : databaseRefusal(error);
    if (refusal) {
      const { status, body } = restError(refusal);
      if (refusal.extensions.retryAfter != null) res.setHeader('Retry-After', String(refusal.extensions.retryAfter));
      res.status(status).json(body);
      return;
    }
    console.error('[http] unexpected error', error);
    res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Er ging iets mis op de server. Probeer het later opnieuw.' } });
  });

  // Background jobs (jobs/worker.ts): every instance runs a worker; graphile-worker shares the
  // jobs out. Its schema is migrated before the server listens, so every request can add jobs.
  const smtp = options.mail?.smtp === undefined ? config.mail.smtp : options.mail.smtp;
  const mailer = smtp ? createMailer(smtp, options.mail?.from ?? config.mail.from) : null;
  const { tasks: extraTasks, ...jobOptions } = options.jobs ?? {};
  // Links in mails point at PUBLIC_URL, else at this server's own address (known once it listens).
  let publicUrl = options.mail?.publicUrl ?? config.mail.publicUrl ?? null;
  const jobs = await startJobWorker(
    connectionStringOf(db),
    { ...jobTasks(db, mailer, () => publicUrl ?? 'http://localhost'), ...extraTasks },
    { ...config.jobs, crontab: CRONTAB, ...jobOptions },
  );

  await new Promise<void>((resolve) => httpServer.listen(options.port, options.host ?? '0.0.0.0', resolve));
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  // Webhook deliveries (modules/webhook/webhook.runner.ts): every instance runs one; they share the work through PostgreSQL.
  const runner = options.webhooks?.run === false ? null : new WebhookRunner(db, webhooks);
  runner?.start();
  publicUrl ??= `http://localhost:${port}`;
  app.locals.mailPolicy = { publicUrl } satisfies MailPolicy;
  return {
    url: `http://localhost:${port}`,
    port,
    close: async (drainOptions = { graceMs: 0, lingerMs: 0 }) => {
      // The runner stops with the requests (it finishes the deliveries it is sending), before the database closes.
      await Promise.all([drain.close(drainOptions), runner?.stop(), jobs.stop()]);
      mailer?.close();
      await apollo.stop();
    },
  };
}
