// The HTTP server: GraphQL at /graphql, the built web app at / (when present).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import express from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { GraphQLFormattedError } from 'graphql';
import type { DataSource } from 'typeorm';
import { AppError } from './common/app-error';
import { config } from './config';
import { rateLimiter, type RateLimits } from './modules/auth/rate-limit';
import { currentQueryCounter, withQueryCounter } from './db/query-counter';
import { createContext, type Context } from './graphql/context';
import { getSchema } from './graphql/schema';

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

export interface StartedServer {
  url: string;
  port: number;
  close: () => Promise<void>;
}

/** Known errors keep their code and message; anything else is logged and answered generically. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  if (original instanceof AppError) return formatted;
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
}

export async function startServer(db: DataSource, options: ServerOptions): Promise<StartedServer> {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? config.trustProxy);
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    schema: getSchema(),
    introspection: true,
    formatError,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), queryCountPlugin],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  app.use(
    '/graphql',
    rateLimiter(db, options.rateLimit ?? config.rateLimit),
    express.json({ limit: '1mb' }),
    // Each request counts its own SQL statements (reported in the X-SQL-Queries header).
    // After the body parser: stream callbacks would not carry the async context.
    (_req, _res, next) => void withQueryCounter(() => next()),
    expressMiddleware(apollo, { context: async ({ req, res }) => createContext(db, req, res) }),
  );

  const webDist = options.webDist;
  if (webDist && fs.existsSync(path.join(webDist, 'index.html'))) {
    app.use(express.static(webDist, { index: false, maxAge: '1h' }));
    // Client-side routes: every other GET gets the app shell.
    app.get(/^(?!\/graphql).*/, (_req, res) => {
      res.sendFile(path.join(webDist, 'index.html'));
    });
  }

  await new Promise<void>((resolve) => httpServer.listen(options.port, options.host ?? '0.0.0.0', resolve));
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://localhost:${port}`,
    port,
    close: async () => {
      await apollo.stop();
      httpServer.closeAllConnections();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
