// The visit writer thread (see visit-writer.ts): one SQLite connection of its own, one
// batch at a time, each in its own transaction.
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../../db/database.js';
import { writeVisitBatch, type PendingVisit } from './views.queries.js';

const port = parentPort;
if (!port) throw new Error('visit-writer.worker runs as a worker thread');
const handle = openDatabase({ kind: 'sqlite', path: (workerData as { path: string }).path });

port.on('message', (message: { id: number; batch?: PendingVisit[]; close?: true }) => {
  if (message.close) {
    void handle.close().finally(() => port.postMessage({ id: message.id, written: [] }));
    return;
  }
  writeVisitBatch(handle.db, message.batch ?? []).then(
    (written) => port.postMessage({ id: message.id, written }),
    (err: unknown) => port.postMessage({ id: message.id, error: err instanceof Error ? err.message : String(err) }),
  );
});
