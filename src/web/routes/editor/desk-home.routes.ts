import type { FastifyInstance } from 'fastify';
import { deskStatusCounts, listDeskArticles, type DeskListRow } from '../../../domain/articles/desk.queries.js';
import { formatDateInZone, formatDateTimeInZone } from '../../../shared/time-zone.js';
import { formatCount } from '../../pages/components.js';
import { renderDeskHome, type DeskHomeItemVM } from '../../pages/editor/desk-home-page.js';
import { pageGuard } from '../../plugins/session.js';
import type { WebDeps } from '../deps.js';
import { deskChrome, sendDesk } from './desk-common.js';

// GET /editor/: the desk home, "what needs attention today".

const WEEK_MS = 7 * 86_400_000;
const SHOWN = 8;
/** Scheduled pieces read, soonest first; those beyond the coming week are dropped. */
const SCHEDULED_READ = 50;

export function registerDeskHomeRoutes(app: FastifyInstance, web: WebDeps): void {
  const { ctx } = web;

  app.get('/editor/', { preHandler: pageGuard('editor.desk') }, async (_request, reply) => {
    const now = ctx.clock.now();
    const [counts, scheduled, drafts, published, chrome] = await Promise.all([
      deskStatusCounts(ctx.db),
      listDeskArticles(ctx.db, { status: 'scheduled', sort: 'go-live' }, { limit: SCHEDULED_READ, offset: 0 }),
      listDeskArticles(ctx.db, { status: 'draft' }, { limit: SHOWN, offset: 0 }),
      listDeskArticles(ctx.db, { status: 'published', sort: 'published' }, { limit: SHOWN, offset: 0 }),
      deskChrome(web, 'Editorial desk', '/editor/'),
    ]);
    const timeZone = chrome.site.timeZone;
    const item = (r: DeskListRow, whenIso: string): DeskHomeItemVM => ({
      id: r.id,
      title: r.title || '(untitled)',
      editUrl: `/editor/articles/${r.id}/`,
      when: formatDateTimeInZone(whenIso, timeZone),
      whenIso,
      authors: r.authors.map((a) => a.name).join(', '),
    });
    const horizon = now.getTime() + WEEK_MS;
    const upcoming = scheduled.rows
      .filter((r): r is DeskListRow & { publishAt: string } => r.publishAt !== null && Date.parse(r.publishAt) <= horizon)
      .sort((a, b) => Date.parse(a.publishAt) - Date.parse(b.publishAt))
      .map((r) => ({ ...item(r, r.publishAt), overdue: Date.parse(r.publishAt) < now.getTime() }));
    const live = counts.draft + counts.scheduled + counts.published;
    return sendDesk(
      reply,
      renderDeskHome({
        ...chrome,
        today: formatDateInZone(now.toISOString(), timeZone),
        timeZone,
        counts: [
          { status: 'draft', label: counts.draft === 1 ? 'draft' : 'drafts', count: formatCount(counts.draft), url: '/editor/articles/?status=draft' },
          { status: 'scheduled', label: 'scheduled', count: formatCount(counts.scheduled), url: '/editor/articles/?status=scheduled' },
          { status: 'published', label: 'published', count: formatCount(counts.published), url: '/editor/articles/?status=published' },
          { status: 'trash', label: 'in the trash', count: formatCount(counts.trash), url: '/editor/articles/?status=trash' },
        ],
        upcoming,
        drafts: drafts.rows.map((r) => item(r, r.updatedAt)),
        published: published.rows.map((r) => ({
          ...item(r, r.publishedAt ?? r.updatedAt),
          visits: `${formatCount(r.visits)} ${r.visits === 1 ? 'visit' : 'visits'}`,
        })),
        empty: live + counts.trash === 0,
      }),
    );
  });
}
