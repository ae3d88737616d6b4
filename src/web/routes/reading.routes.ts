import type { FastifyInstance, FastifyReply } from 'fastify';
import { findPublishedBySlug, listPublished, countPublished, publishedSummariesByIds } from '../../domain/articles/published.queries.js';
import { toBibtex, toRis } from '../../domain/articles/citation/citation-export.js';
import { mostVisited } from '../../domain/views/views.queries.js';
import { addDays, dayKey } from '../../shared/clock.js';
import { NotFoundError } from '../../shared/errors.js';
import { renderArticle } from '../pages/article-page.js';
import { renderHome } from '../pages/home-page.js';
import { buildArticleView, citationMeta } from '../view/article-view.js';
import { paginate, toCard } from '../view/cards.js';
import { parsePage } from '../view/query.js';
import type { WebDeps } from './deps.js';

const HOME_PER_PAGE = 12;

function sendHtml(reply: FastifyReply, html: string): FastifyReply {
  return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
}

export function registerReadingRoutes(app: FastifyInstance, deps: WebDeps): void {
  const { ctx, chrome, visits } = deps;

  app.get('/', async (request, reply) => {
    const page = parsePage(request.query);
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
    return sendHtml(
      reply,
      renderHome({
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
        ...(page === 1 && lead ? { lead: toCard(lead) } : {}),
        latest: (page === 1 ? rest : items).map(toCard),
        mostRead: topCards.map((a) => ({ card: toCard(a), views: viewsById.get(a.id) ?? 0 })),
        pagination: paginate('/', page, total, HOME_PER_PAGE),
      }),
    );
  });

  app.get<{ Params: { slug: string } }>('/:slug/', async (request, reply) => {
    const article = await findPublishedBySlug(ctx.db, request.params.slug);
    if (!article) throw new NotFoundError('article');
    const totals = await visits.record({
      articleId: article.id,
      clientAddress: request.ip,
      method: request.method,
      userAgent: request.headers['user-agent'],
      purpose: String(request.headers['sec-purpose'] ?? request.headers.purpose ?? '') || undefined,
    });
    const vm = await buildArticleView(ctx, chrome, article, totals);
    return sendHtml(reply, renderArticle(vm));
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
