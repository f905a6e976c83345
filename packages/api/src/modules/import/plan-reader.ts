// Reading uploaded plan files off the request path: each file is read in a worker thread of its
// own, with a heap of its own (resourceLimits: a file that needs more stops that worker, never the
// API process) and a time limit (the worker is terminated). At most `maxConcurrent` workers at
// once per instance; more uploads wait their turn for up to the time limit, then get
// RATE_LIMITED. A client that leaves stops its worker.
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../common/app-error';
import type { PreviewRequest } from './plan-preview';
import type { PreviewReply } from './plan-preview.worker';

export interface PlanReaderOptions {
  timeoutMs: number;
  heapMb: number;
  maxConcurrent: number;
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10}`.replace('.', ',');

function tooHeavy(limitName: string, limit: number, why: string): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', `Dit bestand is te groot of te ingewikkeld om te lezen (${why}). Splits het plan in kleinere bestanden of laat afbeeldingen en opmaak weg.`, {
    field: 'file',
    limit,
    limitName,
  });
}

function startWorker(request: PreviewRequest, heapMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: Math.min(32, Math.max(4, Math.round(heapMb / 8))), stackSizeMb: 4 };
  const built = path.join(__dirname, 'plan-preview.worker.js');
  if (fs.existsSync(built)) return new Worker(built, { workerData: request, resourceLimits });
  // Run from the TypeScript sources (the tests): the worker compiles them with swc, as jest does.
  const source = path.join(__dirname, 'plan-preview.worker.ts');
  const swc = require.resolve('@swc/core');
  const swcrc = path.resolve(__dirname, '../../../.swcrc');
  const code = `
    const fs = require('node:fs');
    const { transformSync } = require(${JSON.stringify(swc)});
    const options = JSON.parse(fs.readFileSync(${JSON.stringify(swcrc)}, 'utf8'));
    require.extensions['.ts'] = (module, filename) => {
      module._compile(transformSync(fs.readFileSync(filename, 'utf8'), { ...options, filename, swcrc: false }).code, filename);
    };
    require(${JSON.stringify(source)});`;
  return new Worker(code, { eval: true, workerData: request, resourceLimits });
}

export class PlanReader {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly options: PlanReaderOptions) {}

  /** The preview JSON of a plan file, read in a worker; an AppError for a file that is refused. */
  async preview(request: PreviewRequest, signal: AbortSignal): Promise<string> {
    await this.turn(signal);
    try {
      return await this.runWorker(request, signal);
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }

  private async turn(signal: AbortSignal): Promise<void> {
    if (this.running < this.options.maxConcurrent) {
      this.running++;
      return;
    }
    await new Promise<void>((resolve, reject) => {
      const go = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', leave);
        this.running++;
        resolve();
      };
      const drop = () => {
        const i = this.waiting.indexOf(go);
        if (i >= 0) this.waiting.splice(i, 1);
      };
      const leave = () => {
        clearTimeout(timer);
        drop();
        reject(new AppError('BAD_REQUEST', 'De aanvraag werd afgebroken.'));
      };
      const timer = setTimeout(() => {
        drop();
        signal.removeEventListener('abort', leave);
        reject(new AppError('RATE_LIMITED', 'Er worden nu te veel plannen tegelijk gelezen. Probeer het over een minuut opnieuw.', { retryAfterSeconds: 60 }));
      }, this.options.timeoutMs);
      signal.addEventListener('abort', leave, { once: true });
      this.waiting.push(go);
    });
  }

  private runWorker(request: PreviewRequest, signal: AbortSignal): Promise<string> {
    const { timeoutMs, heapMb } = this.options;
    return new Promise<string>((resolve, reject) => {
      const worker = startWorker(request, heapMb);
      let settled = false;
      // The answer is given only once the worker has exited: the turn is handed to the next upload
      // after this worker's heap is gone, so at most `maxConcurrent` heaps exist at any moment.
      const finish = (fn: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal.removeEventListener('abort', abort);
        worker.terminate().then(fn, fn);
      };
      const timer = setTimeout(() => finish(() => reject(tooHeavy('IMPORT_TIMEOUT_MS', timeoutMs, `het duurde langer dan ${seconds(timeoutMs)} seconden`))), timeoutMs);
      const abort = () => finish(() => reject(new AppError('BAD_REQUEST', 'De aanvraag werd afgebroken.')));
      signal.addEventListener('abort', abort, { once: true });
      worker.once('message', (reply: PreviewReply) =>
        finish(() => {
          if (reply.ok) resolve(reply.json);
          else if ('bug' in reply) reject(new Error(`plan preview worker: ${reply.bug}`));
          else reject(new AppError(reply.code, reply.message, reply.extensions));
        }),
      );
      worker.once('error', (error: Error & { code?: string }) =>
        finish(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooHeavy('IMPORT_WORKER_HEAP_MB', heapMb, `het had meer dan ${heapMb} MB geheugen nodig`) : error)),
      );
      worker.once('exit', (exitCode) => finish(() => reject(new Error(`plan preview worker exited with code ${exitCode} without an answer`))));
    });
  }
}
