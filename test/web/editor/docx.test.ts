import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import type { Role } from '../../../src/domain/accounts/policy.js';
import { createSession, sessionCookieName } from '../../../src/domain/accounts/sessions.js';
import { findAuthorByUserId } from '../../../src/domain/authors/authors.js';
import { BROWSER_UA, describeEachApp, type TestApp } from '../../helpers/app.js';
import { makeUser } from '../accounts-client.js';
import { bluePng, CONTENT_TYPES, docmFrom, plainDocx, richDocx, zip } from '../../domain/imports/docx/docx-fixtures.js';

// The test app's SITE_URL is https: the session cookie has its __Host- name.
const SESSION_COOKIE = sessionCookieName(true);

// "New from a Word file": the upload page, its POST, and every refusal answered on the
// same page with the reason by the file field, having written nothing.

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function multipart(fields: Record<string, string>, file?: { name?: string; filename: string; data: Buffer }): { body: Buffer; contentType: string } {
  const boundary = `----docx${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = Object.entries(fields).map(([k, v]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  if (file) {
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.name ?? 'manuscript'}"; filename="${file.filename}"\r\nContent-Type: ${DOCX_TYPE}\r\n\r\n`),
      file.data,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

interface Desk {
  userId: number;
  name: string;
  get(url: string): Promise<LightMyRequestResponse>;
  upload(file?: { name?: string; filename: string; data: Buffer }, csrf?: string): Promise<LightMyRequestResponse>;
}

async function signIn(app: TestApp, role: Role, name: string): Promise<Desk> {
  const user = await makeUser(app.ctx, { role, name });
  const session = await createSession(app.ctx.db, user.id, { persistent: false }, app.ctx.clock.now());
  const cookie = `${SESSION_COOKIE}=${session.token}`;
  return {
    userId: user.id,
    name,
    get: (url) => app.app.inject({ method: 'GET', url, headers: { 'user-agent': BROWSER_UA, accept: 'text/html', cookie } }),
    upload(file, csrf = session.csrfSecret) {
      const { body, contentType } = multipart({ _csrf: csrf }, file);
      return app.app.inject({
        method: 'POST',
        url: '/editor/articles/new/docx',
        headers: { 'user-agent': BROWSER_UA, accept: 'text/html', cookie, 'content-type': contentType },
        payload: body,
      });
    },
  };
}

async function counts(app: TestApp): Promise<number[]> {
  return Promise.all(
    (['articles', 'media', 'authors', 'article_versions'] as const).map(async (t) =>
      Number((await app.ctx.db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n),
    ),
  );
}

describeEachApp('New from a Word file', (app) => {
  test('the upload page: a multipart form with a .docx input and what the draft keeps', async () => {
    const editor = await signIn(app(), 'editor', 'Desk Editor');
    const res = await editor.get('/editor/articles/new?from=docx');
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['cache-control'], 'no-store');
    assert.match(res.body, /<form class="account-form" method="post" action="\/editor\/articles\/new\/docx" enctype="multipart\/form-data">/);
    assert.match(res.body, /<input[^>]+id="f-manuscript"[^>]+name="manuscript"[^>]+type="file"[^>]+accept="\.docx,/);
    assert.match(res.body, /<label class="field-label" for="f-manuscript">/);
    assert.match(res.body, /Footnotes and endnotes/);
    assert.match(res.body, /name="_csrf"/);
  });

  test('an author uploads a Word file: a draft owned by them, bylined to a profile made from their name', async () => {
    const author = await signIn(app(), 'author', 'Gwen Pascoe');
    assert.equal(await findAuthorByUserId(app().ctx.db, author.userId), undefined);
    const mediaBefore = (await counts(app()))[1] ?? 0;
    const res = await author.upload({ filename: 'tides.docx', data: await richDocx(await bluePng()) });
    assert.equal(res.statusCode, 303, res.body.slice(0, 500));
    const id = Number(/^\/editor\/articles\/(\d+)\/\?saved=imported$/.exec(String(res.headers.location))?.[1]);
    assert.ok(id > 0, String(res.headers.location));
    const article = await app().ctx.db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.deepEqual([article.title, article.status, article.owner_user_id], ['Tides of the Northern Harbour', 'draft', author.userId]);
    assert.match(article.body_md, /\[\^1\]: Measured at the harbour wall, 1903\./);
    assert.match(article.body_md, /!\[The tide gauge at dawn\]\(\/media\/i\//);
    const profile = await findAuthorByUserId(app().ctx.db, author.userId);
    assert.equal(profile?.name, 'Gwen Pascoe');
    const byline = await app().ctx.db.selectFrom('article_authors').select('author_id').where('article_id', '=', id).execute();
    assert.deepEqual(byline.map((b) => b.author_id), [profile?.id]);
    assert.equal((await counts(app()))[1], mediaBefore + 1);

    const editorPage = await author.get(`/editor/articles/${id}/`);
    assert.equal(editorPage.statusCode, 200);
    assert.match(editorPage.body, /Tides of the Northern Harbour/);
  });

  test('hostile and broken files are refused on the page, by the field, and nothing is written', async () => {
    const editor = await signIn(app(), 'editor', 'Refusing Editor');
    const before = await counts(app());
    const cases: Array<[string, Buffer, RegExp]> = [
      ['notes.docx', Buffer.from('Plain text pretending to be Word.\n'), /not a Word document \(\.docx\), whatever its name says/],
      ['picture.docx', await bluePng(), /not a Word document/],
      ['bomb.docx', zip([{ name: '[Content_Types].xml', data: CONTENT_TYPES }, { name: 'word/document.xml', data: '<w:document/>', declaredSize: 3_000_000_000 }]), /zip bomb/],
      ['macros.docx', await docmFrom(await plainDocx()), /contains macros/],
    ];
    for (const [filename, data, message] of cases) {
      const res = await editor.upload({ filename, data });
      assert.equal(res.statusCode, 400, filename);
      assert.equal(res.headers['cache-control'], 'no-store');
      assert.match(res.body, /<div class="field field-invalid">/, filename);
      assert.match(res.body, /aria-invalid="true"/);
      assert.match(res.body, /<div class="error-summary" role="alert"/);
      assert.match(res.body, message, filename);
      assert.match(res.body, /<a href="#f-manuscript">/);
    }
    assert.deepEqual(await counts(app()), before);
    assert.equal(await findAuthorByUserId(app().ctx.db, editor.userId), undefined);
  });

  test('a file over 15 MB gets a 413 with the page; no file gets a 400; a missing token is refused', async () => {
    const editor = await signIn(app(), 'editor', 'Limits Editor');
    const before = await counts(app());
    const big = await editor.upload({ filename: 'huge.docx', data: Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.alloc(15 * 1024 * 1024 + 10)]) });
    assert.equal(big.statusCode, 413);
    assert.match(big.body, /The file is larger than 15 MB/);
    assert.match(big.body, /id="f-manuscript-error"/);
    const none = await editor.upload();
    assert.equal(none.statusCode, 400);
    assert.match(none.body, /Choose a Word file \(\.docx\) to import\./);
    const forged = await editor.upload({ filename: 'ok.docx', data: await plainDocx() }, 'not-the-token');
    assert.equal(forged.statusCode, 403);
    assert.deepEqual(await counts(app()), before);
  });

  test('readers and reviewers are refused; anonymous visitors are sent to sign in', async () => {
    const before = await counts(app());
    for (const role of ['reader', 'reviewer'] as const) {
      const visitor = await signIn(app(), role, `A ${role}`);
      const res = await visitor.upload({ filename: 'ok.docx', data: await plainDocx() });
      assert.equal(res.statusCode, 403, role);
    }
    const anonymous = await app().app.inject({ method: 'POST', url: '/editor/articles/new/docx', headers: { 'user-agent': BROWSER_UA, accept: 'text/html' } });
    assert.ok([303, 403].includes(anonymous.statusCode), String(anonymous.statusCode));
    assert.deepEqual(await counts(app()), before);
  });
});
