import type { FastifyInstance } from 'fastify';
import { listStaff } from '../../../domain/submissions/handling.service.js';
import { QUEUE_AGES, queueView, type QueueViewFilter } from '../../../domain/submissions/editor-queue.js';
import { isSubmissionStatus, STATUS_LABEL, SUBMISSION_STATUSES, type SubmissionStatus } from '../../../domain/submissions/workflow.js';
import { listSections } from '../../../domain/taxonomy/taxonomy-desk.service.js';
import { NotFoundError } from '../../../shared/errors.js';
import { renderQueue, type QueueRowVM } from '../../pages/submissions/editor-queue-page.js';
import { paginate } from '../../view/cards.js';
import { parsePage } from '../../view/query.js';
import type { WebDeps } from '../deps.js';
import { dayLabel, DESK_PER_PAGE, deskChrome, queryText, sendDesk } from '../editor/desk-common.js';
import { submissionDeskGuard } from './editor-common.js';

// /editor/submissions/: the queue. Filters come from the query string; a value that
// does not parse is ignored rather than refused, so an old bookmark still opens.

const QUEUE_STATUSES = SUBMISSION_STATUSES.filter((s) => s !== 'draft');
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const positiveInt = (v: string) => (/^\d{1,9}$/.test(v) && Number(v) > 0 ? Number(v) : undefined);

export function registerEditorQueueRoutes(app: FastifyInstance, web: WebDeps): void {
  const { ctx } = web;

  app.get('/editor/submissions/', { preHandler: submissionDeskGuard() }, async (request, reply) => {
    const page = parsePage(request.query);
    const statusText = queryText(request.query, 'status', 40);
    const status: SubmissionStatus | undefined = isSubmissionStatus(statusText) && statusText !== 'draft' ? statusText : undefined;
    const sectionId = positiveInt(queryText(request.query, 'section', 12));
    const editorText = queryText(request.query, 'editor', 12);
    const editorId = editorText === 'unassigned' ? null : positiveInt(editorText);
    const ageDays = positiveInt(queryText(request.query, 'age', 4));
    const age = ageDays !== undefined && (QUEUE_AGES as readonly number[]).includes(ageDays) ? ageDays : undefined;

    const filter: QueueViewFilter = {
      page,
      perPage: DESK_PER_PAGE,
      ...(status ? { status } : {}),
      ...(sectionId !== undefined ? { categoryId: sectionId } : {}),
      ...(editorId !== undefined ? { handlingEditorUserId: editorId } : {}),
      ...(age !== undefined ? { olderThanDays: age } : {}),
    };
    const [view, sections, staff] = await Promise.all([queueView(ctx, request.actor, filter), listSections(ctx.db), listStaff(ctx.db)]);
    if (page > 1 && view.items.length === 0) throw new NotFoundError('page');

    const params: Record<string, string> = {};
    if (sectionId !== undefined) params.section = String(sectionId);
    if (editorId !== undefined) params.editor = editorId === null ? 'unassigned' : String(editorId);
    if (age !== undefined) params.age = String(age);
    const withParams = (extra: Record<string, string>) => {
      const qs = new URLSearchParams({ ...extra, ...params }).toString();
      return qs ? `/editor/submissions/?${qs}` : '/editor/submissions/';
    };
    const all = QUEUE_STATUSES.reduce((n, s) => n + view.counts[s], 0);
    const rows: QueueRowVM[] = view.items.map((i) => ({
      id: i.submission.id,
      title: i.submission.title,
      status: i.submission.status,
      statusLabel: STATUS_LABEL[i.submission.status],
      section: i.sectionName ?? '—',
      author: i.authorName,
      handlingEditor: i.handlingEditorName,
      waitingSince: i.submission.updatedAt,
      waitingLabel: dayLabel(i.submission.updatedAt),
      flags: [
        ...(i.revisionOverdue ? ['Revision overdue'] : []),
        ...(i.overdueReviews > 0 ? [i.overdueReviews === 1 ? '1 review overdue' : `${i.overdueReviews} reviews overdue`] : []),
      ],
    }));
    const filtered = Object.keys(params).length > 0;
    const html = renderQueue({
      ...(await deskChrome(web, 'Submissions', '/editor/submissions/')),
      tabs: [
        { label: 'All', count: all, url: withParams({}), current: !status },
        ...QUEUE_STATUSES.map((s) => ({ label: capitalize(STATUS_LABEL[s]), count: view.counts[s], url: withParams({ status: s }), current: status === s })),
      ],
      filters: { status: status ?? '', section: params.section ?? '', editor: params.editor ?? '', age: params.age ?? '' },
      sectionChoices: sections.map((s) => ({ value: String(s.id), label: s.name })),
      editorChoices: staff.map((u) => ({ value: String(u.userId), label: u.name })),
      ageChoices: QUEUE_AGES.map((d) => ({ value: String(d), label: `No change for over ${d} days` })),
      filtered,
      total: view.total,
      rows,
      emptyText: filtered || status
        ? 'No submission matches these filters. Try another status, or clear the filters.'
        : 'No submissions yet. When authors send manuscripts through the submission form, they appear here, the longest waiting first.',
      pagination: paginate('/editor/submissions/', page, view.total, DESK_PER_PAGE, { ...(status ? { status } : {}), ...params }),
    });
    return sendDesk(reply, html);
  });
}
