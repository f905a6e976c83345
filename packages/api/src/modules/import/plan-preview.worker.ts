// The worker thread that reads one uploaded plan file (see plan-reader.ts): it gets the request
// as workerData, answers once and ends. An AppError crosses back as its code, message and
// extensions; anything else as a bug.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../common/app-error';
import { previewPlanFile, type PreviewRequest } from './plan-preview';

export type PreviewReply = { ok: true; json: string } | { ok: false; code: AppError['code']; message: string; extensions: Record<string, unknown> } | { ok: false; bug: string };

async function main(): Promise<void> {
  let reply: PreviewReply;
  try {
    reply = { ok: true, json: await previewPlanFile(workerData as PreviewRequest) };
  } catch (error) {
    if (error instanceof AppError) {
      const { code: _code, ...extensions } = error.extensions as Record<string, unknown>;
      reply = { ok: false, code: error.code, message: error.message, extensions };
    } else {
      reply = { ok: false, bug: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
  }
  parentPort!.postMessage(reply);
}

void main();
