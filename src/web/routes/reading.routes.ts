import type { FastifyInstance, FastifyRequest } from 'fastify';
import { findPublishedBySlug, listPublished, countPublished, publishedSummariesByIds } from '../../domain/articles/published.queries.js';
import { toBibtex, toRis } from '../../domain/articles/citation/citation-export.js';
import { mostVisited } from '../../domain/views/views.queries.js';
import { addDays, dayKey } from '../../shared/clock.js';
import { NotFoundError } from '../../shared/errors.js';
import { formatVisits, renderArticle, viewsCounterHtml } from '../pages/article-page.js';
import type { CounterEntry } from '../cache/page-cache.js';
import { sendCounter, serveCachedPage } from '../cache/serve-cached.js';
import { renderHome } from '../pages/home-page.js';
import { buildArticleView, citationMeta } from '../view/article-view.js';
import { paginate, toCard } from '../view/cards.js';
import { parsePage } from '../view/query.js';
import { visitInput } from '../visit-input.js';
import { cachePolicy, type WebDeps } from './deps.js';

const HOME_PER_PAGE = 12;

const HTML = 'text/html; charset=utf-8';
const ARTICLE_TTL_MS = 60 * 60_000;

export function registerReadingRoutes(app: FastifyInstance, deps: WebDeps): void {
  const { ctx, chrome, visits, config, pageCache } = deps;

  async function renderHomePage(page: number): Promise<string> {
    const total = await countPublished(ctx.db);
    const totalPages = Math.max(1, Math.ceil(total / HOME_PER_PAGE));
    if (page > totalPages) throw new NotFoundError('page');
    const items = await listPublished(ctx.db, {}, { limit: HOME_PER_PAGE, offset: (page - 1) * HOME_PER_PAGE });
    const weekStart = addDays(dayKey(ctx.clock.now()), -6);
    const top = await mostVisited(ctx.db, weekStart, 5);
    const topCards = await publishedSummariesByIds(ctx.db, top.map((t) => t.articleId));
    const viewsById = new Map(top.map((t) => [t.articleId, t.views]));
    const site = await chrome.site();
    const [lead, ...rest] = items;
    return renderHome({
      site,
      meta: {
        title: page > 1 ? `Latest, page ${page}` : site.name,
        description: site.tagline,
        canonical: chrome.absolute(page > 1 ? `/?page=${page}` : '/'),
        ogType: 'website',
        feeds: [
          { title: `${site.name} (RSS)`, url: '/feed/', type: 'rss' },
          { title: `${site.name} (Atom)`, url: '/feed/atom/', type: 'atom' },
        ],
      },
      ...(page === 1 && lead ? { lead: toCard(lead, site.timeZone) } : {}),
      latest: (page === 1 ? rest : items).map((a) => toCard(a, site.timeZone)),
      mostRead: topCards.map((a) => ({ card: toCard(a, site.timeZone), views: viewsById.get(a.id) ?? 0 })),
      pagination: paginate('/', page, total, HOME_PER_PAGE),
    });
  }

  app.get('/', async (request, reply) => {
    const page = parsePage(request.query);
    const policy = cachePolicy(config, 'home');
    return serveCachedPage(pageCache, request, reply, { key: `home:${page}`, ...policy }, () => renderHomePage(page));
  });

  // The same input the fast path builds (fast-path.ts), so both count a reader alike.
  const recordVisit = (request: FastifyRequest, articleId: number) => visits.record(visitInput(request.raw, config.trustProxy, articleId));

  /**
   * The article page. Normally each view is counted here and the page, cached in two
   * halves, gets a fresh counter spliced in. In CDN mode the page is shared by the CDN,
   * so it shows the count as of rendering and a beacon request records the view.
   */
  app.get<{ Params: { slug: string } }>('/:slug/', async (request, reply) => {
    const key = `article:${request.params.slug}`;
    if (config.cdnMode) {
      const policy = cachePolicy(config, 'listing');
      const cdn = { key, ttlMs: config.cdnMaxAge * 1000, cacheControl: policy.cacheControl };
      return serveCachedPage(pageCache, request, reply, cdn, async () => {
        const article = await findPublishedBySlug(ctx.db, request.params.slug);
        if (!article) throw new NotFoundError('article');
        const totals = await visits.totals(article.id);
        const vm = await buildArticleView(ctx, chrome, article, { ...totals, beaconUrl: `/visit/${article.id}` });
        return renderArticle(vm);
      });
    }
    const cached = pageCache?.get(key);
    if (cached?.kind === 'counter') {
      const totals = await recordVisit(request, cached.articleId);
      return sendCounter(request, reply, cached, viewsCounterHtml(totals), 'no-cache');
    }
    const generation = pageCache?.generation ?? 0;
    const article = await findPublishedBySlug(ctx.db, request.params.slug);
    if (!article) throw new NotFoundError('article');
    const totals = await recordVisit(request, article.id);
    const html = renderArticle(await buildArticleView(ctx, chrome, article, totals));
    if (!pageCache) return reply.type(HTML).header('cache-control', 'no-cache').send(html);
    const counter = viewsCounterHtml(totals);
    const at = html.indexOf(counter);
    const entry: CounterEntry = pageCache.counterEntry(HTML, html.slice(0, at), html.slice(at + counter.length), article.id, ARTICLE_TTL_MS);
    pageCache.set(key, entry, generation);
    return sendCounter(request, reply, entry, counter, 'no-cache');
  });

  // The CDN-mode beacon: records the view and answers with the fresh counter. The
  // .gif form is the <noscript> fallback.
  app.get<{ Params: { id: string } }>('/visit/:id', async (request, reply) => {
    // Outside CDN mode the page itself counts the view: a beacon would only be a way to
    // count visits without loading the page.
    if (!config.cdnMode) throw new NotFoundError('page');
    const match = /^(\d{1,12})(\.gif)?$/.exec(request.params.id);
    if (!match) throw new NotFoundError('article');
    const id = Number(match[1]);
    const exists = await publishedSummariesByIds(ctx.db, [id]);
    if (exists.length === 0) throw new NotFoundError('article');
    const totals = await recordVisit(request, id);
    reply.header('cache-control', 'no-store');
    if (match[2]) return reply.type('image/gif').send(PIXEL);
    return reply.send({ total: totals.total, today: totals.today, text: formatVisits(totals.total, totals.today) });
  });

  // The canonical article URL ends in a slash; the bare path is a permanent redirect.
  app.get<{ Params: { slug: string } }>('/:slug', async (request, reply) => {
    const article = await findPublishedBySlug(ctx.db, request.params.slug);
    if (!article) throw new NotFoundError('page');
    const qs = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
    return reply.redirect(`/${article.slug}/${qs}`, 301);
  });

  for (const format of ['bib', 'ris'] as const) {
    app.get<{ Params: { slug: string } }>(`/:slug/cite.${format}`, async (request, reply) => {
      const article = await findPublishedBySlug(ctx.db, request.params.slug);
      if (!article) throw new NotFoundError('article');
      const site = await chrome.site();
      const meta = citationMeta(article, site.name, chrome.absolute(`/${article.slug}/`));
      const body = format === 'bib' ? toBibtex(meta) : toRis(meta);
      return reply
        .type(format === 'bib' ? 'application/x-bibtex; charset=utf-8' : 'application/x-research-info-systems; charset=utf-8')
        .header('content-disposition', `attachment; filename="${article.slug}.${format}"`)
        .send(body);
    });
  }
}

/** A transparent 1×1 GIF. */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
