import type { Updateable } from 'kysely';
import type { SubmissionsTable } from '../../db/schema.js';
import { SignInRequiredError, requireCan, type Actor } from '../accounts/policy.js';
import { renderMarkdown } from '../articles/content/markdown.js';
import { NotFoundError, ValidationError } from '../../shared/errors.js';
import { addDays, dayKey } from '../../shared/clock.js';
import type { DomainContext } from '../context.js';
import { acceptIntoDesk, prepareDeskArticle, type PreparedArticle } from './accept.js';
import { SUBMISSION_LIMITS } from './drafts.service.js';
import { TransitionRefusedError, canViewSubmission, relationsOf } from './submission-access.js';
import { getSubmission, insertEvent, insertRound } from './submissions.queries.js';
import type { Submission } from './submissions.types.js';
import {
  DECISION_TRANSITION,
  STATUS_LABEL,
  TRANSITION_BY_NAME,
  isDecision,
  nextStatus,
  type ActorRelation,
  type Decision,
  type TransitionName,
} from './workflow.js';

// Applying the workflow. One path for every transition: ask the pure machine, do
// the slow work (rendering, the author's profile) before the transaction, then one
// transaction whose UPDATE repeats the status the decision was made on, so of two
// editors deciding at once exactly one wins and the other is told what happened.

/** Revisions are due this many days after they are requested unless the editor says otherwise. */
export const DEFAULT_REVISION_DAYS = 28;

export interface TransitionOptions {
  /** recorded with the event; for decisions the message to the author */
  note?: string;
  /** which decision made this transition (minor and major both request revisions) */
  decision?: Decision;
  /** YYYY-MM-DD, for request_revisions */
  revisionDueOn?: string;
  /** submit/resubmit: the version the form was loaded from */
  baseVersion?: number;
  /** resubmit: the revised text (else the working copy saved with saveDraft) */
  title?: string;
  dek?: string;
  body?: string;
  /** resubmit: review assignment id -> the author's answer to that review */
  responses?: Record<string, string>;
}

interface Who {
  actor: Actor | null;
  relations: ActorRelation[];
}

function requireSendable(s: { title: string; body: string; declareOriginal: boolean; declareExclusive: boolean }): void {
  const fields: Record<string, string> = {};
  if (!s.title.trim()) fields.title = 'A title is required.';
  if (!s.body.trim()) fields.body = 'The submission has no text.';
  if (!s.declareOriginal) fields.declare_original = 'Confirm that this is your own original work.';
  if (!s.declareExclusive) fields.declare_exclusive = 'Confirm that it is not under review anywhere else.';
  if (Object.keys(fields).length > 0) throw new ValidationError('The submission could not be sent.', fields);
}

function dueOn(ctx: DomainContext, wanted: string | undefined): string {
  const today = dayKey(ctx.clock.now());
  if (wanted === undefined || wanted === '') return addDays(today, DEFAULT_REVISION_DAYS);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(wanted) || dayKey(new Date(`${wanted}T00:00:00Z`)) !== wanted || Number.isNaN(Date.parse(wanted))) {
    throw new ValidationError('The decision could not be recorded.', { revision_due_on: 'Give the date as YYYY-MM-DD.' });
  }
  if (wanted < today) throw new ValidationError('The decision could not be recorded.', { revision_due_on: 'The due date cannot be in the past.' });
  return wanted;
}

/** Every submitted review of the current round needs its own answer; answers to anything else are dropped. */
async function checkResponses(ctx: DomainContext, s: Submission, given: Record<string, string>): Promise<Record<string, string>> {
  const reviews = await ctx.db
    .selectFrom('review_assignments')
    .select('id')
    .where('submission_id', '=', s.id)
    .where('round', '=', s.round)
    .where('status', '=', 'submitted')
    .orderBy('id')
    .execute();
  const fields: Record<string, string> = {};
  const responses: Record<string, string> = {};
  for (const { id } of reviews) {
    const answer = (given[String(id)] ?? '').trim();
    if (!answer) fields[`response_${id}`] = 'Answer this review point by point.';
    else responses[String(id)] = answer;
  }
  if (Object.keys(fields).length > 0) throw new ValidationError('The revision could not be sent.', fields);
  return responses;
}

async function apply(ctx: DomainContext, who: Who, s: Submission, name: string, o: TransitionOptions): Promise<Submission> {
  const outcome = nextStatus(s.status, name, who.relations);
  if (!outcome.ok) throw new TransitionRefusedError(outcome);
  const transition = outcome.rule.name;
  const now = ctx.clock.now().toISOString();
  const set: Updateable<SubmissionsTable> = { status: outcome.to, updated_at: now };
  let round: Parameters<typeof insertRound>[1] | undefined;
  let prepared: PreparedArticle | undefined;
  let responses: Record<string, string> = {};

  if (transition === 'submit') {
    requireSendable(s);
    Object.assign(set, { round: s.round + 1, submitted_at: now });
    round = { submissionId: s.id, round: s.round + 1, title: s.title, dek: s.dek, body: s.body, bodyHtml: s.bodyHtml, responses, now };
  } else if (transition === 'resubmit') {
    const title = (o.title ?? s.title).trim();
    const dek = (o.dek ?? s.dek).trim();
    const body = o.body ?? s.body;
    requireSendable({ ...s, title, body });
    if (title.length > SUBMISSION_LIMITS.title || dek.length > SUBMISSION_LIMITS.dek || body.length > SUBMISSION_LIMITS.body) {
      throw new ValidationError('The revision could not be sent.', { body: 'The title, dek or text is longer than we accept.' });
    }
    responses = await checkResponses(ctx, s, o.responses ?? {});
    const rendered = renderMarkdown(body);
    Object.assign(set, { title, dek, body, body_html: rendered.html, word_count: rendered.wordCount, round: s.round + 1, revision_due_on: null, submitted_at: now });
    round = { submissionId: s.id, round: s.round + 1, title, dek, body, bodyHtml: rendered.html, responses, now };
  } else if (transition === 'request_revisions') {
    Object.assign(set, { revision_due_on: dueOn(ctx, o.revisionDueOn), decided_at: now });
  } else if (transition === 'accept' || transition === 'reject' || transition === 'desk_reject') {
    set.decided_at = now;
  }
  if (transition === 'accept') prepared = await prepareDeskArticle(ctx, s);

  const by = { userId: who.actor?.userId ?? null, name: who.actor?.name ?? '' };
  await ctx.db.transaction().execute(async (tx) => {
    let update = tx
      .updateTable('submissions')
      .set((eb) => ({ ...set, version: eb('version', '+', 1) }))
      .where('id', '=', s.id)
      .where('status', '=', s.status);
    if (o.baseVersion !== undefined && (transition === 'submit' || transition === 'resubmit')) update = update.where('version', '=', o.baseVersion);
    const result = await update.executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) {
      const current = await getSubmission(tx, s.id);
      const message = current && current.status !== s.status
        ? `Someone else changed this submission meanwhile: it is now ${STATUS_LABEL[current.status]}.`
        : 'This submission was saved in another window after you opened it: reload and try again.';
      throw new TransitionRefusedError({ ok: false, reason: 'changed', message });
    }
    if (round) await insertRound(tx, round);
    await insertEvent(tx, {
      submissionId: s.id,
      from: s.status,
      to: outcome.to,
      transition,
      decision: o.decision ?? null,
      actorUserId: by.userId,
      actorName: by.name,
      note: (o.note ?? '').trim(),
      now,
    });
    if (prepared) await acceptIntoDesk(ctx, tx, s, prepared, by);
  });
  return (await getSubmission(ctx.db, s.id)) as Submission;
}

/** Applies a named transition for a person; refusals are TransitionRefusedError (403/409) or NotFoundError. */
export async function transition(ctx: DomainContext, actor: Actor | null, id: number, name: string, options: TransitionOptions = {}): Promise<Submission> {
  if (!actor) throw new SignInRequiredError();
  const s = await getSubmission(ctx.db, id);
  const rule = TRANSITION_BY_NAME[name as TransitionName] as (typeof TRANSITION_BY_NAME)[TransitionName] | undefined;
  const relations = s ? relationsOf(actor, s, rule?.name) : [];
  // Not theirs and not staff: as far as they know there is no such submission.
  if (!s || (relations.length === 0 && !canViewSubmission(actor, s))) throw new NotFoundError('submission');
  // The owner blocked only by the policy's extra conditions (an unconfirmed address) hears why.
  if (rule?.by.includes('author') && s.ownerUserId === actor.userId && !relations.includes('author')) {
    requireCan(actor, rule.name === 'withdraw' ? 'submission.withdraw_own' : 'submission.edit_own', { ownerUserId: s.ownerUserId });
  }
  return apply(ctx, { actor, relations }, s, name, options);
}

/** The scheduler and the desk's publish hook: transitions the machine lets 'system' make. */
export async function systemTransition(ctx: DomainContext, id: number, name: 'schedule' | 'publish', note = ''): Promise<Submission> {
  const s = await getSubmission(ctx.db, id);
  if (!s) throw new NotFoundError('submission');
  return apply(ctx, { actor: null, relations: ['system'] }, s, name, { note });
}

export function submitSubmission(ctx: DomainContext, actor: Actor | null, id: number, options: { baseVersion?: number } = {}): Promise<Submission> {
  return transition(ctx, actor, id, 'submit', options);
}

export function withdraw(ctx: DomainContext, actor: Actor | null, id: number, note = ''): Promise<Submission> {
  return transition(ctx, actor, id, 'withdraw', { note });
}

export interface ResubmitInput {
  title?: string;
  dek?: string;
  body?: string;
  responses: Record<string, string>;
  baseVersion?: number;
}

export function resubmit(ctx: DomainContext, actor: Actor | null, id: number, input: ResubmitInput): Promise<Submission> {
  return transition(ctx, actor, id, 'resubmit', input);
}

/** An editor's decision, with the message to the author recorded on the event. */
export async function decide(
  ctx: DomainContext,
  actor: Actor | null,
  id: number,
  decision: string,
  message: string,
  options: { revisionDueOn?: string } = {},
): Promise<Submission> {
  if (!isDecision(decision)) throw new ValidationError('The decision could not be recorded.', { decision: 'Choose one of the decisions offered.' });
  if (!message.trim()) throw new ValidationError('The decision could not be recorded.', { message: 'Write a message to the author.' });
  return transition(ctx, actor, id, DECISION_TRANSITION[decision], { note: message, decision, ...options });
}
