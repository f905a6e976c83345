// GraphQL answers compressed for browsers that take it, when the API is reached directly (the
// start command; behind nginx, deploy/nginx.conf compresses them and leaves these alone). A plan
// page's answer is 41 kB of JSON, 6 kB gzipped: on a phone on slow 4G that is ~0.2 s of the page's
// load (Lighthouse's LCP). Compressed off the event loop (zlib's thread pool), at a fast level.
import zlib from 'node:zlib';
import type { RequestHandler, Response } from 'express';
import { accepted } from './static-files';

/** Smaller answers gain less than the headers cost. */
const MIN_BYTES = 1024;

type Encoding = 'br' | 'gzip';

function compress(encoding: Encoding, body: Buffer, done: (error: Error | null, result: Buffer) => void): void {
  if (encoding === 'br') zlib.brotliCompress(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } }, done);
  else zlib.gzip(body, { level: 6 }, done);
}

/** Wraps `res.send` (what the Apollo integration answers with) to send a text body of 1 kB or more compressed. */
export function compressAnswers(): RequestHandler {
  return (req, res, next) => {
    res.vary('Accept-Encoding');
    const wanted = accepted(req.headers['accept-encoding']);
    const encoding: Encoding | null = wanted.has('br') ? 'br' : wanted.has('gzip') ? 'gzip' : null;
    if (!encoding || req.method === 'HEAD') return next();
    const send = res.send.bind(res) as (body: unknown) => Response;
    res.send = ((body: unknown) => {
      if (typeof body !== 'string' || Buffer.byteLength(body) < MIN_BYTES || res.getHeader('Content-Encoding')) return send(body);
      compress(encoding, Buffer.from(body), (error, compressed) => {
        if (error) return void send(body);
        res.setHeader('Content-Encoding', encoding);
        send(compressed);
      });
      return res;
    }) as Response['send'];
    next();
  };
}
