// The GraphQL explorer (GraphiQL, bundled at build time by scripts/build-explorer.js into
// dist/explorer): its page at GET /graphql for browsers, its files under /graphql/explorer/.
// It replaces Apollo's default landing page, which loads its code from a CDN. Everything is
// served from the API's own origin, so the browser sends the web app's session cookie along.
import fs from 'node:fs/promises';
import path from 'node:path';
import express, { type RequestHandler } from 'express';
import type { ApolloServerPlugin } from '@apollo/server';

export const EXPLORER_ASSETS_PATH = '/graphql/explorer';

const NOT_BUILT = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Kruispunt · GraphQL</title></head>
<body><h1>GraphQL-verkenner niet gebouwd</h1>
<p>Bouw de API eerst: <code>pnpm --filter @kruispunt/api build</code>. POST-verzoeken naar
<code>/graphql</code> werken ook zonder verkenner.</p></body></html>`;

/** Apollo's landing page hook: browsers asking GET /graphql (Accept: text/html) get the explorer. */
export function explorerLandingPage(dir: string): ApolloServerPlugin {
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          // Read per request: cheap, and a rebuilt explorer shows without a restart.
          return { html: () => fs.readFile(path.join(dir, 'index.html'), 'utf8').catch(() => NOT_BUILT) };
        },
      };
    },
  };
}

/** The explorer's script, style and chunk files; a missing one is a plain 404. */
export function explorerAssets(dir: string): RequestHandler[] {
  return [
    express.static(dir, { index: false, maxAge: '1h', fallthrough: true }),
    (_req, res) => {
      res.sendStatus(404);
    },
  ];
}
