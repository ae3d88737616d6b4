import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test, type TestContext } from 'node:test';
import { runExport } from '../../src/cli/export.command.js';
import { runRestore } from '../../src/cli/restore.command.js';
import { loadConfig } from '../../src/config.js';
import { migrateToLatest, openDatabase } from '../../src/db/database.js';
import { domainContext } from '../../src/runtime.js';
import { createTestDatabase, testDialects, type TestDatabase } from '../helpers/db.js';
import { makeArticle } from '../helpers/factories.js';
import { truncateFile } from '../domain/backup/backup-helpers.js';

// The commands as a site owner runs them: a summary line on success, one line and exit
// code 1 on a refusal. Run in-process (the commands are plain functions of a config).

let dir = '';
let archive = '';

function configFor(databaseUrl: string, media = 'media') {
  return loadConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', MASTHEAD_DEMO: '0', MEDIA_DIR: join(dir, media) });
}

/** Runs a command, returning what it printed and the exit code it set (then clears it). */
async function capture(t: TestContext, run: () => Promise<void>): Promise<{ out: string[]; err: string[]; code: number | undefined }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = t.mock.method(console, 'log', (line: string) => void out.push(line));
  const error = t.mock.method(console, 'error', (line: string) => void err.push(line));
  try {
    await run();
  } finally {
    log.mock.restore();
    error.mock.restore();
  }
  const code = process.exitCode === undefined ? undefined : Number(process.exitCode);
  process.exitCode = undefined;
  return { out, err, code };
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'masthead-export-cli-'));
  const handle = openDatabase({ kind: 'sqlite', path: join(dir, 'source.sqlite') });
  await migrateToLatest(handle);
  for (let i = 0; i < 3; i++) await makeArticle(domainContext(handle));
  await handle.close();
  archive = join(dir, 'site.tar.gz');
});

after(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('masthead export FILE prints tables, rows and bytes, and leaves no partial file', async (t) => {
  const r = await capture(t, () => runExport(configFor(`sqlite:${join(dir, 'source.sqlite')}`), [archive]));
  assert.equal(r.code, undefined, r.err.join('\n'));
  assert.equal(r.out.length, 1);
  assert.match(r.out[0]!, /^exported \d+ tables, \d+ rows and 0 media files to .*site\.tar\.gz \([\d.]+ KB\) in \d+ ms$/);
  assert.ok(existsSync(archive));
  assert.deepEqual((await readdir(dir)).filter((f) => f.endsWith('.partial')), []);
});

test('masthead export - writes the archive to standard output and the summary to standard error', async () => {
  const script = join(dir, 'export-stdout.mts');
  await writeFile(
    script,
    `import { runExport } from ${JSON.stringify(join(process.cwd(), 'src/cli/export.command.ts'))};
import { loadConfig } from ${JSON.stringify(join(process.cwd(), 'src/config.ts'))};
await runExport(loadConfig({ DATABASE_URL: ${JSON.stringify(`sqlite:${join(dir, 'source.sqlite')}`)}, LOG_LEVEL: 'silent', MEDIA_DIR: ${JSON.stringify(join(dir, 'media'))} }), ['-']);\n`,
  );
  const r = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: process.cwd(), timeout: 60_000 });
  assert.equal(r.status, 0, r.stderr.toString());
  assert.equal(r.stdout[0], 0x1f); // gzip magic
  assert.equal(r.stdout[1], 0x8b);
  assert.match(r.stderr.toString(), /exported \d+ tables, \d+ rows and 0 media files to standard output/);
});

test('bad arguments and unreadable archives: one line, exit code 1', async (t) => {
  const config = configFor(`sqlite:${join(dir, 'unused.sqlite')}`);
  const cases: Array<[() => Promise<void>, RegExp]> = [
    [() => runExport(config, []), /^masthead export: usage: masthead export FILE/],
    [() => runRestore(config, []), /^masthead restore: usage: masthead restore FILE/],
    [() => runRestore(config, [join(dir, 'nope.tar.gz')]), /^masthead restore: cannot read .*nope\.tar\.gz: no such file$/],
  ];
  for (const [run, message] of cases) {
    const r = await capture(t, run);
    assert.equal(r.code, 1);
    assert.equal(r.err.length, 1, r.err.join('\n'));
    assert.match(r.err[0]!, message);
  }
});

for (const { dialect, skip } of testDialects) {
  describe(`masthead restore FILE [${dialect}]`, { skip }, () => {
    let target: TestDatabase | undefined;
    let url = '';
    before(async () => {
      if (dialect === 'postgres') {
        target = await createTestDatabase('postgres', { migrate: false });
        url = target.url;
      } else {
        url = `sqlite:${join(dir, 'restored.sqlite')}`;
      }
    });
    after(async () => {
      await target?.drop();
    });

    test('refuses a truncated archive and writes nothing, then restores the good one, then refuses to restore twice', async (t) => {
      const cut = join(dir, `cut-${dialect}.tar.gz`);
      await truncateFile(archive, cut, 0.5);
      const refused = await capture(t, () => runRestore(configFor(url, `media-${dialect}`), [cut]));
      assert.equal(refused.code, 1);
      assert.equal(refused.err.length, 1);
      assert.match(refused.err[0]!, /^masthead restore: the archive is damaged: .*nothing was restored$/);

      const ok = await capture(t, () => runRestore(configFor(url, `media-${dialect}`), [archive]));
      assert.equal(ok.code, undefined, ok.err.join('\n'));
      assert.match(ok.out[0]!, /^restored \d+ tables, \d+ rows and 0 media files from .*site\.tar\.gz \(exported .* from sqlite\); search index rebuilt for 3 articles/);

      const twice = await capture(t, () => runRestore(configFor(url, `media-${dialect}`), [archive]));
      assert.equal(twice.code, 1);
      assert.deepEqual(twice.err.length, 1);
      assert.match(twice.err[0]!, /^masthead restore: the database is not empty \(it has articles, authors rows\)/);
    });
  });
}
