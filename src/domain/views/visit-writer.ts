import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Executor } from '../../db/database.js';
import { writeVisitBatch, type PendingVisit, type WrittenVisits } from './views.queries.js';

/** Where a batch of counted visits goes: the database, in this thread or another. */
export interface VisitWriter {
  write(batch: PendingVisit[]): Promise<WrittenVisits>;
  close(): Promise<void>;
}

export function databaseWriter(db: Executor): VisitWriter {
  return { write: (batch) => writeVisitBatch(db, batch), close: async () => undefined };
}

/** The worker's entry: built next to the bundle, or the source file when run from src/. */
function workerFile(): URL | undefined {
  for (const name of ['./visit-writer.worker.js', './visit-writer.worker.ts']) {
    const url = new URL(name, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}

/**
 * The thread holds one batch at a time (a few megabytes): small heap limits keep its memory
 * small. Should a batch ever outgrow them, the thread dies and the fallback takes over.
 */
const LIMITS = { maxYoungGenerationSizeMb: 2, maxOldGenerationSizeMb: 48 };

/**
 * From the sources (development, tests) the thread registers the TypeScript loader first:
 * on Node 20 a worker does not inherit the one `--import tsx` installed in the main thread.
 */
function sourceWorker(file: URL, path: string): Worker {
  // The package's ESM entry, found through its CommonJS one (which sits beside it).
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(file.href)}); });`;
  return new Worker(boot, { eval: true, workerData: { path }, resourceLimits: LIMITS });
}

interface Reply {
  id: number;
  written?: WrittenVisits;
  error?: string;
}

/**
 * Writes batches from a worker thread with its own connection to the SQLite file. A busy
 * second is thousands of rows at random places in the visitor key, tens of milliseconds
 * of synchronous work that would otherwise stall every request on the event loop. If the
 * worker cannot start or dies, batches go through `fallback` (this thread) instead; a
 * batch whose answer was lost may be written again, and the database's key refuses the
 * visits it already holds, so nothing is counted twice.
 */
export function sqliteWorkerWriter(path: string, fallback: VisitWriter): VisitWriter {
  const file = workerFile();
  if (!file) return fallback;
  let worker: Worker | undefined;
  try {
    worker = file.pathname.endsWith('.ts') ? sourceWorker(file, path) : new Worker(file, { workerData: { path }, resourceLimits: LIMITS });
  } catch {
    return fallback;
  }
  const waiting = new Map<number, { resolve(w: WrittenVisits): void; reject(e: Error): void }>();
  let nextId = 0;
  let broken: Error | undefined;
  const fail = (err: Error) => {
    broken ??= err;
    for (const w of waiting.values()) w.reject(err);
    waiting.clear();
  };
  worker.on('message', (reply: Reply) => {
    const w = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (waiting.size === 0) worker.unref();
    if (reply.error !== undefined) w?.reject(new Error(reply.error));
    else w?.resolve(reply.written ?? []);
  });
  worker.on('error', fail);
  worker.on('exit', () => fail(new Error('the visit writer thread exited')));
  // Idle, the thread must not keep the process alive; with a batch out, it must (a pending
  // promise alone does not, and the last batch is written while the process shuts down).
  worker.unref();

  const ask = (message: { id: number; batch?: PendingVisit[]; close?: true }) =>
    new Promise<WrittenVisits>((resolve, reject) => {
      waiting.set(message.id, { resolve, reject });
      worker.ref();
      worker.postMessage(message);
    });

  return {
    write(batch) {
      if (broken) return fallback.write(batch);
      return ask({ id: ++nextId, batch });
    },
    async close() {
      if (!broken) await ask({ id: ++nextId, close: true }).catch(() => undefined);
      await worker.terminate();
    },
  };
}
