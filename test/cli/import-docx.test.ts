import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runImport } from '../../src/cli/import.command.js';
import { loadConfig, type Config } from '../../src/config.js';
import { migrateToLatest, openDatabase } from '../../src/db/database.js';
import { createUserFromCli } from '../../src/domain/accounts/user-admin.service.js';
import { domainContext } from '../../src/runtime.js';
import { createTestDatabase, testDialects, type TestDatabase } from '../helpers/db.js';
import { bluePng, docmFrom, plainDocx, richDocx } from '../domain/imports/docx/docx-fixtures.js';

// `masthead import docx FILE --author EMAIL`. The command runs in this process on SQLite and
// on PostgreSQL (its output and exit code captured); the real executable is run once for a
// success and once for a refusal, as a user would (each start costs seconds, so only twice).

const dir = mkdtempSync(join(tmpdir(), 'masthead-import-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const SITE = 'https://desk.example.org';
const PASSWORD = 'a long enough password 42';

async function files(folder: string): Promise<Record<'harbour' | 'ferry' | 'letter' | 'macro' | 'huge', string>> {
  mkdirSync(folder, { recursive: true });
  const write = (name: string, data: Buffer | string) => {
    const path = join(folder, name);
    writeFileSync(path, data);
    return path;
  };
  return {
    harbour: write('harbour.docx', await richDocx(await bluePng())),
    ferry: write('ferry_notes.docx', await plainDocx('The ferry leaves at nine.')),
    letter: write('letter.docx', 'Dear editor, this is a text file with a .docx name.\n'),
    macro: write('macro.docx', await docmFrom(await plainDocx())),
    huge: write('huge.docx', Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.alloc(15 * 1024 * 1024)])),
  };
}

/** Runs the command in-process: what it printed, and the exit code it set. */
async function run(config: Config, args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = console.log;
  const error = console.error;
  const saved = process.exitCode;
  console.log = (...a: unknown[]) => out.push(a.join(' '));
  console.error = (...a: unknown[]) => err.push(a.join(' '));
  process.exitCode = undefined;
  try {
    await runImport(config, args);
    return { code: Number(process.exitCode ?? 0), out: out.join('\n'), err: err.join('\n') };
  } finally {
    console.log = log;
    console.error = error;
    process.exitCode = saved;
  }
}

for (const { dialect, skip } of testDialects) {
  describe(`masthead import docx, in-process [${dialect}]`, { skip }, () => {
    let db: TestDatabase | undefined;
    let config: Config;
    let paths: Awaited<ReturnType<typeof files>>;
    const handle = () => db as TestDatabase;
    const articleCount = async () => Number((await handle().db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

    before(async () => {
      // The command opens its own connection: a file for SQLite (":memory:" would be another database).
      if (dialect === 'sqlite') {
        const path = join(dir, 'in-process.sqlite');
        const file = openDatabase({ kind: 'sqlite', path });
        await migrateToLatest(file);
        db = { ...file, url: `sqlite:${path}`, drop: () => file.close() };
      } else db = await createTestDatabase('postgres');
      const url = db.url;
      config = loadConfig({ DATABASE_URL: url, SITE_URL: SITE, LOG_LEVEL: 'silent', MASTHEAD_DEMO: '0' });
      paths = await files(join(dir, dialect));
      const ctx = domainContext(handle());
      await createUserFromCli(ctx, { email: 'writer@example.org', name: 'Elin Rhys', role: 'author', password: PASSWORD });
      await createUserFromCli(ctx, { email: 'reader@example.org', name: 'Just Reading', role: 'reader', password: PASSWORD });
    });
    after(async () => {
      await db?.drop();
    });

    test('imports a draft owned by the account, bylined to a new profile, and prints its editor URL last', async () => {
      const r = await run(config, ['docx', paths.harbour, '--author', 'Writer@Example.org']);
      assert.equal(r.code, 0, r.err);
      const id = Number(/^https:\/\/desk\.example\.org\/editor\/articles\/(\d+)\/$/.exec(r.out.split('\n').at(-1) ?? '')?.[1]);
      assert.ok(id > 0, r.out);
      assert.match(r.err, /^masthead import: warning: A link to an address we do not allow/m);
      const article = await handle()
        .db.selectFrom('articles')
        .innerJoin('users', 'users.id', 'articles.owner_user_id')
        .select(['articles.title', 'articles.status', 'users.email', 'articles.body_md'])
        .where('articles.id', '=', id)
        .executeTakeFirstOrThrow();
      assert.deepEqual([article.title, article.status, article.email], ['Tides of the Northern Harbour', 'draft', 'writer@example.org']);
      assert.match(article.body_md, /\[\^3\]: All times are local\./);
      const byline = await handle()
        .db.selectFrom('article_authors')
        .innerJoin('authors', 'authors.id', 'article_authors.author_id')
        .select(['authors.name', 'authors.user_id'])
        .where('article_id', '=', id)
        .execute();
      assert.equal(byline.length, 1);
      assert.equal(byline[0]?.name, 'Elin Rhys');
      assert.ok(byline[0]?.user_id);

      // The file name gives the title when the document has none; the profile is reused.
      const again = await run(config, ['docx', '--author=writer@example.org', paths.ferry]);
      assert.equal(again.code, 0, again.err);
      assert.match(again.out.split('\n').at(-1) ?? '', /^https:\/\/desk\.example\.org\/editor\/articles\/\d+\/$/);
      const titles = await handle().db.selectFrom('articles').select('title').orderBy('id').execute();
      assert.deepEqual(titles.map((t) => t.title), ['Tides of the Northern Harbour', 'Ferry notes']);
      assert.equal((await handle().db.selectFrom('authors').select('id').execute()).length, 1);
    });

    test('bad files, unknown accounts and bad arguments: one clear line, exit code 1, nothing written', async () => {
      const before = await articleCount();
      const cases: Array<[string[], RegExp]> = [
        [['docx', paths.letter, '--author', 'writer@example.org'], /not a Word document \(\.docx\), whatever its name says/],
        [['docx', paths.macro, '--author', 'writer@example.org'], /contains macros/],
        [['docx', paths.huge, '--author', 'writer@example.org'], /The file is larger than 15 MB/],
        [['docx', paths.harbour, '--author', 'nobody@example.org'], /no account has the email nobody@example\.org/],
        [['docx', paths.harbour, '--author', 'reader@example.org'], /is a reader, who cannot write articles/],
        [['docx', join(dir, 'missing.docx'), '--author', 'writer@example.org'], /cannot read .*missing\.docx: no such file/],
        [['docx', paths.harbour], /--author EMAIL is required/],
        [['docx', paths.harbour, paths.ferry, '--author', 'writer@example.org'], /one file at a time/],
        [['pdf', 'x.pdf'], /unknown import "pdf"/],
      ];
      for (const [args, message] of cases) {
        const r = await run(config, args);
        assert.equal(r.code, 1, `${args.join(' ')}\n${r.out}\n${r.err}`);
        assert.equal(r.err.split('\n').length, 1, r.err);
        assert.match(r.err, /^masthead import: /);
        assert.match(r.err, message);
        assert.equal(r.out, '');
      }
      assert.equal(await articleCount(), before);
      const reader = await handle().db.selectFrom('users').select('id').where('email', '=', 'reader@example.org').executeTakeFirstOrThrow();
      assert.equal((await handle().db.selectFrom('authors').select('id').where('user_id', '=', reader.id).execute()).length, 0);
    });
  });
}

describe('masthead import docx, the real executable', () => {
  test('prints the editor URL on its last line; a bad file is one line and exit code 1', async () => {
    const databaseUrl = `sqlite:${join(dir, 'bin.sqlite')}`;
    const paths = await files(join(dir, 'bin'));
    const masthead = (args: string[], input = '') => {
      const r = spawnSync(process.execPath, ['bin/masthead.js', ...args], {
        encoding: 'utf8',
        env: { ...process.env, LOG_LEVEL: 'silent', DATABASE_URL: databaseUrl, SITE_URL: SITE, MASTHEAD_DEMO: '0' },
        input,
        timeout: 120_000,
      });
      return { code: r.status, out: r.stdout, err: r.stderr };
    };
    const added = masthead(['user', 'add', '--email', 'writer@example.org', '--name', 'Elin Rhys', '--role', 'author'], PASSWORD);
    assert.equal(added.code, 0, added.err);
    const ok = masthead(['import', 'docx', paths.harbour, '--author', 'writer@example.org']);
    assert.equal(ok.code, 0, ok.err);
    assert.match(ok.out.trim().split('\n').at(-1) ?? '', /^https:\/\/desk\.example\.org\/editor\/articles\/1\/$/);
    const bad = masthead(['import', 'docx', paths.letter, '--author', 'writer@example.org']);
    assert.equal(bad.code, 1);
    assert.equal(bad.err.trim().split('\n').length, 1, bad.err);
    assert.match(bad.err, /^masthead import: This file is not a Word document \(\.docx\), whatever its name says/);
    assert.equal(bad.out, '');
  });
});
