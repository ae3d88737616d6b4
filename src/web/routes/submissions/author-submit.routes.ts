import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { can, type Actor } from '../../../domain/accounts/policy.js';
import { convertDocx, DOCX_LIMITS, replaceImageRefs } from '../../../domain/imports/docx/docx-to-markdown.js';
import { renderMarkdown } from '../../../domain/articles/content/markdown.js';
import { authorChecks } from '../../../domain/submissions/author-checks.js';
import { sectionChoices } from '../../../domain/submissions/author-guidelines.js';
import { findProfiles, profilesByIds } from '../../../domain/submissions/author-coauthors.js';
import { coverRef, storeCover } from '../../../domain/submissions/author-cover.js';
import { reviewsForAuthor, type ReviewForAuthor } from '../../../domain/submissions/author-dashboard.js';
import { sendReceipt, sendRevisionReceived } from '../../../domain/submissions/author-mail.js';
import { EDITABLE_STATUSES, findSubmission, saveDraft } from '../../../domain/submissions/drafts.service.js';
import { SubmissionConflictError, TransitionRefusedError } from '../../../domain/submissions/submission-access.js';
import { getSubmissionDetail } from '../../../domain/submissions/submissions.queries.js';
import type { Submission } from '../../../domain/submissions/submissions.types.js';
import { resubmit, submitSubmission } from '../../../domain/submissions/workflow.service.js';
import { NotFoundError, ValidationError } from '../../../shared/errors.js';
import { renderAccountMessage } from '../../pages/account-pages.js';
import { renderSubmissionForm, type SubmissionFormValues, type SubmissionFormVM } from '../../pages/submissions/author-form-page.js';
import { multipartForm } from '../../plugins/multipart-form.js';
import { pageGuard } from '../../plugins/session.js';
import type { WebDeps } from '../deps.js';
import { idParam } from '../editor/desk-common.js';
import { bodyOf, draftInput, formValues, intentOf, manyOf, responsesOf, sendPage, valuesOfSubmission } from './author-form.js';
import { formStash } from './author-stash-hooks.js';

// The submission form: GET/POST /submit/new (a new draft) and
// GET/POST /dashboard/submissions/{id}/edit (a draft, or the working copy of a
// revision). Every intent saves first, so nothing typed is ever lost; then "check"
// shows the findings and the preview, "submit" sends, "resubmit" sends the revision
// with the answers to the reviews. A POST whose session has expired keeps its text
// server-side (author-stash.ts) and comes back filled in after signing in.

const MAX_LABEL = `${DOCX_LIMITS.maxFileBytes / (1024 * 1024)} MB`;
const TOO_LARGE = `The Word file is larger than ${MAX_LABEL}. Make it smaller (for example by compressing its pictures in Word) and upload it again.`;

const SAVED: Record<string, string> = {
  saved: 'Saved. Nothing has been sent yet.',
};

export function registerAuthorSubmitRoutes(app: FastifyInstance, web: WebDeps): void {
  const { ctx, chrome, config } = web;
  const mailDeps = { ctx, mail: web.mail, siteUrl: config.siteUrl };

  const { keepIfSignedOut, restored, forget } = formStash(web);

  const formOptions = {
    preValidation: [multipartForm({ maxFileBytes: DOCX_LIMITS.maxFileBytes, tooLarge: TOO_LARGE, refuseInForm: true, maxFieldBytes: 2 * 1024 * 1024, maxFiles: 2 }), keepIfSignedOut],
    preHandler: pageGuard('submission.create'),
  };

  async function meta(title: string, path: string) {
    return { site: await chrome.site(), meta: { title, description: title, canonical: chrome.absolute(path), noindex: true } };
  }

  const categories = () => sectionChoices(ctx.db);

  interface FormState {
    path: string;
    submission?: Submission;
    values: SubmissionFormValues;
    extra?: Partial<SubmissionFormVM>;
    toAnswer?: ReviewForAuthor[];
    responses?: Record<string, string>;
  }

  async function formPage(reply: FastifyReply, st: FormState, status = 200): Promise<FastifyReply> {
    const revising = st.submission?.status === 'revisions_requested';
    const heading = !st.submission ? 'New submission' : revising ? 'Revise your submission' : 'Edit your draft';
    const cover = st.values.coverMediaId ? await coverRef(ctx.db, Number(st.values.coverMediaId)) : undefined;
    const vm: SubmissionFormVM = {
      ...(cover ? { cover } : {}),
      ...(await meta(heading, st.path)),
      csrf: reply.csrfToken(),
      action: st.path,
      heading,
      values: st.values,
      categories: await categories(),
      maxUploadLabel: MAX_LABEL,
      ...(revising ? { revision: { reviews: st.toAnswer ?? [], responses: st.responses ?? {} } } : {}),
      ...st.extra,
    };
    return sendPage(reply, renderSubmissionForm(vm), status);
  }

  /** The author must have a confirmed address to submit: say so, with the ways forward. */
  async function confirmFirst(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
    const actor = request.actor as Actor;
    if (can(actor, 'submission.create')) return undefined;
    return sendPage(
      reply,
      renderAccountMessage({
        ...(await meta('Confirm your email address first', '/submit/new')),
        csrf: reply.csrfToken(),
        heading: 'Confirm your email address first',
        paragraphs: [`Before you can submit, confirm your address: we sent a link to ${actor.email}. Open it, then come back here.`],
        action: { url: '/dashboard/account/verify', label: 'Send the link again' },
        links: [
          { name: 'Read the guidelines', url: '/submit/' },
          { name: 'Back to your dashboard', url: '/dashboard/' },
        ],
      }),
      403,
    );
  }

  async function ownEditable(actor: Actor, id: number): Promise<Submission> {
    const s = await findSubmission(ctx, actor, id);
    // Staff may read others' submissions, but this form is the author's alone.
    if (s.ownerUserId !== actor.userId) throw new NotFoundError('submission');
    return s;
  }

  // ---------- GET ----------

  const guard = { preHandler: pageGuard('dashboard.view') };

  // Anyone may open it: a visitor without an account is told how to get one, and comes back here.
  app.get('/submit/new', async (request, reply) => {
    if (!request.actor) {
      return sendPage(
        reply,
        renderAccountMessage({
          ...(await meta('Sign in to submit', '/submit/new')),
          csrf: reply.csrfToken(),
          heading: 'Sign in to submit your work',
          paragraphs: [
            'Submissions are made from an account, so you can save drafts, follow the review and hear from the editors.',
            'New here? Create an account and confirm your email address; then come back to this page.',
          ],
          links: [
            { name: 'Sign in', url: '/login?next=%2Fsubmit%2Fnew' },
            { name: 'Create an account', url: '/register' },
            { name: 'Back to the guidelines', url: '/submit/' },
          ],
        }),
      );
    }
    const refused = await confirmFirst(request, reply);
    if (refused) return refused;
    const values = await restored(request, '/submit/new');
    const empty: SubmissionFormValues = { title: '', dek: '', category: '', tags: '', body: '', declareOriginal: false, declareExclusive: false, coauthors: [], version: '', coverMediaId: '', coverAlt: '' };
    return formPage(reply, { path: '/submit/new', values: values ?? empty, extra: values ? { restored: true } : {} });
  });

  app.get('/dashboard/submissions/:id/edit', guard, async (request, reply) => {
    const refused = await confirmFirst(request, reply);
    if (refused) return refused;
    const actor = request.actor as Actor;
    const s = await ownEditable(actor, idParam(request, 'submission'));
    if (!EDITABLE_STATUSES.includes(s.status)) return reply.redirect(`/dashboard/submissions/${s.id}/`, 303);
    const path = `/dashboard/submissions/${s.id}/edit`;
    const back = await restored(request, path);
    const values = back ? { ...back, version: String(s.version) } : valuesOfSubmission(s);
    const q = request.query as Record<string, unknown>;
    const notice = typeof q.done === 'string' ? SAVED[q.done] : undefined;
    const toAnswer = s.status === 'revisions_requested' ? (await reviewsForAuthor(ctx.db, s)).filter((r) => r.round === s.round) : [];
    return formPage(reply, { path, submission: s, values, toAnswer, extra: { ...(back ? { restored: true } : {}), ...(notice ? { notice } : {}) } });
  });

  // ---------- POST ----------

  async function handlePost(request: FastifyRequest, reply: FastifyReply, existing: Submission | undefined): Promise<FastifyReply> {
    const actor = request.actor as Actor;
    const b = bodyOf(request);
    const intent = intentOf(b);
    const values = formValues(b);
    const responses = responsesOf(b);
    const path = existing ? `/dashboard/submissions/${existing.id}/edit` : '/submit/new';
    const toAnswer = existing?.status === 'revisions_requested' ? (await reviewsForAuthor(ctx.db, existing)).filter((r) => r.round === existing.round) : [];
    const again = (errors: Record<string, string>, status: number, sub = existing, extra: Partial<SubmissionFormVM> = {}) =>
      formPage(reply, { path: sub ? `/dashboard/submissions/${sub.id}/edit` : path, values, toAnswer, responses, ...(sub ? { submission: sub } : {}), extra: { errors, ...extra } }, status);

    if (request.uploadRefused) return again({ manuscript: request.uploadRefused }, 413);
    let warnings: string[] = [];
    const upload = request.uploads?.get('manuscript');
    if (upload) {
      try {
        const converted = await convertDocx(upload.data);
        // Pictures are not kept in a submission: the editors add them with the author later.
        values.body = replaceImageRefs(converted.markdown, new Map());
        if (!values.title.trim() && converted.title) values.title = converted.title;
        warnings = [...converted.warnings, ...(converted.images.length > 0 ? ['Pictures in the Word file were left out: send them to the editors once the piece is accepted.'] : [])];
      } catch (err) {
        if (err instanceof ValidationError) return again({ manuscript: err.fields.manuscript ?? err.publicMessage }, 400);
        throw err;
      }
    }

    // Profiles ticked after a search join the co-authors, linked to their page.
    const picked = await profilesByIds(ctx.db, manyOf(b, 'coauthor_pick').map(Number));
    for (const p of picked) {
      if (!values.coauthors.some((c) => c.authorId === String(p.id))) values.coauthors.push({ name: p.name, email: '', authorId: String(p.id) });
    }

    // The cover: a new picture replaces the old one; an id from the form must name a stored image.
    if (values.coverMediaId && !(await coverRef(ctx.db, Number(values.coverMediaId)))) values.coverMediaId = '';
    const coverUpload = request.uploads?.get('cover');
    if (coverUpload) {
      try {
        values.coverMediaId = String((await storeCover(ctx.db, coverUpload, values.coverAlt, actor.userId, ctx.clock.now().toISOString())).id);
      } catch (err) {
        if (err instanceof ValidationError) return again({ cover: err.fields.file ?? err.fields.alt ?? err.publicMessage }, 400);
        throw err;
      }
    }

    let saved: Submission;
    try {
      const base = values.version ? Number(values.version) : undefined;
      saved = await saveDraft(ctx, actor, draftInput(values), existing?.id, base === undefined ? {} : { baseVersion: base });
    } catch (err) {
      if (err instanceof ValidationError) return again(err.fields, 400);
      if (err instanceof SubmissionConflictError && existing) {
        // Keep every word typed; the next save is made over the newer version on purpose.
        const current = await findSubmission(ctx, actor, existing.id);
        values.version = String(current.version);
        return again({}, 409, current, { conflict: err.publicMessage });
      }
      throw err;
    }
    await forget(request, reply);
    values.version = String(saved.version);
    const editPath = `/dashboard/submissions/${saved.id}/edit`;

    // A Word file: show its text to be checked before anything else happens.
    if (upload) return formPage(reply, { path: editPath, submission: saved, values, toAnswer, responses, extra: { warnings, notice: 'The Word file was converted and the draft saved.' } });

    if (intent === 'find') {
      const query = typeof b.coauthor_find === 'string' ? b.coauthor_find.slice(0, 100) : '';
      const matches = (await findProfiles(ctx.db, query)).filter((m) => !values.coauthors.some((c) => c.authorId === String(m.id)));
      return formPage(reply, { path: editPath, submission: saved, values, toAnswer, responses, extra: { find: { query, matches }, notice: 'Saved.' } });
    }
    if (intent === 'check') {
      const findings = await authorChecks(ctx.db, { title: saved.title, dek: saved.dek, body: saved.body, categoryId: saved.categoryId });
      return formPage(reply, { path: editPath, submission: saved, values, toAnswer, responses, extra: { findings, previewHtml: renderMarkdown(saved.body).html, notice: 'Saved.' } });
    }
    if (intent === 'submit' || intent === 'resubmit') {
      try {
        if (saved.status === 'revisions_requested') {
          await resubmit(ctx, actor, saved.id, { responses, baseVersion: saved.version });
        } else {
          await submitSubmission(ctx, actor, saved.id, { baseVersion: saved.version });
        }
      } catch (err) {
        if (err instanceof ValidationError) return again(err.fields, 400, saved);
        if (err instanceof TransitionRefusedError) return again({ form: err.publicMessage }, err.statusCode, saved);
        throw err;
      }
      const detail = await getSubmissionDetail(ctx.db, saved.id);
      if (detail) await (detail.status === 'resubmitted' ? sendRevisionReceived(mailDeps, detail) : sendReceipt(mailDeps, detail));
      return reply.redirect(`/dashboard/submissions/${saved.id}/?done=${detail?.status === 'resubmitted' ? 'resubmitted' : 'sent'}`, 303);
    }
    // Answers to reviews are stored only with the revision they answer: a save keeps them on the page.
    if (toAnswer.length > 0) {
      return formPage(reply, { path: editPath, submission: saved, values, toAnswer, responses, extra: { notice: 'Saved. Your answers to the reviews are kept on this page until you send the revision.' } });
    }
    return reply.redirect(`${editPath}?done=saved`, 303);
  }

  app.post('/submit/new', formOptions, async (request, reply) => {
    const refused = await confirmFirst(request, reply);
    if (refused) return refused;
    return handlePost(request, reply, undefined);
  });

  app.post('/dashboard/submissions/:id/edit', formOptions, async (request, reply) => {
    const actor = request.actor as Actor;
    const s = await ownEditable(actor, idParam(request, 'submission'));
    return handlePost(request, reply, s);
  });
}
