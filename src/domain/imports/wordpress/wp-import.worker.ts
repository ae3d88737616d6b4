// A conversion thread of the WordPress import (see wp-import.pool.ts): WordPress HTML to
// Masthead Markdown, then the Markdown rendered, both pure and CPU-bound, so the main
// thread can write to the database meanwhile.
import { parentPort } from 'node:worker_threads';
import { renderMarkdown } from '../../articles/content/markdown.js';
import { convertWpContent } from './wp-content.js';
import { convertOptions, type ConvertJob, type ConvertReply } from './wp-import.pool.js';

const port = parentPort;
if (!port) throw new Error('wp-import.worker runs as a worker thread');

port.on('message', (job: ConvertJob) => {
  let reply: ConvertReply;
  try {
    const converted = convertWpContent(job.html, convertOptions(job));
    reply = { id: job.id, converted, rendered: renderMarkdown(converted.markdown) };
  } catch (err) {
    reply = { id: job.id, error: err instanceof Error ? err.message : String(err) };
  }
  port.postMessage(reply);
});
