import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderArchive } from '../../../src/web/pages/archive-page.js';
import { formatVisits, renderArticle } from '../../../src/web/pages/article-page.js';
import { renderHome } from '../../../src/web/pages/home-page.js';
import { renderMessage } from '../../../src/web/pages/message-page.js';
import { renderSearch } from '../../../src/web/pages/search-page.js';
import { renderSubmitInfo } from '../../../src/web/pages/submit-info-page.js';
import type {
  ArchiveVM,
  ArticleCardVM,
  ArticleVM,
  HomeVM,
  PageMeta,
  SearchVM,
  SiteVM,
} from '../../../src/web/pages/view-models.js';

// ---------- factories ----------

const XSS_A = '<script>alert(1)</script>';
const XSS_B = '"><img src=x onerror=alert(1)>';

function site(overrides: Partial<SiteVM> = {}): SiteVM {
  return {
    name: 'The Harbour Quarterly',
    tagline: 'Commentary and research on the public good',
    url: 'https://harbour.example',
    disclaimer: 'Views expressed are those of the authors alone.',
    callToSubmit: 'Have an argument worth making? We want to read it.',
    timeZone: 'UTC',
    categories: [
      { name: 'Current Affairs', url: '/category/current-affairs/' },
      { name: 'Research Papers', url: '/category/research-papers/' },
    ],
    assets: { css: '/static/site.0123456789.css', js: '/static/site.abcdef0123.js' },
    year: 2026,
    ...overrides,
  };
}

function meta(overrides: Partial<PageMeta> = {}): PageMeta {
  return {
    title: 'Tidal Power and the Small Port',
    description: 'What a tidal barrage would mean for a fishing town.',
    canonical: 'https://harbour.example/tidal-power/',
    ...overrides,
  };
}

function card(overrides: Partial<ArticleCardVM> = {}): ArticleCardVM {
  return {
    id: 7,
    url: '/tidal-power/',
    title: 'Tidal Power and the Small Port',
    dek: 'A barrage promises clean energy; the harbour pays the price.',
    authors: [{ name: 'Ines Varga', slug: 'ines-varga', url: '/author/ines-varga/' }],
    publishedAt: '2026-03-12T09:00:00.000Z',
    publishedLabel: '12 March 2026',
    categories: [{ name: 'Current Affairs', slug: 'current-affairs', url: '/category/current-affairs/' }],
    readingMinutes: 8,
    ...overrides,
  };
}

const BODY_HTML =
  '<h2 id="user-content-the-estuary">The estuary</h2>' +
  '<p>The tide rises twice a day.<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref aria-describedby="footnote-label">1</a></sup></p>' +
  '<aside class="also-read" aria-label="Also read"><span class="also-read-label">Also Read:</span> <a href="/harbour-dues/">Harbour dues</a></aside>' +
  '<p>Second paragraph.</p>' +
  '<section data-footnotes class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes</h2><ol>' +
  '<li id="user-content-fn-1"><p>Tide tables, 2025. <a href="#user-content-fnref-1" data-footnote-backref="" aria-label="Back to reference 1" class="data-footnote-backref">↩</a></p></li>' +
  '</ol></section>';

function article(overrides: Partial<ArticleVM['article']> = {}, siteOverrides: Partial<SiteVM> = {}): ArticleVM {
  return {
    site: site(siteOverrides),
    meta: meta({
      ogType: 'article',
      jsonLd: '{"@context":"https://schema.org","@type":"Article","headline":"Tidal \\u003c power"}',
      metaTags: [
        ['citation_title', 'Tidal Power and the Small Port'],
        ['citation_author', 'Varga, Ines'],
      ],
      feeds: [{ title: 'RSS', url: '/feed/', type: 'rss' }],
      image: 'https://harbour.example/media/tide.jpg',
    }),
    article: {
      id: 42,
      url: '/tidal-power/',
      title: 'Tidal Power and the Small Port',
      dek: 'A barrage promises clean energy; the harbour pays the price.',
      bodyHtml: BODY_HTML,
      toc: [
        { id: 'user-content-the-estuary', text: 'The estuary', depth: 2 },
        { id: 'user-content-costs', text: 'Costs', depth: 3 },
      ],
      readingMinutes: 8,
      publishedAt: '2026-03-12T09:00:00.000Z',
      publishedLabel: '12 March 2026',
      categories: [
        { name: 'Current Affairs', slug: 'current-affairs', url: '/category/current-affairs/' },
        { name: 'Energy', slug: 'energy', url: '/category/energy/' },
      ],
      tags: [{ name: 'tides', url: '/tag/tides/' }],
      authors: [
        { name: 'Ines Varga', slug: 'ines-varga', url: '/author/ines-varga/' },
        { name: 'Tomás Reyes', slug: 'tomas-reyes', url: '/author/tomas-reyes/' },
        { name: 'Mei Lin', slug: 'mei-lin', url: '/author/mei-lin/' },
      ],
      authorBoxes: [
        {
          name: 'Ines Varga',
          url: '/author/ines-varga/',
          affiliation: 'University of the Coast',
          bioHtml: '<p>Ines studies <em>coastal</em> economies.</p>',
          photoUrl: '/media/ines.jpg',
          initials: 'IV',
          moreUrl: '/author/ines-varga/',
        },
        {
          name: 'Tomás Reyes',
          url: '/author/tomas-reyes/',
          affiliation: '',
          bioHtml: '<p>Tomás writes about ports.</p>',
          initials: 'TR',
          moreUrl: '/author/tomas-reyes/',
        },
      ],
      views: { total: 1265, today: 1 },
      citation: {
        apaHtml: 'Varga, I. (2026). Tidal power. <i>The Harbour Quarterly</i>.',
        mlaHtml: 'Varga, Ines. “Tidal Power.” <i>The Harbour Quarterly</i>, 12 Mar. 2026.',
        chicagoHtml: 'Varga, Ines. “Tidal Power.” <i>The Harbour Quarterly</i>, March 12, 2026.',
        bibtexUrl: '/tidal-power/cite.bib',
        risUrl: '/tidal-power/cite.ris',
      },
      prev: { title: 'Harbour dues', url: '/harbour-dues/' },
      next: { title: 'Salt marsh futures', url: '/salt-marsh/' },
      ...overrides,
    },
  };
}

function home(overrides: Partial<HomeVM> = {}): HomeVM {
  return {
    site: site(),
    meta: meta({ title: 'The Harbour Quarterly', canonical: 'https://harbour.example/' }),
    lead: card({ id: 1, title: 'The lead story', url: '/lead/' }),
    latest: [card({ id: 2, title: 'Second piece', url: '/second/' }), card({ id: 3, title: 'Third', url: '/third/' })],
    mostRead: [
      { card: card({ id: 4, title: 'Most read piece', url: '/most/' }), views: 12345 },
      { card: card({ id: 5, title: 'Once read', url: '/once/' }), views: 1 },
    ],
    pagination: { page: 2, totalPages: 3, prevUrl: '/', nextUrl: '/?page=3' },
    ...overrides,
  };
}

function search(overrides: Partial<SearchVM> = {}): SearchVM {
  return {
    site: site(),
    meta: meta({ title: 'Search', canonical: 'https://harbour.example/search' }),
    query: 'tidal power',
    results: [{ card: card(), snippetHtml: 'the <mark>tidal</mark> range' }],
    total: 21,
    pagination: { page: 2, totalPages: 3, prevUrl: '/search?page=1', nextUrl: '/search?page=3' },
    ...overrides,
  };
}

function archive(overrides: Partial<ArchiveVM> = {}): ArchiveVM {
  return {
    site: site(),
    meta: meta({ title: 'Current Affairs', canonical: 'https://harbour.example/category/current-affairs/' }),
    kind: 'category',
    heading: 'Current Affairs',
    description: 'Arguments about what is happening now.',
    items: [card()],
    total: 1,
    pagination: { page: 1, totalPages: 1 },
    feedUrl: '/category/current-affairs/feed/',
    ...overrides,
  };
}

// ---------- helpers ----------

function indexOf(html: string, needle: string): number {
  const i = html.indexOf(needle);
  assert.notEqual(i, -1, `expected to find ${needle}`);
  return i;
}

function assertInOrder(html: string, needles: string[]): void {
  let last = -1;
  for (const needle of needles) {
    const i = html.indexOf(needle, last + 1);
    assert.ok(i > last, `expected ${needle} after position ${last}`);
    last = i;
  }
}

/** Every <script> either loads a file or carries JSON-LD; no style attributes anywhere. */
function assertCspClean(html: string): void {
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
    assert.ok(/\ssrc="[^"]+"/.test(tag) || tag.includes('type="application/ld+json"'), `inline script: ${tag}`);
  }
  assert.doesNotMatch(html, /\sstyle=/);
  assert.doesNotMatch(html, /<style\b/);
  assert.doesNotMatch(html, /\son[a-z]+=/);
}

function assertNoXss(html: string): void {
  assert.ok(!html.includes(XSS_A), 'raw <script> payload');
  assert.ok(!html.includes('<img src=x'), 'raw <img> payload');
  // Walk the real tags (quoted attribute values skipped as a unit): none may carry an event handler.
  for (const [, attrs = ''] of html.matchAll(/<[a-z][a-z0-9]*((?:\s+[\w:-]+(?:="[^"]*")?)*)\s*\/?>/g)) {
    for (const [, name] of attrs.matchAll(/\s([\w:-]+)(?:="[^"]*")?/g)) {
      assert.ok(!name?.toLowerCase().startsWith('on'), `event handler attribute ${name}`);
    }
  }
}

function allPages(): string[] {
  return [
    renderHome(home()),
    renderHome(home({ lead: undefined, latest: [], mostRead: [] })),
    renderArticle(article()),
    renderArchive(archive()),
    renderArchive(archive({ items: [], total: 0 })),
    renderSearch(search()),
    renderSearch(search({ query: '', results: [], total: 0 })),
    renderSearch(search({ results: [], total: 0 })),
    renderMessage({ site: site(), meta: meta(), heading: 'Not found', message: 'No such page.' }),
    renderSubmitInfo({ site: site(), meta: meta({ title: 'Submit' }) }),
  ];
}

// ---------- tests ----------

describe('formatVisits', () => {
  it('uses thousands separators and singular or plural', () => {
    assert.equal(formatVisits(0, 0), 'Visited 0 times, 0 visits today');
    assert.equal(formatVisits(1, 1), 'Visited 1 time, 1 visit today');
    assert.equal(formatVisits(2, 0), 'Visited 2 times, 0 visits today');
    assert.equal(formatVisits(1265, 1), 'Visited 1,265 times, 1 visit today');
    assert.equal(formatVisits(1000000, 2), 'Visited 1,000,000 times, 2 visits today');
  });
});

describe('layout', () => {
  const html = renderArticle(article());

  it('is a full document with the head a crawler needs', () => {
    assert.ok(html.startsWith('<!doctype html>'));
    assert.match(html, /<html lang="en">/);
    assert.match(html, /<meta charset="utf-8"/);
    assert.match(html, /<meta name="viewport" content="width=device-width, initial-scale=1"/);
    assert.match(html, /<meta name="color-scheme" content="light dark"/);
    assert.match(html, /<title>Tidal Power and the Small Port — The Harbour Quarterly<\/title>/);
    assert.match(html, /<meta name="description" content="What a tidal barrage would mean for a fishing town\."/);
    assert.match(html, /<link rel="canonical" href="https:\/\/harbour\.example\/tidal-power\/"/);
    assert.match(html, /<meta property="og:title" content="Tidal Power and the Small Port"/);
    assert.match(html, /<meta property="og:description" content="/);
    assert.match(html, /<meta property="og:url" content="https:\/\/harbour\.example\/tidal-power\/"/);
    assert.match(html, /<meta property="og:type" content="article"/);
    assert.match(html, /<meta property="og:site_name" content="The Harbour Quarterly"/);
    assert.match(html, /<meta property="og:image" content="https:\/\/harbour\.example\/media\/tide\.jpg"/);
    assert.match(html, /<meta name="twitter:card" content="summary_large_image"/);
    assert.match(html, /<meta name="citation_title" content="Tidal Power and the Small Port"/);
    assert.match(html, /<meta name="citation_author" content="Varga, Ines"/);
    assert.match(html, /<link rel="alternate" type="application\/rss\+xml" title="RSS" href="\/feed\/"/);
    assert.match(html, /<link rel="stylesheet" href="\/static\/site\.0123456789\.css"/);
    assert.match(html, /<script src="\/static\/site\.abcdef0123\.js" defer><\/script>/);
  });

  it('inserts the JSON-LD as given', () => {
    assert.ok(
      html.includes(
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Tidal \\u003c power"}</script>',
      ),
    );
  });

  it('has the skip link, masthead, sections nav, search form, main and footer', () => {
    assert.match(html, /<a class="skip-link" href="#main">Skip to content<\/a>/);
    assert.match(html, /<header class="masthead">/);
    assert.match(html, /<a href="\/" safe>|<a href="\/">The Harbour Quarterly<\/a>/);
    assert.match(html, /Commentary and research on the public good/);
    assert.match(html, /<nav class="site-nav" aria-label="Sections">/);
    assert.match(html, /<a href="\/category\/research-papers\/">Research Papers<\/a>/);
    assert.match(html, /<a href="\/submit\/">\s*Submit\s*<\/a>/);
    assert.match(html, /<form class="search-form search-form-compact" role="search" aria-label="Site" action="\/search" method="get">/);
    assert.match(html, /<label class="sr-only" for="masthead-q">/);
    assert.match(html, /<input type="search" id="masthead-q" name="q"/);
    assert.match(html, /<main id="main"/);
    assert.match(html, /<footer class="site-footer">/);
    assert.match(html, /Views expressed are those of the authors alone\./);
    assert.match(html, /<a href="\/feed\/">RSS feed<\/a>/);
    assert.match(html, /© 2026 <span>The Harbour Quarterly<\/span>/);
  });

  it('marks the current section and adds noindex and a preload only when asked', () => {
    const cat = renderArchive(archive());
    assert.match(cat, /<a href="\/category\/current-affairs\/" aria-current="page">Current Affairs<\/a>/);
    assert.doesNotMatch(html, /name="robots"/);
    assert.doesNotMatch(html, /rel="preload"/);
    const withFont = renderArticle(article({}, { assets: { css: '/a.css', js: '/a.js', fontSerif: '/f.woff2' } }));
    assert.match(withFont, /<link rel="preload" href="\/f\.woff2" as="font" type="font\/woff2" crossorigin="anonymous"/);
  });

  it('keeps the home title bare', () => {
    assert.match(renderHome(home()), /<title>The Harbour Quarterly<\/title>/);
  });

  it('is CSP clean on every page', () => {
    for (const page of allPages()) assertCspClean(page);
  });
});

describe('article page', () => {
  const html = renderArticle(article());

  it('wraps the piece in the article hook with title, dek, byline and counter in order', () => {
    assertInOrder(html, [
      '<article class="article" data-article-id="42">',
      '<p class="kicker">',
      '<h1 class="article-title">Tidal Power and the Small Port</h1>',
      '<p class="dek">A barrage promises clean energy; the harbour pays the price.</p>',
      '<p class="byline">',
      '<p class="views" data-views-total="1265" data-views-today="1">Visited 1,265 times, 1 visit today</p>',
      '<nav class="toc" aria-label="Contents">',
      '<div class="article-body">',
      'data-footnote-ref',
      '<section data-footnotes class="footnotes">',
      '<a rel="tag" href="/tag/tides/">tides</a>',
      '<section class="author-box">',
      '<p class="disclaimer">',
      'href="/submit/"',
      'Cite this article',
      'rel="prev"',
      'rel="next"',
    ]);
  });

  it('has a byline with joined author links, time, reading time and category tags', () => {
    const byline = html.slice(indexOf(html, '<p class="byline">'), indexOf(html, '<p class="views"'));
    assert.match(
      byline,
      /By <a class="author-link" href="\/author\/ines-varga\/">Ines Varga<\/a>, <a class="author-link" href="\/author\/tomas-reyes\/">Tomás Reyes<\/a> and <a class="author-link" href="\/author\/mei-lin\/">Mei Lin<\/a>/,
    );
    assert.match(byline, /<time datetime="2026-03-12T09:00:00.000Z">12 March 2026<\/time>/);
    assert.match(byline, /8 min read/);
    assert.match(byline, /<a rel="category tag" href="\/category\/current-affairs\/">Current Affairs<\/a>/);
    assert.match(byline, /<a rel="category tag" href="\/category\/energy\/">Energy<\/a>/);
  });

  it('joins two authors with "and"', () => {
    const two = renderArticle(article({ authors: article().article.authors.slice(0, 2) }));
    assert.match(two, /Ines Varga<\/a> and <a class="author-link" href="\/author\/tomas-reyes\/">/);
  });

  it('puts the trusted body in as is, footnotes and also-read included', () => {
    assert.ok(html.includes(`<div class="article-body">${BODY_HTML}</div>`));
    assert.match(html, /<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref/);
    assert.match(html, /<aside class="also-read" aria-label="Also read">/);
    assert.match(html, /<a href="#user-content-fnref-1" data-footnote-backref=""/);
  });

  it('lists the table of contents and omits it when null', () => {
    assert.match(html, /<a href="#user-content-the-estuary">The estuary<\/a>/);
    assert.match(html, /<li class="toc-depth-3"><a href="#user-content-costs">Costs<\/a><\/li>/);
    assert.doesNotMatch(renderArticle(article({ toc: null })), /class="toc"/);
  });

  it('has an author box per author with photo or initials, bio and a more-by link', () => {
    assert.equal(html.match(/<section class="author-box">/g)?.length, 2);
    assert.match(html, /<img class="avatar avatar-md" src="\/media\/ines\.jpg" alt="Ines Varga"/);
    assert.match(html, /<span class="avatar avatar-md avatar-initials" aria-hidden="true">TR<\/span>/);
    assert.match(html, /<a href="\/author\/ines-varga\/">Ines Varga<\/a>/);
    assert.match(html, /University of the Coast/);
    assert.match(html, /<p>Ines studies <em>coastal<\/em> economies\.<\/p>/);
    assert.match(html, /<a href="\/author\/tomas-reyes\/">\s*More by <span>Tomás Reyes<\/span>/);
  });

  it('has the disclaimer, the call to submit and the citation block', () => {
    assert.match(html, /<p class="disclaimer">Views expressed are those of the authors alone\.<\/p>/);
    assert.match(html, /Have an argument worth making\? We want to read it\./);
    assert.match(html, /<a class="button" href="\/submit\/">/);
    assert.match(html, /<details class="cite" id="cite">\s*<summary>Cite this article<\/summary>/);
    assert.match(html, /<dd>Varga, I\. \(2026\)\. Tidal power\. <i>The Harbour Quarterly<\/i>\.<\/dd>/);
    assert.match(html, /<dt>MLA<\/dt>/);
    assert.match(html, /<dt>Chicago<\/dt>/);
    assert.match(html, /<a href="\/tidal-power\/cite\.bib">BibTeX<\/a>/);
    assert.match(html, /<a href="\/tidal-power\/cite\.ris">RIS<\/a>/);
  });

  it('falls back to a default disclaimer when the site has none', () => {
    assert.match(renderArticle(article({}, { disclaimer: '' })), /<p class="disclaimer">The views expressed/);
  });

  it('links previous and next articles', () => {
    assert.match(html, /<a class="article-nav-prev" rel="prev" href="\/harbour-dues\/">/);
    assert.match(html, /<a class="article-nav-next" rel="next" href="\/salt-marsh\/">/);
    assert.doesNotMatch(renderArticle(article({ prev: undefined, next: undefined })), /class="article-nav"/);
  });
});

describe('escaping', () => {
  it('escapes hostile strings in every user-provided field', () => {
    for (const payload of [XSS_A, XSS_B]) {
      const evil = { name: payload, slug: 'x', url: '/author/x/' };
      const a = article({
        title: payload,
        dek: payload,
        authors: [evil],
        tags: [{ name: payload, url: '/tag/x/' }],
        categories: [{ name: payload, slug: 'x', url: '/category/x/' }],
        authorBoxes: [{ ...article().article.authorBoxes[0]!, name: payload, affiliation: payload }],
        toc: [{ id: 'a', text: payload, depth: 2 }],
        prev: { title: payload, url: '/p/' },
      });
      a.meta = meta({ title: payload, description: payload, metaTags: [['citation_title', payload]] });
      const pages = [
        renderArticle(a),
        renderHome(home({ lead: card({ title: payload, dek: payload, authors: [evil] }) })),
        renderSearch(search({ query: payload })),
        renderSearch(search({ query: payload, results: [], total: 0 })),
        renderArchive(archive({ heading: payload, description: payload, items: [card({ title: payload })] })),
        renderMessage({ site: site({ name: payload }), meta: meta(), heading: payload, message: payload, errorId: payload }),
        renderSubmitInfo({ site: site({ name: payload, tagline: payload }), meta: meta() }),
      ];
      for (const page of pages) assertNoXss(page);
    }
    const page = renderArticle(article({ title: XSS_A }));
    assert.match(page, /<h1 class="article-title">&lt;script>alert\(1\)&lt;\/script><\/h1>/);
    const s = renderSearch(search({ query: XSS_B }));
    assert.match(s, /value="&quot;&gt;&lt;img src=x onerror=alert\(1\)&gt;"/);
  });
});

describe('home page', () => {
  const html = renderHome(home());

  it('shows the lead, the latest grid, most read and pagination', () => {
    assertInOrder(html, ['class="lead-story"', 'The lead story', 'Latest', 'Second piece', 'Third', 'Most read this week']);
    assert.match(html, /<h2 class="card-title"><a href="\/lead\/">The lead story<\/a><\/h2>/);
    assert.match(html, /<h3 class="card-title"><a href="\/second\/">Second piece<\/a><\/h3>/);
    assert.match(html, /<a class="author-link" href="\/author\/ines-varga\/">Ines Varga<\/a>/);
    assert.match(html, /<time datetime="2026-03-12T09:00:00.000Z">12 March 2026<\/time>/);
    assert.match(html, /<aside class="most-read"[^>]*>\s*<h2[^>]*>\s*Most read this week\s*<\/h2>\s*<ol>/);
    assert.match(html, /12,345 views/);
    assert.match(html, /1 view</);
    assert.match(html, /<nav class="pagination" aria-label="Pagination">/);
    assert.match(html, /<a class="pagination-prev" rel="prev" href="\/">/);
    assert.match(html, /<a class="pagination-next" rel="next" href="\/\?page=3">/);
    assert.match(html, /Page 2 of 3/);
    assert.match(html, /<h1 class="site-name">/);
  });

  it('has an empty state and no pagination for a single page', () => {
    const empty = renderHome(home({ lead: undefined, latest: [], mostRead: [], pagination: { page: 1, totalPages: 1 } }));
    assert.match(empty, /Nothing published yet/);
    assert.doesNotMatch(empty, /aria-label="Pagination"/);
  });
});

describe('archive page', () => {
  it('shows the heading, description, cards and feed link', () => {
    const html = renderArchive(archive());
    assert.match(html, /<h1 class="archive-title">Current Affairs<\/h1>/);
    assert.match(html, /Arguments about what is happening now\./);
    assert.match(html, /<h2 class="card-title"><a href="\/tidal-power\/">Tidal Power and the Small Port<\/a><\/h2>/);
    assert.match(html, /1 article</);
    assert.match(html, /<a class="feed-link" href="\/category\/current-affairs\/feed\/">/);
  });

  it('opens author archives with the profile', () => {
    const html = renderArchive(
      archive({
        kind: 'author',
        heading: 'Ines Varga',
        description: undefined,
        author: {
          name: 'Ines Varga',
          affiliation: 'University of the Coast',
          bioHtml: '<p>Ines studies coastal economies.</p>',
          initials: 'IV',
          links: [{ name: 'Website', url: 'https://ines.example' }],
        },
        total: 3,
        feedUrl: undefined,
      }),
    );
    assert.match(html, /<div class="profile">/);
    assert.match(html, /<span class="avatar avatar-lg avatar-initials" aria-hidden="true">IV<\/span>/);
    assert.match(html, /<h1 class="archive-title">Ines Varga<\/h1>/);
    assert.match(html, /University of the Coast/);
    assert.match(html, /<p>Ines studies coastal economies\.<\/p>/);
    assert.match(html, /<a href="https:\/\/ines\.example" rel="me noopener">Website<\/a>/);
    assert.match(html, /3 articles/);
    assert.doesNotMatch(html, /feed-link/);
  });

  it('has an empty state', () => {
    const html = renderArchive(archive({ items: [], total: 0 }));
    assert.match(html, /Nothing here yet/);
    assert.match(html, /0 articles/);
  });
});

describe('search page', () => {
  it('shows the count, escaped query, snippets and pagination that keeps q', () => {
    const html = renderSearch(search());
    assert.match(html, /<input type="search" id="search-q" name="q" value="tidal power"/);
    assert.match(html, /21 results<\/span> for “<span>tidal power<\/span>”/);
    assert.match(html, /<p class="card-snippet">the <mark>tidal<\/mark> range<\/p>/);
    assert.match(html, /rel="prev" href="\/search\?q=tidal%20power"/);
    assert.match(html, /rel="next" href="\/search\?q=tidal%20power&amp;page=3"/);
    assert.match(html, /<meta name="robots" content="noindex"/);
  });

  it('says "1 result" in the singular', () => {
    assert.match(renderSearch(search({ total: 1, pagination: { page: 1, totalPages: 1 } })), /1 result<\/span>/);
  });

  it('has a blank-query state', () => {
    const html = renderSearch(search({ query: '  ', results: [], total: 0 }));
    assert.match(html, /class="search-blank"/);
    assert.match(html, /value=""/);
    assert.doesNotMatch(html, /results<\/span> for/);
  });

  it('has a no-results state with tips', () => {
    const html = renderSearch(search({ query: 'zebra', results: [], total: 0, pagination: { page: 1, totalPages: 1 } }));
    assert.match(html, /No results for “zebra”/);
    assert.match(html, /<ul class="search-tips">/);
  });
});

describe('message page', () => {
  it('renders a 404 with a way on', () => {
    const html = renderMessage({
      site: site(),
      meta: meta({ title: 'Page not found', canonical: 'https://harbour.example/nope/' }),
      heading: 'Page not found',
      message: 'There is nothing at this address.',
    });
    assert.match(html, /<title>Page not found — The Harbour Quarterly<\/title>/);
    assert.match(html, /<h1 class="message-title">Page not found<\/h1>/);
    assert.match(html, /There is nothing at this address\./);
    assert.match(html, /<meta name="robots" content="noindex"/);
    assert.match(html, /<a href="\/">Go to the front page<\/a>/);
    assert.doesNotMatch(html, /quote the reference/);
  });

  it('shows the error id for server errors', () => {
    const html = renderMessage({ site: site(), meta: meta(), heading: 'Error', message: 'Sorry.', errorId: 'e-7f3a' });
    assert.match(html, /<code>e-7f3a<\/code>/);
  });
});

describe('submit page', () => {
  it('explains the open call and links to the way in', () => {
    const html = renderSubmitInfo({ site: site(), meta: meta({ title: 'Submit' }) });
    assert.match(html, /Write for The Harbour Quarterly/);
    for (const heading of ['Why submit', 'Who we publish', 'Guidelines', 'Length', 'Footnotes and sources', 'Originality', 'Review process and timeline', 'What happens next']) {
      assert.match(html, new RegExp(`>${heading}</h[23]>`));
    }
    assert.match(html, /<a class="button button-primary" href="\/submit\/new">\s*Start a submission\s*<\/a>/);
    assert.match(html, /<a class="button" href="\/register">\s*Create an account\s*<\/a>/);
  });
});
