import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { can, type Actor } from '../../../domain/accounts/policy.js';
import { TRASH_DAYS } from '../../../domain/articles/article-status.service.js';
import type { ArticleInput, ArticleStatus } from '../../../domain/articles/articles.types.js';
import {
  authorChoices,
  DESK_STATUSES,
  deskStatusCounts,
  listDeskArticles,
  type DeskListFilter,
  type DeskListRow,
} from '../../../domain/articles/desk.queries.js';
import { submitArticle } from '../../../domain/articles/desk.service.js';
import { listCategories } from '../../../domain/taxonomy/taxonomy.queries.js';
import { AppError, NotFoundError } from '../../../shared/errors.js';
import { formatDateTimeInZone } from '../../../shared/time-zone.js';
import { formatCount } from '../../pages/components.js';
import { renderArticleList, type ArticleListFilterVM, type ArticleRowVM, type StatusTabVM } from '../../pages/editor/article-list-page.js';
import { pageGuard } from '../../plugins/session.js';
import { paginate } from '../../view/cards.js';
import type { WebDeps } from '../deps.js';
import { DESK_PER_PAGE, deskChrome, idParam, savedNotice, sendDesk } from './desk-common.js';

// GET /editor/articles/ (the list, its tabs and filters) and the "Restore"
// button of a trashed row. Authors see only their own pieces; editors and
// admins see everything.

const SAVED = {
  trash: 'Moved to the trash. It is deleted for good after 30 days unless restored.',
  untrashed: 'Restored from the trash: the article is a draft again.',
};

/** A query value as the GET form sends it: the first of repeated ones, trimmed; empty means "not set". */
const param = (inner: z.ZodType) =>
  z.preprocess((v) => {
    const first = Array.isArray(v) ? v[0] : v;
    if (typeof first !== 'string') return first;
    const t = first.trim();
    return t === '' ? undefined : t;
  }, inner.optional());

const ListQuery = z.object({
  status: param(z.enum(DESK_STATUSES, { message: 'Choose one of the status tabs: draft, scheduled, published or trash.' })),
  q: param(z.string().max(100, 'Search for at most 100 characters.')),
  category: param(z.coerce.number({ message: 'Choose a section from the list.' }).int('Choose a section from the list.').min(1, 'Choose a section from the list.').max(2_147_483_647)),
  author: param(z.coerce.number({ message: 'Choose an author from the list.' }).int('Choose an author from the list.').min(1, 'Choose an author from the list.').max(2_147_483_647)),
  sort: param(z.enum(['updated', 'published'], { message: 'Order by "updated" or "published".' })),
  page: param(z.coerce.number({ message: 'The page number must be a whole number, 1 or more.' }).int('The page number must be a whole number, 1 or more.').min(1, 'The page number must be a whole number, 1 or more.').max(1_000_000)),
});

interface ListQuery {
  status?: ArticleStatus;
  q?: string;
  category?: number;
  author?: number;
  sort?: 'updated' | 'published';
  page?: number;
}

function parseListQuery(query: unknown): ListQuery {
  const parsed = ListQuery.safeParse(query ?? {});
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? 'Check the filters.';
    throw new AppError(400, 'bad article list filter', `That list could not be shown. ${message}`);
  }
  return parsed.data as ListQuery;
}

const TAB_LABELS: Array<{ status: ArticleStatus | undefined; label: string }> = [
  { status: undefined, label: 'All' },
  { status: 'draft', label: 'Drafts' },
  { status: 'scheduled', label: 'Scheduled' },
  { status: 'published', label: 'Published' },
  { status: 'trash', label: 'Trash' },
];

/** The query string of a list view, without empty values (also what pagination keeps). */
function listParams(q: ListQuery, status: ArticleStatus | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (status) out.status = status;
  if (q.q) out.q = q.q;
  if (q.category) out.category = String(q.category);
  if (q.author) out.author = String(q.author);
  if (q.sort && q.sort !== 'updated') out.sort = q.sort;
  return out;
}

function listUrl(params: Record<string, string>): string {
  const s = new URLSearchParams(params).toString();
  return s ? `/editor/articles/?${s}` : '/editor/articles/';
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();
/** "3 Dec 2026" in the site's zone. */
export function shortDay(iso: string, timeZone: string): string {
  let f = dayFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'short', year: 'numeric' });
    dayFormats.set(timeZone, f);
  }
  return f.format(new Date(iso));
}

/** Where a piece stands, in words, with its dates in the site's zone. */
export function listStatusLabel(r: Pick<DeskListRow, 'status' | 'publishedAt' | 'publishAt' | 'trashedAt'>, timeZone: string): string {
  switch (r.status) {
    case 'published':
      return r.publishedAt ? `Published ${shortDay(r.publishedAt, timeZone)}` : 'Published';
    case 'scheduled':
      return r.publishAt ? `Scheduled for ${formatDateTimeInZone(r.publishAt, timeZone)}` : 'Scheduled';
    case 'trash': {
      if (!r.trashedAt) return `In the trash, deleted after ${TRASH_DAYS} days`;
      const gone = new Date(Date.parse(r.trashedAt) + TRASH_DAYS * 86_400_000).toISOString();
      return `In the trash since ${shortDay(r.trashedAt, timeZone)}, deleted after ${TRASH_DAYS} days (on ${shortDay(gone, timeZone)})`;
    }
    default:
      return r.publishedAt ? 'Draft (was published)' : 'Draft';
  }
}

function emptyText(q: ListQuery, filtered: boolean, ownOnly: boolean): string {
  if (filtered) return 'No article matches these filters. Try fewer words, another section or author, or clear the filters.';
  switch (q.status) {
    case 'draft':
      return ownOnly ? 'You have no drafts. Start one with “New article” or from a Word file.' : 'No drafts. Start one with “New article” or from a Word file.';
    case 'scheduled':
      return 'Nothing is scheduled. Open a draft and choose “Schedule” with a date and time to have it go live on its own.';
    case 'published':
      return ownOnly ? 'None of your pieces is published yet: an editor publishes them.' : 'Nothing is published yet. Open a draft and choose “Publish”.';
    case 'trash':
      return `The trash is empty. Articles moved to the trash stay here for ${TRASH_DAYS} days and can be restored.`;
    default:
      return ownOnly ? 'You have not written anything here yet. Start with “New article” or from a Word file.' : 'No articles yet. Start with “New article” or from a Word file.';
  }
}

export function registerArticleListRoutes(app: FastifyInstance, web: WebDeps): void {
  const { ctx } = web;

  app.get('/editor/articles/', { preHandler: pageGuard('article.create') }, async (request, reply) => {
    const actor = request.actor as Actor;
    const q = parseListQuery(request.query);
    const page = q.page ?? 1;
    // An author's desk is their own pieces; editors and admins see everyone's.
    const ownOnly = !can(actor, 'article.edit_any');
    const base: DeskListFilter = {
      ...(q.q ? { q: q.q } : {}),
      ...(q.category ? { categoryId: q.category } : {}),
      ...(q.author ? { authorId: q.author } : {}),
      ...(ownOnly ? { ownerUserId: actor.userId } : {}),
    };
    const filtered = Boolean(q.q || q.category || q.author);
    const [list, counts, categories, authors, chrome] = await Promise.all([
      listDeskArticles(ctx.db, { ...base, ...(q.status ? { status: q.status } : {}), ...(q.sort ? { sort: q.sort } : {}) }, { limit: DESK_PER_PAGE, offset: (page - 1) * DESK_PER_PAGE }),
      tabCounts(base, filtered, ownOnly ? actor.userId : undefined),
      listCategories(ctx.db),
      authorChoices(ctx.db),
      deskChrome(web, ownOnly ? 'Your articles' : 'Articles', '/editor/articles/'),
    ]);
    if (page > 1 && list.rows.length === 0) throw new NotFoundError('page');
    const timeZone = chrome.site.timeZone;
    const mayRestore = can(actor, 'article.publish');
    const rows: ArticleRowVM[] = list.rows.map((r) => ({
      id: r.id,
      editUrl: `/editor/articles/${r.id}/`,
      publicUrl: r.status === 'published' ? `/${r.slug}/` : undefined,
      title: r.title || '(untitled)',
      status: r.status,
      statusLabel: listStatusLabel(r, timeZone),
      authors: r.authors.map((a) => a.name).join(', ') || '—',
      sections: r.categories.map((c) => c.name).join(', ') || '—',
      updatedAt: r.updatedAt,
      updatedLabel: formatDateTimeInZone(r.updatedAt, timeZone),
      visits: formatCount(r.visits),
      restorable: r.status === 'trash' && mayRestore,
    }));
    const tabs: StatusTabVM[] = TAB_LABELS.map((t) => ({
      label: t.label,
      count: formatCount(t.status ? counts[t.status] : counts.draft + counts.scheduled + counts.published),
      url: listUrl(listParams(q, t.status)),
      current: t.status === q.status,
    }));
    const filters: ArticleListFilterVM = {
      status: q.status ?? '',
      q: q.q ?? '',
      category: q.category ? String(q.category) : '',
      author: q.author ? String(q.author) : '',
      sort: q.sort ?? 'updated',
    };
    return sendDesk(
      reply,
      renderArticleList({
        ...chrome,
        csrf: reply.csrfToken(),
        notice: savedNotice(request, SAVED),
        heading: ownOnly ? 'Your articles' : 'Articles',
        lede: ownOnly
          ? 'Your drafts and pieces. You can edit your drafts; an editor schedules and publishes them.'
          : 'Every piece on the desk, last changed first. Open one to edit it, see its history or publish it.',
        filters,
        filtered,
        tabs,
        categoryChoices: categories.map((c) => ({ value: String(c.id), label: c.name })),
        authorChoices: authors.map((a) => ({ value: String(a.id), label: a.name })),
        total: list.total,
        rows,
        emptyText: emptyText(q, filtered, ownOnly),
        pagination: paginate('/editor/articles/', page, list.total, DESK_PER_PAGE, listParams(q, q.status)),
      }),
    );
  });

  /** The tab counts: per status over the whole desk, or, with filters on, over what the filters match. */
  async function tabCounts(base: DeskListFilter, filtered: boolean, ownerUserId: number | undefined): Promise<Record<ArticleStatus, number>> {
    if (!filtered) return deskStatusCounts(ctx.db, ownerUserId);
    const totals = await Promise.all(DESK_STATUSES.map((status) => listDeskArticles(ctx.db, { ...base, status }, { limit: 0, offset: 0 })));
    const out: Record<ArticleStatus, number> = { draft: 0, scheduled: 0, published: 0, trash: 0 };
    DESK_STATUSES.forEach((s, i) => {
      out[s] = totals[i]?.total ?? 0;
    });
    return out;
  }

  // "Restore" on a trashed row: back to a draft, then back to the trash list.
  app.post('/editor/articles/:id/untrash', { preHandler: pageGuard('article.publish') }, async (request, reply) => {
    const id = idParam(request, 'article');
    // Restoring from the trash changes only the status; the service ignores the form input for it.
    const unused: ArticleInput = { title: '', bodyMarkdown: '', authorIds: [], categoryIds: [], tags: [] };
    await submitArticle(ctx, request.actor, { id, input: unused, intent: 'untrash' });
    return reply.redirect('/editor/articles/?status=trash&saved=untrashed', 303);
  });
}
