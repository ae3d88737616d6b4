import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { renderMarkdown, type RenderedMarkdown } from '../../articles/content/markdown.js';
import { convertWpContent, type ConvertWpOptions } from './wp-content.js';
import type { GalleryImage } from './wp-gallery.js';
import type { WpContentResult } from './wxr.types.js';

// Converting and rendering a post's body is most of an import's CPU time (a few
// milliseconds each): a small pool of threads does it while the main thread writes,
// results handed back in the order asked. With no threads (or when one cannot start)
// the same functions run in this thread: same output, only slower.

export interface ConvertJob extends ConvertInput {
  id: number;
  html: string;
}

/** What one body's conversion needs besides its HTML (small: a gallery's few attachments at most). */
export interface ConvertInput {
  siteUrl: string;
  footnotesMeta?: string;
  /** the attachments this body's [gallery] shortcodes name (see wp-gallery.ts) */
  attachments?: Array<[number, GalleryImage]>;
  childAttachmentIds?: number[];
}

/** The converter's options for one job (maps rebuilt on the thread's side of the message). */
export function convertOptions(input: ConvertInput): ConvertWpOptions {
  return {
    siteUrl: input.siteUrl,
    ...(input.footnotesMeta !== undefined ? { footnotesMeta: input.footnotesMeta } : {}),
    ...(input.attachments ? { attachments: new Map(input.attachments) } : {}),
    ...(input.childAttachmentIds ? { childAttachmentIds: input.childAttachmentIds } : {}),
  };
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

  convert(html: string, input: ConvertInput): Promise<Converted> {
    const worker = this.workers[this.next % Math.max(this.workers.length, 1)];
    const id = this.next++;
    if (!worker) {
      const converted = convertWpContent(html, convertOptions(input));
      return Promise.resolve({ converted, rendered: renderMarkdown(converted.markdown) });
    }
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      const job: ConvertJob = { ...input, id, html };
      worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    // Out of the list first, so their 'exit' is not taken for a failure.
    const workers = this.workers.splice(0);
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
