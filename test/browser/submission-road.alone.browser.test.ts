import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { browserSkip, chromiumPath, serveOnLoopback } from '../helpers/browser.js';
import { testDialects } from '../helpers/db.js';
import { makeCategory } from '../helpers/factories.js';
import { makeUser } from '../web/accounts-client.js';

// Issue 9's whole road in Chromium, on each database engine:
// an author registers and confirms the address from the outbox, submits a Word file
// with footnotes; an editor sends it to review and invites a reviewer by email; the
// reviewer opens the invitation from the outbox, accepts and asks for major revisions;
// the editor decides "major" with a message; the author revises and answers the review;
// the editor accepts and publishes the desk draft; the article is live with its notes,
// found by search and in the feed, and the author is told. axe and two screenshots on
// every page of the road (on SQLite; the PostgreSQL run walks the same road without them).

const SHOTS = '/tmp/shots-road';
const WORD = 'saltmarsh'; // a word that appears in the piece and nowhere else on the site
const TITLE = 'Counting Terns on the Saltmarsh';

async function roadDocx(): Promise<Buffer> {
  return Packer.toBuffer(
    new Document({
      footnotes: {
        1: { children: [new Paragraph('R. Albers, “Tern colonies of the northern coast”, Coastal Birds Quarterly 14 (2019): 33–51, https://doi.org/10.5555/cbq.2019.14.33')] },
        2: { children: [new Paragraph('Field counts of the volunteer group, summer 2024, https://example.org/tern-counts-2024')] },
      },
      sections: [
        {
          children: [
            new Paragraph({ text: TITLE, heading: HeadingLevel.TITLE }),
            new Paragraph({ text: 'A morning on the dyke', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({
              children: [
                new TextRun(`At first light the volunteers walk the dyke above the ${WORD} with clipboards and a flask of tea, and count the terns that rise from the grass.`),
                new FootnoteReferenceRun(1),
              ],
            }),
            new Paragraph({
              children: [
                new TextRun('The numbers have fallen for three summers running, and nobody is sure whether the birds have gone elsewhere or simply gone.'),
                new FootnoteReferenceRun(2),
              ],
            }),
            new Paragraph({ text: 'What the counts miss', heading: HeadingLevel.HEADING_1 }),
            new Paragraph('A count is a morning, not a season: a fox on the wrong night empties a colony the clipboards never see.'),
          ],
        },
      ],
    }),
  );
}

// The file name's `.alone.` makes `npm test` run it after every other file, by itself
// (scripts/test.mjs): under two cores shared with another file its Word upload once waited
// past 90 s. On failure a wait prints the page it got.
for (const { dialect, skip } of testDialects) {
  describe(`the whole road of a submission in Chromium [${dialect}]`, { skip: browserSkip || skip }, () => {
    let app: TestApp;
    let base = '';
    let browser: Browser;
    let editor: { email: string; password: string };
    let reviewer: { email: string; password: string };
    let section: { id: number; name: string };
    const mediaDir = mkdtempSync(join(tmpdir(), 'masthead-road-media-'));
    let shot = 0;
    const axeProblems: string[] = [];

    before(async () => {
      // Plain http on loopback, so the cookies are not Secure and the Origin check passes.
      app = await createTestApp(dialect, { SITE_URL: 'http://127.0.0.1', MEDIA_DIR: mediaDir }, '2026-12-03T09:00:00.000Z');
      base = await serveOnLoopback(app.app);
      editor = await makeUser(app.ctx, { role: 'editor', name: 'Halima Roussel' });
      reviewer = await makeUser(app.ctx, { role: 'reader', name: 'Piet Vanderlinde', email: 'piet.vanderlinde@example.org' });
      section = await makeCategory(app.ctx, { name: 'Field Notes', slug: 'field-notes' });
      mkdirSync(SHOTS, { recursive: true });
      browser = await chromium.launch({
        executablePath: chromiumPath ?? '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
      });
    });

    after(async () => {
      await browser?.close();
      await app?.stop();
      rmSync(mediaDir, { recursive: true, force: true });
    });

    /**
     * A browser of its own. The road is long and a loaded CI machine converts a Word file or
     * renders a page slowly, so waits get 90 s instead of Playwright's 30 s.
     */
    async function openPage(): Promise<Page> {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      context.setDefaultTimeout(90_000);
      context.setDefaultNavigationTimeout(90_000);
      return context.newPage();
    }

    /** axe on the whole page, then full-page screenshots at phone and desktop widths, no sideways scroll. */
    async function onPage(page: Page, label: string): Promise<void> {
      if (dialect !== 'sqlite') return;
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      // Gathered, and asserted at the end, so one run names every page's problems.
      for (const v of result.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
        axeProblems.push(`${label} — ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      }
      shot += 1;
      const name = `${String(shot).padStart(2, '0')}-${label.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: true });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 1, `${label} at ${width}px scrolls sideways by ${overflow}px`);
      }
      await page.setViewportSize({ width: 1280, height: 900 });
    }

    /** The path and query of the newest mail's link to `path` (the mail names SITE_URL, not the test port). */
    async function linkFromMail(to: string, path: RegExp): Promise<string> {
      const mail = await app.ctx.db.selectFrom('outbox').selectAll().where('to_address', '=', to.toLowerCase()).orderBy('id', 'desc').executeTakeFirst();
      assert.ok(mail, `a mail to ${to}`);
      const m = mail.text.match(new RegExp(`http://127\\.0\\.0\\.1(${path.source})`));
      assert.ok(m?.[1], `a link to ${path} in:\n${mail.text}`);
      return m[1];
    }

    async function signIn(page: Page, who: { email: string; password: string }, next: string): Promise<void> {
      await page.goto(`${base}/login?next=${encodeURIComponent(next)}`);
      await page.fill('#f-email', who.email);
      await page.fill('#f-password', who.password);
      await page.click('button[type="submit"]:has-text("Sign in")');
    }

    /** The submit button of the form carrying a given hidden intent. */
    const intentForm = (page: Page, intent: string) => page.locator(`form:has(input[type="hidden"][name="intent"][value="${intent}"]) button[type="submit"]`);

    test('register → submit a .docx → review → major revisions → revise → accept → publish → live, searched, in the feed', async () => {
      const authorEmail = 'noor.achterberg@example.org';
      const authorPassword = 'heron-copper-meadow-41';
      const authorPage = await openPage();
      const editorPage = await openPage();
      const reviewerPage = await openPage();

      // ---- The author registers and confirms the address.
      await authorPage.goto(`${base}/submit/new`);
      assert.match((await authorPage.textContent('h1')) ?? '', /Sign in to submit/);
      await onPage(authorPage, 'submit new signed out');
      await authorPage.goto(`${base}/register`);
      await authorPage.fill('#f-name', 'Noor Achterberg');
      await authorPage.fill('#f-email', authorEmail);
      await authorPage.fill('#f-password', authorPassword);
      app.clock.advance(5000); // a person takes a few seconds over the form
      await authorPage.click('button[type="submit"]:has-text("Create account")');
      await authorPage.waitForURL(/\/register\/sent$/);
      await authorPage.goto(base + (await linkFromMail(authorEmail, /\/verify-email\?token=[A-Za-z0-9_-]+/)));
      assert.match((await authorPage.textContent('h1')) ?? '', /Your email address is confirmed/);
      await signIn(authorPage, { email: authorEmail, password: authorPassword }, '/submit/new');
      await authorPage.waitForURL(/\/submit\/new$/);
      await onPage(authorPage, 'submission form blank');

      // ---- A Word file with two footnotes becomes the draft's text, to correct before sending.
      await authorPage.setInputFiles('#f-manuscript', { name: 'terns.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: await roadDocx() });
      await authorPage.click('button[name="intent"][value="save"]');
      await authorPage.waitForSelector('text=The Word file was converted').catch(async (err: unknown) => {
        // Say what the page said instead: a wait that times out shows nothing of it.
        throw new Error(`${String(err)}\n${authorPage.url()}\n${((await authorPage.textContent('main').catch(() => '')) ?? '').slice(0, 2000)}`);
      });
      assert.equal(await authorPage.inputValue('#f-title'), TITLE);
      const converted = await authorPage.inputValue('#f-body');
      assert.match(converted, /## A morning on the dyke/);
      assert.match(converted, /\[\^1\]/);
      assert.match(converted, /\[\^2\]: Field counts of the volunteer group/);
      const formAction = (await authorPage.getAttribute('form.submission-form', 'action')) ?? '';
      const submissionId = Number(formAction.match(/^\/dashboard\/submissions\/(\d+)\/edit$/)?.[1]);
      assert.ok(submissionId > 0, formAction);
      await onPage(authorPage, 'submission form after the word file');

      await authorPage.fill('#f-dek', 'Volunteers on a northern dyke count fewer terns every summer; the counts may not say why.');
      await authorPage.selectOption('#f-category', String(section.id));
      await authorPage.fill('#f-tags', 'birds, coasts');
      await authorPage.check('#f-declare_original');
      await authorPage.check('#f-declare_exclusive');
      await authorPage.click('button[name="intent"][value="check"]');
      await authorPage.waitForSelector('#preview-title');
      assert.match((await authorPage.textContent('section:has(#preview-title)')) ?? '', /Field counts of the volunteer group/);
      await onPage(authorPage, 'submission form checks and preview');
      await authorPage.click('button[name="intent"][value="submit"]');
      await authorPage.waitForURL(new RegExp(`/dashboard/submissions/${submissionId}/\\?done=sent$`));
      await onPage(authorPage, 'author submission page sent');
      await authorPage.goto(`${base}/dashboard/`);
      assert.match((await authorPage.textContent('main')) ?? '', new RegExp(TITLE));
      await onPage(authorPage, 'author dashboard');

      // ---- The editor sends it to review and invites a reviewer.
      await signIn(editorPage, editor, '/editor/submissions/');
      await editorPage.waitForURL(/\/editor\/submissions\/$/);
      assert.match((await editorPage.textContent('main')) ?? '', new RegExp(TITLE));
      await onPage(editorPage, 'editor queue');
      const deskPath = `/editor/submissions/${submissionId}/`;
      await editorPage.goto(base + deskPath);
      await onPage(editorPage, 'editor submission submitted');
      await intentForm(editorPage, 'send_to_review').click();
      await editorPage.waitForURL(/\?saved=review$/);
      await editorPage.fill('#f-reviewer_email', reviewer.email);
      await editorPage.fill('#f-due_on', '2026-12-24');
      await intentForm(editorPage, 'invite').click();
      await editorPage.waitForURL(/\?saved=invited$/);
      await onPage(editorPage, 'editor submission in review');

      // ---- The reviewer opens the invitation from the outbox, signs in, accepts, recommends major revisions.
      const invite = await linkFromMail(reviewer.email, /\/review\/\d+\/\?invite=[A-Za-z0-9_-]+/);
      const assignmentId = Number(invite.match(/^\/review\/(\d+)\//)?.[1]);
      await reviewerPage.goto(base + invite);
      assert.match((await reviewerPage.textContent('h1')) ?? '', /You are invited to review/);
      await onPage(reviewerPage, 'invitation signed out');
      await reviewerPage.click(`a:has-text("Sign in as ${reviewer.email}")`);
      await reviewerPage.fill('#f-email', reviewer.email);
      await reviewerPage.fill('#f-password', reviewer.password);
      await reviewerPage.click('button[type="submit"]:has-text("Sign in")');
      await reviewerPage.waitForURL(new RegExp(`/review/${assignmentId}/$`));
      assert.doesNotMatch((await reviewerPage.content()) ?? '', /Achterberg|noor\.achterberg/i, 'single-blind: no author name on the reviewer page');
      await onPage(reviewerPage, 'review invitation');
      await intentForm(reviewerPage, 'accept').click();
      await reviewerPage.waitForURL(/\?done=accepted$/);
      await onPage(reviewerPage, 'review form');
      await reviewerPage.check('#f-recommendation-major');
      await reviewerPage.fill('#f-to_author', 'The counts need a comparison with a colony where nothing changed; say how the mornings were chosen.');
      await reviewerPage.fill('#f-to_editor', 'Promising, but the second half is thin.');
      await intentForm(reviewerPage, 'review').click();
      await reviewerPage.waitForURL(/\?done=sent$/);
      await onPage(reviewerPage, 'review sent');
      await reviewerPage.goto(`${base}/review/`);
      await onPage(reviewerPage, 'reviewer assignments');

      // ---- The editor asks for major revisions with a message.
      await editorPage.goto(base + deskPath);
      assert.match((await editorPage.textContent('main')) ?? '', /say how the mornings were chosen/);
      await editorPage.check('#f-decision-major');
      await editorPage.fill('#f-message', 'Thank you for the piece. Please answer the reviewer and add the comparison colony.');
      await intentForm(editorPage, 'decide').click();
      await editorPage.waitForURL(/\?saved=decided$/);
      await onPage(editorPage, 'editor submission revisions requested');

      // ---- The author revises and answers the review point by point.
      await authorPage.goto(`${base}/dashboard/submissions/${submissionId}/`);
      assert.match((await authorPage.textContent('main')) ?? '', /say how the mornings were chosen/);
      assert.doesNotMatch((await authorPage.textContent('main')) ?? '', /second half is thin/, 'the confidential comment stays with the editors');
      await onPage(authorPage, 'author submission revisions requested');
      await authorPage.goto(`${base}/dashboard/submissions/${submissionId}/edit`);
      const revised = (await authorPage.inputValue('#f-body')).replace(
        'A count is a morning, not a season',
        'On the neighbouring island, where the fox never crossed, the same mornings counted as many terns as ten years ago. A count is a morning, not a season',
      );
      assert.notEqual(revised, await authorPage.inputValue('#f-body'), 'the revision changes the text');
      await authorPage.fill('#f-body', revised);
      const responses = authorPage.locator('textarea[name^="response_"]');
      assert.equal(await responses.count(), 1, 'one answer field per review');
      await responses.first().fill('I added the island colony as a comparison, and the mornings were the first calm day of each week.');
      await onPage(authorPage, 'revision form');
      await authorPage.click('button[name="intent"][value="resubmit"]');
      await authorPage.waitForURL(new RegExp(`/dashboard/submissions/${submissionId}/\\?done=resubmitted$`));
      await onPage(authorPage, 'author submission resubmitted');

      // ---- The editor accepts and publishes the desk draft.
      // The answer is kept with the round it answers, and the editor reads it beside the review.
      const rounds = await app.ctx.db.selectFrom('submission_rounds').select(['round', 'responses']).where('submission_id', '=', submissionId).orderBy('round').execute();
      const answers = Object.values(JSON.parse(rounds.at(-1)?.responses ?? '{}') as Record<string, string>);
      assert.deepEqual(answers, ['I added the island colony as a comparison, and the mornings were the first calm day of each week.']);
      await editorPage.goto(base + deskPath);
      assert.match((await editorPage.textContent('#reviews-title + ol')) ?? '', /The author’s answer\s*I added the island colony as a comparison/);
      assert.match((await editorPage.textContent('main')) ?? '', /revised, awaiting an editor/);
      assert.match((await editorPage.textContent('main')) ?? '', /neighbouring island/, 'the editor reads the revised text');
      await editorPage.check('#f-decision-accept');
      await editorPage.fill('#f-message', 'Accepted with thanks. We will copy-edit it this week.');
      await intentForm(editorPage, 'decide').click();
      await editorPage.waitForURL(/\?saved=decided$/);
      await onPage(editorPage, 'editor submission accepted');
      await editorPage.click('a:has-text("Open the desk draft")');
      await editorPage.waitForURL(/\/editor\/articles\/\d+\/$/);
      assert.match(await editorPage.inputValue('#article-body'), /neighbouring island/);
      await onPage(editorPage, 'desk draft');
      await editorPage.click('button[name="intent"][value="publish"]');
      await editorPage.waitForURL(/\/editor\/articles\/\d+\/\?saved=publish$/);
      const publicUrl = await editorPage.getAttribute('a:has-text("View on the site")', 'href');
      assert.ok(publicUrl, 'a link to the published article');

      // ---- Live with its footnotes, found by search, in the feed.
      const reader = await openPage();
      await reader.goto(base + publicUrl);
      assert.match((await reader.textContent('h1')) ?? '', new RegExp(TITLE));
      assert.equal(await reader.locator('article a[data-footnote-ref]').count(), 2);
      const notes = (await reader.textContent('section[data-footnotes]')) ?? '';
      assert.match(notes, /Coastal Birds Quarterly/);
      assert.match(notes, /Field counts of the volunteer group/);
      assert.match((await reader.textContent('main')) ?? '', /Noor Achterberg/, 'bylined to the author');
      await onPage(reader, 'published article');
      await reader.goto(`${base}/search?q=${WORD}`);
      const hit = reader.locator(`main a[href="${publicUrl}"]`);
      assert.ok((await hit.count()) > 0, `search for ${WORD} finds the article`);
      await onPage(reader, 'search results');
      const feed = await reader.request.get(`${base}/feed/`);
      assert.equal(feed.status(), 200);
      assert.match(await feed.text(), new RegExp(`<title>${TITLE}</title>`));

      // The submission followed its article, and the author's page says so with the link.
      const followed = await app.ctx.db.selectFrom('submissions').select('status').where('id', '=', submissionId).executeTakeFirstOrThrow();
      assert.equal(followed.status, 'published');
      await authorPage.goto(`${base}/dashboard/submissions/${submissionId}/`);
      assert.match((await authorPage.textContent('main')) ?? '', /Status:\s*published/);
      assert.equal(new URL((await authorPage.getAttribute('a:has-text("Read it on the site")', 'href')) ?? '', base).pathname, publicUrl);
      await onPage(authorPage, 'author submission published');

      // The scheduler's reminder pass (once a minute) tells the author, once.
      app.clock.advance(61_000);
      await app.scheduler.tick();
      app.clock.advance(61_000);
      await app.scheduler.tick();

      // ---- What the road sent, by kind.
      const mails = await app.ctx.db.selectFrom('outbox').select(['to_address', 'subject']).orderBy('id').execute();
      const bySubject = new Map<string, number>();
      for (const m of mails) bySubject.set(m.subject, (bySubject.get(m.subject) ?? 0) + 1);
      console.log('# mails', mails.length, JSON.stringify(Object.fromEntries(bySubject), null, 1));
      for (const m of mails) console.log('#   ', m.to_address, '—', m.subject);
      // One of each kind the road must send, to the right person (the wording may change; the kinds may not).
      for (const [kind, who, subject] of [
        ['receipt', authorEmail, /received/i],
        ['invitation', reviewer.email, /invitation to review/i],
        ['decision', authorEmail, /revisions requested/i],
        ['revision received', editor.email, /revision received/i],
        ['accepted', authorEmail, /accepted/i],
        ['published', authorEmail, /^Published: /],
      ] as const) {
        assert.equal(mails.filter((m) => m.to_address === who.toLowerCase() && subject.test(m.subject)).length, 1, `one "${kind}" mail to ${who}`);
      }
      for (const p of [authorPage, editorPage, reviewerPage, reader]) await p.context().close();
      assert.deepEqual(axeProblems, [], 'axe finds no serious or critical violation on any page of the road');
    });
  });
}
