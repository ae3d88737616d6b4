import type { FastifyInstance } from 'fastify';
import { isUserTrusted } from '../../domain/accounts/users.queries.js';
import { findAuthorBySlug, initials } from '../../domain/authors/authors.js';
import { countPublished, listPublished, type ListFilter } from '../../domain/articles/published.queries.js';
import { findCategoryBySlug, findTagBySlug } from '../../domain/taxonomy/taxonomy.queries.js';
import { NotFoundError } from '../../shared/errors.js';
import { renderArchive } from '../pages/archive-page.js';
import type { ArchiveVM, AuthorProfileVM } from '../pages/view-models.js';
import { paginate, toCard } from '../view/cards.js';
import { parsePage } from '../view/query.js';
import { serveCachedPage } from '../cache/serve-cached.js';
import { cachePolicy, type WebDeps } from './deps.js';

const PER_PAGE = 10;

export interface ArchiveSubject {
  kind: ArchiveVM['kind'];
  path: string;
  heading: string;
  description: string;
  filter: ListFilter;
  author?: AuthorProfileVM;
  feedPath?: string;
}

/** Resolves /category/x/, /tag/x/ and /author/x/ to what they list; 404 when unknown. */
export async function archiveSubject(deps: WebDeps, kind: ArchiveVM['kind'], slug: string): Promise<ArchiveSubject> {
  const db = deps.ctx.db;
  if (kind === 'category') {
    const c = await findCategoryBySlug(db, slug);
    if (!c) throw new NotFoundError('section');
    const path = `/category/${c.slug}/`;
    return { kind, path, heading: c.name, description: c.description, filter: { categoryId: c.id }, feedPath: `${path}feed/` };
  }
  if (kind === 'tag') {
    const t = await findTagBySlug(db, slug);
    if (!t) throw new NotFoundError('tag');
    return { kind, path: `/tag/${t.slug}/`, heading: t.name, description: `Articles tagged “${t.name}”.`, filter: { tagId: t.id } };
  }
  const a = await findAuthorBySlug(db, slug);
  if (!a) throw new NotFoundError('author');
  const path = `/author/${a.slug}/`;
  // Links of a profile whose account nobody has vouched for yet stay hidden (spam defence).
  const showLinks = await isUserTrusted(db, a.userId);
  return {
    kind,
    path,
    heading: a.name,
    description: a.affiliation,
    filter: { authorId: a.id },
    feedPath: `${path}feed/`,
    author: {
      name: a.name,
      affiliation: a.affiliation,
      bioHtml: a.bioHtml,
      ...(a.photoUrl ? { photoUrl: a.photoUrl } : {}),
      initials: initials(a.name),
      links: showLinks ? a.links.map((l) => ({ name: l.label, url: l.url })) : [],
    },
  };
}

async function renderArchivePage(deps: WebDeps, kind: ArchiveVM['kind'], slug: string, page: number): Promise<string> {
  const { ctx, chrome } = deps;
  const subject = await archiveSubject(deps, kind, slug);
  const total = await countPublished(ctx.db, subject.filter);
  const totalPages = Math.max(1, Math.ceil(total / PER_PAGE));
  if (page > totalPages) throw new NotFoundError('page');
  const items = await listPublished(ctx.db, subject.filter, { limit: PER_PAGE, offset: (page - 1) * PER_PAGE });
  const site = await chrome.site();
  return renderArchive({
    site,
    meta: {
      title: page > 1 ? `${subject.heading}, page ${page}` : subject.heading,
      description: subject.description || `${subject.heading} at ${site.name}`,
      canonical: chrome.absolute(page > 1 ? `${subject.path}?page=${page}` : subject.path),
      ogType: kind === 'author' ? 'profile' : 'website',
      ...(subject.feedPath ? { feeds: [{ title: `${subject.heading} (RSS)`, url: subject.feedPath, type: 'rss' as const }] } : {}),
    },
    kind,
    heading: subject.heading,
    ...(subject.description ? { description: subject.description } : {}),
    ...(subject.author ? { author: subject.author } : {}),
    items: items.map((a) => toCard(a, site.timeZone)),
    total,
    pagination: paginate(subject.path, page, total, PER_PAGE),
    ...(subject.feedPath ? { feedUrl: subject.feedPath } : {}),
  });
}

export function registerArchiveRoutes(app: FastifyInstance, deps: WebDeps): void {
  for (const kind of ['category', 'tag', 'author'] as const) {
    app.get<{ Params: { slug: string } }>(`/${kind}/:slug/`, async (request, reply) => {
      const page = parsePage(request.query);
      const { slug } = request.params;
      const options = { key: `${kind}:${slug}:${page}`, ...cachePolicy(deps.config, 'listing') };
      return serveCachedPage(deps.pageCache, request, reply, options, () => renderArchivePage(deps, kind, slug, page));
    });
    app.get<{ Params: { slug: string } }>(`/${kind}/:slug`, async (request, reply) => {
      await archiveSubject(deps, kind, request.params.slug);
      return reply.redirect(`/${kind}/${request.params.slug}/`, 301);
    });
  }
}
