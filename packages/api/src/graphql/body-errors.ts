// Errors of the body parser in front of Apollo (too large, not JSON) answered as GraphQL errors
// in JSON. Without this, Express answers with an HTML page that, outside production, holds a
// stack trace.
import type { ErrorRequestHandler } from 'express';

interface BodyParserError {
  status?: number;
  type?: string;
  limit?: number;
}

export function bodyErrorHandler(): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) return next(error);
    const { status, type, limit } = (error ?? {}) as BodyParserError;
    const reply = (httpStatus: number, message: string, extensions: Record<string, unknown>) => {
      res
        .status(httpStatus)
        .type('application/json')
        .send(JSON.stringify({ errors: [{ message, extensions }] }));
    };
    if (type === 'entity.too.large') {
      return reply(413, `Het verzoek is te groot: hoogstens ${limit} bytes.`, { code: 'PAYLOAD_TOO_LARGE', limit });
    }
    if (type === 'entity.parse.failed') {
      return reply(400, 'Het verzoek is geen geldige JSON.', { code: 'BAD_REQUEST' });
    }
    if (typeof status === 'number' && status >= 400 && status < 500) {
      // Unsupported charset or encoding, aborted upload, ...: the client's mistake, said plainly.
      return reply(status, 'Het verzoek kan niet gelezen worden.', { code: 'BAD_REQUEST' });
    }
    console.error('[graphql] unexpected error before GraphQL', error);
    return reply(500, 'Er ging iets mis op de server. Probeer het later opnieuw.', { code: 'INTERNAL_SERVER_ERROR' });
  };
}
