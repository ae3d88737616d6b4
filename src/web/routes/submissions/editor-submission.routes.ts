import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { roundDiff } from '../../../domain/submissions/round-diff.js';
import { addDays, dayKey } from '../../../shared/clock.js';
import { ValidationError } from '../../../shared/errors.js';
import { decideAndNotify, sendToReview } from '../../../domain/submissions/editor-decide.js';
import { loadEditorSubmission } from '../../../domain/submissions/editor-detail.js';
import type { EditorMailDeps } from '../../../domain/submissions/editor-mails.js';
import { assignHandlingEditor } from '../../../domain/submissions/handling.service.js';
import { cancelInvitation, INVITABLE_STATUSES, inviteReviewer } from '../../../domain/submissions/invitations.service.js';
import { TransitionRefusedError } from '../../../domain/submissions/submission-access.js';
import { STATUS_LABEL, TRANSITION_BY_NAME, isTransitionName, type Decision } from '../../../domain/submissions/workflow.js';
import { renderEditorSubmission } from '../../pages/submissions/editor-submission-page.js';
import type { WebDeps } from '../deps.js';
import { dayLabel, deskChrome, formValues, idParam, savedNotice, sendDesk } from '../editor/desk-common.js';
import { submissionDeskGuard } from './editor-common.js';

// /editor/submissions/{id}/: the page, and one POST for its forms, told apart by
// `intent` (assign · send_to_review · decide · invite · cancel_invite). Success
// redirects back (303) with a saved line; bad input re-renders the page as typed
// (400); a step someone else's decision has made impossible answers 409 with the page.

const SAVED = {
  assigned: 'The handling editor was saved.',
  review: 'The submission was sent for review. Invite reviewers below.',
  decided: 'The decision was recorded and the author was told by email.',
  invited: 'The invitation was sent.',
  cancelled: 'The invitation was cancelled.',
};

const DECISION_LABEL: Record<Decision, string> = {
  accept: 'Accept',
  minor: 'Minor revisions',
  major: 'Major revisions',
  reject: 'Decline after review',
  desk_reject: 'Decline without review',
};

const REVIEW_STATUS: Record<string, string> = {
  invited: 'invited, no answer yet',
  accepted: 'accepted, review not in yet',
  declined: 'declined',
  submitted: 'review in',
  cancelled: 'invitation cancelled',
};

const RECOMMENDATION: Record<string, string> = { accept: 'accept', minor: 'minor revisions', major: 'major revisions', reject: 'decline' };

interface PageState {
  errors?: Record<string, string>;
  values?: Record<string, string>;
  conflict?: string;
  status?: number;
}

export function registerEditorSubmissionRoutes(app: FastifyInstance, web: WebDeps): void {
  const { ctx } = web;
  const guard = { preHandler: submissionDeskGuard() };
  const mail: EditorMailDeps = { ctx, mail: web.mail, siteUrl: web.config.siteUrl };

  async function page(request: FastifyRequest, reply: FastifyReply, id: number, state: PageState = {}) {
    const v = await loadEditorSubmission(ctx, request.actor, id);
    const s = v.submission;
    const today = dayKey(ctx.clock.now());
    const notice = savedNotice(request, SAVED);
    const facts = [
      { label: 'Author', value: `${v.owner.name} <${v.owner.email}>` },
      ...(s.coauthors.length > 0 ? [{ label: 'Co-authors', value: s.coauthors.map((c) => c.name).join(', ') }] : []),
      { label: 'Section', value: v.section ? `${v.section.name}${v.section.reviewMode === 'double' ? ' (double-blind review)' : ''}` : 'None chosen' },
      { label: 'Length', value: `${s.wordCount.toLocaleString('en-GB')} words` },
      { label: 'Round', value: String(s.round) },
      ...(s.submittedAt ? [{ label: 'Last sent', value: dayLabel(s.submittedAt) }] : []),
      { label: 'Handled by', value: v.handlingEditorName ?? 'Nobody yet' },
      ...(s.revisionDueOn && s.status === 'revisions_requested'
        ? [{ label: 'Revision due', value: `${dayLabel(`${s.revisionDueOn}T00:00:00Z`)}${s.revisionDueOn < today ? ' (overdue)' : ''}` }]
        : []),
    ];
    const html = renderEditorSubmission({
      ...(await deskChrome(web, s.title || 'Submission', `/editor/submissions/${id}/`)),
      csrf: reply.csrfToken(),
      notice: state.errors || state.conflict ? undefined : notice,
      conflict: state.conflict,
      id,
      title: s.title,
      dek: s.dek,
      bodyHtml: s.bodyHtml,
      status: s.status,
      statusLabel: STATUS_LABEL[s.status],
      facts,
      articleUrl: s.articleId !== null ? `/editor/articles/${s.articleId}/` : null,
      handling: {
        options: [{ value: '', label: 'Nobody yet' }, ...v.staff.map((m) => ({ value: String(m.userId), label: m.name }))],
        value: state.values?.handling_editor ?? (s.handlingEditorUserId === null ? '' : String(s.handlingEditorUserId)),
      },
      canSendToReview: v.steps.some((t) => t.name === 'send_to_review'),
      decisions: v.decisions.map((d) => ({ value: d, label: DECISION_LABEL[d] })),
      canInvite: INVITABLE_STATUSES.includes(s.status),
      reviewMode: v.section?.reviewMode === 'double' ? 'double' : 'single',
      dateMin: { revision: today, review: addDays(today, 1) },
      errors: state.errors ?? {},
      values: state.values ?? {},
      reviews: v.reviews.map((r) => ({
        id: r.id,
        round: r.round,
        reviewer: r.reviewerName ?? r.reviewerEmail,
        email: r.reviewerEmail,
        status: r.status,
        statusLabel: REVIEW_STATUS[r.status] ?? r.status,
        dueLabel: r.dueOn ? `due ${dayLabel(`${r.dueOn}T00:00:00Z`)}` : 'no due date',
        overdue: (r.status === 'invited' || r.status === 'accepted') && r.dueOn !== null && r.dueOn < today,
        recommendationLabel: r.recommendation ? (RECOMMENDATION[r.recommendation] ?? r.recommendation) : '',
        toAuthor: r.toAuthor,
        toEditor: r.toEditor,
        declineReason: r.declineReason,
        authorResponse: s.rounds.map((round) => round.responses[String(r.id)] ?? '').find((answer) => answer !== '') ?? '',
        cancellable: r.status === 'invited' || r.status === 'accepted',
      })),
      findings: v.findings.map((f) => ({ severity: f.severity, message: f.message, whatToDo: f.whatToDo, noteNumber: f.noteNumber })),
      duplicates: v.duplicates.map((d) => ({
        title: d.title,
        url: d.url,
        kindLabel: d.kind === 'article' ? 'Published article' : 'Submission',
        overlapLabel: `${Math.round(d.containment * 100)}% of this manuscript’s phrases, ${d.sharedShingles} shared`,
        passages: d.passages.map((p) => ({ ours: p.ours, theirs: p.theirs })),
      })),
      roundDiff: roundDiff(s.rounds),
      history: [...s.events].reverse().map((e) => ({
        when: e.createdAt,
        whenLabel: dayLabel(e.createdAt),
        who: e.actorName || 'the system',
        what:
          e.transition === 'create'
            ? 'started as a draft'
            : `${isTransitionName(e.transition) ? TRANSITION_BY_NAME[e.transition].label : e.transition}${e.decision ? ` (${DECISION_LABEL[e.decision]})` : ''}`,
        note: e.note,
      })),
    });
    return sendDesk(reply, html, state.status ?? 200);
  }

  app.get('/editor/submissions/:id/', guard, async (request, reply) => page(request, reply, idParam(request, 'submission')));

  app.post('/editor/submissions/:id/', guard, async (request, reply) => {
    const id = idParam(request, 'submission');
    const values = formValues(request.body);
    const actor = request.actor;
    let saved: keyof typeof SAVED;
    try {
      switch (values.intent) {
        case 'assign': {
          const chosen = values.handling_editor ?? '';
          const editorId = chosen === '' ? null : /^\d{1,9}$/.test(chosen) ? Number(chosen) : -1;
          await assignHandlingEditor(ctx, actor, id, editorId);
          saved = 'assigned';
          break;
        }
        case 'send_to_review':
          await sendToReview(ctx, actor, id);
          saved = 'review';
          break;
        case 'decide':
          await decideAndNotify(ctx, actor, id, { decision: values.decision ?? '', message: values.message ?? '', revisionDueOn: (values.revision_due_on ?? '').trim() }, mail);
          saved = 'decided';
          break;
        case 'invite':
          await inviteReviewer(ctx, actor, id, { reviewerEmail: values.reviewer_email ?? '', dueOn: values.due_on ?? '' }, mail);
          saved = 'invited';
          break;
        case 'cancel_invite': {
          const assignment = /^\d{1,9}$/.test(values.assignment_id ?? '') ? Number(values.assignment_id) : 0;
          await cancelInvitation(ctx, actor, id, assignment);
          saved = 'cancelled';
          break;
        }
        default:
          return page(request, reply, id, { errors: { form: 'That form could not be read: reload the page and try again.' }, status: 400 });
      }
    } catch (err) {
      if (err instanceof ValidationError) return page(request, reply, id, { errors: err.fields, values, status: 400 });
      if (err instanceof TransitionRefusedError && err.statusCode === 409) {
        // Keep what the editor wrote: the form it was typed in may no longer be offered.
        const typed = (values.message ?? '').trim();
        const kept = typed ? ` Your message was not sent; here it is to keep: “${typed}”` : '';
        return page(request, reply, id, { conflict: `Nothing was changed. ${err.refusal.message}${kept}`, values, status: 409 });
      }
      throw err;
    }
    return reply.redirect(`/editor/submissions/${id}/?saved=${saved}`, 303);
  });
}
