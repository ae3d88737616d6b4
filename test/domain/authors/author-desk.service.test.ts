import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { before, test } from 'node:test';
import type { Actor } from '../../../src/domain/accounts/policy.js';
import { insertUser } from '../../../src/domain/accounts/users.queries.js';
import {
  createDeskAuthor,
  findDeskAuthor,
  linkDeskAuthorAccount,
  listDeskAuthors,
  mergeAuthors,
  parseDeskAuthorForm,
  updateDeskAuthor,
  type DeskAuthorInput,
} from '../../../src/domain/authors/author-desk.service.js';
import { findRedirect } from '../../../src/domain/redirects/redirects.queries.js';
import { ValidationError } from '../../../src/shared/errors.js';
import { domainContext } from '../../../src/runtime.js';
import { describeEachDialect } from '../../helpers/db.js';
import { makeArticle, makeAuthor } from '../../helpers/factories.js';

const tag = () => randomBytes(3).toString('hex');
let editor: Actor = { userId: 0, role: 'editor', name: 'Desk Editor', email: 'desk@example.org', trusted: true, verified: true };
const author: Actor = { ...editor, userId: 0, role: 'author' };

function input(overrides: Partial<DeskAuthorInput> = {}): DeskAuthorInput {
  return { name: 'Guest Writer', slug: `guest-${tag()}`, affiliation: '', bioMarkdown: '', links: [], website: '', orcid: '', ...overrides };
}

const rejects = async (work: Promise<unknown>, field: string, pattern: RegExp) =>
  assert.rejects(work, (err: unknown) => err instanceof ValidationError && pattern.test(err.fields[field] ?? ''));

test('the desk author form: ORCID checked by its check digit, slug made from the name, website a web address', () => {
  const good = parseDeskAuthorForm({ name: 'Amara Okafor', slug: '', orcid: 'https://orcid.org/0000-0002-1825-0097', website: 'https://amara.example.org/', bio: 'Writes on *ports*.' });
  assert.ok(good.ok);
  assert.equal(good.data.slug, 'amara-okafor');
  assert.equal(good.data.orcid, '0000000218250097');
  const bad = parseDeskAuthorForm({ name: 'Amara Okafor', slug: 'Amara Okafor', orcid: '0000-0002-1825-0096', website: 'javascript:alert(1)' });
  assert.equal(bad.ok, false);
  assert.ok(!bad.ok && /check digit/.test(bad.fields.orcid ?? ''));
  assert.ok(!bad.ok && /lowercase/.test(bad.fields.slug ?? ''));
  assert.ok(!bad.ok && /https:\/\//.test(bad.fields.website ?? ''));
  const noName = parseDeskAuthorForm({ name: '  ' });
  assert.ok(!noName.ok && noName.fields.name);
});

describeEachDialect('author profiles at the desk', (db) => {
  before(async () => {
    // A real account: redirects and the audit log name who made them.
    const ctx = domainContext(db());
    const email = `desk-${tag()}@example.org`;
    const userId = await insertUser(ctx.db, { email, name: 'Desk Editor', role: 'editor', passwordHash: 'x' }, ctx.clock.now().toISOString());
    editor = { ...editor, userId, email };
  });

  test('only the desk may create; a taken address is refused; a changed one redirects', async () => {
    const ctx = domainContext(db());
    await assert.rejects(createDeskAuthor(ctx, author, input()), /not allowed|Forbidden/i);
    const slug = `lin-${tag()}`;
    const id = await createDeskAuthor(ctx, editor, input({ name: 'Lin Guest', slug, bioMarkdown: 'Reads *maps*.', orcid: '0000000218250097' }));
    const saved = await findDeskAuthor(ctx.db, id);
    assert.equal(saved?.bioHtml, '<p>Reads <em>maps</em>.</p>');
    assert.equal(saved?.orcid, '0000000218250097');
    await rejects(createDeskAuthor(ctx, editor, input({ slug })), 'slug', /Another profile already uses/);

    await updateDeskAuthor(ctx, editor, id, input({ name: 'Lin Guest', slug: `${slug}-renamed` }));
    assert.equal((await findRedirect(ctx.db, `/author/${slug}/`))?.to, `/author/${slug}-renamed/`);
    // Taking the old address back makes it a live page again: no redirect away from it.
    await updateDeskAuthor(ctx, editor, id, input({ name: 'Lin Guest', slug }));
    assert.equal(await findRedirect(ctx.db, `/author/${slug}/`), undefined);
    assert.equal((await findRedirect(ctx.db, `/author/${slug}-renamed/`))?.to, `/author/${slug}/`);
  });

  test('an account can be linked to one profile only', async () => {
    const ctx = domainContext(db());
    const email = `person-${tag()}@example.org`;
    const userId = await insertUser(ctx.db, { email, name: 'Linked Person', role: 'author', passwordHash: 'x' }, ctx.clock.now().toISOString());
    const first = await makeAuthor(ctx);
    const second = await makeAuthor(ctx);
    await linkDeskAuthorAccount(ctx, editor, first.id, email.toUpperCase());
    assert.equal((await findDeskAuthor(ctx.db, first.id))?.account?.id, userId);
    await rejects(linkDeskAuthorAccount(ctx, editor, second.id, email), 'account_email', /already has a profile/);
    await rejects(linkDeskAuthorAccount(ctx, editor, second.id, 'nobody@example.org'), 'account_email', /No account uses/);
    const listed = await listDeskAuthors(ctx.db, { q: first.name.toUpperCase(), limit: 10, offset: 0 });
    assert.equal(listed.total, 1);
    assert.equal(listed.items[0]?.account?.email, email);
    await linkDeskAuthorAccount(ctx, editor, first.id, '');
    assert.equal((await findDeskAuthor(ctx.db, first.id))?.account, null);
  });

  test('merging moves every byline once, in order, redirects the old address and rebuilds search', async () => {
    const ctx = domainContext(db());
    const word = `zq${tag()}`;
    const keep = await makeAuthor(ctx, { name: `Kept ${word}` });
    const old = await makeAuthor(ctx, { name: `Old Spelling ${tag()}`, affiliation: 'Harbour Institute' });
    const other = await makeAuthor(ctx);
    const both = await makeArticle(ctx, { authorIds: [other.id, old.id, keep.id] });
    const onlyOld = await makeArticle(ctx, { authorIds: [old.id, other.id] });
    const draft = await makeArticle(ctx, { authorIds: [old.id], publish: false });
    await makeAuthor(ctx).then((a) => makeArticle(ctx, { authorIds: [a.id] }));

    const result = await mergeAuthors(ctx, editor, old.id, keep.id);
    assert.equal(result.moved, 3);
    const byline = async (articleId: number) =>
      (await ctx.db.selectFrom('article_authors').select(['author_id']).where('article_id', '=', articleId).orderBy('position').execute()).map((r) => r.author_id);
    assert.deepEqual(await byline(both.id), [other.id, keep.id], 'one row, at the earlier place');
    assert.deepEqual(await byline(onlyOld.id), [keep.id, other.id], 'the order is kept');
    assert.deepEqual(await byline(draft.id), [keep.id]);
    assert.equal(await findDeskAuthor(ctx.db, old.id), undefined, 'the old profile is gone');
    assert.equal((await findDeskAuthor(ctx.db, keep.id))?.affiliation, 'Institute of Examples', 'the kept profile keeps its own details');
    assert.equal((await findRedirect(ctx.db, `/author/${old.slug}/`))?.to, `/author/${keep.slug}/`);
    const hits = await ctx.search.search(ctx.db, word, { limit: 10, offset: 0 });
    const ids = hits.hits.map((h) => h.id);
    assert.ok(ids.includes(onlyOld.id) && ids.includes(both.id), 'the moved articles are found under the kept name');
    assert.ok(!ids.includes(draft.id), 'drafts stay out of the index');

    await rejects(mergeAuthors(ctx, editor, keep.id, keep.id), 'into', /itself/);
  });

  test('a merge moves the account link, and refuses when both profiles have accounts', async () => {
    const ctx = domainContext(db());
    const now = ctx.clock.now().toISOString();
    const u1 = await insertUser(ctx.db, { email: `a-${tag()}@example.org`, name: 'A', role: 'author', passwordHash: 'x' }, now);
    const u2 = await insertUser(ctx.db, { email: `b-${tag()}@example.org`, name: 'B', role: 'author', passwordHash: 'x' }, now);
    const a = await makeAuthor(ctx);
    const b = await makeAuthor(ctx);
    const c = await makeAuthor(ctx);
    await ctx.db.updateTable('authors').set({ user_id: u1 }).where('id', '=', a.id).execute();
    await ctx.db.updateTable('authors').set({ user_id: u2 }).where('id', '=', b.id).execute();
    await rejects(mergeAuthors(ctx, editor, a.id, b.id), 'into', /Both profiles are linked/);
    await mergeAuthors(ctx, editor, a.id, c.id);
    assert.equal((await findDeskAuthor(ctx.db, c.id))?.account?.id, u1);
  });
});
