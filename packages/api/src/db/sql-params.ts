// Parameters of a statement being built, numbered as they are added ($1, $2, …).

export class SqlParams {
  /** `values`: parameters the statement already has (numbering goes on after them). */
  constructor(readonly values: unknown[] = []) {}

  /** Adds `value` and answers its placeholder, with `cast` (e.g. `::uuid`) after it. */
  add(value: unknown, cast = ''): string {
    return `$${this.values.push(value)}${cast}`;
  }
}
