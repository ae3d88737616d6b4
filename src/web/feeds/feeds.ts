import { cdata, element, escapeXml, rfc3339, rfc822 } from './xml.js';

// RSS 2.0 and Atom 1.0 from one model. Both are built as strings: the shapes
// are fixed and small, and every piece of text goes through escapeXml or cdata.

export interface FeedItem {
  title: string;
  url: string;
  /** stable identifier, e.g. a tag: URI or the article URL */
  id: string;
  /** plain text */
  summary: string;
  /** sanitized body HTML */
  contentHtml?: string;
  authors: string[];
  categories: string[];
  /** ISO 8601 */
  publishedAt: string;
  /** ISO 8601 */
  updatedAt: string;
}

export interface FeedModel {
  title: string;
  subtitle: string;
  siteUrl: string;
  feedUrl: string;
  /** ISO 8601 */
  updatedAt: string;
  items: FeedItem[];
}

const GENERATOR = 'Masthead';

export function renderRss(feed: FeedModel): string {
  const items = feed.items.map((item) => {
    const lines = [
      element('title', item.title),
      element('link', item.url),
      `<guid isPermaLink="${isUrl(item.id)}">${escapeXml(item.id)}</guid>`,
      element('pubDate', rfc822(item.publishedAt)),
      ...item.authors.map((a) => element('dc:creator', a)),
      ...item.categories.map((c) => element('category', c)),
      element('description', item.summary),
    ];
    if (item.contentHtml !== undefined) lines.push(`<content:encoded>${cdata(item.contentHtml)}</content:encoded>`);
    return `    <item>\n${indent(lines, 6)}\n    </item>`;
  });
  const channel = [
    element('title', feed.title),
    element('link', feed.siteUrl),
    element('description', feed.subtitle),
    `<atom:link href="${escapeXml(feed.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    element('lastBuildDate', rfc822(feed.updatedAt)),
    element('generator', GENERATOR),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '  <channel>',
    indent(channel, 4),
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}

export function renderAtom(feed: FeedModel): string {
  const entries = feed.items.map((item) => {
    const lines = [
      element('title', item.title),
      `<link rel="alternate" type="text/html" href="${escapeXml(item.url)}"/>`,
      element('id', item.id),
      element('published', rfc3339(item.publishedAt)),
      element('updated', rfc3339(item.updatedAt)),
      ...item.authors.map((a) => `<author>${element('name', a)}</author>`),
      ...item.categories.map((c) => `<category term="${escapeXml(c)}"/>`),
      element('summary', item.summary),
    ];
    if (item.contentHtml !== undefined) lines.push(`<content type="html">${escapeXml(item.contentHtml)}</content>`);
    return `  <entry>\n${indent(lines, 4)}\n  </entry>`;
  });
  const head = [
    element('title', feed.title),
    element('subtitle', feed.subtitle),
    `<link rel="alternate" type="text/html" href="${escapeXml(feed.siteUrl)}"/>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(feed.feedUrl)}"/>`,
    element('id', feed.feedUrl),
    element('updated', rfc3339(feed.updatedAt)),
    element('generator', GENERATOR),
  ];
  // Atom requires an author for every entry; the publication stands in for unsigned pieces.
  if (feed.items.some((item) => item.authors.length === 0)) head.push(`<author>${element('name', feed.title)}</author>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    indent(head, 2),
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

function isUrl(id: string): boolean {
  return /^https?:\/\//i.test(id);
}

function indent(lines: string[], spaces: number): string {
  const pad = ' '.repeat(spaces);
  return lines.map((l) => pad + l).join('\n');
}
