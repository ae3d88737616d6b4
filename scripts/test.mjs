// `npm test`: type-check, XSS scan, then every test file under test/ with node:test,
// against SQLite and a throwaway PostgreSQL cluster. On Node 20 `node --test` needs an
// explicit file list (it silently finds nothing otherwise), so we collect it here.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { postgresAvailable, startPgCluster } from './pg-cluster.mjs';

const ci = process.env.CI === 'true' || process.env.CI === '1';
const root = new URL('..', import.meta.url).pathname;
const only = process.argv.slice(2);

function collect(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'fixtures' ? [] : collect(path);
    return /\.test\.tsx?$/.test(name) ? [relative(root, path)] : [];
  });
}

function step(label, cmd, args) {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`✖ ${label} failed`);
    process.exit(r.status ?? 1);
  }
}

const started = Date.now();
if (only.length === 0) {
  step('type check (tsc --noEmit)', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
  step('XSS scan (xss-scan)', 'npx', ['xss-scan']);
}

const env = { ...process.env, NODE_ENV: 'test' };
let cluster = null;
if (postgresAvailable()) {
  cluster = await startPgCluster();
  env.MASTHEAD_TEST_PG_URL = cluster.url;
  console.log(`\n▶ PostgreSQL test cluster at ${cluster.url}`);
} else if (ci) {
  console.error('✖ CI=true but PostgreSQL (initdb/pg_ctl) is not installed: .ci/run must install it');
  process.exit(1);
} else {
  console.log('\n⚠ NOTICE: initdb not found — PostgreSQL integration tests are SKIPPED (install postgresql to run them)');
}
if (!existsSync('/usr/bin/chromium')) {
  if (ci) {
    console.error('✖ CI=true but /usr/bin/chromium is missing: .ci/run must install it');
    cluster?.stop();
    process.exit(1);
  }
  console.log('⚠ NOTICE: /usr/bin/chromium not found — browser tests are SKIPPED (apt-get install chromium)');
} else {
  env.MASTHEAD_TEST_CHROMIUM = '/usr/bin/chromium';
}

const files = only.length > 0 ? only : collect(join(root, 'test')).sort();
// A file named *.alone.test.ts (the whole-road browser test) runs after the rest, by itself:
// it drives three browsers for minutes, and sharing two cores with another test file made
// its waits intermittent.
const alone = files.filter((f) => /\.alone\./.test(f));
const together = files.filter((f) => !alone.includes(f));
console.log(`\n▶ ${files.length} test files${alone.length ? ` (${alone.length} run alone at the end)` : ''}`);

function runFiles(list, concurrency) {
  if (list.length === 0) return Promise.resolve(0);
  const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', `--test-concurrency=${concurrency}`, ...list], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  return new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
}

const first = await runFiles(together, 2);
const second = await runFiles(alone, 1);
const code = first || second;
cluster?.stop();
console.log(`\nSuite finished in ${((Date.now() - started) / 1000).toFixed(1)} s (exit ${code})`);
process.exit(code);
