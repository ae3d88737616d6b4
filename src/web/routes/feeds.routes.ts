import type { FastifyInstance } from 'fastify';
import { listPublished, publishedBodies, publishedSitemapEntries, type ListFilter } from '../../domain/articles/published.queries.js';
import { listCategories } from '../../domain/taxonomy/taxonomy.queries.js';
import { renderAtom, renderRss, type FeedModel } from '../feeds/feeds.js';
import { renderRobots, renderSitemap, renderSitemapIndex } from '../feeds/sitemap.js';
import { NotFoundError } from '../../shared/errors.js';
import { archiveSubject } from './archive.routes.js';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { serveCachedPage } from '../cache/serve-cached.js';
import { cachePolicy, type WebDeps } from './deps.js';

const FEED_SIZE = 20;
const SITEMAP_PART = 40_000;

export function registerFeedRoutes(app: FastifyInstance, deps: WebDeps): void {
  const { ctx, chrome } = deps;

  async function feed(filter: ListFilter, title: string, subtitle: string, path: string, feedPath: string): Promise<FeedModel> {
    const items = await listPublished(ctx.db, filter, { limit: FEED_SIZE, offset: 0 });
    const bodies = await publishedBodies(ctx.db, items.map((i) => i.id));
    return {
      title,
      subtitle,
      siteUrl: chrome.absolute(path),
      feedUrl: chrome.absolute(feedPath),
      updatedAt: items.reduce((max, i) => (i.updatedAt > max ? i.updatedAt : max), '1970-01-01T00:00:00.000Z'),
      items: items.map((i) => ({
        title: i.title,
        url: chrome.absolute(`/${i.slug}/`),
        id: chrome.absolute(`/${i.slug}/`),
        summary: i.dek,
        contentHtml: bodies.get(i.id) ?? '',
        authors: i.authors.map((a) => a.name),
        categories: i.categories.map((c) => c.name),
        publishedAt: i.publishedAt,
        updatedAt: i.updatedAt,
      })),
    };
  }

  const rss = 'application/rss+xml; charset=utf-8';
  const atom = 'application/atom+xml; charset=utf-8';
  const cached = (request: FastifyRequest, reply: FastifyReply, contentType: string, render: () => Promise<string>) =>
    serveCachedPage(deps.pageCache, request, reply, { key: `feed:${request.url.split('?')[0]}`, contentType, ...cachePolicy(deps.config, 'feed') }, render);

  app.get('/feed/', (request, reply) =>
    cached(request, reply, rss, async () => {
      const site = await chrome.site();
      return renderRss(await feed({}, site.name, site.tagline, '/', '/feed/'));
    }),
  );
  app.get('/feed/atom/', (request, reply) =>
    cached(request, reply, atom, async () => {
      const site = await chrome.site();
      return renderAtom(await feed({}, site.name, site.tagline, '/', '/feed/atom/'));
    }),
  );
  app.get('/feed', async (_req, reply) => reply.redirect('/feed/', 301));

  for (const kind of ['category', 'tag', 'author'] as const) {
    for (const format of ['rss', 'atom'] as const) {
      const suffix = format === 'rss' ? 'feed/' : 'feed/atom/';
      app.get<{ Params: { slug: string } }>(`/${kind}/:slug/${suffix}`, (request, reply) =>
        cached(request, reply, format === 'rss' ? rss : atom, async () => {
          const site = await chrome.site();
          const subject = await archiveSubject(deps, kind, request.params.slug);
          const model = await feed(subject.filter, `${subject.heading} — ${site.name}`, subject.description, subject.path, `${subject.path}${suffix}`);
          return format === 'rss' ? renderRss(model) : renderAtom(model);
        }),
      );
    }
  }

  // One file while the site is small; past the protocol's 50,000-URL limit, an index of numbered parts.
  const sitemapUrls = async () => {
    const [articles, categories] = await Promise.all([publishedSitemapEntries(ctx.db), listCategories(ctx.db)]);
    return [
      { loc: chrome.absolute('/') },
      ...categories.map((c) => ({ loc: chrome.absolute(`/category/${c.slug}/`) })),
      ...articles.map((a) => ({ loc: chrome.absolute(`/${a.slug}/`), lastmod: a.updatedAt })),
    ];
  };
  const xml = 'application/xml; charset=utf-8';
  app.get('/sitemap.xml', (request, reply) =>
    cached(request, reply, xml, async () => {
      const urls = await sitemapUrls();
      if (urls.length <= SITEMAP_PART) return renderSitemap(urls);
      const parts = Math.ceil(urls.length / SITEMAP_PART);
      return renderSitemapIndex(Array.from({ length: parts }, (_, i) => ({ loc: chrome.absolute(`/sitemap-${i + 1}.xml`) })));
    }),
  );
  app.get<{ Params: { part: string } }>('/sitemap-:part', (request, reply) =>
    cached(request, reply, xml, async () => {
      const n = /^(\d{1,4})\.xml$/.exec(request.params.part)?.[1];
      const urls = await sitemapUrls();
      const slice = n ? urls.slice((Number(n) - 1) * SITEMAP_PART, Number(n) * SITEMAP_PART) : [];
      if (!n || Number(n) < 1 || slice.length === 0 || urls.length <= SITEMAP_PART) throw new NotFoundError('sitemap');
      return renderSitemap(slice);
    }),
  );

  app.get('/robots.txt', async (_req, reply) => reply.type('text/plain; charset=utf-8').send(renderRobots(chrome.absolute(''))));
}
