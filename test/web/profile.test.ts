import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import sharp from 'sharp';
import { updateUser } from '../../src/domain/accounts/users.queries.js';
import { findAuthorByUserId } from '../../src/domain/authors/authors.js';
import { BROWSER_UA, describeEachApp, type TestApp } from '../helpers/app.js';
import { makeAuthor } from '../helpers/factories.js';
import { Client, hiddenValue, makeUser } from './accounts-client.js';

const mediaDir = mkdtempSync(join(tmpdir(), 'masthead-media-'));
after(() => rmSync(mediaDir, { recursive: true, force: true }));

export interface FilePart {
  field: string;
  filename: string;
  type: string;
  data: Buffer;
}

/** A multipart/form-data body as a browser sends it. */
export function multipartBody(fields: Record<string, string>, file?: FilePart): { body: Buffer; contentType: string } {
  const boundary = `----masthead${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  if (file) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.filename}"\r\nContent-Type: ${file.type}\r\n\r\n`));
    chunks.push(file.data, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

export async function postMultipart(app: () => TestApp, c: Client, url: string, fields: Record<string, string>, file?: FilePart): Promise<LightMyRequestResponse> {
  const { body, contentType } = multipartBody(fields, file);
  return app().app.inject({
    method: 'POST',
    url,
    remoteAddress: c.ip,
    headers: { 'user-agent': BROWSER_UA, accept: 'text/html', cookie: c.cookieHeader(), 'content-type': contentType },
    payload: body,
  });
}

/** The editor form's action; the CSRF token travels in the form's `_csrf` field, never in the URL. */
function formAction(html: string): string {
  const m = html.match(/<form class="account-form" method="post" action="([^"]+)" enctype="multipart\/form-data"/);
  assert.ok(m?.[1], 'the profile form is on the page');
  assert.doesNotMatch(m[1], /csrf/i, 'no token in the URL');
  return m[1].replace(/&amp;/g, '&');
}

const png = (w = 800, h = 600) => sharp({ create: { width: w, height: h, channels: 3, background: { r: 30, g: 90, b: 160 } } }).png().toBuffer();

function avatarFiles(): string[] {
  const dir = join(mediaDir, 'avatars');
  return existsSync(dir) ? readdirSync(dir) : [];
}

describeEachApp(
  'profile editor',
  (app) => {
    async function author(trusted = true) {
      const user = await makeUser(app().ctx, { role: 'author', name: `Ines ${randomBytes(3).toString('hex')} Varga` });
      if (!trusted) await updateUser(app().ctx.db, user.id, { trusted: false }, app().clock.now().toISOString());
      const c = new Client(app);
      assert.equal((await c.signIn(user.email, user.password)).statusCode, 303);
      return { user, c };
    }

    test('readers may not edit a profile; anonymous visitors are sent to sign in', async () => {
      const anon = await new Client(app).get('/dashboard/profile');
      assert.equal(anon.statusCode, 303);
      assert.equal(anon.headers.location, '/login?next=%2Fdashboard%2Fprofile');
      const reader = await makeUser(app().ctx, { role: 'reader' });
      const c = new Client(app);
      await c.signIn(reader.email, reader.password);
      assert.equal((await c.get('/dashboard/profile')).statusCode, 403);
    });

    test('an author without a profile is offered one made from their name, under a slug nobody uses', async () => {
      const { user, c } = await author();
      // An editorial profile already holds the plain slug: it must not be taken over.
      const editorial = await makeAuthor(app().ctx, { name: user.name, slug: user.name.toLowerCase().replace(/ /g, '-') });
      const page = await c.get('/dashboard/profile');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /has no author profile yet/);
      const res = await c.post('/dashboard/profile/create', { _csrf: hiddenValue(page.body, '_csrf') });
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, '/dashboard/profile?saved=created');
      const mine = await findAuthorByUserId(app().ctx.db, user.id);
      assert.ok(mine);
      assert.equal(mine.name, user.name);
      assert.equal(mine.slug, `${editorial.slug}-2`);
      const other = await app().ctx.db.selectFrom('authors').selectAll().where('id', '=', editorial.id).executeTakeFirstOrThrow();
      assert.equal(other.user_id, null);
      const audit = await app().ctx.db.selectFrom('audit_log').select(['action', 'detail']).where('target_user_id', '=', user.id).where('action', '=', 'profile.linked').execute();
      assert.equal(audit.length, 1);
      const editor = await c.get('/dashboard/profile?saved=created');
      assert.match(editor.body, /Your author profile was created/);
      assert.match(editor.body, /enctype="multipart\/form-data"/);
    });

    test('edits with a photo show at once on the cached public author page; Markdown is sanitized; links wait for trust', async () => {
      const { user, c } = await author(false);
      await c.post('/dashboard/profile/create', { _csrf: hiddenValue((await c.get('/dashboard/profile')).body, '_csrf') });
      const mine = await findAuthorByUserId(app().ctx.db, user.id);
      assert.ok(mine);
      const publicUrl = `/author/${mine.slug}/`;
      const before = await new Client(app).get(publicUrl);
      assert.equal(before.statusCode, 200); // now in the page cache

      const page = await c.get('/dashboard/profile');
      assert.match(page.body, /not shown publicly until an editor has confirmed your account/);
      const res = await postMultipart(
        app,
        c,
        formAction(page.body),
        { _csrf: hiddenValue(page.body, '_csrf'),
          name: 'Ines Varga-Holm',
          affiliation: 'Centre for Coastal Studies',
          bio: 'Writes about *tides* and <script>alert(1)</script> [harbours](javascript:alert(2)).',
          link_label_1: 'Personal site',
          link_url_1: 'https://ines.example.org/',
          link_label_2: '',
          link_url_2: '',
        },
        { field: 'avatar', filename: 'me.png', type: 'image/png', data: await png() },
      );
      assert.equal(res.statusCode, 303, res.body);
      assert.equal(res.headers.location, '/dashboard/profile?saved=saved');

      const saved = await findAuthorByUserId(app().ctx.db, user.id);
      assert.ok(saved?.photoUrl);
      assert.match(saved.photoUrl, new RegExp(`^/media/avatars/${saved.id}-[0-9a-f]{16}\\.webp$`));
      assert.equal(saved.affiliation, 'Centre for Coastal Studies');
      assert.deepEqual(saved.links, [{ label: 'Personal site', url: 'https://ines.example.org/' }]);
      assert.match(saved.bioHtml, /<em>tides<\/em>/);
      assert.doesNotMatch(saved.bioHtml, /<script|javascript:/);

      const file = join(mediaDir, 'avatars', saved.photoUrl.split('/').pop() ?? '');
      const meta = await sharp(file).metadata();
      assert.deepEqual([meta.format, meta.width, meta.height, meta.exif], ['webp', 400, 400, undefined]);
      const media = await new Client(app).get(saved.photoUrl);
      assert.equal(media.statusCode, 200);
      assert.equal(media.headers['content-type'], 'image/webp');
      assert.equal(media.headers['cache-control'], 'public, max-age=31536000, immutable');
      assert.equal(media.headers['x-content-type-options'], 'nosniff');

      const after = await new Client(app).get(publicUrl);
      assert.match(after.body, /Ines Varga-Holm/);
      assert.match(after.body, /Centre for Coastal Studies/);
      assert.ok(after.body.includes(`src="${saved.photoUrl}"`));
      assert.doesNotMatch(after.body, /ines\.example\.org/, 'links of an untrusted account stay hidden');

      // An admin trusts the account: the cached page shows the links at once.
      const admin = await makeUser(app().ctx, { role: 'admin' });
      const a = new Client(app);
      await a.signIn(admin.email, admin.password);
      const detail = await a.get(`/admin/users/${user.id}`);
      const trust = await a.post(`/admin/users/${user.id}/trust`, { _csrf: hiddenValue(detail.body, '_csrf'), trusted: '1' });
      assert.equal(trust.statusCode, 303);
      assert.match((await new Client(app).get(publicUrl)).body, /href="https:\/\/ines\.example\.org\/"/);

      // Removing the photo.
      const again = await c.get('/dashboard/profile');
      assert.match(again.body, /Remove the current photo/);
      const removed = await postMultipart(app, c, formAction(again.body), { _csrf: hiddenValue(again.body, '_csrf'), name: 'Ines Varga-Holm', affiliation: '', bio: '', remove_photo: 'on' });
      assert.equal(removed.statusCode, 303);
      assert.equal((await findAuthorByUserId(app().ctx.db, user.id))?.photoUrl, null);
    });

    test('a bad photo is refused with a clear message, the form stays filled and nothing is written', async () => {
      const { user, c } = await author();
      await c.post('/dashboard/profile/create', { _csrf: hiddenValue((await c.get('/dashboard/profile')).body, '_csrf') });
      const page = await c.get('/dashboard/profile');
      const filesBefore = avatarFiles();
      const fields = { name: 'Kept Name', affiliation: 'Kept Affiliation', bio: 'Kept bio.' };
      const cases: Array<[string, Buffer, string, RegExp]> = [
        ['script.png', Buffer.from('<?php echo "not an image"; ?>'), 'image/png', /not an image we can read/],
        ['vector.png', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64"/></svg>'), 'image/png', /format is not accepted/],
        ['huge.jpg', Buffer.alloc(2 * 1024 * 1024 + 10, 0xff), 'image/jpeg', /larger than 2 MB/],
      ];
      for (const [filename, data, type, message] of cases) {
        const res = await postMultipart(app, c, formAction(page.body), { _csrf: hiddenValue(page.body, '_csrf'), ...fields }, { field: 'avatar', filename, type, data });
        assert.equal(res.statusCode, 400, filename);
        assert.match(res.body, /class="error-summary"/);
        assert.match(res.body, message, filename);
        assert.match(res.body, /href="#f-avatar"/);
        assert.match(res.body, /value="Kept Affiliation"/);
      }
      assert.deepEqual(avatarFiles(), filesBefore);
      const stored = await findAuthorByUserId(app().ctx.db, user.id);
      assert.equal(stored?.name, user.name, 'the profile was not changed');
      assert.equal(stored?.photoUrl, null);
    });

    test('field rules: name required, lengths, https links with labels; every problem listed at once', async () => {
      const { c } = await author();
      await c.post('/dashboard/profile/create', { _csrf: hiddenValue((await c.get('/dashboard/profile')).body, '_csrf') });
      const page = await c.get('/dashboard/profile');
      const res = await postMultipart(app, c, formAction(page.body), { _csrf: hiddenValue(page.body, '_csrf'),
        name: '  ',
        affiliation: 'x'.repeat(201),
        bio: 'y'.repeat(5001),
        link_label_1: 'Plain http',
        link_url_1: 'http://insecure.example.org/',
        link_label_2: '',
        link_url_2: 'https://no-label.example.org/',
        link_label_3: 'Script',
        link_url_3: 'javascript:alert(1)',
        link_label_4: 'Bare words',
        link_url_4: 'my homepage',
      });
      assert.equal(res.statusCode, 400);
      for (const text of [/Enter the name/, /at most 200 characters/, /under 5000 characters/, /secure web addresses starting with https/, /Give this link a label/, /full address starting with https/]) {
        assert.ok(text.test(res.body), `the page says ${text}`);
      }
      for (const id of ['f-name', 'f-affiliation', 'f-bio', 'f-link_url_1', 'f-link_label_2', 'f-link_url_3', 'f-link_url_4']) {
        assert.ok(res.body.includes(`href="#${id}"`), `the summary links to ${id}`);
      }
    });

    test('an upload without the token is refused as a forgery; a plain form post works without a photo', async () => {
      const { user, c } = await author();
      await c.post('/dashboard/profile/create', { _csrf: hiddenValue((await c.get('/dashboard/profile')).body, '_csrf') });
      const forged = await postMultipart(app, c, '/dashboard/profile', { name: 'Forged' }, { field: 'avatar', filename: 'a.png', type: 'image/png', data: await png(64, 64) });
      assert.equal(forged.statusCode, 403);
      assert.match(forged.body, /came from another site/);
      const page = await c.get('/dashboard/profile');
      const plain = await c.post('/dashboard/profile', { _csrf: hiddenValue(page.body, '_csrf'), name: 'Plain Post', affiliation: '', bio: 'Short.' });
      assert.equal(plain.statusCode, 303);
      assert.equal((await findAuthorByUserId(app().ctx.db, user.id))?.name, 'Plain Post');
    });

    test('media are served only from known folders under generated names', async () => {
      const c = new Client(app);
      for (const path of ['/media/avatars/..%2F..%2Fetc%2Fpasswd', '/media/avatars/1-0000000000000000.webp', '/media/other/1-0123456789abcdef.webp', '/media/avatars/1-0123456789abcdef.html']) {
        assert.equal((await c.get(path)).statusCode, 404, path);
      }
    });
  },
  { MEDIA_DIR: mediaDir },
);
