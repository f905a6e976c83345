// ILIKE patterns from what people type: a percent sign, an underscore or a backslash in a search stands for itself.

/** The text with LIKE's wildcards and its escape character (PostgreSQL's default, the backslash) escaped. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
