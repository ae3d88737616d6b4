// A thin wrapper over the load generator — wrk when installed, else autocannon: a warm-up,
// then a measured run. Every request carries a browser User-Agent and its own
// X-Forwarded-For address, so article requests are real, counted visits (the app runs
// with TRUST_PROXY=1). Baselines get the very same requests, so the load generator does
// the same work against both.
import autocannon from 'autocannon';
import { runWrk, wrkPath } from './wrk.js';

const wrk = wrkPath();

/** Which load generator this run uses. */
export const loadTool: 'wrk' | 'autocannon' = wrk ? 'wrk' : 'autocannon';

export const BROWSER_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

let visitorCounter = 1;

/** A fresh client address each call: 10.x.y.z then 11.x.y.z …, unique for 16 million calls per octet. */
export function nextVisitorAddress(): string {
  const n = visitorCounter++;
  return `${10 + Math.floor(n / 16_777_216)}.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

export interface LoadOptions {
  url: string;
  /** paths to request in turn */
  paths: string[];
  durationS: number;
  warmupS: number;
  connections: number;
}

export interface LoadResult {
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  ok: number;
  non2xx: number;
  errors: number;
  bytesPerSec: number;
}

async function run(options: LoadOptions, durationS: number): Promise<LoadResult> {
  if (wrk) {
    const r = await runWrk(wrk, { url: options.url, paths: options.paths, connections: options.connections, durationS, userAgent: BROWSER_UA });
    const ok = r.requests - r.non2xx;
    const seconds = Math.max(0.001, r.seconds);
    return { requestsPerSec: ok / seconds, p50Ms: r.p50Ms, p99Ms: r.p99Ms, meanMs: r.meanMs, ok, non2xx: r.non2xx, errors: r.errors, bytesPerSec: r.bytesPerSec };
  }
  return toResult(await runAutocannon(options, durationS));
}

function runAutocannon(options: LoadOptions, durationS: number): Promise<autocannon.Result> {
  return autocannon({
    url: options.url,
    connections: options.connections,
    duration: durationS,
    headers: { 'user-agent': BROWSER_UA, accept: 'text/html' },
    requests: options.paths.map((path) => ({
      method: 'GET' as const,
      path,
      setupRequest: (request: autocannon.Request) => ({
        ...request,
        headers: { ...request.headers, 'x-forwarded-for': nextVisitorAddress() },
      }),
    })),
  });
}

function toResult(r: autocannon.Result): LoadResult {
  const seconds = Math.max(0.001, (r.finish.getTime() - r.start.getTime()) / 1000);
  return {
    requestsPerSec: r['2xx'] / seconds,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    meanMs: r.latency.mean,
    ok: r['2xx'],
    non2xx: r.non2xx,
    errors: r.errors,
    bytesPerSec: r.throughput.mean,
  };
}

/** Warm-up (discarded), then the measured run. */
export async function measureLoad(options: LoadOptions): Promise<LoadResult & { warmupOk: number }> {
  let warmupOk = 0;
  if (options.warmupS > 0) warmupOk = (await run(options, options.warmupS)).ok;
  return { ...(await run(options, options.durationS)), warmupOk };
}

/** A run that the caller interrupts (e.g. by stopping the server); all answers are kept. */
export async function loadUntil(options: LoadOptions, during: (elapsedMs: () => number) => Promise<void>): Promise<LoadResult> {
  const started = performance.now();
  const pending = run(options, options.durationS);
  await during(() => performance.now() - started);
  return pending;
}
