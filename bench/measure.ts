// Measurements that do not need autocannon: cold renders over HTTP, search latency on
// the database through the search module, and the visit recorder driven directly.
import { request as httpRequest, Agent } from 'node:http';
import type { Db, Dialect } from '../src/db/database.js';
import { searchIndexFor } from '../src/domain/search/search-index.js';
import { VisitRecorder } from '../src/domain/views/visit-recorder.js';
import { systemClock } from '../src/shared/clock.js';
import { COLLOCATIONS, type Vocabulary } from './vocabulary.js';
import { BROWSER_UA, nextVisitorAddress } from './load.js';

export interface Distribution {
  count: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  meanMs: number;
  maxMs: number;
}

export function distribution(samples: number[]): Distribution {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
  const sum = sorted.reduce((s, v) => s + v, 0);
  return {
    count: sorted.length,
    p50Ms: at(0.5),
    p95Ms: at(0.95),
    p99Ms: at(0.99),
    meanMs: sorted.length ? sum / sorted.length : 0,
    maxMs: sorted.at(-1) ?? 0,
  };
}

const agent = new Agent({ keepAlive: true, maxSockets: 1 });

/** One GET as a distinct browser visitor; resolves with status, headers, body and milliseconds. */
export function timedGet(url: string): Promise<{ status: number; headers: Record<string, string>; body: Buffer; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = httpRequest(url, { agent, headers: { 'user-agent': BROWSER_UA, 'x-forwarded-for': nextVisitorAddress(), accept: 'text/html' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(res.headers)) if (value !== undefined) headers[name] = String(value);
        resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks), ms: performance.now() - started });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * Renders each path once, in turn, on a server that has not served it before: the cost
 * of a page the cache does not hold. Returns the timings and how many were 200.
 */
export async function coldRenders(baseUrl: string, paths: string[]): Promise<{ timings: Distribution; ok: number }> {
  const samples: number[] = [];
  let ok = 0;
  for (const path of paths) {
    const r = await timedGet(baseUrl + path);
    if (r.status === 200) ok++;
    samples.push(r.ms);
  }
  return { timings: distribution(samples), ok };
}

/**
 * About fifty queries a reader might type: single words from very common to rare, two
 * words, quoted phrases, a word being typed (prefix) and an exclusion.
 */
export function searchQueries(vocab: Vocabulary): string[] {
  const real = vocab.words.slice(0, vocab.realCount);
  const topical = real.filter((w) => w.length >= 5);
  const singles = [0, 2, 5, 10, 20, 40, 80, 150, 250, 400].map((i) => topical[Math.min(i, topical.length - 1)]!);
  const tail = [700, 1500, 3000, 6000, 12_000, 24_000].map((i) => vocab.words[Math.min(i, vocab.words.length - 1)]!);
  const twoWords = [
    `${topical[3]} ${topical[30]}`, `${topical[12]} ${topical[90]}`, `${topical[60]} ${topical[200]}`,
    `${topical[1]} ${vocab.words[2000]}`, 'climate policy', 'trade tariffs', 'housing prices', 'energy security',
    'migration border', 'election reform',
  ];
  const phrases = COLLOCATIONS.slice(0, 10).map((c) => `"${c}"`);
  // Four letters or more: shorter input is searched as a whole word, not as a prefix.
  const prefixes = ['gove', 'migr', 'elect', 'regul', 'infra', 'sanct', 'democ', 'clim'];
  const mixed = ['climate -coal', 'trade -tariffs', '"public health" vaccine', 'water drought floods', 'court constitution reform', 'economic growth inflation'];
  return [...singles, ...tail, ...twoWords, ...phrases, ...prefixes, ...mixed];
}

/** Runs every query `rounds` times (after one unmeasured round) through the search module. */
export async function searchLatency(
  db: Db,
  dialect: Dialect,
  queries: string[],
  rounds = 3,
): Promise<{ timings: Distribution; perQuery: Array<{ q: string; total: number; medianMs: number }> }> {
  const index = searchIndexFor(dialect);
  for (const q of queries) await index.search(db, q, { limit: 10, offset: 0 });
  const samples: number[] = [];
  const perQuery: Array<{ q: string; total: number; medianMs: number }> = [];
  for (const q of queries) {
    const mine: number[] = [];
    let total = 0;
    for (let i = 0; i < rounds; i++) {
      const started = performance.now();
      const result = await index.search(db, q, { limit: 10, offset: 0 });
      mine.push(performance.now() - started);
      total = result.total;
    }
    samples.push(...mine);
    perQuery.push({ q, total, medianMs: distribution(mine).p50Ms });
  }
  return { timings: distribution(samples), perQuery };
}

export interface VisitThroughput {
  counted: number;
  seconds: number;
  perSecond: number;
  stored: number;
  lost: number;
}

async function storedVisits(db: Db): Promise<number> {
  const row = await db.selectFrom('visit_days').select((eb) => eb.fn.sum<number>('count').as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/**
 * Drives the VisitRecorder as the article route does (record, which also reads the
 * totals the page shows) with unique visitors over many articles for `seconds`, then
 * stops it as a graceful shutdown does and counts what reached the database.
 */
export async function visitRecorderThroughput(db: Db, articleIds: number[], seconds: number, concurrency = 16): Promise<VisitThroughput> {
  const before = await storedVisits(db);
  const recorder = new VisitRecorder(db, systemClock);
  recorder.start();
  let counted = 0;
  let i = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const articleId = articleIds[i++ % articleIds.length]!;
      const r = await recorder.record({ articleId, clientAddress: nextVisitorAddress(), method: 'GET', userAgent: BROWSER_UA, purpose: undefined });
      if (r.counted) counted++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  await recorder.stop();
  const elapsed = (performance.now() - started) / 1000;
  const stored = (await storedVisits(db)) - before;
  return { counted, seconds: elapsed, perSecond: counted / elapsed, stored, lost: Math.max(0, counted - stored) };
}

export { storedVisits };
