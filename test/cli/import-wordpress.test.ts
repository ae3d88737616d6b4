import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, test } from 'node:test';
import sharp from 'sharp';
import { formatSummary, parseWordpressArgs, progressReporter } from '../../src/cli/import-wordpress.js';
import { ValidationError } from '../../src/shared/errors.js';

// `masthead import wordpress`: the arguments, the progress lines and, once, the real
// executable end to end on SQLite (the in-process import on both engines is covered by
// test/domain/imports/wordpress/wp-import.service.test.ts).

const dir = mkdtempSync(join(tmpdir(), 'masthead-wp-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/wxr/${name}`, import.meta.url));

test('arguments: file, --uploads DIR or --uploads=DIR, --dry-run, --help', () => {
  assert.deepEqual(parseWordpressArgs(['a.xml', '--uploads', 'up', '--dry-run']), { file: 'a.xml', uploads: 'up', dryRun: true });
  assert.deepEqual(parseWordpressArgs(['--uploads=up', 'a.xml']), { file: 'a.xml', uploads: 'up', dryRun: false });
  assert.equal(parseWordpressArgs(['--help']), undefined);
  assert.throws(() => parseWordpressArgs([]), ValidationError);
  assert.throws(() => parseWordpressArgs(['a.xml', 'b.xml']), /one export at a time/);
  assert.throws(() => parseWordpressArgs(['a.xml', '--force']), /unexpected option "--force"/);
  assert.throws(() => parseWordpressArgs(['a.xml', '--uploads']), /--uploads needs a folder/);
});

test('progress: plain lines off a terminal (every tenth), a redrawn bar with rate and time left on one', () => {
  let now = 0;
  const written: string[] = [];
  const plain = { isTTY: false, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream;
  const p = progressReporter(plain, () => now);
  for (let i = 1; i <= 100; i++) {
    now = i * 10;
    p.update('write', i, 100);
  }
  assert.equal(written.length, 11);
  assert.match(written[5] ?? '', /^imported 50\/100 posts \(100\/s, about 1s left\)\n$/);
  const tty: string[] = [];
  const term = { isTTY: true, write: (s: string) => tty.push(s) } as unknown as NodeJS.WriteStream;
  let at = 0;
  const bar = progressReporter(term, () => at);
  at = 2000;
  bar.update('write', 10, 40);
  assert.match(tty[0] ?? '', /^\r\[#{8}-{22}\] 10\/40 posts, 5\/s, 6s left/);
});

test('the summary lists counts by type and warnings with post IDs', () => {
  const text = formatSummary({
    source: 'https://old.example.org',
    dryRun: true,
    counts: { accounts: 2, authors: 2, guestAuthors: 1, sections: 3, tags: 4, posts: 5, pages: 1, media: 2, redirects: 9, viewTotals: 3, changed: 6 },
    warnings: [{ wpId: 7, message: 'image a.jpg is missing' }, { message: 'sticky posts' }],
  });
  assert.match(text, /^dry run \(nothing was written\) of https:\/\/old\.example\.org:/);
  assert.match(text, /guest authors 1/);
  assert.match(text, /redirects 9 new, view totals 3/);
  assert.match(text, /\n {2}\[post 7\] image a\.jpg is missing\n {2}sticky posts$/);
});

test('the real executable: imports with --uploads, a re-run changes nothing, a broken file is one line and exit 1', async () => {
  const uploads = join(dir, 'uploads');
  mkdirSync(join(uploads, '2024/03'), { recursive: true });
  await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 10, g: 120, b: 90 } } }).jpeg().toFile(join(uploads, '2024/03/harbour-light.jpg'));
  const env = { ...process.env, LOG_LEVEL: 'silent', DATABASE_URL: `sqlite:${join(dir, 'site.sqlite')}`, SITE_URL: 'https://lantern.example', MASTHEAD_DEMO: '0' };
  const masthead = (args: string[]) => {
    const r = spawnSync(process.execPath, ['bin/masthead.js', 'import', 'wordpress', ...args], { encoding: 'utf8', env, timeout: 120_000 });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
  const help = masthead(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.out, /--uploads DIR/);
  assert.match(help.out, /--dry-run/);

  const dry = masthead([fixture('magazine-wxr12.xml'), '--dry-run']);
  assert.equal(dry.code, 0, dry.err);
  assert.match(dry.out, /^dry run \(nothing was written\)/);

  const ok = masthead([fixture('magazine-wxr12.xml'), '--uploads', uploads]);
  assert.equal(ok.code, 0, ok.err);
  assert.match(ok.out, /^imported https:\/\/lantern\.example\.org:/);
  assert.match(ok.out, /posts 8, pages 1/);
  assert.match(ok.out, /media [1-9]/);
  assert.match(ok.out, /\[post 302\] featured image 2024\/03\/quay-low-tide\.jpg is not in the uploads folder/);
  assert.match(ok.err, /imported \d+\/\d+ posts/);

  const again = masthead([fixture('magazine-wxr12.xml'), '--uploads', uploads]);
  assert.equal(again.code, 0, again.err);
  assert.match(again.out, /redirects 0 new/);
  assert.match(again.out, /articles created or changed: 0/);

  const bad = masthead([fixture('truncated.xml')]);
  assert.equal(bad.code, 1);
  assert.equal(bad.err.trim().split('\n').length, 1, bad.err);
  assert.match(bad.err.trim(), /^masthead import: .*truncated\.xml:\d+:\d+: the file ends inside <[^>]+>: it is truncated; export it again; nothing was imported$/);
});
