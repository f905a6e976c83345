// tsc does not copy non-TS files: the seed data JSON is read at runtime from dist/.
const fs = require('node:fs');
const path = require('node:path');
const from = path.join(__dirname, '..', 'src', 'seed', 'data');
const to = path.join(__dirname, '..', 'dist', 'seed', 'data');
fs.mkdirSync(to, { recursive: true });
for (const f of fs.readdirSync(from)) fs.copyFileSync(path.join(from, f), path.join(to, f));
