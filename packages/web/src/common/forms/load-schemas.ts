// zod and the shared schemas are ~90 kB (24 kB compressed) and build ~40 schemas when they load:
// the plan, action and Mijn zone pages, which merely hold forms, waited for them before showing
// anything (Lighthouse). Those forms load them when they open or get focus, and await them when
// they check; the API checks again anyway. Pages that are all form (the action editor, tokens)
// still import the schemas from @kruispunt/shared directly.

/** The form schemas (./schemas), loaded on first use; the module system keeps the one copy. */
export const loadSchemas = (): Promise<typeof import('./schemas')> => import('./schemas');

/** Starts loading the schemas (a form opened or got focus), so that they are there when it is sent. */
export function preloadSchemas(): void {
  loadSchemas().catch(() => undefined);
}
