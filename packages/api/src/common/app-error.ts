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
