import type { FastifyInstance } from 'fastify';
import { publishedSummariesByIds } from '../../domain/articles/published.queries.js';
import { renderSearch } from '../pages/search-page.js';
import { paginate, toCard } from '../view/cards.js';
import { parseSearch } from '../view/query.js';
import { serveCachedPage } from '../cache/serve-cached.js';
import { cachePolicy, type WebDeps } from './deps.js';

const PER_PAGE = 10;

async function renderSearchPage(deps: WebDeps, query: string, page: number): Promise<string> {
  const { ctx, chrome } = deps;
  const result = query.trim()
    ? await ctx.search.search(ctx.db, query, { limit: PER_PAGE, offset: (page - 1) * PER_PAGE })
    : { total: 0, hits: [] };
  const cards = await publishedSummariesByIds(ctx.db, result.hits.map((h) => h.id));
  const byId = new Map(cards.map((c) => [c.id, c]));
  const site = await chrome.site();
  return renderSearch({
    site,
    meta: {
      title: query.trim() ? `Search: ${query.trim()}` : 'Search',
      description: `Search ${site.name}`,
      canonical: chrome.absolute('/search'),
      noindex: true,
    },
    query,
    results: result.hits.flatMap((h) => {
      const card = byId.get(h.id);
      return card ? [{ card: toCard(card, site.timeZone), snippetHtml: h.snippetHtml }] : [];
    }),
    total: result.total,
    pagination: paginate('/search', page, result.total, PER_PAGE, query ? { q: query } : {}),
  });
}

export function registerSearchRoutes(app: FastifyInstance, deps: WebDeps): void {
  app.get('/search', async (request, reply) => {
    const { q, page } = parseSearch(request.query);
    const query = q.replace(/\u0000/g, '').slice(0, 500);
    const options = { key: `search:${page}:${query}`, ...cachePolicy(deps.config, 'search') };
    return serveCachedPage(deps.pageCache, request, reply, options, () => renderSearchPage(deps, query, page));
  });
}
