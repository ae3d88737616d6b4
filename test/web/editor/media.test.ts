import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import sharp from 'sharp';
import { loadConfig } from '../../../src/config.js';
import { openDatabase, type DatabaseHandle } from '../../../src/db/database.js';
import { createSession, sessionCookieName } from '../../../src/domain/accounts/sessions.js';
import type { Role } from '../../../src/domain/accounts/policy.js';
import { saveArticle, publishArticle } from '../../../src/domain/articles/articles.service.js';
import { storeImage, syncArticleMedia } from '../../../src/domain/media/media.service.js';
import { createRuntime, type Runtime } from '../../../src/runtime.js';
import { BROWSER_UA, describeEachApp, type TestApp } from '../../helpers/app.js';
import { createTestDatabase, pgAdminUrl, type TestDatabase } from '../../helpers/db.js';
import { makeArticle, makeAuthor } from '../../helpers/factories.js';
import { EXIF_ARTIST, gif, jpegWithExif, pngBomb, pngWithAlpha, svg, textPretendingToBeJpeg, webp } from '../../domain/media/media-fixtures.js';
import { hiddenValue, makeUser } from '../accounts-client.js';

// The test app's SITE_URL is https: the session cookie has its __Host- name.
const SESSION_COOKIE = sessionCookieName(true);

interface FilePart {
  filename: string;
  type: string;
  data: Buffer;
}

/** multipart/form-data as a browser (or the editor's fetch) sends it. */
function multipart(fields: Record<string, string>, file?: FilePart): { body: Buffer; contentType: string } {
  const boundary = `----media${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  if (file) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.filename}"\r\nContent-Type: ${file.type}\r\n\r\n`), file.data, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** A signed-in desk user on one runtime (sessions live in the database, so any instance knows them). */
class Desk {
  constructor(
    private readonly runtime: () => Runtime,
    readonly cookie: string,
    readonly csrf: string,
    readonly userId: number,
  ) {}

  static async signIn(runtime: () => Runtime, role: Role, name = `Media ${role} ${randomBytes(2).toString('hex')}`): Promise<Desk> {
    const rt = runtime();
    const user = await makeUser(rt.ctx, { role, name });
    const session = await createSession(rt.ctx.db, user.id, { persistent: false }, rt.ctx.clock.now());
    return new Desk(runtime, `${SESSION_COOKIE}=${session.token}`, session.csrfSecret, user.id);
  }

  get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.runtime().app.inject({ method: 'GET', url, headers: { 'user-agent': BROWSER_UA, accept: 'text/html', cookie: this.cookie, ...headers } });
  }

  /** The form on /editor/media/, posted by a browser. */
  upload(file: FilePart | undefined, fields: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const { body, contentType } = multipart({ _csrf: this.csrf, ...fields }, file);
    return this.runtime().app.inject({
      method: 'POST',
      url: '/editor/media',
      headers: { 'user-agent': BROWSER_UA, accept: 'text/html', cookie: this.cookie, 'content-type': contentType },
      payload: body,
    });
  }

  /** The editor's toolbar and drag and drop: JSON back, the token in a header. */
  uploadJson(file: FilePart, fields: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const { body, contentType } = multipart(fields, file);
    return this.runtime().app.inject({
      method: 'POST',
      url: '/editor/media',
      headers: { 'user-agent': BROWSER_UA, accept: 'application/json', 'x-csrf-token': this.csrf, cookie: this.cookie, 'content-type': contentType },
      payload: body,
    });
  }
}

const anonymousGet = (rt: Runtime, url: string, headers: Record<string, string> = {}) =>
  rt.app.inject({ method: 'GET', url, headers: { 'user-agent': BROWSER_UA, ...headers } });

async function mediaCounts(rt: Runtime): Promise<[number, number]> {
  const m = await rt.ctx.db.selectFrom('media').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const v = await rt.ctx.db.selectFrom('media_variants').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return [Number(m.n), Number(v.n)];
}

describeEachApp('desk media', (app: () => TestApp) => {
  let editor: Desk;
  let author: Desk;

  before(async () => {
    editor = await Desk.signIn(app, 'editor', 'Eda Editor');
    author = await Desk.signIn(app, 'author', 'Ari Author');
  });

  test('an author with no uploads sees a helpful empty state and the upload form; readers may not', async () => {
    const fresh = await Desk.signIn(app, 'author');
    const page = await fresh.get('/editor/media/');
    assert.equal(page.statusCode, 200);
    assert.equal(page.headers['cache-control'], 'no-store');
    assert.match(page.body, /No images yet\./);
    assert.match(page.body, /<form class="account-form admin-inline-form" method="post" action="\/editor\/media" enctype="multipart\/form-data">/);
    assert.match(page.body, /<label class="field-label" for="f-file">Image<\/label>/);
    assert.match(page.body, /Your uploads/);
    assert.equal(hiddenValue(page.body, '_csrf'), fresh.csrf);
    assert.equal((await (await Desk.signIn(app, 'reader')).get('/editor/media/')).statusCode, 403);
    const anon = await anonymousGet(app(), '/editor/media/', { accept: 'text/html' });
    assert.equal(anon.statusCode, 303);
    assert.equal(anon.headers.location, '/login?next=%2Feditor%2Fmedia%2F');
  });

  test('a JPEG with EXIF uploaded from the form: 303 to the list, which shows it with its Markdown; the served WebP has no EXIF', async () => {
    const data = await jpegWithExif(2000, 1500);
    const res = await author.upload({ filename: 'quay.jpg', type: 'image/jpeg', data }, { alt: 'Boats at the quay' });
    assert.equal(res.statusCode, 303, res.body);
    const location = String(res.headers.location);
    assert.match(location, /^\/editor\/media\/\?uploaded=\d+$/);
    const id = Number(location.split('=')[1]);
    const row = await app().ctx.db.selectFrom('media').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.deepEqual([row.width, row.height, row.uploaded_by, row.alt, row.original_name], [1600, 1200, author.userId, 'Boats at the quay', 'quay.jpg']);
    const url = `/media/i/${row.hash.slice(0, 16)}-1600x1200/960.webp`;

    const list = await author.get(location);
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /quay\.jpg was uploaded\. To show it in an article, paste this into the body:/);
    assert.ok(list.body.includes(`![Boats at the quay](${url})`), 'the Markdown to paste');
    assert.match(list.body, new RegExp(`<tr id="media-${id}" class="media-fresh"`));
    assert.match(list.body, /1600 × 1200 px · [\d.]+ (KB|MB) uploaded \(JPEG\) · \d+ KB stored as WebP/);
    assert.match(list.body, /Ari Author/);
    assert.match(list.body, /Not used yet/);

    for (const width of [480, 960, 1600]) {
      const variant = await anonymousGet(app(), url.replace('/960.webp', `/${width}.webp`));
      assert.equal(variant.statusCode, 200, `${width}`);
      assert.equal(variant.headers['content-type'], 'image/webp');
      assert.equal(variant.headers['cache-control'], 'public, max-age=31536000, immutable');
      assert.equal(variant.headers['content-security-policy'], "default-src 'none'; sandbox");
      assert.equal(variant.headers['x-content-type-options'], 'nosniff');
      const meta = await sharp(variant.rawPayload).metadata();
      assert.deepEqual([meta.format, meta.width, meta.exif], ['webp', width, undefined]);
      assert.ok(!variant.rawPayload.includes(Buffer.from(EXIF_ARTIST)));
    }
  });

  test('the editor’s JSON upload answers with the URL and Markdown; PNG, WebP and GIF are accepted', async () => {
    const files: FilePart[] = [
      { filename: 'chart.png', type: 'image/png', data: await pngWithAlpha(1000, 700) },
      { filename: 'street.webp', type: 'image/webp', data: await webp(800, 500, 71) },
      { filename: 'loop.gif', type: 'image/gif', data: await gif(300, 200) },
    ];
    for (const file of files) {
      const res = await author.uploadJson(file, { alt: `About ${file.filename}` });
      assert.equal(res.statusCode, 200, res.body);
      assert.match(String(res.headers['content-type']), /^application\/json/);
      const body = res.json() as { id: number; url: string; width: number; height: number; markdown: string };
      assert.ok(body.id > 0);
      assert.match(body.url, /^\/media\/i\/[0-9a-f]{16}-\d+x\d+\/\d+\.webp$/);
      assert.equal(body.markdown, `![About ${file.filename}](${body.url})`);
      const served = await anonymousGet(app(), body.url);
      assert.equal(served.statusCode, 200, body.url);
      assert.equal((await sharp(served.rawPayload).metadata()).width, Number(body.url.match(/\/(\d+)\.webp$/)?.[1]));
    }
  });

  test('the same file uploaded twice is one row', async () => {
    const file = { filename: 'twice.webp', type: 'image/webp', data: await webp(640, 480, 72) };
    const first = (await author.uploadJson(file)).json() as { id: number; url: string };
    const before = await mediaCounts(app());
    const second = (await editor.uploadJson({ ...file, filename: 'again.webp' })).json() as { id: number; url: string };
    assert.deepEqual(second, { ...first, ...second });
    assert.equal(second.id, first.id);
    assert.equal(second.url, first.url);
    assert.deepEqual(await mediaCounts(app()), before);
  });

  test('refused uploads: a clear message by the field, the description kept, nothing written', async () => {
    const before = await mediaCounts(app());
    const cases: Array<[string, FilePart | undefined, number, RegExp]> = [
      ['SVG', { filename: 'logo.svg', type: 'image/svg+xml', data: svg }, 400, /SVG images are not accepted: they can carry scripts/],
      ['SVG named .png', { filename: 'logo.png', type: 'image/png', data: svg }, 400, /SVG images are not accepted/],
      ['text named .jpg', { filename: 'notes.jpg', type: 'image/jpeg', data: textPretendingToBeJpeg }, 400, /not an image we can read/],
      ['empty file', { filename: 'empty.jpg', type: 'image/jpeg', data: Buffer.alloc(0) }, 400, /The file is empty/],
      ['decompression bomb', { filename: 'bomb.png', type: 'image/png', data: await pngBomb() }, 400, /60,000 × 60,000 pixels, more than the 50 megapixels we accept/],
      ['oversized', { filename: 'huge.jpg', type: 'image/jpeg', data: Buffer.alloc(10 * 1024 * 1024 + 100, 0xff) }, 413, /larger than 10 MB/],
      ['no file', undefined, 400, /Choose an image to upload/],
    ];
    for (const [what, file, status, message] of cases) {
      const res = await author.upload(file, { alt: 'Kept description' });
      assert.equal(res.statusCode, status, `${what}: ${res.statusCode}`);
      assert.equal(res.headers['cache-control'], 'no-store', what);
      assert.match(res.body, /class="error-summary"/, what);
      assert.match(res.body, /href="#f-file"/, what);
      assert.match(res.body, /<p class="field-error" id="f-file-error">/, what);
      assert.match(res.body, message, what);
      // Over the limit the form is not read past the file, so only then is the description lost.
      if (status !== 413) assert.match(res.body, /value="Kept description"/, what);
      if (file) {
        const json = await author.uploadJson(file);
        assert.equal(json.statusCode, status, `${what} (JSON)`);
        assert.match((json.json() as { error: string }).error, message, `${what} (JSON)`);
      }
    }
    const longAlt = await author.upload({ filename: 'ok.gif', type: 'image/gif', data: await gif(64, 64) }, { alt: 'y'.repeat(301) });
    assert.equal(longAlt.statusCode, 400);
    assert.match(longAlt.body, /href="#f-alt"/);
    assert.deepEqual(await mediaCounts(app()), before, 'nothing was stored');
  });

  test('the editor’s script gets every refusal as JSON: a missing token, a reader, no file', async () => {
    const file = { filename: 'x.gif', type: 'image/gif', data: await gif(40, 40) };
    const before = await mediaCounts(app());
    const noToken = await new Desk(app, author.cookie, '', author.userId).uploadJson(file);
    assert.equal(noToken.statusCode, 403);
    assert.match((noToken.json() as { error: string }).error, /This form expired or came from another site/);
    const reader = await (await Desk.signIn(app, 'reader')).uploadJson(file);
    assert.equal(reader.statusCode, 403);
    assert.match((reader.json() as { error: string }).error, /not allowed/);
    assert.deepEqual(await mediaCounts(app()), before);
    const page = await author.get('/editor/media/');
    assert.match(page.body, /JPEG, PNG, WebP or GIF, up to 10 MB\. SVG is not accepted\./);
  });

  test('unknown and hostile media names are a 404 page, never an error', async () => {
    const real = await storeImage(app().ctx.db, { data: await webp(1200, 900, 73), originalName: 'real.webp', uploadedBy: null, now: '2026-11-20T12:00:00.000Z' });
    const key = real.url.split('/')[3] as string;
    const urls = [
      `/media/i/${key}/700.webp`,
      `/media/i/${key}/1600.webp`, // wider than this image
      `/media/i/${key.replace(/^./, (c) => (c === '0' ? '1' : '0'))}/960.webp`,
      `/media/i/${key.replace('1200x900', '1200x901')}/960.webp`,
      `/media/i/${key}/960.png`,
      `/media/i/${key}/..%2f..%2fpackage.json`,
      `/media/i/..%2f..%2f/960.webp`,
      `/media/i/${'a'.repeat(300)}/960.webp`,
      `/media/i/${key}/960.webp%00.html`,
      `/media/i/%ff%fe/960.webp`,
      `/media/x/${key}/960.webp`,
      '/media/avatars/1-0000000000000000.webp',
    ];
    for (const url of urls) {
      const res = await anonymousGet(app(), url, { accept: 'text/html' });
      // Fastify itself answers a name longer than the router takes (414) and broken percent-encoding (400).
      if (url.length > 250) assert.equal(res.statusCode, 414, url);
      else if (url.includes('%ff')) assert.equal(res.statusCode, 400, url);
      else {
        assert.equal(res.statusCode, 404, `${url}: ${res.statusCode}`);
        assert.match(String(res.headers['content-type']), /^text\/html/, url);
      }
    }
    assert.equal((await anonymousGet(app(), real.url)).statusCode, 200);
  });

  test('a variant answers If-None-Match with 304, and HEAD without a body', async () => {
    const stored = await storeImage(app().ctx.db, { data: await webp(700, 400, 74), originalName: 'etag.webp', uploadedBy: null, now: '2026-11-20T12:00:00.000Z' });
    const first = await anonymousGet(app(), stored.url);
    const etag = String(first.headers.etag);
    assert.match(etag, /^"[0-9a-f]{16}-700x400-700"$/);
    const again = await anonymousGet(app(), stored.url, { 'if-none-match': etag });
    assert.equal(again.statusCode, 304);
    assert.equal(again.rawPayload.length, 0);
    assert.equal(again.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.equal((await anonymousGet(app(), stored.url, { 'if-none-match': '"something-else"' })).statusCode, 200);
    const head = await app().app.inject({ method: 'HEAD', url: stored.url });
    assert.equal(head.statusCode, 200);
    assert.equal(head.headers['content-type'], 'image/webp');
  });

  test('the list shows where each image is used, with links to the articles', async () => {
    const res = await editor.uploadJson({ filename: 'used.webp', type: 'image/webp', data: await webp(1300, 800, 75) }, { alt: 'A used image' });
    const media = res.json() as { id: number; url: string; markdown: string };
    const art = await makeArticle(app().ctx, { title: 'An essay with a picture', body: `Before the picture.\n\n${media.markdown}\n\nAfter it.`, publish: false });
    await syncArticleMedia(app().ctx.db, art.id, `Before the picture.\n\n${media.markdown}\n\nAfter it.`, null);
    const list = await editor.get('/editor/media/');
    assert.match(list.body, /All uploads/);
    const row = list.body.slice(list.body.indexOf(`<tr id="media-${media.id}"`));
    const rowHtml = row.slice(0, row.indexOf('</tr>'));
    assert.ok(rowHtml.includes(`<a href="/editor/articles/${art.id}/">An essay with a picture</a>`), rowHtml);
    assert.match(rowHtml, /Draft/);
    // Another author's upload is not in an author's own list, and its id tells them nothing.
    const mine = await author.get(`/editor/media/?uploaded=${media.id}`);
    assert.ok(!mine.body.includes(`media-${media.id}`));
    assert.doesNotMatch(mine.body, /was uploaded\./);
  });

  test('a published article renders its body image and its cover with srcset, sizes and the intrinsic size', async () => {
    const body = await storeImage(app().ctx.db, { data: await webp(1500, 1000, 76), originalName: 'b.webp', uploadedBy: null, now: '2026-11-20T12:00:00.000Z', alt: 'x' });
    const cover = await storeImage(app().ctx.db, { data: await webp(1600, 900, 77), originalName: 'c.webp', uploadedBy: null, now: '2026-11-20T12:00:00.000Z' });
    const author0 = await makeAuthor(app().ctx);
    const id = await saveArticle(app().ctx, {
      title: 'Pictures on the page',
      bodyMarkdown: `A paragraph.\n\n![A chart of tides](${body.url})\n`,
      authorIds: [author0.id],
      categoryIds: [],
      tags: [],
      coverImageUrl: cover.url,
      coverAlt: 'The estuary from above',
    });
    await publishArticle(app().ctx, id, '2026-11-20T12:00:00.000Z');
    const slug = (await app().ctx.db.selectFrom('articles').select('slug').where('id', '=', id).executeTakeFirstOrThrow()).slug;
    const page = await anonymousGet(app(), `/${slug}/`, { accept: 'text/html' });
    assert.equal(page.statusCode, 200);
    const h16 = (u: string) => u.split('/')[3] as string;
    const bodyImg = page.body.match(/<img src="\/media\/i\/[^"]+" alt="A chart of tides"[^>]*>/)?.[0] ?? '';
    assert.ok(bodyImg.includes(`srcset="/media/i/${h16(body.url)}/480.webp 480w, /media/i/${h16(body.url)}/960.webp 960w, /media/i/${h16(body.url)}/1500.webp 1500w"`), bodyImg);
    assert.match(bodyImg, /sizes="\(min-width: 42rem\) 640px, 100vw" width="1500" height="1000" loading="lazy" decoding="async"/);
    const coverImg = page.body.match(/<figure class="article-cover">\s*(<img[^>]*>)/)?.[1] ?? '';
    assert.ok(coverImg.includes(`srcset="/media/i/${h16(cover.url)}/480.webp 480w, /media/i/${h16(cover.url)}/960.webp 960w, /media/i/${h16(cover.url)}/1600.webp 1600w"`), coverImg);
    assert.match(coverImg, /sizes="\(min-width: 48rem\) 736px, 100vw"/);
    assert.match(coverImg, /width="1600" height="900"/);
    assert.match(coverImg, /alt="The estuary from above"/);
    assert.doesNotMatch(coverImg, /loading="lazy"/, 'the cover is at the top: not lazy');
  });

  test('the list is paginated, newest first', async () => {
    const prolific = await Desk.signIn(app, 'author');
    for (let i = 0; i < 25; i++) {
      const data = await sharp({ create: { width: 20 + i, height: 20, channels: 3, background: { r: i * 9, g: 80, b: 200 } } }).png().toBuffer();
      await storeImage(app().ctx.db, { data, originalName: `tiny-${String(i).padStart(2, '0')}.png`, uploadedBy: prolific.userId, now: '2026-11-20T12:00:00.000Z' });
    }
    const first = await prolific.get('/editor/media/');
    assert.match(first.body, /25 images/);
    assert.match(first.body, /href="\/editor\/media\/\?page=2"/);
    assert.ok(first.body.indexOf('tiny-24.png') < first.body.indexOf('tiny-23.png'), 'newest first');
    assert.ok(!first.body.includes('tiny-00.png'));
    const second = await prolific.get('/editor/media/?page=2');
    assert.ok(second.body.includes('tiny-00.png'));
    assert.equal((second.body.match(/<tr id="media-/g) ?? []).length, 1);
    assert.equal((await prolific.get('/editor/media/?page=3')).statusCode, 404);
    assert.equal((await prolific.get('/editor/media/?page=zero')).statusCode, 400);
  });
});

// Two app instances, each with its own pool and variant cache, on one PostgreSQL database.
describe('media on two instances sharing PostgreSQL', { skip: pgAdminUrl ? false : 'PostgreSQL is not installed' }, () => {
  let shared: TestDatabase;
  let secondHandle: DatabaseHandle;
  let a: Runtime;
  let b: Runtime;

  before(async () => {
    shared = await createTestDatabase('postgres');
    secondHandle = openDatabase({ kind: 'postgres', url: shared.url });
    const config = loadConfig({ SITE_URL: 'https://journal.example', LOG_LEVEL: 'silent', MASTHEAD_DEMO: '0' });
    a = await createRuntime(config, { database: shared, logger: false, migrate: false });
    b = await createRuntime(config, { database: secondHandle, logger: false, migrate: false });
  });

  after(async () => {
    await a?.close();
    await b?.close();
    await secondHandle?.close();
    await shared?.drop();
  });

  test('an image uploaded through one instance is served by the other', async () => {
    const onA = await Desk.signIn(() => a, 'editor');
    const data = await jpegWithExif(1800, 1200);
    const res = await onA.uploadJson({ filename: 'shared.jpg', type: 'image/jpeg', data });
    assert.equal(res.statusCode, 200, res.body);
    const { url } = res.json() as { url: string };
    for (const width of [480, 960, 1600]) {
      const variantUrl = url.replace('/960.webp', `/${width}.webp`);
      const fromB = await anonymousGet(b, variantUrl);
      assert.equal(fromB.statusCode, 200, variantUrl);
      assert.equal(fromB.headers['content-type'], 'image/webp');
      const fromA = await anonymousGet(a, variantUrl);
      assert.deepEqual(fromB.rawPayload, fromA.rawPayload, 'the same bytes from either instance');
    }
    // The list on B knows the upload too.
    const onB = new Desk(() => b, onA.cookie, onA.csrf, onA.userId);
    assert.match((await onB.get('/editor/media/')).body, /shared\.jpg/);
  });
});
