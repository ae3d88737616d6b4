import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openDatabase } from '../../../src/db/database.js';
import { verifyPassword } from '../../../src/domain/accounts/passwords.js';
import { createUserFromCli } from '../../../src/domain/accounts/user-admin.service.js';
import { domainContext } from '../../../src/runtime.js';
import { parseUserAddArgs } from '../../../src/cli/user.command.js';
import { describeEachDialect } from '../../helpers/db.js';

test('argument parsing: both --flag value and --flag=value, all three required', () => {
  assert.deepEqual(parseUserAddArgs(['--email', 'a@example.org', '--name=Ada Byron', '--role', 'admin']), { email: 'a@example.org', name: 'Ada Byron', role: 'admin' });
  assert.throws(() => parseUserAddArgs(['--email', 'a@example.org', '--name', 'Ada']), /--role is required/);
  assert.throws(() => parseUserAddArgs(['--colour', 'red']), /unexpected argument/);
});

describeEachDialect('createUserFromCli', (db) => {
  test('creates a verified, trusted account and validates like registration', async () => {
    const ctx = domainContext(db());
    const user = await createUserFromCli(ctx, { email: ' Chief@Example.org ', name: 'Chief Editor', role: 'admin', password: 'marble-harbour-sextant' });
    assert.equal(user.email, 'chief@example.org');
    assert.equal(user.role, 'admin');
    assert.equal(user.trusted, true);
    assert.ok(user.emailVerifiedAt);
    assert.equal(await verifyPassword(user.passwordHash ?? '', 'marble-harbour-sextant'), true);
    await assert.rejects(createUserFromCli(ctx, { email: 'chief@example.org', name: 'Again', role: 'admin', password: 'marble-harbour-sextant' }), /already exists/);
    await assert.rejects(createUserFromCli(ctx, { email: 'x@example.org', name: 'X', role: 'overlord', password: 'marble-harbour-sextant' }), /--role/);
    await assert.rejects(createUserFromCli(ctx, { email: 'not-an-email', name: 'X', role: 'admin', password: 'marble-harbour-sextant' }), /--email/);
    await assert.rejects(createUserFromCli(ctx, { email: 'y@example.org', name: 'Y', role: 'admin', password: 'password123' }), /too common/);
  });
});

test('`masthead user add` reads the password from a pipe and exits non-zero with one clear line on failure', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'masthead-cli-'));
  try {
    const env = { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'db.sqlite')}`, LOG_LEVEL: 'silent' };
    const run = (args: string[], input: string) => spawnSync(process.execPath, ['bin/masthead.js', 'user', 'add', ...args], { input, env, encoding: 'utf8' });
    const ok = run(['--email', 'first@example.org', '--name', 'First Admin', '--role', 'admin'], 'lantern-quarry-thimble\n');
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /created admin account first@example\.org/);
    const weak = run(['--email', 'second@example.org', '--name', 'Second', '--role', 'admin'], 'short\n');
    assert.equal(weak.status, 1);
    assert.match(weak.stderr, /^masthead user: password: Use at least 10 characters\.\n$/);
    const empty = run(['--email', 'third@example.org', '--name', 'Third', '--role', 'editor'], '');
    assert.equal(empty.status, 1);
    assert.match(empty.stderr, /no password on standard input/);
    const handle = openDatabase({ kind: 'sqlite', path: join(dir, 'db.sqlite') });
    try {
      const rows = await handle.db.selectFrom('users').select(['email', 'role']).execute();
      assert.deepEqual(rows, [{ email: 'first@example.org', role: 'admin' }]);
    } finally {
      await handle.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
