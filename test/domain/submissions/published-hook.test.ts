import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Actor } from '../../../src/domain/accounts/policy.js';
import { publishArticle, publishDueArticles, setArticleStatus, unpublishArticle } from '../../../src/domain/articles/article-status.service.js';
import type { DomainContext } from '../../../src/domain/context.js';
import { mailDepsFromConfig } from '../../../src/domain/mail/mailer.js';
import { saveDraft } from '../../../src/domain/submissions/drafts.service.js';
import { sendPublishedNotices } from '../../../src/domain/submissions/published-notices.js';
import { getEvents, getSubmission } from '../../../src/domain/submissions/submissions.queries.js';
import { decide, submitSubmission } from '../../../src/domain/submissions/workflow.service.js';
import { fixedClock } from '../../../src/shared/clock.js';
import { domainContext } from '../../../src/runtime.js';
import { describeEachDialect } from '../../helpers/db.js';
import { makeCategory } from '../../helpers/factories.js';
import { makeActor } from './submission-helpers.js';

// The desk publishes what a submission became; the submission follows, the
// near-duplicate index learns the text, and the author hears once.

const body = `Salt marshes store carbon in layers of silt that build up with every tide, and they do so faster than most forests.

## Measuring

Cores taken across the marsh show the layers year by year, like rings in a tree trunk laid on its side.
`;

describeEachDialect('a published submission', (db) => {
  let ctx: DomainContext;
  let clock: ReturnType<typeof fixedClock>;
  let author: Actor;
  let editor: Actor;

  before(async () => {
    clock = fixedClock('2026-12-01T10:00:00.000Z');
    ctx = { ...domainContext(db()), clock };
    author = await makeActor(ctx, 'author');
    editor = await makeActor(ctx, 'editor');
  });

  async function accepted(title: string): Promise<{ id: number; articleId: number }> {
    const section = await makeCategory(ctx);
    const s = await saveDraft(ctx, author, { title, dek: 'Marshes and carbon.', body, categoryId: section.id, tags: [], coauthors: [], declareOriginal: true, declareExclusive: true });
    await submitSubmission(ctx, author, s.id);
    const done = await decide(ctx, editor, s.id, 'accept', 'Yes, with pleasure.');
    assert.ok(done.articleId);
    return { id: s.id, articleId: done.articleId };
  }

  const notices = () => sendPublishedNotices(ctx, { mail: mailDepsFromConfig({ smtpUrl: undefined, siteUrl: 'https://mag.example', mailFrom: undefined }, ctx.db, ctx.clock), siteUrl: 'https://mag.example' });

  test('publishing the desk draft publishes the submission, indexes the text and sends one notice', async () => {
    const s = await accepted(`Marsh carbon ${Date.now()}`);
    assert.equal(await notices(), 0, 'nothing is owed before publication');
    await publishArticle(ctx, s.articleId);
    assert.equal((await getSubmission(ctx.db, s.id))?.status, 'published');
    const events = await getEvents(ctx.db, s.id);
    assert.deepEqual(events.map((e) => e.transition), ['create', 'submit', 'accept', 'publish']);
    const doc = await ctx.db.selectFrom('similarity_docs').select('doc_id').where('kind', '=', 'article').where('doc_id', '=', s.articleId).executeTakeFirst();
    assert.ok(doc, 'the published text is in the near-duplicate index');

    assert.equal(await notices(), 1);
    assert.equal(await notices(), 0, 'never twice');
    const mail = await ctx.db.selectFrom('outbox').select(['to_address', 'subject', 'text']).where('subject', 'like', 'Published: Marsh carbon%').executeTakeFirstOrThrow();
    assert.equal(mail.to_address, author.email);
    const article = await ctx.db.selectFrom('articles').select('slug').where('id', '=', s.articleId).executeTakeFirstOrThrow();
    assert.match(mail.text, new RegExp(`https://mag\\.example/${article.slug}/`));

    await unpublishArticle(ctx, s.articleId);
    const gone = await ctx.db.selectFrom('similarity_docs').select('doc_id').where('kind', '=', 'article').where('doc_id', '=', s.articleId).executeTakeFirst();
    assert.equal(gone, undefined, 'an unpublished text leaves the index');
    assert.equal((await getSubmission(ctx.db, s.id))?.status, 'published', 'the submission’s history is not rewritten');
  });

  test('scheduling moves it to scheduled; the scheduler’s publication finishes the road', async () => {
    const s = await accepted(`Marsh cores ${Date.now()}`);
    assert.ok(await setArticleStatus(ctx, s.articleId, { to: 'scheduled', publishAt: '2026-12-02T08:00:00.000Z' }));
    assert.equal((await getSubmission(ctx.db, s.id))?.status, 'scheduled');
    clock.set('2026-12-02T08:00:01.000Z');
    assert.ok((await publishDueArticles(ctx)) >= 1);
    assert.equal((await getSubmission(ctx.db, s.id))?.status, 'published');
    const events = await getEvents(ctx.db, s.id);
    assert.deepEqual(events.map((e) => e.transition), ['create', 'submit', 'accept', 'schedule', 'publish']);
  });
});
