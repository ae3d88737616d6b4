import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  articleJsonLd,
  scholarMetaTags,
  type JsonLdMeta,
} from '../../../../src/domain/articles/citation/scholarly-meta.js';
import { meta, withAuthors } from './citation-fixtures.js';

function ld(overrides: Partial<JsonLdMeta> = {}): JsonLdMeta {
  return {
    ...withAuthors(2),
    description: 'Senior rights, junior towns and a shrinking reservoir.',
    keywords: ['water policy', 'drought'],
    authorUrls: ['https://meridian.example/author/chidi-okafor/'],
    publisherName: 'The Meridian Review',
    publisherUrl: 'https://meridian.example',
    ...overrides,
  };
}

describe('articleJsonLd', () => {
  it('describes an article', () => {
    assert.deepEqual(JSON.parse(articleJsonLd(ld({ updatedAt: '2026-10-20T12:00:00Z', wordCount: 1840, section: 'Current Affairs' }))), {
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: 'Who Owns the River? Water Rights After the Drought',
      description: 'Senior rights, junior towns and a shrinking reservoir.',
      datePublished: '2026-10-14T09:30:00Z',
      dateModified: '2026-10-20T12:00:00Z',
      author: [
        { '@type': 'Person', name: 'Chidi Okafor', url: 'https://meridian.example/author/chidi-okafor/' },
        { '@type': 'Person', name: 'Maja Lindqvist' },
      ],
      publisher: { '@type': 'Organization', name: 'The Meridian Review', url: 'https://meridian.example' },
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://meridian.example/who-owns-the-river/' },
      url: 'https://meridian.example/who-owns-the-river/',
      keywords: ['water policy', 'drought'],
      articleSection: 'Current Affairs',
      wordCount: 1840,
    });
  });

  it('uses ScholarlyArticle for research and falls back to datePublished', () => {
    const data = JSON.parse(articleJsonLd(ld({ isResearch: true, image: 'https://meridian.example/m/river.jpg', keywords: [] })));
    assert.equal(data['@type'], 'ScholarlyArticle');
    assert.equal(data.dateModified, '2026-10-14T09:30:00Z');
    assert.equal(data.image, 'https://meridian.example/m/river.jpg');
    assert.equal('keywords' in data, false);
  });

  it('cannot close its script element', () => {
    const hostile = 'Ends </script><script>alert(1)</script> <!-- & \u2028\u2029';
    const out = articleJsonLd(ld({ title: hostile, description: hostile, publisherName: hostile }));
    assert.ok(!/[<>&\u2028\u2029]/.test(out), out);
    assert.ok(out.includes('\\u003c/script\\u003e'));
    assert.ok(out.includes('\\u2028\\u2029'));
    const data = JSON.parse(out);
    assert.equal(data.publisher.name, hostile);
    // headline and description are folded to single spaces (U+2028/2029 count as whitespace)
    assert.equal(data.headline, hostile.replace(/\s+/g, ' ').trim());
  });
});

describe('scholarMetaTags', () => {
  it('gives Google Scholar its citation_* tags', () => {
    assert.deepEqual(scholarMetaTags(withAuthors(3)), [
      ['citation_title', 'Who Owns the River? Water Rights After the Drought'],
      ['citation_author', 'Okafor, Chidi'],
      ['citation_author', 'Lindqvist, Maja'],
      ['citation_author', 'Ruiz, Ana María'],
      ['citation_publication_date', '2026/10/14'],
      ['citation_online_date', '2026/10/14'],
      ['citation_journal_title', 'The Meridian Review'],
      ['citation_abstract_html_url', 'https://meridian.example/who-owns-the-river/'],
      ['citation_fulltext_html_url', 'https://meridian.example/who-owns-the-river/'],
    ]);
  });

  it('keeps a single-word author whole', () => {
    assert.deepEqual(
      scholarMetaTags(meta({ authors: [{ name: 'Plato' }] })).filter(([name]) => name === 'citation_author'),
      [['citation_author', 'Plato']],
    );
  });
});
