// The zone module's hand-written SQL; the services keep the logic and call these.

/** A row when another zone than $2 has `column` equal to $1, case-insensitively (a free name or short name). */
export const zoneWithSameSql = (column: string): string => `SELECT 1 FROM zone WHERE lower(${column}) = lower($1) AND id <> $2`;
