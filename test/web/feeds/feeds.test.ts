import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderAtom, renderRss, type FeedItem, type FeedModel } from '../../../src/web/feeds/feeds.js';
import { find, findAll, parseXml, textOf } from './xml-check.js';

const HOSTILE = 'Dams & <Deltas> "quoted" \'single\' ]]> end\u0000\u0007\u000b\u001f\ufffe';
const HOSTILE_CLEAN = 'Dams & <Deltas> "quoted" \'single\' ]]> end';

function item(overrides: Partial<FeedItem> = {}): FeedItem {
  return {
    title: 'Who Owns the River?',
    url: 'https://meridian.example/who-owns-the-river/',
    id: 'https://meridian.example/who-owns-the-river/',
    summary: 'Senior rights, junior towns and a shrinking reservoir.',
    contentHtml: '<p>Three dry summers.</p><p>Aquifers are falling.</p>',
    authors: ['Chidi Okafor', 'Maja Lindqvist'],
    categories: ['Current Affairs', 'Water Policy'],
    publishedAt: '2026-10-14T09:30:00Z',
    updatedAt: '2026-10-20T12:15:30.250Z',
    ...overrides,
  };
}

function feed(items: FeedItem[] = [item()]): FeedModel {
  return {
    title: 'The Meridian Review',
    subtitle: 'Commentary and research on public questions',
    siteUrl: 'https://meridian.example/',
    feedUrl: 'https://meridian.example/feed/',
    updatedAt: '2026-10-20T12:15:30Z',
    items,
  };
}

const hostileItem = item({
  title: HOSTILE,
  summary: HOSTILE,
  authors: [HOSTILE],
  categories: [HOSTILE],
  contentHtml: `<p>${HOSTILE}</p><p>a]]>b]]]>c</p>`,
  url: 'https://meridian.example/?a=1&b=2',
  id: 'tag:meridian.example,2026:article/42',
});

describe('renderRss', () => {
  it('is well-formed RSS 2.0 with a self link', () => {
    const rss = parseXml(renderRss(feed()));
    assert.equal(rss.name, 'rss');
    assert.equal(rss.attrs.version, '2.0');
    assert.equal(rss.attrs['xmlns:atom'], 'http://www.w3.org/2005/Atom');
    const self = find(rss, 'atom:link');
    assert.deepEqual(self.attrs, { href: 'https://meridian.example/feed/', rel: 'self', type: 'application/rss+xml' });
    assert.equal(textOf(find(rss, 'link')), 'https://meridian.example/');
    assert.equal(textOf(find(rss, 'description')), 'Commentary and research on public questions');
    assert.equal(textOf(find(rss, 'lastBuildDate')), 'Tue, 20 Oct 2026 12:15:30 GMT');
  });

  it('writes each item with guid, RFC 822 date, creators, categories and encoded content', () => {
    const entry = find(parseXml(renderRss(feed())), 'item');
    assert.equal(textOf(find(entry, 'title')), 'Who Owns the River?');
    assert.equal(find(entry, 'guid').attrs.isPermaLink, 'true');
    assert.equal(textOf(find(entry, 'pubDate')), 'Wed, 14 Oct 2026 09:30:00 GMT');
    assert.deepEqual(findAll(entry, 'dc:creator').map(textOf), ['Chidi Okafor', 'Maja Lindqvist']);
    assert.deepEqual(findAll(entry, 'category').map(textOf), ['Current Affairs', 'Water Policy']);
    assert.equal(textOf(find(entry, 'content:encoded')), '<p>Three dry summers.</p><p>Aquifers are falling.</p>');
  });

  it('marks a non-URL guid as not a permalink and leaves out missing content', () => {
    const rss = renderRss(feed([item({ id: 'tag:meridian.example,2026:article/42', contentHtml: undefined })]));
    const entry = find(parseXml(rss), 'item');
    assert.equal(find(entry, 'guid').attrs.isPermaLink, 'false');
    assert.equal(findAll(entry, 'content:encoded').length, 0);
  });

  it('survives hostile text: escaped, control characters stripped, CDATA split', () => {
    const xml = renderRss({ ...feed([hostileItem]), title: HOSTILE });
    const rss = parseXml(xml);
    const entry = find(rss, 'item');
    assert.equal(textOf(find(rss, 'title')), HOSTILE_CLEAN);
    for (const name of ['title', 'description', 'dc:creator', 'category']) {
      assert.equal(textOf(find(entry, name)), HOSTILE_CLEAN, name);
    }
    assert.equal(textOf(find(entry, 'link')), 'https://meridian.example/?a=1&b=2');
    assert.equal(textOf(find(entry, 'content:encoded')), `<p>${HOSTILE_CLEAN}</p><p>a]]>b]]]>c</p>`);
    assert.ok(xml.includes(']]]]><![CDATA[>'));
    assert.ok(!xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '').includes('<Deltas>'), 'raw markup only inside CDATA');
  });

  it('has no items for an empty feed and rejects invalid dates', () => {
    assert.equal(findAll(parseXml(renderRss(feed([]))), 'item').length, 0);
    assert.throws(() => renderRss(feed([item({ publishedAt: 'yesterday' })])), RangeError);
  });
});

describe('renderAtom', () => {
  it('is well-formed Atom 1.0 with alternate and self links', () => {
    const atom = parseXml(renderAtom(feed()));
    assert.equal(atom.name, 'feed');
    assert.equal(atom.attrs.xmlns, 'http://www.w3.org/2005/Atom');
    const links = atom.children.filter((c) => typeof c !== 'string' && c.name === 'link');
    assert.deepEqual(
      links.map((l) => (typeof l === 'string' ? {} : l.attrs)),
      [
        { rel: 'alternate', type: 'text/html', href: 'https://meridian.example/' },
        { rel: 'self', type: 'application/atom+xml', href: 'https://meridian.example/feed/' },
      ],
    );
    assert.equal(textOf(find(atom, 'id')), 'https://meridian.example/feed/');
    assert.equal(textOf(find(atom, 'updated')), '2026-10-20T12:15:30Z');
  });

  it('writes entries with RFC 3339 dates, authors, categories and html content', () => {
    const entry = find(parseXml(renderAtom(feed())), 'entry');
    assert.equal(find(entry, 'link').attrs.href, 'https://meridian.example/who-owns-the-river/');
    assert.equal(textOf(find(entry, 'published')), '2026-10-14T09:30:00Z');
    assert.equal(textOf(find(entry, 'updated')), '2026-10-20T12:15:30Z');
    assert.deepEqual(findAll(entry, 'author').map((a) => textOf(find(a, 'name'))), ['Chidi Okafor', 'Maja Lindqvist']);
    assert.deepEqual(findAll(entry, 'category').map((c) => c.attrs.term), ['Current Affairs', 'Water Policy']);
    const content = find(entry, 'content');
    assert.equal(content.attrs.type, 'html');
    assert.equal(textOf(content), '<p>Three dry summers.</p><p>Aquifers are falling.</p>');
  });

  it('gives unsigned entries the publication as author', () => {
    const signed = parseXml(renderAtom(feed()));
    assert.equal(signed.children.some((c) => typeof c !== 'string' && c.name === 'author'), false);
    const unsigned = parseXml(renderAtom(feed([item({ authors: [] })])));
    const feedAuthor = unsigned.children.find((c) => typeof c !== 'string' && c.name === 'author');
    assert.ok(feedAuthor && typeof feedAuthor !== 'string');
    assert.equal(textOf(find(feedAuthor, 'name')), 'The Meridian Review');
  });

  it('survives hostile text', () => {
    const xml = renderAtom({ ...feed([hostileItem]), subtitle: HOSTILE });
    const atom = parseXml(xml);
    const entry = find(atom, 'entry');
    assert.equal(textOf(find(atom, 'subtitle')), HOSTILE_CLEAN);
    assert.equal(textOf(find(entry, 'title')), HOSTILE_CLEAN);
    assert.equal(textOf(find(entry, 'summary')), HOSTILE_CLEAN);
    assert.equal(find(entry, 'category').attrs.term, HOSTILE_CLEAN);
    assert.equal(textOf(find(entry, 'content')), `<p>${HOSTILE_CLEAN}</p><p>a]]>b]]]>c</p>`);
    assert.equal(find(entry, 'link').attrs.href, 'https://meridian.example/?a=1&b=2');
    assert.equal(textOf(find(entry, 'id')), 'tag:meridian.example,2026:article/42');
  });
});

describe('xml-check (the checker these tests rely on)', () => {
  const bad = [
    '<a><b></a></b>',
    '<a>',
    '<a></a><b></b>',
    '<a>x & y</a>',
    '<a>1 < 2</a>',
    '<a x=1></a>',
    '<a x="1" x="2"></a>',
    '<a>&nbsp;</a>',
    '<a>]]></a>',
    '<a>\u0001</a>',
    'text<a></a>',
    '<1a></1a>',
  ];
  for (const xml of bad) {
    it(`rejects ${JSON.stringify(xml)}`, () => assert.throws(() => parseXml(xml)));
  }

  it('accepts entities, CDATA and attributes with ">"', () => {
    const el = parseXml('<?xml version="1.0"?>\n<a t="x &gt; y" u=\'>\'>&amp;&#65;&#x42;<![CDATA[<c>&]]></a>');
    assert.equal(textOf(el), '&AB<c>&');
    assert.deepEqual(el.attrs, { t: 'x > y', u: '>' });
  });
});
