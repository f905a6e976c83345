// Imported first by main.tsx. The API's Content-Security-Policy allows no eval (script-src 'self').
// zod compiles object parsers with `new Function` when it may, and to find out it tries once: the
// browser reports that try as a CSP violation even though zod catches it. Under `jitless` zod
// neither tries nor compiles. zod keeps its settings in this global (shared by all its copies), so
// the setting needs no import of zod here, and is in place before any schema is built.
// test/security.test.ts fails on any violation, also when a zod update changes this.
// Set on the object, not by replacing it: zod takes the object when it is evaluated, and a chunk
// shared with the pages (with zod in it) is evaluated before the entry's own code.
const holder = globalThis as typeof globalThis & { __zod_globalConfig?: { jitless?: boolean } };
(holder.__zod_globalConfig ??= {}).jitless = true;
