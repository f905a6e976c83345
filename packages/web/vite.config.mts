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

export default defineConfig({
  plugins: [react(), precompressAndKeepMapsPrivate()],
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
      treeshake: {
        // @kruispunt/shared is pure (labels, functions, zod schemas). Saying so lets the bundler
        // drop the modules the web does not use, and with them zod (about 100 kB).
        moduleSideEffects: [{ test: /[\\/]packages[\\/]shared[\\/]src[\\/]/, sideEffects: false }],
      },
    },
  },
});
