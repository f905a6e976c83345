// Where a GraphQL request reads (db/reader.ts): a query from the replica when one is configured
// and it has caught up with the caller's own writes; a mutation, and everything in it, from the
// primary. After a mutation the client is given the primary's WAL position, as an HttpOnly cookie
// (browsers send it back by themselves) and in the `X-Wal-Position` response header (token
// clients send it back in the same request header); a later query reads from the replica only
// once the replica has replayed that far. Without a replica this plugin does nothing.
import type { ApolloServerPlugin } from '@apollo/server';
import type { Request } from 'express';
import { config } from '../config';
import { hasReplica, primaryWalPosition, routeReads, walPositionValue } from '../db/reader';
import type { RequestContext } from './context';

export const WAL_POSITION_HEADER = 'X-Wal-Position';
export const WAL_POSITION_COOKIE = 'kp_wal';
/** After an hour any replica that still serves has long caught up (or reads go to the primary anyway). */
const COOKIE_MAX_AGE_MS = 3_600_000;

/** The later of the positions the client sent (cookie, header); null when none or malformed. */
export function walPositionOf(req: Request | undefined): string | null {
  if (!req) return null;
  const fromCookie = /(?:^|;\s*)kp_wal=([0-9A-Fa-f]{1,8}(?:\/|%2F)[0-9A-Fa-f]{1,8})/.exec(req.headers.cookie ?? '')?.[1]?.replace('%2F', '/') ?? null;
  const fromHeader = req.get(WAL_POSITION_HEADER) ?? null;
  const positions = [fromCookie, fromHeader].filter((p) => walPositionValue(p) !== null) as string[];
  if (!positions.length) return null;
  return positions.reduce((a, b) => (walPositionValue(b)! > walPositionValue(a)! ? b : a));
}

export const readRoutingPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart({ contextValue }) {
    if (!hasReplica(contextValue.db)) return;
    return {
      async didResolveOperation({ operation, contextValue: { db, req } }) {
        if (operation?.operation === 'query') await routeReads(db, walPositionOf(req));
      },
      async willSendResponse({ operation, contextValue: { db, req, res } }) {
        if (operation?.operation !== 'mutation' || !res || res.headersSent) return;
        // Every write of the mutation has committed by now: this position covers them.
        const position = await primaryWalPosition(db).catch(() => null);
        if (!position) return;
        res.setHeader(WAL_POSITION_HEADER, position);
        res.cookie(WAL_POSITION_COOKIE, position, {
          httpOnly: true,
          sameSite: 'lax',
          secure: config.cookieSecure || (req?.secure ?? false),
          path: '/graphql',
          maxAge: COOKIE_MAX_AGE_MS,
        });
      },
    };
  },
};
