import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { renderMarkdown, type RenderedMarkdown } from '../../articles/content/markdown.js';
import { convertWpContent } from './wp-content.js';
import type { WpContentResult } from './wxr.types.js';

// Converting and rendering a post's body is most of an import's CPU time (a few
// milliseconds each): a small pool of threads does it while the main thread writes,
// results handed back in the order asked. With no threads (or when one cannot start)
// the same functions run in this thread: same output, only slower.

export interface ConvertJob {
  id: number;
  html: string;
  siteUrl: string;
  footnotesMeta?: string;
}

export type ConvertReply = { id: number; converted: WpContentResult; rendered: RenderedMarkdown } | { id: number; error: string };

export interface Converted {
  converted: WpContentResult;
  /** the converted Markdown rendered, before any image URL is rewritten */
  rendered: RenderedMarkdown;
}

function workerFile(): URL | undefined {
  for (const name of ['./wp-import.worker.js', './wp-import.worker.ts']) {
    const url = new URL(name, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}

/** From the sources the thread registers the TypeScript loader first (Node 20 workers do not inherit it). */
function startWorker(file: URL): Worker {
  if (!file.pathname.endsWith('.ts')) return new Worker(file);
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(file.href)}); });`;
  return new Worker(boot, { eval: true });
}

export class ConvertPool {
  private readonly workers: Worker[] = [];
  private readonly waiting = new Map<number, { resolve: (c: Converted) => void; reject: (e: Error) => void }>();
  private next = 0;

  constructor(threads = Math.min(2, Math.max(1, availableParallelism()))) {
    const file = threads > 0 ? workerFile() : undefined;
    if (!file) return;
    for (let i = 0; i < threads; i++) {
      try {
        const w = startWorker(file);
        w.on('message', (reply: ConvertReply) => this.settle(reply));
        // A thread that fails or exits takes no more jobs (they would wait for ever); the jobs
        // out fail, and the next ones go to the threads left, or run in this thread.
        w.on('error', (err) => this.lose(w, err));
        w.on('exit', () => this.lose(w, new Error('a conversion thread exited')));
        this.workers.push(w);
      } catch {
        break;
      }
    }
  }

  private settle(reply: ConvertReply): void {
    const job = this.waiting.get(reply.id);
    if (!job) return;
    this.waiting.delete(reply.id);
    if ('error' in reply) job.reject(new Error(`converting a post failed: ${reply.error}`));
    else job.resolve({ converted: reply.converted, rendered: reply.rendered });
  }

  private lose(worker: Worker, err: Error): void {
    const at = this.workers.indexOf(worker);
    if (at === -1) return;
    this.workers.splice(at, 1);
    this.failAll(err);
  }

  private failAll(err: Error): void {
    for (const job of this.waiting.values()) job.reject(err);
    this.waiting.clear();
  }

  convert(html: string, siteUrl: string, footnotesMeta: string | undefined): Promise<Converted> {
    const worker = this.workers[this.next % Math.max(this.workers.length, 1)];
    const id = this.next++;
    if (!worker) {
      const converted = convertWpContent(html, { siteUrl, ...(footnotesMeta !== undefined ? { footnotesMeta } : {}) });
      return Promise.resolve({ converted, rendered: renderMarkdown(converted.markdown) });
    }
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      const job: ConvertJob = { id, html, siteUrl, ...(footnotesMeta !== undefined ? { footnotesMeta } : {}) };
      worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    // Out of the list first, so their 'exit' is not taken for a failure.
    const workers = this.workers.splice(0);
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
