import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const fromHere = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

export default defineConfig({
  plugins: [react()],
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
    sourcemap: true,
    rolldownOptions: {
      treeshake: {
        // @kruispunt/shared is pure (labels, functions, zod schemas). Saying so lets the bundler
        // drop the modules the web does not use, and with them zod (about 100 kB).
        moduleSideEffects: [{ test: /[\\/]packages[\\/]shared[\\/]src[\\/]/, sideEffects: false }],
      },
    },
  },
});
