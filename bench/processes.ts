// Child processes of the benchmark (the app, the baselines) and their cleanup: every
// child is registered, and all are killed when the run ends, fails or is interrupted.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const children = new Set<ChildProcess>();
const cleanups: Array<() => void> = [];
let hooked = false;

/** Registers a synchronous cleanup (temp dirs, the PostgreSQL cluster) run on exit and Ctrl-C. */
export function onCleanup(fn: () => void): void {
  cleanups.push(fn);
}

export function cleanupAll(): void {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  children.clear();
  for (const fn of cleanups.splice(0).reverse()) {
    try {
      fn();
    } catch {
      // best effort: the process is ending anyway
    }
  }
}

export function installCleanupHandlers(): void {
  if (hooked) return;
  hooked = true;
  process.on('exit', cleanupAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      console.error(`\nbench: ${signal}, cleaning up`);
      cleanupAll();
      process.exit(130);
    });
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export interface Child {
  process: ChildProcess;
  pid: number;
  url: string;
  /** output so far, for error messages */
  output(): string;
  /** resolves with the exit code (or the signal's name) */
  exited: Promise<number | string>;
  stop(signal?: NodeJS.Signals): Promise<number | string>;
  /** resident memory in MB, from /proc */
  rssMb(): number | null;
}

export function startChild(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; url: string; cwd?: string }): Child {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => {
      children.delete(child);
      resolve(code ?? signal ?? 'unknown');
    });
  });
  return {
    process: child,
    pid: child.pid ?? -1,
    url: options.url,
    output: () => output,
    exited,
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
    rssMb: () => rssMb(child.pid),
  };
}

export function rssMb(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Polls `url` until it answers 200; returns the milliseconds since `since`. */
export async function waitUntilReady(child: Child, path: string, since: number, timeoutMs = 60_000): Promise<number> {
  let done = false;
  void child.exited.then(() => {
    done = true;
  });
  while (performance.now() - since < timeoutMs) {
    if (done) throw new Error(`${child.url} exited before it was ready:\n${child.output()}`);
    try {
      const res = await fetch(child.url + path);
      await res.arrayBuffer();
      if (res.ok) return performance.now() - since;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`${child.url}${path} was not ready after ${timeoutMs} ms:\n${child.output()}`);
}

export interface AppProcess extends Child {
  startupMs: number;
}

/** Starts the built app (dist/main.js) on `databaseUrl` and waits for /healthz. */
export async function startApp(root: string, databaseUrl: string, extraEnv: Record<string, string> = {}): Promise<AppProcess> {
  const port = await freePort();
  const entry = join(root, 'dist', 'main.js');
  const args = existsSync(entry) ? [entry] : ['--import', 'tsx', join(root, 'src', 'main.ts')];
  const env = {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    MASTHEAD_DEMO: '0',
    TRUST_PROXY: '1',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    ...extraEnv,
  };
  const since = performance.now();
  const child = startChild(process.execPath, args, { env, url: `http://127.0.0.1:${port}`, cwd: root });
  const startupMs = await waitUntilReady(child, '/healthz', since);
  return { ...child, startupMs };
}
