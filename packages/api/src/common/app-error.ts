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
  | 'BAD_REQUEST';

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
};

/** A REST route's JSON error answer: `{ error: { code, message, ...extensions } }`, with the code's status. */
export function restError(error: AppError): { status: number; body: { error: Record<string, unknown> } } {
  const { code: _code, http: _http, ...extensions } = error.extensions as Record<string, unknown>;
  return { status: HTTP_STATUS[error.code] ?? 400, body: { error: { code: error.code, message: error.message, ...extensions } } };
}
