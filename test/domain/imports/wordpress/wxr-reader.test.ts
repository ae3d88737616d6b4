import assert from 'node:assert/strict';
import { createReadStream } from 'node:fs';
import { describe, it } from 'node:test';
import { readWxr, WxrError } from '../../../../src/domain/imports/wordpress/wxr-reader.js';
import type { WxrItem, WxrRecord } from '../../../../src/domain/imports/wordpress/wxr.types.js';
import { generateWxr } from '../../../fixtures/wxr/generate.js';

const fixture = (name: string) => new URL(`../../../fixtures/wxr/${name}`, import.meta.url).pathname;

async function readAll(name: string, chunk = 97): Promise<WxrRecord[]> {
  const out: WxrRecord[] = [];
  for await (const r of readWxr(createReadStream(fixture(name), { highWaterMark: chunk }))) out.push(r);
  return out;
}

async function failure(name: string): Promise<WxrError> {
  try {
    await readAll(name);
  } catch (err) {
    assert.ok(err instanceof WxrError, String(err));
    return err;
  }
  assert.fail(`${name} was read without an error`);
}

const items = (rs: WxrRecord[]) => rs.flatMap((r) => (r.kind === 'item' ? [r.item] : []));
const byId = (rs: WxrRecord[], id: number) => items(rs).find((i) => i.wpId === id) as WxrItem;

describe('readWxr', () => {
  it('reads a WXR 1.2 magazine export in small chunks', async () => {
    const rs = await readAll('magazine-wxr12.xml');
    assert.deepEqual(rs[0], { kind: 'site', site: { title: 'The Lantern Review', link: 'https://lantern.example.org', baseSiteUrl: 'https://lantern.example.org', baseBlogUrl: 'https://lantern.example.org', wxrVersion: '1.2', language: 'en-GB' } });
    const authors = rs.flatMap((r) => (r.kind === 'author' ? [r.author] : []));
    assert.deepEqual(authors.map((a) => a.login), ['maren', 'tobias.edits', 'ines_k']);
    assert.deepEqual(authors[2], { wpId: 3, login: 'ines_k', email: 'ines.k@mail.example.net', displayName: 'Inès Kowalczyk', firstName: 'Inès', lastName: 'Kowalczyk', meta: [], roleNames: [] });
    const terms = rs.flatMap((r) => (r.kind === 'term' ? [r.term] : []));
    assert.deepEqual(terms.find((t) => t.slug === 'bridges'), { kind: 'category', wpId: 6, taxonomy: 'category', slug: 'bridges', name: 'Bridges', parentSlug: 'waterfronts', description: '' });
    assert.equal(terms.find((t) => t.slug === 'waterfronts')?.description, 'Docks, quays & embankments.');
    assert.deepEqual(terms.filter((t) => t.kind === 'tag').map((t) => t.slug), ['tides', 'urban-planning']);
    assert.deepEqual(terms.filter((t) => t.kind === 'author').map((t) => t.slug), ['cap-odile-brandt', 'cap-samuel-achterberg', 'cap-maren']);
    assert.equal(terms.find((t) => t.taxonomy === 'nav_menu')?.kind, 'other');

    const post = byId(rs, 301);
    assert.equal(post.postType, 'post');
    assert.equal(post.title, 'The river remembers the city');
    assert.equal(post.creatorLogin, 'maren');
    assert.equal(post.postDateGmt, '2024-03-05T08:30:00.000Z');
    assert.equal(post.postDate, '2024-03-05T09:30:00');
    assert.equal(post.modifiedGmt, '2024-03-09T17:12:44.000Z');
    assert.equal(post.isSticky, true);
    assert.equal(post.slug, 'the-river-remembers');
    assert.match(post.contentHtml, /^<!-- wp:paragraph -->\n<p>Every port city/);
    assert.equal(post.excerptHtml, "How the Scheldt keeps rewriting Antwerp's edges.");
    assert.deepEqual(post.terms, [
      { domain: 'category', nicename: 'waterfronts', name: 'Waterfronts' },
      { domain: 'post_tag', nicename: 'tides', name: 'tides' },
      { domain: 'author', nicename: 'cap-maren', name: 'maren' },
      { domain: 'author', nicename: 'cap-odile-brandt', name: 'odile-brandt' },
    ]);
    // Comment meta (wp:commentmeta) is not post meta.
    assert.deepEqual(post.meta.map((m) => m.key), ['_thumbnail_id', 'footnotes', 'post_views_count']);
    assert.match(post.meta[1]?.value ?? '', /^\[\{"content":"Port authority/);

    assert.deepEqual(items(rs).map((i) => `${i.postType}:${i.status}`), [
      'guest-author:publish', 'guest-author:publish', 'attachment:inherit', 'attachment:inherit', 'attachment:inherit',
      'post:publish', 'post:publish', 'post:draft', 'post:pending', 'post:future', 'post:private', 'post:publish', 'post:publish', 'page:publish', 'nav_menu_item:publish',
    ]);
    const pending = byId(rs, 304);
    assert.equal(pending.postDateGmt, null);
    assert.equal(pending.postDate, null);
    assert.equal(pending.slug, '');
    assert.equal(byId(rs, 307).password, 'tide');
    assert.equal(byId(rs, 201).attachmentUrl, 'https://lantern.example.org/wp-content/uploads/2024/03/harbour-light.jpg');
    assert.equal(byId(rs, 201).parentId, 301);
    assert.equal(byId(rs, 2).menuOrder, 1);
    assert.equal(byId(rs, 101).meta.find((m) => m.key === 'cap-website')?.value, 'https://brandt.example.com');
    assert.equal(byId(rs, 101).link, 'https://lantern.example.org/?post_type=guest-author&p=101');
  });

  it('reads a WordPress 4.x WXR 1.1 export', async () => {
    const rs = await readAll('wordpress4-wxr11.xml', 4096);
    assert.equal(rs[0]?.kind === 'site' && rs[0].site.wxrVersion, '1.1');
    assert.equal(rs[0]?.kind === 'site' && rs[0].site.baseBlogUrl, 'http://allotment.example.net/blog');
    const post = byId(rs, 12);
    assert.equal(post.postDateGmt, '2016-09-17T07:12:00.000Z');
    assert.equal(post.modifiedGmt, null);
    assert.deepEqual(post.meta, [{ key: 'views', value: '311' }]);
    assert.equal(byId(rs, 13).attachmentUrl, 'http://allotment.example.net/blog/wp-content/uploads/2016/09/leeks.jpg');
  });

  it('keeps hostile text as data (the converter and the pages deal with it)', async () => {
    const rs = await readAll('hostile.xml');
    assert.equal(rs[0]?.kind === 'site' && rs[0].site.title, "Evil <script>alert('site')</script> Weekly");
    assert.equal(byId(rs, 1).title, '<script>alert("title")</script>Harmless title');
  });

  it('stops with line and column on malformed XML', async () => {
    const err = await failure('malformed.xml');
    assert.equal(err.message, '11:28: unexpected close tag.');
    assert.equal(err.line, 11);
    assert.equal(err.column, 28);
  });

  it('stops on a truncated file', async () => {
    const err = await failure('truncated.xml');
    assert.match(err.message, /^\d+:\d+: the file ends inside <content:encoded>: it is truncated/);
  });

  it('stops on an unexpected root', async () => {
    assert.equal((await failure('wrong-root.xml')).message, '2:42: unexpected root <feed>: a WordPress export starts with <rss>');
  });

  it('refuses bytes that are not UTF-8, and other declared encodings unless the file is ASCII', async () => {
    assert.match((await failure('wrong-encoding-latin1-bytes.xml')).message, /^4:\d+: the file is not valid UTF-8 here/);
    assert.match((await failure('declared-iso-8859-1.xml')).message, /^4:\d+: the file declares encoding="iso-8859-1" but only UTF-8 is supported/);
    const ascii = await readAll('declared-iso-8859-1-ascii.xml');
    assert.equal(byId(ascii, 1).title, 'Creme brulee');
  });

  it('reads UTF-8 characters split across chunks', async () => {
    const rs = await readAll('magazine-wxr12.xml', 3);
    assert.equal(rs.flatMap((r) => (r.kind === 'author' ? [r.author.displayName] : []))[2], 'Inès Kowalczyk');
  });

  it('reads the whole file handed over as one string', async () => {
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(fixture('magazine-wxr12.xml'), 'utf8');
    const rs: WxrRecord[] = [];
    for await (const r of readWxr([text])) rs.push(r);
    assert.deepEqual(rs, await readAll('magazine-wxr12.xml', 65_536));
  });

  it('refuses an empty file', async () => {
    await assert.rejects(async () => {
      for await (const _ of readWxr([Buffer.alloc(0)])) void _;
    }, WxrError);
  });

  it('streams a 50,000-post export with flat memory', async () => {
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    let peak = 0;
    let posts = 0;
    let views = 0;
    async function* bytes() {
      for await (const chunk of generateWxr(50_000)) yield Buffer.from(chunk);
    }
    for await (const r of readWxr(bytes())) {
      if (r.kind !== 'item' || r.item.postType !== 'post') continue;
      posts++;
      views += Number(r.item.meta.find((m) => /views/.test(m.key))?.value ?? 0);
      if (posts % 5000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
    assert.equal(posts, 50_000);
    assert.ok(views > 0);
    // ~110 MB of XML went through; the heap holds a chunk and an item at a time.
    assert.ok(peak - before < 60_000_000, `heap grew by ${Math.round((peak - before) / 1e6)} MB`);
  });
});
