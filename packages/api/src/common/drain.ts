// Stopping an instance without failing a request (a rolling restart behind nginx).
//
// On drain the listening socket closes at once: nginx's new connections are refused, and a
// refused connection is retried on the other instance whatever the method. Requests in flight
// finish. Connections nginx keeps open (keepalive) are not cut while idle — nginx may be writing a
// request into one at that very moment, and a POST that was sent is not retried — but every request
// still arriving on them is answered, with `Connection: close`, so nginx stops using them. Only
// after the in-flight requests are done and the linger has passed are the last idle ones closed.
import type http from 'node:http';
import net from 'node:net';
import type { RequestHandler } from 'express';

export interface DrainOptions {
  /** The longest wait for requests in flight before their connections are cut. */
  graceMs: number;
  /** How long idle keepalive connections stay open for requests already on their way. */
  lingerMs: number;
}

export interface Drain {
  /** First middleware: counts requests in flight and says `Connection: close` once draining. */
  middleware: RequestHandler;
  close(options: DrainOptions): Promise<void>;
}

export function drainable(server: http.Server): Drain {
  let draining = false;
  let inFlight = 0;
  let settled: (() => void) | null = null;
  const sockets = new Set<net.Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => {
      sockets.delete(socket);
      if (draining && sockets.size === 0) settled?.();
    });
  });

  const middleware: RequestHandler = (_req, res, next) => {
    inFlight++;
    if (draining) res.setHeader('Connection', 'close');
    res.once('close', () => {
      inFlight--;
      if (draining && inFlight === 0) settled?.();
    });
    next();
  };

  const wait = (ms: number, done: () => boolean) =>
    new Promise<void>((resolve) => {
      if (done() || ms <= 0) return resolve();
      const timer = setTimeout(finish, ms);
      function finish() {
        clearTimeout(timer);
        settled = null;
        resolve();
      }
      settled = () => {
        if (done()) finish();
      };
    });

  return {
    middleware,
    async close({ graceMs, lingerMs }) {
      draining = true;
      // net.Server's close: stop listening without http.Server's closing of idle connections.
      const closed = new Promise<void>((resolve) => net.Server.prototype.close.call(server, () => resolve()));
      await wait(graceMs, () => inFlight === 0);
      await wait(lingerMs, () => sockets.size === 0);
      server.closeAllConnections();
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}
