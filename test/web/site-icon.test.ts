import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import sharp from 'sharp';
import { buildIco, siteInitials } from '../../src/domain/settings/site-icon.js';
import { BROWSER_UA, describeEachApp } from '../helpers/app.js';
import { makeArticle } from '../helpers/factories.js';
import { Client, hiddenValue, makeUser } from './accounts-client.js';

/** One file and the fields as multipart/form-data, as the browser sends the icon form. */
function multipart(fields: Record<string, string>, file: { name: string; type: string; data: Buffer }) {
  const boundary = `----icon${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = Object.entries(fields).map(([k, v]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="icon"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`), file.data);
  parts.push(Buffer.from(`\r\n--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

const square = (side: number, rgb: { r: number; g: number; b: number }) =>
  sharp({ create: { width: side, height: side, channels: 3, background: rgb } }).png().toBuffer();

const iconLinks = (html: string) => [...html.matchAll(/<link rel="(icon|apple-touch-icon|manifest)" href="([^"]+)"/g)].map((m) => ({ rel: m[1], href: m[2] ?? '' }));

describeEachApp('site icon', (app) => {
  let admin: Client;

  async function upload(c: Client, file: { name: string; type: string; data: Buffer }) {
    const csrf = hiddenValue((await c.get('/admin/settings')).body, '_csrf');
    const { payload, contentType } = multipart({ _csrf: csrf }, file);
    return app().app.inject({
      method: 'POST',
      url: '/admin/settings/icon',
      remoteAddress: c.ip,
      headers: { 'user-agent': BROWSER_UA, accept: 'text/html', cookie: c.cookieHeader(), 'content-type': contentType },
      payload,
    });
  }

  test('setup: an admin signs in', async () => {
    const u = await makeUser(app().ctx, { role: 'admin', name: 'Icon Admin' });
    admin = new Client(app);
    assert.equal((await admin.signIn(u.email, u.password)).statusCode, 303);
  });

  test('a fresh install answers /favicon.ico with the generated icon, and every size is a real image', async () => {
    const ico = await app().app.inject({ method: 'GET', url: '/favicon.ico' });
    assert.equal(ico.statusCode, 200);
    assert.equal(ico.headers['content-type'], 'image/x-icon');
    assert.match(String(ico.headers['cache-control']), /max-age=86400/);
    assert.deepEqual([...ico.rawPayload.subarray(0, 6)], [0, 0, 1, 0, 3, 0], 'an .ico header with three images');
    const home = await app().app.inject({ method: 'GET', url: '/' });
    const links = iconLinks(home.body);
    assert.deepEqual(links.map((l) => l.rel), ['icon', 'icon', 'icon', 'apple-touch-icon', 'manifest']);
    for (const { href } of links) {
      const res = await app().app.inject({ method: 'GET', url: href });
      assert.equal(res.statusCode, 200, href);
      assert.equal(res.headers['cache-control'], 'public, max-age=31536000, immutable', `${href} is versioned, so cached for good`);
      if (href.endsWith('.png')) {
        const meta = await sharp(res.rawPayload).metadata();
        const side = Number(/(\d+)\.png$/.exec(href)?.[1] ?? 180);
        assert.equal(meta.format, 'png');
        assert.equal(meta.width, side, href);
        assert.equal(meta.height, side, href);
      }
    }
    const manifest = JSON.parse((await app().app.inject({ method: 'GET', url: links[4]?.href ?? '' })).body) as { name: string; icons: Array<{ src: string; sizes: string }> };
    assert.equal(manifest.icons.length, 2);
    assert.ok(manifest.icons.every((i) => links.some((l) => i.src.startsWith(l.href.replace(/[^/]+$/, '')))), 'the manifest names the same version');
    const apple = await app().app.inject({ method: 'GET', url: '/apple-touch-icon.png' });
    assert.equal(apple.statusCode, 200);
    assert.equal((await sharp(apple.rawPayload).metadata()).width, 180);
    assert.equal((await app().app.inject({ method: 'GET', url: '/icons/g0/icon-999.png' })).statusCode, 404);
  });

  test('an article page links the icon too, and /favicon.ico is not taken for an article slug', async () => {
    const article = await makeArticle(app().ctx, { title: 'Icons in the margin' });
    const page = await app().app.inject({ method: 'GET', url: `/${article.slug}/` });
    assert.equal(page.statusCode, 200);
    assert.equal(iconLinks(page.body).length, 5);
  });

  test('the upload replaces the icon at a new version; removing it brings back the initials', async () => {
    const before = iconLinks((await app().app.inject({ method: 'GET', url: '/' })).body)[0]?.href ?? '';
    const oldIco = (await app().app.inject({ method: 'GET', url: '/favicon.ico' })).rawPayload;
    const res = await upload(admin, { name: 'logo.png', type: 'image/png', data: await square(600, { r: 20, g: 160, b: 60 }) });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/admin/settings?saved=icon');
    const settings = await admin.get('/admin/settings?saved=icon');
    assert.match(settings.body, /The new icon was saved/);
    const after = iconLinks((await app().app.inject({ method: 'GET', url: '/' })).body)[0]?.href ?? '';
    assert.notEqual(after, before, 'a new version in the URL');
    const newIco = (await app().app.inject({ method: 'GET', url: '/favicon.ico' })).rawPayload;
    assert.notDeepEqual(newIco, oldIco);
    const png = await app().app.inject({ method: 'GET', url: after.replace('favicon.ico', 'icon-32.png') });
    const { data } = await sharp(png.rawPayload).raw().toBuffer({ resolveWithObject: true });
    assert.deepEqual([data[0], data[1], data[2]], [20, 160, 60], 'the uploaded colour, resized');
    // The old version's URL still answers (a page cached elsewhere), but only briefly cached.
    const stale = await app().app.inject({ method: 'GET', url: before });
    assert.equal(stale.statusCode, 200);
    assert.match(String(stale.headers['cache-control']), /max-age=86400/);

    const csrf = hiddenValue(settings.body, '_csrf');
    const removed = await admin.post('/admin/settings/icon/remove', { _csrf: csrf });
    assert.equal(removed.statusCode, 303);
    const back = iconLinks((await app().app.inject({ method: 'GET', url: '/' })).body)[0]?.href ?? '';
    assert.equal(back, before, 'the generated icon again');
  });

  test('SVG, GIF, non-square, tiny and non-image files are refused next to the field, and the icon stays', async () => {
    const before = iconLinks((await app().app.inject({ method: 'GET', url: '/' })).body)[0]?.href ?? '';
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><script>alert(1)</script></svg>');
    const gif = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#333' } }).gif().toBuffer();
    const wide = await sharp({ create: { width: 300, height: 100, channels: 3, background: '#333' } }).png().toBuffer();
    const cases: Array<[Buffer, string, RegExp]> = [
      [svg, 'image/svg+xml', /SVG images are not accepted/],
      [gif, 'image/gif', /GIF images are not accepted for the icon/],
      [wide, 'image/png', /must be square; this image is 300 × 100/],
      [await square(20, { r: 1, g: 2, b: 3 }), 'image/png', /too small \(20 × 20 pixels\)/],
      [Buffer.from('not an image at all'), 'image/png', /not an image we can read/],
    ];
    for (const [data, type, message] of cases) {
      const res = await upload(admin, { name: 'icon', type, data });
      assert.equal(res.statusCode, 400, String(message));
      assert.match(res.body, message);
      assert.match(res.body, /id="f-icon-error"/, 'the message is tied to the field');
      assert.match(res.body, /name="name" [^>]*value="/, 'the settings form is still there');
    }
    const after = iconLinks((await app().app.inject({ method: 'GET', url: '/' })).body)[0]?.href ?? '';
    assert.equal(after, before);
  });

  test('only admins may upload', async () => {
    const u = await makeUser(app().ctx, { role: 'editor', name: 'Icon Editor' });
    const editor = new Client(app);
    await editor.signIn(u.email, u.password);
    const res = await editor.get('/admin/settings');
    assert.equal(res.statusCode, 403);
  });
});

test('initials and the .ico container', () => {
  assert.equal(siteInitials('Masthead'), 'M');
  assert.equal(siteInitials('The Policy Review'), 'PR');
  assert.equal(siteInitials('école des données'), 'ÉD');
  const ico = buildIco([
    { side: 16, png: Buffer.from([1, 2, 3]) },
    { side: 256, png: Buffer.from([4, 5]) },
  ]);
  assert.equal(ico.readUInt16LE(4), 2);
  assert.equal(ico.readUInt8(6 + 16), 0, '256 px is written as 0');
  assert.equal(ico.readUInt32LE(6 + 12), 6 + 32, 'the first image right after the directory');
  assert.deepEqual([...ico.subarray(38)], [1, 2, 3, 4, 5]);
});
