// Errors that reach formatError without being an AppError but are the client's doing, mapped
// here once so they never read as INTERNAL_SERVER_ERROR:
//   - a unique-constraint violation (PostgreSQL 23505) that a write's own check did not see,
//     because another request stored the same key in between: INVALID_INPUT on the key's last
//     column (services that check a duplicate first map the race to their own message too, see
//     action-plan-write.service.ts; this is the safety net for every other write);
//   - Apollo's request errors that carry only an HTTP 4xx status and no code (a persisted query
//     whose hash does not match its text): BAD_REQUEST.
import { GraphQLError } from 'graphql';
import { AppError } from '../common/app-error';
import { isUniqueViolation } from '../common/write';

const camel = (column: string) => column.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());

/** The AppError a non-AppError stands for, or null when it is a real bug. */
export function clientErrorOf(error: unknown): AppError | null {
  if (isUniqueViolation(error)) {
    const e = error as { detail?: string; driverError?: { detail?: string } };
    // "Key (zone_id, year)=(…, 2026) already exists." names the columns of the constraint.
    const columns = /^Key \(([^)]*)\)/
      .exec(e.driverError?.detail ?? e.detail ?? '')?.[1]
      ?.split(',')
      .map((c) => c.trim().replace(/"/g, ''));
    const field = camel(columns?.at(-1) ?? '_');
    const message = 'Dit bestaat al: iemand anders heeft intussen hetzelfde bewaard. Laad opnieuw en kies een andere waarde.';
    return new AppError('INVALID_INPUT', message, { field, issues: [{ field, message }] });
  }
  if (error instanceof GraphQLError && !error.extensions?.code) {
    const status = (error.extensions?.http as { status?: number } | undefined)?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) return new AppError('BAD_REQUEST', error.message);
  }
  return null;
}
