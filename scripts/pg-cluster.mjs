// A throwaway PostgreSQL cluster for the test suite and the benchmark:
// initdb in a temp dir, loopback only, trust auth, removed on stop.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function findBinary(name) {
  const found = spawnSync('sh', ['-c', `command -v ${name} || ls /usr/lib/postgresql/*/bin/${name} 2>/dev/null | sort -V | tail -1`], { encoding: 'utf8' });
  const path = found.stdout.trim().split('\n').pop();
  return path || null;
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export function postgresAvailable() {
  return Boolean(findBinary('initdb') && findBinary('pg_ctl'));
}

/**
 * Starts a cluster; returns { url, stop(), reused }. Runs the server as `postgres` when we
 * are root. With `dataDir` the cluster lives there and survives stop() (the benchmark keeps
 * its 100,000-article database between runs); otherwise it is a temp dir removed on stop.
 * With `port` it listens there (a restart of the same `dataDir` keeps its address).
 */
export async function startPgCluster(options = {}) {
  const initdb = findBinary('initdb');
  const pgCtl = findBinary('pg_ctl');
  if (!initdb || !pgCtl) throw new Error('PostgreSQL binaries (initdb, pg_ctl) not found');
  const persistent = Boolean(options.dataDir);
  const dir = persistent ? options.dataDir : mkdtempSync(join(tmpdir(), 'masthead-pg-'));
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o777);
  const reused = existsSync(join(dir, 'data', 'PG_VERSION'));
  const asRoot = process.getuid?.() === 0;
  const run = (bin, args) => {
    const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
    execFileSync(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
  };
  if (asRoot) execFileSync('chown', ['postgres:postgres', dir]);
  // A given port lets a test stop the server and start it again where its clients look.
  const port = options.port ?? (await freePort());
  if (!reused) run(initdb, ['-D', join(dir, 'data'), '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  run(pgCtl, ['-D', join(dir, 'data'), '-l', join(dir, 'log'), '-w', 'start', '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    reused,
    stop() {
      try {
        run(pgCtl, ['-D', join(dir, 'data'), '-m', persistent ? 'fast' : 'immediate', 'stop']);
      } finally {
        if (!persistent) rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
