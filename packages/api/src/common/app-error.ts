// The one error type of the API. Its code becomes `extensions.code` in GraphQL responses;
// anything that is not an AppError is logged and answered with a generic message.
import { GraphQLError } from 'graphql';

export type AppErrorCode =
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'VERSION_CONFLICT'
  | 'INVALID_INPUT'
  | 'RATE_LIMITED'
  | 'QUERY_TOO_DEEP'
  | 'QUERY_TOO_COMPLEX'
  | 'PAYLOAD_TOO_LARGE'
  | 'BAD_REQUEST'
  | 'TOO_MANY_REQUESTS'
  | 'SERVICE_UNAVAILABLE'
  | 'QUERY_TIMEOUT'
  | 'REQUEST_CANCELLED';

export class AppError extends GraphQLError {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...details } });
    this.name = 'AppError';
  }
}

/**
 * The HTTP status of each code, for the REST routes (downloads, import preview) and for GraphQL
 * errors that stop a whole request. In a GraphQL response that has data, a field's error travels
 * with HTTP 200 (docs/api.md lists which codes change the status there).
 */
export const HTTP_STATUS: Readonly<Record<AppErrorCode, number>> = {
  BAD_REQUEST: 400,
  INVALID_INPUT: 400,
  QUERY_TOO_DEEP: 400,
  QUERY_TOO_COMPLEX: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VERSION_CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  TOO_MANY_REQUESTS: 429,
  // The client is gone; nobody reads this status (nginx's "client closed request").
  REQUEST_CANCELLED: 499,
  SERVICE_UNAVAILABLE: 503,
  QUERY_TIMEOUT: 503,
};

/** Seconds a client is asked to wait before retrying when the database was busy. */
const BUSY_RETRY_AFTER = 1;
/** … and when it could not be reached (restarting, failing over: usually back within seconds). */
const UNREACHABLE_RETRY_AFTER = 5;

/** Socket errors of a connection to PostgreSQL that could not be made or was lost. */
const UNREACHABLE_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE']);

/**
 * Whether an error says the database cannot be reached right now: a refused or lost connection,
 * SQLSTATE class 08 (connection exception) or 57P01-57P03 (the server shutting down or starting).
 */
function isDatabaseUnreachable(e: { message?: unknown; code?: unknown; driverError?: { code?: unknown } }): boolean {
  const code = typeof e.code === 'string' ? e.code : typeof e.driverError?.code === 'string' ? e.driverError.code : '';
  if (UNREACHABLE_SOCKET_CODES.has(code) || code.startsWith('08') || ['57P01', '57P02', '57P03'].includes(code)) return true;
  return typeof e.message === 'string' && /Connection terminated|connection error and is not queryable|Client was closed and is not queryable/i.test(e.message);
}

/**
 * The database's refusals that are not bugs, as the AppError a client can act on: no pooled
 * connection came free in time (pg-pool's "timeout exceeded when trying to connect"):
 * SERVICE_UNAVAILABLE, retry shortly; the database cannot be reached (down, restarting):
 * SERVICE_UNAVAILABLE, retry in a few seconds; a statement ran past `statement_timeout` (SQLSTATE
 * 57014): QUERY_TIMEOUT, ask less. Anything else: null.
 */
export function databaseRefusal(error: unknown): AppError | null {
  const e = error as { message?: unknown; code?: unknown; driverError?: { code?: unknown } } | null;
  if (!e || typeof e !== 'object') return null;
  if (isDatabaseUnreachable(e)) {
    return new AppError('SERVICE_UNAVAILABLE', 'De databank is even niet bereikbaar: probeer het over enkele seconden opnieuw.', { retryAfter: UNREACHABLE_RETRY_AFTER });
  }
  if (typeof e.message === 'string' && /timeout exceeded when trying to connect/i.test(e.message)) {
    return new AppError('SERVICE_UNAVAILABLE', 'De server is even te druk: probeer het over een seconde opnieuw.', { retryAfter: BUSY_RETRY_AFTER });
  }
  if (e.code === '57014' || e.driverError?.code === '57014') {
    return new AppError('QUERY_TIMEOUT', "De query duurde te lang en werd gestopt: vraag minder velden of kleinere pagina's (first).");
  }
  return null;
}

/** A REST route's JSON error answer: `{ error: { code, message, ...extensions } }`, with the code's status. */
export function restError(error: AppError): { status: number; body: { error: Record<string, unknown> } } {
  const { code: _code, http: _http, ...extensions } = error.extensions as Record<string, unknown>;
  return { status: HTTP_STATUS[error.code] ?? 400, body: { error: { code: error.code, message: error.message, ...extensions } } };
}
