import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Actor } from '../../../domain/accounts/policy.js';
import { authorSubmissionView } from '../../../domain/submissions/author-dashboard.js';
import { findSubmission } from '../../../domain/submissions/drafts.service.js';
import { TransitionRefusedError } from '../../../domain/submissions/submission-access.js';
import { withdraw } from '../../../domain/submissions/workflow.service.js';
import { NotFoundError } from '../../../shared/errors.js';
import { renderAuthorSubmission, renderWithdrawConfirm } from '../../pages/submissions/author-submission-page.js';
import { pageGuard } from '../../plugins/session.js';
import type { WebDeps } from '../deps.js';
import { idParam } from '../editor/desk-common.js';
import { bodyOf, sendPage } from './author-form.js';

// The author's page for one submission, and withdrawing it (a confirmation page,
// then the POST). Owners only: staff read submissions on the desk, not here.

const DONE: Record<string, string> = {
  sent: 'Sent. We emailed you a receipt; an editor will be in touch.',
  resubmitted: 'Your revision was sent to the editors.',
  withdrawn: 'The submission was withdrawn.',
};

export function registerAuthorDashboardRoutes(app: FastifyInstance, web: WebDeps): void {
  const { ctx, chrome } = web;
  const own = { preHandler: pageGuard('submission.view_own') };

  async function meta(title: string, path: string) {
    return { site: await chrome.site(), meta: { title, description: title, canonical: chrome.absolute(path), noindex: true } };
  }

  async function ownView(actor: Actor, id: number) {
    const view = await authorSubmissionView(ctx, actor, id);
    if (view.submission.ownerUserId !== actor.userId) throw new NotFoundError('submission');
    return view;
  }

  app.get('/dashboard/submissions/:id/', own, async (request, reply) => {
    const actor = request.actor as Actor;
    const view = await ownView(actor, idParam(request, 'submission'));
    const q = request.query as Record<string, unknown>;
    const notice = typeof q.done === 'string' ? DONE[q.done] : undefined;
    const path = `/dashboard/submissions/${view.submission.id}/`;
    return sendPage(reply, renderAuthorSubmission({ ...(await meta(view.submission.title || 'Your submission', path)), csrf: reply.csrfToken(), view, ...(notice ? { notice } : {}) }));
  });

  async function confirmPage(reply: FastifyReply, id: number, title: string, note: string, errors: Record<string, string> = {}, status = 200) {
    const path = `/dashboard/submissions/${id}/withdraw`;
    return sendPage(reply, renderWithdrawConfirm({ ...(await meta('Withdraw your submission', path)), csrf: reply.csrfToken(), id, title, note, errors }), status);
  }

  app.get('/dashboard/submissions/:id/withdraw', { preHandler: pageGuard('submission.withdraw_own') }, async (request, reply) => {
    const actor = request.actor as Actor;
    const view = await ownView(actor, idParam(request, 'submission'));
    if (!view.canWithdraw) return reply.redirect(`/dashboard/submissions/${view.submission.id}/`, 303);
    return confirmPage(reply, view.submission.id, view.submission.title, '');
  });

  app.post('/dashboard/submissions/:id/withdraw', { preHandler: pageGuard('submission.withdraw_own') }, async (request, reply) => {
    const actor = request.actor as Actor;
    const id = idParam(request, 'submission');
    const s = await findSubmission(ctx, actor, id);
    if (s.ownerUserId !== actor.userId) throw new NotFoundError('submission');
    const b = bodyOf(request);
    const note = typeof b.note === 'string' ? b.note.slice(0, 2000) : '';
    // Without the confirmation field (a bare POST), ask first.
    if (b.confirm !== 'yes') return confirmPage(reply, id, s.title, note);
    try {
      await withdraw(ctx, actor, id, note);
    } catch (err) {
      if (err instanceof TransitionRefusedError) return confirmPage(reply, id, s.title, note, { form: err.publicMessage }, err.statusCode);
      throw err;
    }
    return reply.redirect(`/dashboard/submissions/${id}/?done=withdrawn`, 303);
  });
}
