import { escapeXml, rfc3339 } from './xml.js';

// sitemap.xml (and a sitemap index for archives past the protocol's limit) and
// robots.txt.

export interface SitemapUrl {
  /** absolute URL */
  loc: string;
  /** ISO 8601 date or date-time */
  lastmod?: string;
}

/** The sitemap protocol's limit per file; larger archives need renderSitemapIndex. */
export const SITEMAP_MAX_URLS = 50_000;

export const DEFAULT_DISALLOW: readonly string[] = ['/admin/', '/editor/', '/dashboard/', '/login', '/register'];

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

export function renderSitemap(urls: SitemapUrl[]): string {
  if (urls.length > SITEMAP_MAX_URLS) {
    throw new RangeError(`sitemap: ${urls.length} URLs exceed ${SITEMAP_MAX_URLS}; split them and serve a sitemap index`);
  }
  return wrap('urlset', urls.map((u) => entry('url', u)));
}

/** A sitemap index pointing at sitemap files, each of at most SITEMAP_MAX_URLS URLs. */
export function renderSitemapIndex(sitemaps: SitemapUrl[]): string {
  return wrap('sitemapindex', sitemaps.map((s) => entry('sitemap', s)));
}

export function renderRobots(siteUrl: string, opts: { disallow?: string[] } = {}): string {
  const base = siteUrl.trim().replace(/\/+$/, '');
  const disallow = (opts.disallow ?? DEFAULT_DISALLOW)
    .map((path) => path.replace(/[\r\n]/g, '').trim())
    .filter((path) => path !== '')
    .map((path) => (path.startsWith('/') ? path : `/${path}`));
  return [
    'User-agent: *',
    'Allow: /',
    ...disallow.map((path) => `Disallow: ${path}`),
    '',
    `Sitemap: ${base.replace(/[\r\n]/g, '')}/sitemap.xml`,
    '',
  ].join('\n');
}

function entry(tag: 'url' | 'sitemap', { loc, lastmod }: SitemapUrl): string {
  const mod = lastmod === undefined ? '' : `<lastmod>${w3cDate(lastmod)}</lastmod>`;
  return `  <${tag}><loc>${escapeXml(loc)}</loc>${mod}</${tag}>`;
}

function wrap(root: string, entries: string[]): string {
  return ['<?xml version="1.0" encoding="UTF-8"?>', `<${root} xmlns="${SITEMAP_NS}">`, ...entries, `</${root}>`, ''].join(
    '\n',
  );
}

/** W3C Datetime: a bare date stays a date, anything else becomes UTC date-time. */
function w3cDate(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? rfc3339(value).slice(0, 10) : rfc3339(value);
}
