import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { InMemoryCache } from '@apollo/client';
import { print, type DocumentNode } from 'graphql';
import * as generatedDocuments from './src/gql/graphql';
import { preloadKey, ROUTE_DATA, VIEWER_OPERATION } from './src/app/route-data';

const fromHere = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

/** The app's and @kruispunt/shared's modules, not a library's (whose files may sit under `src/` too). */
const OWN_MODULES = /^(?!.*[\\/]node_modules[\\/]).*(?:[\\/]src[\\/]|[\\/]packages[\\/]shared[\\/])/;

/**
 * After the build: every text file of dist/ gets a Brotli (.br) and a gzip (.gz) copy, which the
 * API (packages/api/src/common/static-files.ts) and nginx (gzip_static) send to browsers that take
 * them; source maps move out of dist/ to sourcemaps/, so they are kept for debugging but never served.
 */
function precompressAndKeepMapsPrivate(): Plugin {
  let outDir = '';
  return {
    name: 'kruispunt-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const maps = fromHere('./sourcemaps');
      fs.rmSync(maps, { recursive: true, force: true });
      const walk = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
      for (const file of walk(outDir)) {
        if (file.endsWith('.map')) {
          const target = path.join(maps, path.relative(outDir, file));
          fs.mkdirSync(path.dirname(target), { recursive: true });
          fs.renameSync(file, target);
          continue;
        }
        if (!/\.(js|css|html|svg|json|txt|webmanifest)$/.test(file)) continue;
        const content = fs.readFileSync(file);
        if (content.length < 1024) continue;
        fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(content, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
        fs.writeFileSync(`${file}.gz`, zlib.gzipSync(content, { level: 9 }));
      }
    },
  };
}

/**
 * The client preset's `graphql(`…`)` looks documents up in one map (src/gql/gql.ts) that imports
 * every document of the app, so every page loaded all of them (about 320 kB before compression).
 * This replaces each call with its own document from src/gql/graphql.ts (what codegen generated
 * for exactly that source, fragments included), inlined where it is used (as JSON.parse of a
 * string, which V8 evaluates faster than a large object literal): a page's chunk carries
 * only its own documents, and the map is no longer imported at all. Types are unaffected (tsc
 * still checks the calls against the map).
 */
function inlineGraphqlDocuments(): Plugin {
  const generated = fromHere('./src/gql/graphql.ts');
  const gqlDir = fromHere('./src/gql');
  let documents: Map<string, string> | undefined;
  const load = (): Map<string, string> => {
    const map = new Map<string, string>();
    for (const line of fs.readFileSync(generated, 'utf8').split('\n')) {
      const match = /^export const (\w+?)(?:Document|FragmentDoc) = (\{.*\}) as unknown as DocumentNode</.exec(line);
      if (match) map.set(match[1], match[2]);
    }
    return map;
  };
  return {
    name: 'kruispunt-inline-graphql-documents',
    enforce: 'pre',
    buildStart() {
      documents = undefined;
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(gqlDir) || !code.includes('graphql(`')) return null;
      documents ??= load();
      const replaced = code.replace(/\bgraphql\(\s*`([^`]*)`\s*\)/g, (call, source: string) => {
        if (source.includes('${')) this.error(`${id}: a graphql() document with an interpolation cannot be inlined`);
        const name = /\b(?:query|mutation|subscription|fragment)\s+(\w+)/.exec(source)?.[1];
        const document = name ? documents!.get(name) : undefined;
        if (!document) this.error(`${id}: no generated document for ${name ?? call.slice(0, 60)}: run "pnpm codegen"`);
        // As a JSON string: V8 parses JSON.parse('…') faster than the same object literal, and a
        // page's chunk evaluates all its documents when it loads (a CPU profile showed them).
        return `JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(document)))})`;
      });
      // The map's `graphql` is no longer called here: drop its import so gql.ts stays out of the bundle.
      const withoutImport = /\bgraphql\(/.test(replaced.replace(/^import .*$/gm, '')) ? replaced : replaced.replace(/^import \{ graphql \} from '@\/gql';\n/m, '');
      return { code: withoutImport, map: null };
    },
  };
}

/**
 * Deep links: the entry (React, Apollo, the router: ~150 kB compressed with `common`) learns which
 * page it opens only once it has downloaded and run; then it asked for the page's chunk and its
 * GraphQL document, and only after those came the page's query started (Lighthouse: one or two
 * round trips on the way to the page's content). A small script beside the entry, run as soon as
 * it arrives, modulepreloads the chunks (and preloads the styles) of the page the URL opens, so
 * they come in parallel with the entry. The routes are read from src/app/router.tsx (each `path`
 * with the page its `lazy` imports), so they are written in one place.
 */
function preloadRouteChunks(): Plugin {
  const routerFile = fromHere('./src/app/router.tsx');
  let base = '/';
  return {
    name: 'kruispunt-preload-route-chunks',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      base = config.base;
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const entry = chunks.find((chunk) => chunk.isEntry);
      const html = bundle['index.html'];
      if (!entry || html?.type !== 'asset') this.error('preload-route-chunks: no entry chunk or index.html in the bundle');
      const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const closure = (start: string, seen = new Set<string>()): Set<string> => {
        if (seen.has(start)) return seen;
        seen.add(start);
        for (const next of byFile.get(start)?.imports ?? []) closure(next, seen);
        return seen;
      };
      // What index.html loads anyway.
      const shell = closure(entry.fileName);
      // Libraries only some pages need must stay out of what every page loads: one static import
      // of a form schema from a module that two pages share put zod (and ~25 kB compressed) there.
      for (const file of shell) {
        const heavy = Object.keys(byFile.get(file)?.modules ?? {}).find((id) =>
          /[\\/]node_modules[\\/](?:\.pnpm[\\/][^\\/]+[\\/]node_modules[\\/])?(?:zod|recharts|d3-[a-z]+|mammoth|docx)[\\/]/.test(id),
        );
        if (heavy) this.error(`preload-route-chunks: ${file}, which every page loads, holds ${heavy}: load it lazily (src/common/forms/load-schemas.ts for form schemas)`);
      }
      const shellCss = new Set([...shell].flatMap((file) => [...(byFile.get(file)?.viteMetadata?.importedCss ?? [])]));

      const source = fs.readFileSync(routerFile, 'utf8');
      const routes: [pattern: string, scripts: string[], styles: string[]][] = [];
      for (const match of source.matchAll(/(?:path: '([^']*)'|index: true),(?:(?!path: |index: )[\s\S])*?lazy: async \(\) => \(\{ Component: \(await import\('@\/([^']+)'\)\)/g)) {
        const [, routePath = '', page] = match;
        const module = ['.tsx', '.ts'].map((ext) => path.join(fromHere('./src'), page + ext)).find((file) => fs.existsSync(file));
        const chunk = chunks.find((candidate) => candidate.isDynamicEntry && candidate.facadeModuleId === module);
        if (!chunk) this.error(`preload-route-chunks: no chunk for the page of route "${routePath}" (${page})`);
        const files = [...closure(chunk.fileName)].filter((file) => !shell.has(file));
        const styles = files.flatMap((file) => [...(byFile.get(file)?.viteMetadata?.importedCss ?? [])]).filter((file) => !shellCss.has(file));
        const pattern = `^/${routePath.replace(/:[^/]+/g, '[^/]+')}/?$`.replace('^//?$', '^/$');
        routes.push([pattern, files.map((file) => base + file), [...new Set(styles)].map((file) => base + file)]);
      }
      if (routes.length < 10) this.error(`preload-route-chunks: only ${routes.length} routes found in ${routerFile}`);

      // The page queries started before the app arrives (src/app/route-data.ts): each with the
      // query text Apollo sends (its cache adds __typename), so the app can check it is the same.
      const cache = new InMemoryCache();
      const documentText = (operation: string): string => {
        const document = (generatedDocuments as Record<string, DocumentNode | undefined>)[`${operation}Document`];
        if (!document) this.error(`preload-route-chunks: no generated document ${operation}Document (route-data.ts)`);
        return print(cache.transformDocument(document));
      };
      const queries = ROUTE_DATA.map((route) => [`^/${route.path.replace(/:([^/]+)/g, '(?<$1>[^/]+)')}/?$`, route.operation, documentText(route.operation), route.variables]);

      const script = `// Generated by vite.config.mts (preloadRouteChunks): the chunks of the page this URL opens, and
// its data (src/app/route-data.ts), asked for while the app's script is still on its way.
(() => {
  const routes = ${JSON.stringify(routes)};
  const add = (rel, href, as) => {
    const link = document.createElement('link');
    link.rel = rel;
    if (as) link.as = as;
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  };
  const preloadKey = ${preloadKey.toString()};
  const preloaded = (window.__kpPreloaded = window.__kpPreloaded || {});
  const ask = (operation, query, variables) => {
    const result = fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ operationName: operation, variables, query }),
    }).catch(() => null);
    preloaded[preloadKey(operation, variables)] = { query, at: Date.now(), result };
  };
  ask(${JSON.stringify(VIEWER_OPERATION)}, ${JSON.stringify(documentText(VIEWER_OPERATION))}, {});
  for (const [pattern, operation, query, spec] of ${JSON.stringify(queries)}) {
    const match = new RegExp(pattern).exec(location.pathname);
    if (!match) continue;
    const variables = {};
    let complete = true;
    for (const [name, { param, int }] of Object.entries(spec)) {
      const value = decodeURIComponent(match.groups[param]);
      if (int && !/^\\d{4}$/.test(value)) complete = false;
      variables[name] = int ? Number(value) : value;
    }
    if (complete) ask(operation, query, variables);
  }
  const route = routes.find(([pattern]) => new RegExp(pattern).test(location.pathname));
  if (!route) return;
  for (const href of route[1]) add('modulepreload', href);
  for (const href of route[2]) add('preload', href, 'style');
})();
`;
      const fileName = this.getFileName(this.emitFile({ type: 'asset', name: 'route-preload.js', source: script }));
      // Before the entry, so it is asked for first; async, so it runs as soon as it is there.
      html.source = String(html.source).replace(/(\s*)<script type="module"/, `$1<script async src="${base}${fileName}"></script>$1<script type="module"`);
      if (!String(html.source).includes(fileName)) this.error('preload-route-chunks: no entry script in index.html');
    },
  };
}

export default defineConfig({
  plugins: [inlineGraphqlDocuments(), react(), preloadRouteChunks(), precompressAndKeepMapsPrivate()],
  resolve: {
    alias: [
      // `@/…` is this package's src/ (the same mapping as `paths` in tsconfig.json).
      { find: /^@\//, replacement: `${fromHere('./src')}/` },
      // @kruispunt/shared is compiled to CommonJS for the API; the web bundles its TypeScript
      // source instead, so Rollup can tree-shake it as ESM.
      { find: /^@kruispunt\/shared$/, replacement: fromHere('../shared/src/index.ts') },
    ],
  },
  server: {
    port: 5173,
    // In production the API serves dist/, /graphql and /api (downloads, import preview) on one origin; in development vite proxies.
    proxy: { '/graphql': 'http://localhost:4000', '/api': 'http://localhost:4000' },
  },
  build: {
    outDir: 'dist',
    // Maps without the sourceMappingURL comment; moved out of dist/ after the build (see above).
    sourcemap: 'hidden',
    rolldownOptions: {
      output: {
        // The small modules several pages share (badges, formatting, labels, hooks) in one chunk:
        // a page was ~30 requests of a few hundred bytes each after the entry.
        codeSplitting: {
          groups: [
            // zod's settings (app/csp.ts) in a chunk of their own, evaluated before the shared chunk:
            // zod reads them when it is evaluated, and the entry imports the shared chunk, whose
            // imports run before the entry's own code.
            { name: 'csp', test: /[\\/]src[\\/]app[\\/]csp\.ts$/, priority: 2 },
            // Our own modules only: a library's files may sit under a `src/` folder too (zod, react-router),
            // and in this group they went to every page although only some pages use them.
            // What the entry needs (the shell: header, sign-in, router) in one chunk every page loads;
            { name: 'common', test: OWN_MODULES, tags: ['$initial'], priority: 2 },
            // what several pages share beyond that (forms, history, merge, plan lists) in one chunk
            // that only those pages load (with their chunk, preloaded for a deep link).
            { name: 'pages', test: OWN_MODULES, minShareCount: 2, maxModuleSize: 12_000, priority: 1 },
          ],
        },
      },
      treeshake: {
        // @kruispunt/shared is pure (labels, functions, zod schemas). Saying so lets the bundler
        // drop the modules the web does not use, and with them zod (about 100 kB).
        moduleSideEffects: [{ test: /[\\/]packages[\\/]shared[\\/]src[\\/]/, sideEffects: false }],
      },
    },
  },
});
