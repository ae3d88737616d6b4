import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { before, test } from 'node:test';
import type { Actor } from '../../../src/domain/accounts/policy.js';
import { insertUser } from '../../../src/domain/accounts/users.queries.js';
import { addManualRedirect, redirectKey, removeRedirect } from '../../../src/domain/redirects/redirect-desk.service.js';
import { addRedirect, findRedirect } from '../../../src/domain/redirects/redirects.queries.js';
import { ValidationError } from '../../../src/shared/errors.js';
import { domainContext } from '../../../src/runtime.js';
import { describeEachDialect } from '../../helpers/db.js';

const tag = () => randomBytes(3).toString('hex');
let editor: Actor = { userId: 0, role: 'editor', name: 'Desk Editor', email: 'desk@example.org', trusted: true, verified: true };

const refused = (work: Promise<unknown>, field: string, pattern: RegExp) =>
  assert.rejects(work, (err: unknown) => err instanceof ValidationError && pattern.test(err.fields[field] ?? ''));

test('paths compare with or without their trailing slash', () => {
  assert.equal(redirectKey('/a/'), '/a');
  assert.equal(redirectKey('/a'), '/a');
  assert.equal(redirectKey('/'), '/');
});

describeEachDialect('redirects made at the desk', (db) => {
  before(async () => {
    const ctx = domainContext(db());
    const userId = await insertUser(ctx.db, { email: `red-${tag()}@example.org`, name: 'Desk Editor', role: 'editor', passwordHash: 'x' }, ctx.clock.now().toISOString());
    editor = { ...editor, userId };
  });

  test('no sequence of additions can close a loop', async () => {
    const ctx = domainContext(db());
    const t = tag();
    const p = (n: string) => `/${n}-${t}/`;
    await addManualRedirect(ctx, editor, { from: p('a'), to: p('b') });
    await addManualRedirect(ctx, editor, { from: p('b'), to: p('c') });
    await addManualRedirect(ctx, editor, { from: p('c'), to: p('d') });
    // Flat: every entry points at the final page.
    for (const n of ['a', 'b', 'c']) assert.equal((await findRedirect(ctx.db, p(n)))?.to, p('d'));
    for (const n of ['a', 'b', 'c']) await refused(addManualRedirect(ctx, editor, { from: p('d'), to: p(n) }), 'to', /loop/);
    await refused(addManualRedirect(ctx, editor, { from: p('d'), to: p('d').slice(0, -1) }), 'to', /own address/);
    // An automatic redirect written in between (a slug change) cannot make one either.
    await addRedirect(ctx.db, { from: p('d'), to: p('e'), source: 'slug', now: ctx.clock.now().toISOString() });
    await refused(addManualRedirect(ctx, editor, { from: p('e'), to: p('a') }), 'to', /loop/);
    // Follow every stored entry from each source: each path is visited at most once.
    for (const n of ['a', 'b', 'c', 'd']) {
      const seen = new Set<string>();
      let at: string | undefined = p(n);
      while (at) {
        assert.ok(!seen.has(redirectKey(at)), `loop through ${at}`);
        seen.add(redirectKey(at));
        at = (await findRedirect(ctx.db, at))?.to;
      }
    }
  });

  test('refusals and removal', async () => {
    const ctx = domainContext(db());
    await assert.rejects(addManualRedirect(ctx, { ...editor, role: 'author' }, { from: '/x/', to: '/y/' }), /not allowed|Forbidden/i);
    await refused(addManualRedirect(ctx, editor, { from: 'x', to: '/y/' }), 'from', /must start with \//);
    await refused(addManualRedirect(ctx, editor, { from: '/x/', to: 'javascript:alert(1)' }), 'to', /only the path/);
    const from = `/remove-${tag()}/`;
    await addManualRedirect(ctx, editor, { from, to: '/' });
    const row = await findRedirect(ctx.db, from);
    assert.ok(row);
    await removeRedirect(ctx, editor, row.id);
    assert.equal(await findRedirect(ctx.db, from), undefined);
    await assert.rejects(removeRedirect(ctx, editor, row.id), /not found/);
  });
});
