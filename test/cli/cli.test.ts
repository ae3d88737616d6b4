import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const dir = mkdtempSync(join(tmpdir(), 'masthead-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function masthead(args: string[], env: Record<string, string> = {}, input?: string) {
  const r = spawnSync(process.execPath, ['bin/masthead.js', ...args], {
    encoding: 'utf8',
    env: { ...process.env, LOG_LEVEL: 'silent', DATABASE_URL: `sqlite:${join(dir, 'site.sqlite')}`, ...env },
    input: input ?? '',
    timeout: 120_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('migrate, seed --demo and reindex work on a fresh SQLite database', () => {
  const migrate = masthead(['migrate']);
  assert.equal(migrate.code, 0, migrate.err);
  assert.match(migrate.out, /applied \d+ migration/);
  assert.match(masthead(['migrate']).out, /up to date/);
  const seed = masthead(['seed', '--demo']);
  assert.equal(seed.code, 0, seed.err);
  assert.match(seed.out, /seeded the demo magazine: \d+ articles/);
  assert.match(masthead(['seed', '--demo']).out, /already has articles/);
  const reindex = masthead(['reindex']);
  assert.equal(reindex.code, 0, reindex.err);
  assert.match(reindex.out, /reindexed \d+ published articles/);
});

test('bad configuration exits non-zero with one clear line', async () => {
  const cases: Array<[Record<string, string>, RegExp]> = [
    [{ DATABASE_URL: 'mysql://nope' }, /DATABASE_URL must start with "sqlite:" or "postgres:\/\/"/],
    [{ DATABASE_URL: `sqlite:${join(dir, 'a-file')}/db.sqlite` }, /not writable|Cannot open/],
    [{ PORT: 'eighty' }, /PORT is invalid/],
    [{ SITE_URL: 'ftp://example.org' }, /SITE_URL must be an http\(s\) URL/],
  ];
  writeFileSync(join(dir, 'a-file'), 'not a folder');
  for (const [env, message] of cases) {
    const r = masthead(['migrate'], env);
    assert.equal(r.code, 1, JSON.stringify(env));
    const lines = r.err.trim().split('\n');
    assert.equal(lines.length, 1, r.err);
    assert.match(lines[0]!, message);
    assert.match(lines[0]!, /^masthead: /);
  }
});

test('serve refuses a port that is in use with one line', async () => {
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const port = (blocker.address() as { port: number }).port;
  try {
    const r = masthead(['serve'], { PORT: String(port), MASTHEAD_DEMO: '0' });
    assert.equal(r.code, 1);
    assert.match(r.err.trim(), new RegExp(`^masthead: Port ${port} on 127.0.0.1 is already in use`));
    assert.equal(r.err.trim().split('\n').length, 1, r.err);
  } finally {
    blocker.close();
  }
});

test('an unknown command explains the usage', () => {
  const r = masthead(['frobnicate']);
  assert.equal(r.code, 2);
  assert.match(r.err, /unknown command "frobnicate"/);
  assert.match(r.err, /Usage: masthead/);
});
