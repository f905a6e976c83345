// Bundles the GraphQL explorer (GraphiQL from npm, explorer/main.jsx) into dist/explorer, so
// the API serves it from its own origin: no CDN. Run by `build`; tests call buildExplorer().
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const source = path.join(__dirname, '..', 'explorer');

async function buildExplorer(outDir = path.join(__dirname, '..', 'dist', 'explorer')) {
  fs.rmSync(outDir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: [path.join(source, 'main.jsx')],
    bundle: true,
    outdir: outDir,
    format: 'esm',
    // GraphiQL loads its CodeMirror modes with import(): keep them as chunks beside main.js.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    minify: true,
    jsx: 'automatic',
    target: ['es2022'],
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.svg': 'file', '.png': 'file' },
    legalComments: 'linked',
    logLevel: 'warning',
  });
  fs.copyFileSync(path.join(source, 'index.html'), path.join(outDir, 'index.html'));
  return outDir;
}

module.exports = { buildExplorer };

if (require.main === module) {
  const started = Date.now();
  buildExplorer(process.argv[2]).then(
    (dir) => console.log(`Built the GraphQL explorer in ${dir} (${Date.now() - started} ms)`),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
