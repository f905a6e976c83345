import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const fromHere = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

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
      const walk = (dir: string): string[] =>
        fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
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
 * for exactly that source, fragments included), inlined where it is used: a page's chunk carries
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
        return `(${document})`;
      });
      // The map's `graphql` is no longer called here: drop its import so gql.ts stays out of the bundle.
      const withoutImport = /\bgraphql\(/.test(replaced.replace(/^import .*$/gm, ''))
        ? replaced
        : replaced.replace(/^import \{ graphql \} from '@\/gql';\n/m, '');
      return { code: withoutImport, map: null };
    },
  };
}

export default defineConfig({
  plugins: [inlineGraphqlDocuments(), react(), precompressAndKeepMapsPrivate()],
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
            { name: 'common', test: /[\\/]src[\\/]|[\\/]packages[\\/]shared[\\/]/, minShareCount: 2, maxModuleSize: 12_000, priority: 1 },
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
