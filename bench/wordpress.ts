// `npm run bench -- --only wordpress [--articles N]`: the WordPress import of the generated
// export (test/fixtures/wxr/generate.ts, 10,000 posts by default) into a fresh SQLite file,
// in a child process of its own so its peak memory is the import's alone.
// Targets (issue 10): under 60 s and under 400 MB peak RSS on a 2-core machine.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface WordpressBenchResult {
  posts: number;
  seconds: number;
  maxRssMb: number;
  cpuSeconds: number;
  counts: Record<string, number>;
  warnings: number;
}

const self = fileURLToPath(import.meta.url);
const root = join(self, '..', '..');

/** Runs the import in a child process and returns what it measured. */
export function wordpressImportBench(posts: number, threads?: number): WordpressBenchResult {
  const dir = mkdtempSync(join(tmpdir(), 'masthead-wp-bench-'));
  try {
    const r = spawnSync(process.execPath, ['--import', 'tsx', self, '--child', String(posts), join(dir, 'site.sqlite'), String(threads ?? '')], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
    if (r.status !== 0) throw new Error(`the WordPress import bench failed:\n${r.stdout}${r.stderr}`);
    const line = r.stdout.trim().split('\n').at(-1) ?? '';
    return JSON.parse(line) as WordpressBenchResult;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function child(posts: number, path: string, threads: string): Promise<void> {
  const { migrateToLatest, openDatabase } = await import('../src/db/database.js');
  const { domainContext } = await import('../src/runtime.js');
  const { readWxr } = await import('../src/domain/imports/wordpress/wxr-reader.js');
  const { importWordpress } = await import('../src/domain/imports/wordpress/wp-import.service.js');
  const { generateWxr } = await import('../test/fixtures/wxr/generate.js');
  const handle = openDatabase({ kind: 'sqlite', path });
  await migrateToLatest(handle);
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const summary = await importWordpress(domainContext(handle), () => readWxr(generateWxr(posts)), threads ? { threads: Number(threads) } : {});
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const used = process.cpuUsage(cpu);
  await handle.close();
  const result: WordpressBenchResult = {
    posts,
    seconds: Math.round(seconds * 10) / 10,
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    cpuSeconds: Math.round((used.user + used.system) / 1e5) / 10,
    counts: summary.counts,
    warnings: summary.warnings.length,
  };
  console.log(JSON.stringify(result));
}

if (process.argv[2] === '--child') {
  await child(Number(process.argv[3]), process.argv[4] as string, process.argv[5] ?? '');
}
