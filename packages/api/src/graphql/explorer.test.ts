// The GraphQL explorer at GET /graphql: built from npm packages (scripts/build-explorer.js) and
// served from the API's own origin. Nothing in what it serves may load from another host.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, type StartedServer } from '../server';
import { createTestDatabase, type TestDatabase } from '../test/db';

const { buildExplorer } = require('../../scripts/build-explorer.js') as { buildExplorer: (outDir: string) => Promise<string> };

/**
 * Absolute URLs that may stand in the bundle because nothing loads them: XML namespace names
 * (identifiers React and CodeMirror pass to createElementNS), and texts and links a person may
 * click (React's error-decoder link in error messages, graphql's advice in its duplicate-module
 * error, GraphiQL's logo link, CodeMirror's key map documentation, the descriptions of graphql's
 * built-in scalars and directives).
 */
const ALLOWED_HOSTS = new Set(['www.w3.org', 'react.dev', 'yarnpkg.com', 'github.com', 'codemirror.net', 'commonmark.org', 'en.wikipedia.org']);

function absoluteUrls(text: string): { url: string; host: string }[] {
  return [...text.matchAll(/\bhttps?:\/\/([a-z0-9.-]*)[^\s"'`)<>\\]*/gi)].map((m) => ({ url: m[0], host: m[1]!.toLowerCase() }));
}

describe('GraphQL explorer', () => {
  let t: TestDatabase;
  let server: StartedServer;
  let dir: string;

  beforeAll(async () => {
    dir = await buildExplorer(fs.mkdtempSync(path.join(os.tmpdir(), 'kp-explorer-')));
    t = await createTestDatabase();
    server = await startServer(t.db, { port: 0, host: '127.0.0.1', explorerDir: dir });
  }, 120_000);
  afterAll(async () => {
    await server.close();
    await t.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const page = () => fetch(`${server.url}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' } });

  it("serves the explorer page to a browser at GET /graphql, instead of Apollo's CDN landing page", async () => {
    const res = await page();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('<div id="root"></div>');
    expect(html).toContain('src="/graphql/explorer/main.js"');
    expect(html).toContain('href="/graphql/explorer/main.css"');
    expect(html).not.toMatch(/https?:|\/\/[a-z]|apollographql|embeddable-sandbox|cdn\./i);
  });

  it('serves every file of the bundle from the same origin, none of which loads from another host', async () => {
    const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(js|css|html)$/.test(f));
    expect(files).toEqual(expect.arrayContaining(['index.html', 'main.js', 'main.css']));
    const foreign: string[] = [];
    for (const file of files) {
      const res = await fetch(`${server.url}/graphql/explorer/${file.split(path.sep).join('/')}`);
      expect(res.status).toBe(200);
      const text = await res.text();
      if (file.endsWith('.css')) {
        // Styles: fonts and images inline (data:) or relative, no @import.
        expect(text).not.toMatch(/@import/);
        for (const m of text.matchAll(/url\(\s*['"]?([^'")]*)/g)) expect(m[1]).toMatch(/^(data:|[^:/]*\/?[^:]*$)/);
      }
      for (const { url, host } of absoluteUrls(text)) {
        // `http://${...}`: a link made at run time from a text shown in the page (linkify).
        if (host === '' || ALLOWED_HOSTS.has(host)) continue;
        foreign.push(`${file}: ${url}`);
      }
      // No module or script is fetched by URL from elsewhere.
      expect(text).not.toMatch(/\bimport\s*\(\s*["'`]https?:|\bfrom\s*["'`]https?:|importScripts\(\s*["'`]https?:/);
    }
    expect(foreign).toEqual([]);
  });

  it('posts to its own origin with the session cookie, and lets a token be set as a header', () => {
    const main = fs.readFileSync(path.join(dir, 'main.js'), 'utf8');
    expect(main).toContain('credentials:"same-origin"');
    expect(main).toContain('window.location.pathname');
    expect(main).toContain('Authorization');
  });

  it('answers a missing file with 404 and keeps GraphQL over GET and POST working', async () => {
    expect((await fetch(`${server.url}/graphql/explorer/nope.js`)).status).toBe(404);
    const get = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
    const post = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/html, application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await post.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('says how to build it when it was not built', async () => {
    const bare = await startServer(t.db, { port: 0, host: '127.0.0.1', explorerDir: path.join(dir, 'missing') });
    try {
      const res = await fetch(`${bare.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('pnpm --filter @kruispunt/api build');
    } finally {
      await bare.close();
    }
  });
});
