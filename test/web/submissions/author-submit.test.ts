import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import sharp from 'sharp';
import { getSubmissionDetail } from '../../../src/domain/submissions/submissions.queries.js';
import { describeEachApp, type TestApp } from '../../helpers/app.js';
import { makeAuthor, makeCategory } from '../../helpers/factories.js';
import { signedInAs, type SignedInAuthor } from '../../helpers/submission-factories-author.js';
import { hiddenValue, lastMailTo, setCookies, uniqueEmail } from '../accounts-client.js';

// The submission form: saving, the checks and preview, sending, every refusal answered
// on the same form with the text kept, a stale version, a Word file, and a session that
// expired while the author was writing.

const SITE = 'https://journal.example';

function idFrom(location: string): number {
  const m = /\/dashboard\/submissions\/(\d+)\//.exec(location);
  assert.ok(m?.[1], `a submission address: ${location}`);
  return Number(m[1]);
}

interface FilePart {
  field: string;
  filename: string;
  type: string;
  data: Buffer;
}

/** The form as a browser sends it with enctype=multipart/form-data: text fields first, files last. */
async function postMultipart(app: TestApp, a: SignedInAuthor, url: string, fields: Record<string, string>, files: FilePart[]) {
  const boundary = `----author${randomBytes(6).toString('hex')}`;
  const field = (k: string, v: string) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`);
  const payload = Buffer.concat([
    field('_csrf', await a.csrf()),
    ...Object.entries(fields).map(([k, v]) => field(k, v)),
    ...files.flatMap((f) => [Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${f.field}"; filename="${f.filename}"\r\nContent-Type: ${f.type}\r\n\r\n`), f.data, Buffer.from('\r\n')]),
    Buffer.from(`--${boundary}--\r\n`),
  ]);
  return app.app.inject({ method: 'POST', url, headers: { cookie: a.client.cookieHeader(), accept: 'text/html', 'content-type': `multipart/form-data; boundary=${boundary}` }, payload });
}

async function post(a: SignedInAuthor, url: string, fields: Record<string, string>) {
  return a.client.post(url, { _csrf: await a.csrf(), ...fields });
}

function textareaValue(html: string, name: string): string {
  const m = new RegExp(`<textarea[^>]*name="${name}"[^>]*>([\\s\\S]*?)</textarea>`).exec(html);
  return m?.[1] ?? '';
}

describeEachApp('author: the submission form', (app: () => TestApp) => {
  test('visitors without an account and unconfirmed addresses are told what to do', async () => {
    const a = await signedInAs(app);
    const anon = await app().app.inject({ method: 'GET', url: '/submit/new' });
    assert.equal(anon.statusCode, 200);
    assert.equal(anon.headers['cache-control'], 'no-store');
    assert.match(anon.body, /Sign in to submit your work/);
    assert.match(anon.body, /href="\/login\?next=%2Fsubmit%2Fnew"/);
    assert.match(anon.body, /href="\/register"/);
    assert.match(anon.body, /href="\/submit\/"/);
    assert.doesNotMatch(anon.body, /name="body"/, 'no form to lose text in');

    await app().ctx.db.updateTable('users').set({ email_verified_at: null }).where('id', '=', a.actor.userId).execute();
    const res = await a.client.get('/submit/new');
    assert.equal(res.statusCode, 403);
    assert.match(res.body, /Confirm your email address first/);
    assert.match(res.body, /action="\/dashboard\/account\/verify"/);
    assert.match(res.body, /href="\/dashboard\/"/);
  });

  test('save keeps a draft with its co-authors; the edit form shows it all again', async () => {
    const a = await signedInAs(app);
    const section = await makeCategory(app().ctx);
    const form = await a.client.get('/submit/new');
    assert.equal(form.statusCode, 200);
    assert.equal(form.headers['cache-control'], 'no-store');
    assert.match(form.body, /enctype="multipart\/form-data"/);
    const res = await post(a, '/submit/new', {
      intent: 'save',
      title: 'Salt roads of the north',
      dek: 'How salt moved.',
      category: String(section.id),
      tags: 'trade, salt',
      body: 'The salt came by cart.\n\n## Routes\n\nThree roads.',
      coauthor_0_name: 'Ines Valdés',
      coauthor_0_email: 'ines@example.org',
    });
    assert.equal(res.statusCode, 303);
    const id = idFrom(String(res.headers.location));
    assert.match(String(res.headers.location), /\/edit\?done=saved$/);
    const s = await getSubmissionDetail(app().ctx.db, id);
    assert.equal(s?.status, 'draft');
    assert.equal(s?.categoryId, section.id);
    assert.deepEqual(s?.tags, ['trade', 'salt']);
    assert.deepEqual(s?.coauthors.map((c) => [c.name, c.email]), [['Ines Valdés', 'ines@example.org']]);

    const edit = await a.client.get(String(res.headers.location));
    assert.equal(edit.statusCode, 200);
    assert.match(edit.body, /Saved\. Nothing has been sent yet\./);
    assert.equal(hiddenValue(edit.body, 'version'), String(s?.version));
    assert.match(edit.body, /value="Salt roads of the north"/);
    assert.match(textareaValue(edit.body, 'body'), /## Routes/);
    assert.match(edit.body, /value="Ines Valdés"/);

    // Another author sees nothing there.
    const other = await signedInAs(app);
    assert.equal((await other.client.get(`/dashboard/submissions/${id}/edit`)).statusCode, 404);
    assert.equal((await post(other, `/dashboard/submissions/${id}/edit`, { title: 'Mine now', body: 'x' })).statusCode, 404);
  });

  test('co-authors with a profile are found by name and ticked in, linked to their profile', async () => {
    const a = await signedInAs(app);
    const known = await makeAuthor(app().ctx, { name: 'Marguerite Okonkwo-Lind', affiliation: 'Institute of Tides' });
    const found = await post(a, '/submit/new', { intent: 'find', title: 'Joint work', body: 'Written together.', coauthor_find: 'okonkwo' });
    assert.equal(found.statusCode, 200);
    assert.match(found.body, /Marguerite Okonkwo-Lind — Institute of Tides/);
    assert.match(found.body, new RegExp(`name="coauthor_pick" value="${known.id}"`));
    const action = /action="(\/dashboard\/submissions\/(\d+)\/edit)"/.exec(found.body);
    assert.ok(action?.[1] && action[2], 'the draft was saved');
    const none = await post(a, action[1], { intent: 'find', title: 'Joint work', body: 'Written together.', version: hiddenValue(found.body, 'version'), coauthor_find: '%_%' });
    assert.match(none.body, /No profile matches that name/);

    const saved = await post(a, action[1], { intent: 'save', title: 'Joint work', body: 'Written together.', version: hiddenValue(none.body, 'version'), coauthor_pick: String(known.id) });
    assert.equal(saved.statusCode, 303);
    const s = await getSubmissionDetail(app().ctx.db, Number(action[2]));
    assert.deepEqual(s?.coauthors.map((c) => [c.authorId, c.name]), [[known.id, 'Marguerite Okonkwo-Lind']]);
    const edit = await a.client.get(action[1]);
    assert.match(edit.body, new RegExp(`name="coauthor_0_author_id" value="${known.id}"`));
  });

  test('a bad field answers 400 with the form filled in and the message by the field; nothing is saved', async () => {
    const a = await signedInAs(app);
    const before = await app().ctx.db.selectFrom('submissions').select('id').where('owner_user_id', '=', a.actor.userId).execute();
    const res = await post(a, '/submit/new', {
      intent: 'save',
      title: 'A <script>alert(1)</script> title',
      body: 'Words I must not lose.',
      coauthor_0_name: 'Pat',
      coauthor_0_email: 'not-an-address',
    });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /id="f-coauthor_0_email-error"[\s\S]*?That email address does not look right\./);
    assert.match(res.body, /href="#f-coauthor_0"/);
    assert.match(textareaValue(res.body, 'body'), /Words I must not lose\./);
    assert.ok(!res.body.includes('<script>alert(1)</script>'), 'the title is escaped');
    assert.match(res.body, /A &lt;script>alert\(1\)&lt;\/script> title|A &lt;script&gt;alert\(1\)&lt;\/script&gt; title/);
    const after = await app().ctx.db.selectFrom('submissions').select('id').where('owner_user_id', '=', a.actor.userId).execute();
    assert.equal(after.length, before.length);
  });

  test('check saves, lists the findings with what to do, and previews the article', async () => {
    const a = await signedInAs(app);
    const section = await makeCategory(app().ctx);
    await app().ctx.db.updateTable('categories').set({ min_words: 500 }).where('id', '=', section.id).execute();
    const res = await post(a, '/submit/new', {
      intent: 'check',
      title: 'Ferries and bridges',
      category: String(section.id),
      body: 'A short text about **ferries**.[^1]\n\n[^1]: A note citing nothing.',
    });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<h2 id="checks-title">Checks<\/h2>/);
    assert.match(res.body, /finding-error|finding-warning/);
    assert.match(res.body, /class="finding-todo"/);
    assert.match(res.body, /500/, 'the section’s minimum is named');
    assert.match(res.body, /\(at least 500 words\)<\/option>/, 'the form names the section’s limits');
    assert.match(res.body, /<h2 id="preview-title">/);
    assert.match(res.body, /<h3 class="article-title">Ferries and bridges<\/h3>/);
    assert.match(res.body, /<strong>ferries<\/strong>/);
    // Saved: the form now posts to the draft's own address, with its version.
    const m = /action="\/dashboard\/submissions\/(\d+)\/edit"/.exec(res.body);
    assert.ok(m?.[1]);
    assert.equal((await getSubmissionDetail(app().ctx.db, Number(m[1])))?.title, 'Ferries and bridges');
  });

  test('send needs both declarations, then sends, mails a receipt and tells co-authors without a profile', async () => {
    const a = await signedInAs(app);
    const coauthor = uniqueEmail('coauthor');
    const fields = { title: 'Lighthouses as archives', body: 'Keepers kept logs.\n\nThe logs survive.', coauthor_0_name: 'Rui Costa', coauthor_0_email: coauthor };
    const refused = await post(a, '/submit/new', { ...fields, intent: 'submit' });
    assert.equal(refused.statusCode, 400);
    assert.match(refused.body, /id="f-declare_original-error"/);
    assert.match(refused.body, /id="f-declare_exclusive-error"/);
    assert.match(textareaValue(refused.body, 'body'), /Keepers kept logs\./);
    const action = /action="(\/dashboard\/submissions\/(\d+)\/edit)"/.exec(refused.body);
    assert.ok(action?.[1] && action[2], 'the draft was saved and the form points at it');
    const id = Number(action[2]);
    assert.equal((await getSubmissionDetail(app().ctx.db, id))?.status, 'draft');

    const sent = await post(a, action[1], { ...fields, version: hiddenValue(refused.body, 'version'), declare_original: 'on', declare_exclusive: 'on', intent: 'submit' });
    assert.equal(sent.statusCode, 303);
    assert.equal(sent.headers.location, `/dashboard/submissions/${id}/?done=sent`);
    assert.equal((await getSubmissionDetail(app().ctx.db, id))?.status, 'submitted');
    const receipt = await lastMailTo(app().ctx, a.actor.email);
    assert.match(String(receipt?.subject), /We received “Lighthouses as archives”/);
    assert.ok(String(receipt?.text).includes(`${SITE}/dashboard/submissions/${id}/`));
    const note = await lastMailTo(app().ctx, coauthor);
    assert.match(String(note?.subject), /named as co-author/);
    assert.ok(String(note?.text).includes(`${SITE}/register`));

    // Sent: the form is closed now.
    const edit = await a.client.get(`/dashboard/submissions/${id}/edit`);
    assert.equal(edit.statusCode, 303);
  });

  test('a stale version is a 409 that keeps the text typed', async () => {
    const a = await signedInAs(app);
    const first = await post(a, '/submit/new', { intent: 'save', title: 'Two tabs', body: 'First words.' });
    const id = idFrom(String(first.headers.location));
    const page = await a.client.get(`/dashboard/submissions/${id}/edit`);
    const version = hiddenValue(page.body, 'version');
    assert.equal((await post(a, `/dashboard/submissions/${id}/edit`, { intent: 'save', version, title: 'Two tabs', body: 'From the other tab.' })).statusCode, 303);
    const stale = await post(a, `/dashboard/submissions/${id}/edit`, { intent: 'save', version, title: 'Two tabs', body: 'Words from the stale tab.' });
    assert.equal(stale.statusCode, 409);
    assert.match(stale.body, /saved in another window/);
    assert.match(textareaValue(stale.body, 'body'), /Words from the stale tab\./);
    assert.notEqual(hiddenValue(stale.body, 'version'), version, 'the next save goes over the newer version on purpose');
    assert.equal((await getSubmissionDetail(app().ctx.db, id))?.body, 'From the other tab.');
  });

  test('a Word file becomes the text of the draft, shown in the body field to correct', async () => {
    const a = await signedInAs(app);
    const data = await Packer.toBuffer(
      new Document({
        footnotes: { 1: { children: [new Paragraph('A source, 2020, https://example.org/source')] } },
        sections: [
          {
            children: [
              new Paragraph({ text: 'Canal Towns', heading: HeadingLevel.TITLE }),
              new Paragraph({ text: 'Locks', heading: HeadingLevel.HEADING_1 }),
              new Paragraph({ children: [new TextRun('Boats waited at the lock.'), new FootnoteReferenceRun(1)] }),
            ],
          },
        ],
      }),
    );
    const res = await postMultipart(app(), a, '/submit/new', { intent: 'save', title: '', body: '' }, [
      { field: 'manuscript', filename: 'canals.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', data },
    ]);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /value="Canal Towns"/);
    const body = textareaValue(res.body, 'body');
    assert.match(body, /## Locks/);
    assert.match(body, /Boats waited at the lock\.\[\^1\]/);
    assert.match(body, /\[\^1\]: A source/);
    const m = /action="\/dashboard\/submissions\/(\d+)\/edit"/.exec(res.body);
    assert.ok(m?.[1]);
    assert.match((await getSubmissionDetail(app().ctx.db, Number(m[1])))?.body ?? '', /Boats waited/);
  });

  test('a Word file over the limit is refused by its field, with the text typed before it kept', async () => {
    const a = await signedInAs(app);
    const res = await postMultipart(app(), a, '/submit/new', { intent: 'save', title: 'Too big', body: 'Words typed before the file.' }, [
      { field: 'manuscript', filename: 'huge.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', data: Buffer.alloc(16 * 1024 * 1024, 1) },
    ]);
    assert.equal(res.statusCode, 413);
    assert.match(res.body, /id="f-manuscript-error"[\s\S]*?larger than 15 MB/);
    assert.match(textareaValue(res.body, 'body'), /Words typed before the file\./);
    assert.match(res.body, /value="Too big"/);
  });

  test('a cover picture is stored with the draft, shown again, and can be removed; a bad file is refused by its field', async () => {
    const a = await signedInAs(app);
    const png = await sharp({ create: { width: 320, height: 200, channels: 3, background: { r: 20, g: 90, b: 160 } } }).png().toBuffer();
    const res = await postMultipart(app(), a, '/submit/new', { intent: 'save', title: 'With a cover', body: 'Text.', cover_alt: 'A blue field' }, [{ field: 'cover', filename: 'cover.png', type: 'image/png', data: png }]);
    assert.equal(res.statusCode, 303);
    const id = idFrom(String(res.headers.location));
    const s = await getSubmissionDetail(app().ctx.db, id);
    assert.ok(s?.coverMediaId, 'the cover is stored');
    const edit = await a.client.get(`/dashboard/submissions/${id}/edit`);
    assert.match(edit.body, /<img class="cover-thumb" src="\/media\/i\/[0-9a-f]{16}-320x200\/[^"]+" alt="A blue field"/);
    assert.equal(hiddenValue(edit.body, 'cover_media_id'), String(s?.coverMediaId));

    const bad = await postMultipart(app(), a, `/dashboard/submissions/${id}/edit`, { intent: 'save', title: 'With a cover', body: 'Text kept.', version: hiddenValue(edit.body, 'version') }, [
      { field: 'cover', filename: 'cover.png', type: 'image/png', data: Buffer.from('not a picture at all') },
    ]);
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /id="f-cover-error"/);
    assert.match(textareaValue(bad.body, 'body'), /Text kept\./);

    const removed = await post(a, `/dashboard/submissions/${id}/edit`, { intent: 'save', title: 'With a cover', body: 'Text.', version: hiddenValue(edit.body, 'version'), cover_media_id: String(s?.coverMediaId), cover_remove: 'on' });
    assert.equal(removed.statusCode, 303);
    assert.equal((await getSubmissionDetail(app().ctx.db, id))?.coverMediaId, null);
    // An id that names no image is not trusted.
    const forged = await post(a, `/dashboard/submissions/${id}/edit`, { intent: 'save', title: 'With a cover', body: 'Text.', cover_media_id: '987654' });
    assert.equal(forged.statusCode, 303);
    assert.equal((await getSubmissionDetail(app().ctx.db, id))?.coverMediaId, null);
  });

  test('a form sent after the session expired is kept, and comes back after signing in', async () => {
    const a = await signedInAs(app);
    const csrf = await a.csrf();
    // The session ends (expired, or signed out elsewhere) while the author writes.
    await app().ctx.db.deleteFrom('sessions').where('user_id', '=', a.actor.userId).execute();
    const text = 'Three hours of writing about harbour cranes.';
    const res = await a.client.request('POST', '/submit/new', { _csrf: csrf, intent: 'submit', title: 'Harbour cranes', body: text, declare_original: 'on' }, { origin: SITE });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/login?next=%2Fsubmit%2Fnew%3Frestore%3D1');
    const cookie = setCookies(res).find((c) => c.name.endsWith('masthead_stash'));
    assert.ok(cookie, 'a stash cookie');
    assert.equal(cookie.attributes.httponly, true);
    assert.equal(String(cookie.attributes['max-age']), String(24 * 3600));

    // Signing in again leads back to the form, filled in.
    const login = await a.client.get('/login?next=%2Fsubmit%2Fnew%3Frestore%3D1');
    const signedIn = await a.client.post('/login', { _csrf: hiddenValue(login.body, '_csrf'), next: hiddenValue(login.body, 'next'), email: a.actor.email, password: a.password });
    assert.equal(signedIn.statusCode, 303);
    assert.equal(signedIn.headers.location, '/submit/new?restore=1');
    const back = await a.client.get('/submit/new?restore=1');
    assert.equal(back.statusCode, 200);
    assert.match(back.body, /You were signed out before your last save went through/);
    assert.match(back.body, /value="Harbour cranes"/);
    assert.equal(textareaValue(back.body, 'body'), text);
    assert.match(back.body, /name="declare_original" value="on" checked/);
    // Nothing was sent or saved meanwhile.
    const rows = await app().ctx.db.selectFrom('submissions').select('id').where('owner_user_id', '=', a.actor.userId).execute();
    assert.equal(rows.length, 0);

    // Saving it clears the stash.
    const saved = await post(a, '/submit/new', { intent: 'save', title: 'Harbour cranes', body: text });
    assert.equal(saved.statusCode, 303);
    assert.equal(await app().ctx.db.selectFrom('form_stashes').select('id_hash').where('fields', 'like', '%harbour cranes%').executeTakeFirst(), undefined);
    const again = await a.client.get('/submit/new?restore=1');
    assert.doesNotMatch(again.body, /Harbour cranes/);
  });

  test('a kept form lasts 24 hours', async () => {
    const a = await signedInAs(app);
    const csrf = await a.csrf();
    await app().ctx.db.deleteFrom('sessions').where('user_id', '=', a.actor.userId).execute();
    await a.client.request('POST', '/submit/new', { _csrf: csrf, title: 'Kept for a day', body: 'Day-long text.' }, { origin: SITE });
    app().clock.advance(25 * 3600 * 1000);
    const login = await a.client.get('/login');
    await a.client.post('/login', { _csrf: hiddenValue(login.body, '_csrf'), email: a.actor.email, password: a.password });
    const back = await a.client.get('/submit/new?restore=1');
    assert.equal(back.statusCode, 200);
    assert.doesNotMatch(back.body, /Kept for a day/);
    assert.doesNotMatch(back.body, /You were signed out/);
  });

  test('a signed-out POST from another site is not kept', async () => {
    const res = await app().app.inject({
      method: 'POST',
      url: '/submit/new',
      headers: { origin: 'https://elsewhere.example', 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: 'x', title: 'Planted', body: 'Planted text' }).toString(),
    });
    assert.equal(res.statusCode, 303);
    assert.ok(!setCookies(res).some((c) => c.name.endsWith('masthead_stash')));
  });
});
