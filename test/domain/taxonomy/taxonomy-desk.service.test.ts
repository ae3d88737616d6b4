import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { before, test } from 'node:test';
import type { Actor } from '../../../src/domain/accounts/policy.js';
import { insertUser } from '../../../src/domain/accounts/users.queries.js';
import { findRedirect } from '../../../src/domain/redirects/redirects.queries.js';
import {
  createSection,
  deleteSection,
  listSections,
  listTags,
  mergeTags,
  moveSection,
  parseSectionForm,
  renameTag,
  updateSection,
} from '../../../src/domain/taxonomy/taxonomy-desk.service.js';
import { ValidationError } from '../../../src/shared/errors.js';
import { domainContext } from '../../../src/runtime.js';
import { describeEachDialect } from '../../helpers/db.js';
import { makeArticle } from '../../helpers/factories.js';

const tag = () => randomBytes(3).toString('hex');
let editor: Actor = { userId: 0, role: 'editor', name: 'Desk Editor', email: 'desk@example.org', trusted: true, verified: true };

const rejects = (work: Promise<unknown>, field: string, pattern: RegExp) =>
  assert.rejects(work, (err: unknown) => err instanceof ValidationError && pattern.test(err.fields[field] ?? ''));

test('the section form makes the address from the name and checks a typed one', () => {
  const made = parseSectionForm({ name: 'Foreign Affairs & Trade', slug: '', description: '  Abroad.\r\n' });
  assert.deepEqual(made, { ok: true, data: { name: 'Foreign Affairs & Trade', slug: 'foreign-affairs-trade', description: 'Abroad.' } });
  const bad = parseSectionForm({ name: '', slug: 'two--hyphens' });
  assert.ok(!bad.ok && bad.fields.name && bad.fields.slug);
});

describeEachDialect('sections and tags at the desk', (db) => {
  before(async () => {
    const ctx = domainContext(db());
    const userId = await insertUser(ctx.db, { email: `tax-${tag()}@example.org`, name: 'Desk Editor', role: 'editor', passwordHash: 'x' }, ctx.clock.now().toISOString());
    editor = { ...editor, userId };
  });

  test('sections: created at the end, moved, renamed with a redirect, deleted only when empty', async () => {
    const ctx = domainContext(db());
    await assert.rejects(createSection(ctx, { ...editor, role: 'author' }, { name: 'No', slug: `no-${tag()}`, description: '' }), /not allowed|Forbidden/i);
    const t = tag();
    const a = await createSection(ctx, editor, { name: 'A', slug: `a-${t}`, description: '' });
    const b = await createSection(ctx, editor, { name: 'B', slug: `b-${t}`, description: '' });
    const c = await createSection(ctx, editor, { name: 'C', slug: `c-${t}`, description: '' });
    const order = async () => (await listSections(ctx.db)).map((s) => s.id).filter((id) => [a, b, c].includes(id));
    assert.deepEqual(await order(), [a, b, c]);
    await moveSection(ctx, editor, c, 'up');
    assert.deepEqual(await order(), [a, c, b]);
    await moveSection(ctx, editor, b, 'down'); // already last: nothing changes
    assert.deepEqual(await order(), [a, c, b]);
    const positions = (await listSections(ctx.db)).map((s) => s.position);
    assert.deepEqual(positions, positions.map((_, i) => i), 'positions are renumbered 0…n-1');

    await rejects(updateSection(ctx, editor, a, { name: 'A', slug: `b-${t}`, description: '' }), 'slug', /Another section/);
    await updateSection(ctx, editor, a, { name: 'Alpha', slug: `alpha-${t}`, description: 'First.' });
    assert.equal((await findRedirect(ctx.db, `/category/a-${t}/`))?.to, `/category/alpha-${t}/`);

    await makeArticle(ctx, { categoryIds: [a], publish: false });
    await rejects(deleteSection(ctx, editor, a), 'form', /still has one article/);
    await deleteSection(ctx, editor, b);
    assert.deepEqual(await order(), [a, c]);
  });

  test('tags: a merge leaves one row per article and redirects; a rename to a taken address is refused', async () => {
    const ctx = domainContext(db());
    const t = tag();
    const both = await makeArticle(ctx, { tags: [`Solar ${t}`, `Sun ${t}`] });
    const one = await makeArticle(ctx, { tags: [`Sun ${t}`] });
    const { items } = await listTags(ctx.db, { q: t, limit: 10, offset: 0 });
    const solar = items.find((i) => i.slug === `solar-${t}`);
    const sun = items.find((i) => i.slug === `sun-${t}`);
    assert.ok(solar && sun);
    assert.equal(sun.articleCount, 2);
    await rejects(renameTag(ctx, editor, sun.id, { name: 'Sun', slug: solar.slug }), 'slug', /merge this tag/);
    const { moved } = await mergeTags(ctx, editor, sun.id, solar.id);
    assert.equal(moved, 2);
    const rows = await ctx.db.selectFrom('article_tags').select(['article_id', 'tag_id']).where('article_id', 'in', [both.id, one.id]).orderBy('article_id').execute();
    assert.deepEqual(rows, [both.id, one.id].sort((x, y) => x - y).map((article_id) => ({ article_id, tag_id: solar.id })));
    assert.equal((await findRedirect(ctx.db, `/tag/sun-${t}/`))?.to, `/tag/solar-${t}/`);
    await rejects(mergeTags(ctx, editor, solar.id, solar.id), 'into', /itself/);
  });
});
