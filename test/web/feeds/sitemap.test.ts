import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DEFAULT_DISALLOW,
  SITEMAP_MAX_URLS,
  renderRobots,
  renderSitemap,
  renderSitemapIndex,
} from '../../../src/web/feeds/sitemap.js';
import { findAll, parseXml, textOf } from './xml-check.js';

describe('renderSitemap', () => {
  it('lists URLs with W3C dates, escaped', () => {
    const xml = renderSitemap([
      { loc: 'https://meridian.example/', lastmod: '2026-10-20T12:15:30.250Z' },
      { loc: 'https://meridian.example/tag/water-policy/?page=2&x="1"' },
      { loc: 'https://meridian.example/who-owns-the-river/', lastmod: '2026-10-14' },
      { loc: 'https://meridian.example/later/', lastmod: '2026-10-14T23:30:00-05:00' },
    ]);
    const set = parseXml(xml);
    assert.equal(set.name, 'urlset');
    assert.equal(set.attrs.xmlns, 'http://www.sitemaps.org/schemas/sitemap/0.9');
    const urls = findAll(set, 'url');
    assert.deepEqual(
      urls.map((u) => findAll(u, 'loc').map(textOf)[0]),
      [
        'https://meridian.example/',
        'https://meridian.example/tag/water-policy/?page=2&x="1"',
        'https://meridian.example/who-owns-the-river/',
        'https://meridian.example/later/',
      ],
    );
    assert.deepEqual(
      urls.map((u) => findAll(u, 'lastmod').map(textOf)[0]),
      ['2026-10-20T12:15:30Z', undefined, '2026-10-14', '2026-10-15T04:30:00Z'],
    );
    assert.ok(xml.includes('?page=2&amp;x=&quot;1&quot;'));
  });

  it('is well-formed when empty, and refuses more URLs than the protocol allows', () => {
    assert.equal(findAll(parseXml(renderSitemap([])), 'url').length, 0);
    const tooMany = Array.from({ length: SITEMAP_MAX_URLS + 1 }, (_, i) => ({ loc: `https://m.example/${i}/` }));
    assert.throws(() => renderSitemap(tooMany), /sitemap index/);
    assert.throws(() => renderSitemap([{ loc: 'https://m.example/', lastmod: 'soon' }]), RangeError);
  });

  it('renders a sitemap index', () => {
    const index = parseXml(
      renderSitemapIndex([
        { loc: 'https://meridian.example/sitemap-1.xml', lastmod: '2026-10-20' },
        { loc: 'https://meridian.example/sitemap-2.xml' },
      ]),
    );
    assert.equal(index.name, 'sitemapindex');
    assert.deepEqual(findAll(index, 'loc').map(textOf), [
      'https://meridian.example/sitemap-1.xml',
      'https://meridian.example/sitemap-2.xml',
    ]);
  });
});

describe('renderRobots', () => {
  it('allows everything but the private areas and points at the sitemap', () => {
    assert.equal(
      renderRobots('https://meridian.example/'),
      [
        'User-agent: *',
        'Allow: /',
        'Disallow: /admin/',
        'Disallow: /editor/',
        'Disallow: /dashboard/',
        'Disallow: /login',
        'Disallow: /register',
        '',
        'Sitemap: https://meridian.example/sitemap.xml',
        '',
      ].join('\n'),
    );
  });

  it('takes a custom disallow list and cannot be broken by line breaks', () => {
    const robots = renderRobots('https://m.example', { disallow: [...DEFAULT_DISALLOW, 'search', '/x\nAllow: /secret'] });
    assert.ok(robots.includes('Disallow: /search\n'));
    assert.ok(robots.includes('Disallow: /xAllow: /secret\n'));
    assert.equal(robots.split('\n').filter((l) => l.startsWith('Allow:')).length, 1);
    assert.ok(robots.endsWith('Sitemap: https://m.example/sitemap.xml\n'));
  });
});
