import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Worker } from 'node:worker_threads';
import { ConvertPool } from '../../../../src/domain/imports/wordpress/wp-import.pool.js';

// A conversion thread that dies must not leave jobs waiting for it for ever: the pool stops
// sending it work, and the next posts are converted by the threads left or in this thread.

test('a conversion thread that exits takes no more jobs; conversion goes on', async () => {
  const pool = new ConvertPool(1);
  try {
    const workers = (pool as unknown as { workers: Worker[] }).workers; // private: the test kills the thread itself
    assert.equal(workers.length, 1);
    const first = await pool.convert('<p>Before the thread died.</p>', { siteUrl: 'https://old.example' });
    assert.match(first.rendered.html, /Before the thread died/);
    const exited = new Promise((resolve) => workers[0]!.once('exit', resolve));
    await workers[0]!.terminate();
    await exited;
    assert.equal(workers.length, 0);
    const after = await pool.convert('<p>After it died.</p>', { siteUrl: 'https://old.example' });
    assert.match(after.rendered.html, /After it died/);
  } finally {
    await pool.close();
  }
});
