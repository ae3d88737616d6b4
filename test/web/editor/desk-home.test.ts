import assert from 'node:assert/strict';
import { test } from 'node:test';
import { publishArticle, setArticleStatus, writeArticle } from '../../../src/domain/articles/articles.service.js';
import { updateSiteSettings } from '../../../src/domain/settings/settings.js';
import { describeEachApp } from '../../helpers/app.js';
import { makeAuthor } from '../../helpers/factories.js';
import { Client, makeUser } from '../accounts-client.js';

/** The items of one section of the desk home, by article id. */
function sectionIds(html: string, headingId: string): number[] {
  const start = html.indexOf(`id="${headingId}"`);
  assert.ok(start > 0, `the section ${headingId} is there`);
  const end = html.indexOf('</section>', start);
  return [...html.slice(start, end).matchAll(/<li data-article-id="(\d+)"/g)].map((m) => Number(m[1]));
}

describeEachApp('desk: the home page', (app) => {
  let editor: Client;

  async function draft(title: string): Promise<number> {
    const authorIds = [(await makeAuthor(app().ctx, { name: `Home Writer ${title.length}` })).id];
    const saved = await writeArticle(app().ctx, { title, bodyMarkdown: `Some words about ${title}.`, authorIds, categoryIds: [], tags: [] }, undefined, { by: { userId: null, name: 'Fixture' } });
    return saved.id;
  }

  test('on an empty desk the home page still says what to do', async () => {
    const u = await makeUser(app().ctx, { role: 'editor', name: 'Home Editor' });
    editor = new Client(app);
    assert.equal((await editor.signIn(u.email, u.password)).statusCode, 303);
    const res = await editor.get('/editor/');
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['cache-control'], 'no-store');
    for (const words of [
      'What needs attention today, 20 November 2026.',
      'Nothing is scheduled for the coming week.',
      'No drafts in progress.',
      'Nothing has been published yet.',
      'The desk is empty',
      'href="/editor/articles/new"',
      'href="/editor/articles/new?from=docx"',
      'aria-label="Editorial desk"',
      'href="/editor/authors/"',
    ]) {
      assert.ok(res.body.includes(words), words);
    }
  });

  test('scheduled pieces of the coming week with their times, recent drafts, recent publications with visits, counts', async () => {
    await updateSiteSettings(app().ctx, { timeZone: 'America/New_York' });
    try {
      const soon = await draft('Goes out on Sunday');
      const sooner = await draft('Goes out tomorrow');
      const later = await draft('Goes out next month');
      await setArticleStatus(app().ctx, soon, { to: 'scheduled', publishAt: '2026-11-22T14:00:00.000Z' });
      await setArticleStatus(app().ctx, sooner, { to: 'scheduled', publishAt: '2026-11-21T15:30:00.000Z' });
      await setArticleStatus(app().ctx, later, { to: 'scheduled', publishAt: '2026-12-20T09:00:00.000Z' });
      const working = await draft('Still being written');
      const live = await draft('Already out');
      await publishArticle(app().ctx, live);
      await app().ctx.db.insertInto('visit_days').values({ article_id: live, day: '2026-11-20', count: 2048 }).execute();
      const binned = await draft('Thrown away');
      await setArticleStatus(app().ctx, binned, { to: 'trash' });

      const res = await editor.get('/editor/');
      assert.equal(res.statusCode, 200);
      assert.deepEqual(sectionIds(res.body, 'upcoming-title'), [sooner, soon], 'the coming week, soonest first; next month is left out');
      assert.ok(res.body.includes('21 Nov 2026, 10:30'), 'the go-live time in the site zone (New York)');
      assert.ok(res.body.includes('22 Nov 2026, 09:00'));
      assert.deepEqual(sectionIds(res.body, 'drafts-title'), [working]);
      assert.deepEqual(sectionIds(res.body, 'published-title'), [live]);
      assert.ok(res.body.includes('2,048 visits'), 'visits with a thousands separator');
      assert.ok(/<strong class="desk-count">1<\/strong> <span>draft<\/span>/.test(res.body), 'one draft');
      assert.ok(/<strong class="desk-count">3<\/strong> <span>scheduled<\/span>/.test(res.body));
      assert.ok(/<strong class="desk-count">1<\/strong> <span>in the trash<\/span>/.test(res.body));
      assert.ok(res.body.includes('href="/editor/articles/?status=trash"'), 'each count links to its list');
      assert.ok(!res.body.includes('The desk is empty'));

      // A scheduled time that has passed before the scheduler ran is flagged, not hidden.
      app().clock.set('2026-11-21T16:00:00.000Z');
      const u = await makeUser(app().ctx, { role: 'editor', name: 'Late Editor' });
      const lateEditor = new Client(app);
      assert.equal((await lateEditor.signIn(u.email, u.password)).statusCode, 303);
      const late = await lateEditor.get('/editor/');
      assert.ok(late.body.includes('Due since'), 'an overdue piece says so');
    } finally {
      await updateSiteSettings(app().ctx, { timeZone: 'UTC' });
    }
  });

  test('only editors and admins reach the desk home', async () => {
    for (const role of ['reader', 'author', 'reviewer'] as const) {
      const u = await makeUser(app().ctx, { role, name: `Home ${role}` });
      const c = new Client(app);
      assert.equal((await c.signIn(u.email, u.password)).statusCode, 303);
      const res = await c.get('/editor/');
      assert.equal(res.statusCode, 403, role);
      assert.ok(res.body.includes('Not allowed'));
    }
    const admin = await makeUser(app().ctx, { role: 'admin', name: 'Home Admin' });
    const c = new Client(app);
    await c.signIn(admin.email, admin.password);
    assert.equal((await c.get('/editor/')).statusCode, 200);
    const away = await new Client(app).get('/editor/');
    assert.equal(away.statusCode, 303);
    assert.equal(away.headers.location, '/login?next=%2Feditor%2F');
  });
});
