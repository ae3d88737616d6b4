import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { roundDiff } from '../../../domain/submissions/round-diff.js';
import { getRounds } from '../../../domain/submissions/submissions.queries.js';
import type { Actor } from '../../../domain/accounts/policy.js';
import {
  ASSIGNMENT_STATUS_LABEL,
  RECOMMENDATIONS,
  RECOMMENDATION_LABEL,
  ReviewRefusedError,
  claimInvitation,
  findAssignmentForReviewer,
  listMyAssignments,
  manuscriptFor,
  manuscriptMarkdown,
  respondToInvitation,
  submitReview,
  type Assignment,
} from '../../../domain/submissions/reviews.service.js';
import { dayKey, formatDateLabel } from '../../../shared/clock.js';
import { NotFoundError, ValidationError } from '../../../shared/errors.js';
import { renderInvitePrompt, renderReviewAssignment, renderReviewList, type ReviewAssignmentVM } from '../../pages/submissions/review-pages.js';
import { pageGuard } from '../../plugins/session.js';
import type { WebDeps } from '../deps.js';

// /review/ and /review/{assignmentId}/: thin handlers over reviews.service. The
// invitation link carries ?invite={token}; a matching signed-in account claims it and
// lands on the clean URL, anyone else gets a page saying how to come back.

const DONE: Record<string, string> = {
  accepted: 'Thank you for accepting. The manuscript and the review form are below.',
  declined: 'You declined the invitation. Thank you for answering.',
  sent: 'Your review was sent to the editors. Thank you.',
};

function str(source: unknown, key: string): string {
  const v = source && typeof source === 'object' ? (source as Record<string, unknown>)[key] : undefined;
  return typeof v === 'string' ? v : '';
}

function assignmentId(request: FastifyRequest): number {
  const raw = str(request.params, 'id');
  const id = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id)) throw new NotFoundError('review');
  return id;
}

const dayLabel = (day: string): string => formatDateLabel(`${day}T00:00:00Z`);

export function registerReviewRoutes(app: FastifyInstance, web: WebDeps): void {
  const { ctx, chrome } = web;
  const guard = pageGuard('review.view_assigned');
  const submitGuard = { preHandler: pageGuard('review.submit') };

  function send(reply: FastifyReply, html: string, status = 200): FastifyReply {
    return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
  }
  const base = async (reply: FastifyReply, title: string, path: string) => ({
    site: await chrome.site(),
    meta: { title, description: title, canonical: chrome.absolute(path), noindex: true },
    csrf: reply.csrfToken(),
  });

  app.get('/review', async (_request, reply) => reply.redirect('/review/', 301));

  app.get('/review/', { preHandler: guard }, async (request, reply) => {
    const page = Number(str(request.query, 'page')) || 1;
    const list = await listMyAssignments(ctx, request.actor, page);
    const today = dayKey(ctx.clock.now());
    const url = (p: number) => (p === 1 ? '/review/' : `/review/?page=${p}`);
    return send(
      reply,
      renderReviewList({
        ...(await base(reply, 'Your reviews', '/review/')),
        total: list.total,
        items: list.items.map((i) => ({
          url: `/review/${i.id}/`,
          title: i.title,
          statusLabel: ASSIGNMENT_STATUS_LABEL[i.status],
          when: i.status === 'submitted' && i.submittedAt ? `Sent ${formatDateLabel(i.submittedAt)}` : i.dueOn ? `Due ${dayLabel(i.dueOn)}` : `Invited ${formatDateLabel(i.invitedAt)}`,
          overdue: i.status !== 'submitted' && !!i.dueOn && i.dueOn < today,
        })),
        pagination: {
          page: list.page,
          totalPages: list.totalPages,
          ...(list.page > 1 ? { prevUrl: url(list.page - 1) } : {}),
          ...(list.page < list.totalPages ? { nextUrl: url(list.page + 1) } : {}),
        },
      }),
    );
  });

  async function assignmentPage(
    request: FastifyRequest,
    reply: FastifyReply,
    a: Assignment,
    extra: { errors?: Record<string, string>; problem?: string; values?: Partial<ReviewAssignmentVM['values']> } = {},
    status = 200,
  ): Promise<FastifyReply> {
    const m = await manuscriptFor(ctx.db, a);
    const path = `/review/${a.id}/`;
    const errors = extra.errors ?? {};
    const note = DONE[str(request.query, 'done')];
    const vm: ReviewAssignmentVM = {
      ...(await base(reply, `Review: ${m.title || 'untitled piece'}`, path)),
      ...(note && status === 200 ? { notice: note } : {}),
      actionUrl: path,
      title: m.title,
      dek: m.dek,
      sectionName: m.sectionName,
      status: a.status,
      statusLabel: ASSIGNMENT_STATUS_LABEL[a.status],
      dueLabel: a.dueOn ? dayLabel(a.dueOn) : null,
      errors,
      ...(extra.problem ? { problem: extra.problem } : {}),
      values: { recommendation: '', to_author: '', to_editor: '', decline_reason: '', ...extra.values },
      recommendations: RECOMMENDATIONS.map((r) => ({ value: r, label: RECOMMENDATION_LABEL[r] })),
      canReview: m.submissionStatus === 'in_review',
      // The text only once the invitation is accepted: an invitation shows what the piece is about.
      ...(a.status === 'accepted' || a.status === 'submitted'
        ? {
            manuscript: { title: m.title, dek: m.dek, bodyHtml: m.bodyHtml, sectionName: m.sectionName, downloadUrl: `${path}manuscript.md` },
            // A revision's reviewer sees what changed since the round before (text only: no names).
            ...(a.round > 1 ? { roundDiff: roundDiff(await getRounds(ctx.db, a.submissionId), a.round) } : {}),
          }
        : {}),
      ...(a.status === 'submitted'
        ? {
            sent: {
              recommendationLabel: a.recommendation ? RECOMMENDATION_LABEL[a.recommendation] : '',
              toAuthor: a.toAuthor,
              toEditor: a.toEditor,
              sentOn: a.submittedAt ? formatDateLabel(a.submittedAt) : '',
            },
          }
        : {}),
    };
    return send(reply, renderReviewAssignment(vm), status);
  }

  async function invitationLink(request: FastifyRequest, reply: FastifyReply, id: number, token: string): Promise<FastifyReply> {
    const result = await claimInvitation(ctx, request.actor, id, token);
    if (result.ok) return reply.redirect(`/review/${id}/`, 303);
    const here = `/review/${id}/?invite=${encodeURIComponent(token)}`;
    const prompt = async (heading: string, paragraphs: string[], links: Array<{ name: string; url: string }>, status = 200) =>
      send(reply, renderInvitePrompt({ ...(await base(reply, heading, `/review/${id}/`)), heading, paragraphs, links }), status);
    if (result.reason === 'invalid') {
      return prompt(
        'This invitation link does not work',
        ['It may have been answered already, withdrawn by the editors, or copied incompletely. If you accepted it, your review is waiting under “Your reviews”.'],
        [{ name: 'Your reviews', url: '/review/' }],
        404,
      );
    }
    const to = result.invitedEmail;
    if (result.reason === 'anonymous') {
      return prompt(
        'You are invited to review a piece',
        [
          `The invitation was sent to ${to}. Sign in with the account that uses this address, and you will come straight back here.`,
          `New here? Create an account with ${to}, confirm the address with the link we send you, then open the invitation link again.`,
        ],
        [
          { name: `Sign in as ${to}`, url: `/login?next=${encodeURIComponent(here)}` },
          { name: `Create an account with ${to}`, url: '/register' },
        ],
      );
    }
    const actor = request.actor as Actor;
    if (result.reason === 'unverified') {
      return prompt(
        'Confirm your email address first',
        [`Open the confirmation link we sent to ${to}, then open the invitation link again. You can ask for a new confirmation link on your dashboard.`],
        [{ name: 'Your dashboard', url: '/dashboard/' }],
      );
    }
    if (result.reason === 'own_submission') {
      return prompt('You cannot review your own piece', ['This invitation concerns a piece you submitted. Write to the editors so they can ask someone else.'], [{ name: 'Your dashboard', url: '/dashboard/' }]);
    }
    return prompt(
      'This invitation is for another address',
      [
        `You are signed in as ${actor.email}, but the invitation was sent to ${to}.`,
        `Sign out, then sign in with the account that uses ${to} (or create one with it) and open the invitation link again.`,
      ],
      [{ name: 'Sign out', url: '/logout' }],
    );
  }

  app.get(
    '/review/:id/',
    {
      // The invitation link must also work for visitors who are not signed in yet.
      async preHandler(request, reply) {
        if (str(request.query, 'invite')) return;
        await guard.call(this, request, reply);
      },
    },
    async (request, reply) => {
      const id = assignmentId(request);
      const token = str(request.query, 'invite');
      if (token) return invitationLink(request, reply, id, token.slice(0, 200));
      return assignmentPage(request, reply, await findAssignmentForReviewer(ctx, request.actor, id));
    },
  );

  app.get('/review/:id/manuscript.md', { preHandler: guard }, async (request, reply) => {
    const a = await findAssignmentForReviewer(ctx, request.actor, assignmentId(request));
    if (a.status !== 'accepted' && a.status !== 'submitted') throw new NotFoundError('manuscript');
    const text = manuscriptMarkdown(await manuscriptFor(ctx.db, a));
    return reply
      .code(200)
      .type('text/markdown; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename="manuscript-${a.id}.md"`)
      .send(text);
  });

  app.post('/review/:id/', submitGuard, async (request, reply) => {
    const id = assignmentId(request);
    const intent = str(request.body, 'intent');
    const values = {
      recommendation: str(request.body, 'recommendation'),
      to_author: str(request.body, 'to_author').slice(0, 40_000),
      to_editor: str(request.body, 'to_editor').slice(0, 40_000),
      decline_reason: str(request.body, 'decline_reason').slice(0, 4000),
    };
    try {
      if (intent === 'accept' || intent === 'decline') {
        await respondToInvitation(ctx, request.actor, id, intent, values.decline_reason);
        return reply.redirect(`/review/${id}/?done=${intent === 'accept' ? 'accepted' : 'declined'}`, 303);
      }
      if (intent === 'review') {
        await submitReview(ctx, request.actor, id, { recommendation: values.recommendation, toAuthor: values.to_author, toEditor: values.to_editor });
        return reply.redirect(`/review/${id}/?done=sent`, 303);
      }
    } catch (err) {
      if (!(err instanceof ValidationError) && !(err instanceof ReviewRefusedError)) throw err;
      const a = await findAssignmentForReviewer(ctx, request.actor, id);
      return err instanceof ValidationError
        ? assignmentPage(request, reply, a, { errors: err.fields, values }, 400)
        : assignmentPage(request, reply, a, { problem: err.publicMessage, values }, 409);
    }
    const a = await findAssignmentForReviewer(ctx, request.actor, id);
    return assignmentPage(request, reply, a, { problem: 'Choose one of the buttons on the page.', values }, 400);
  });
}
