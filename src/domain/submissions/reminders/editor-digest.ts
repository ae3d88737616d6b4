import { dayKey, formatDateLabel } from '../../../shared/clock.js';
import { POLICY_TABLE, type Role } from '../../accounts/policy.js';
import type { DomainContext } from '../../context.js';
import type { ReminderSettings } from '../../settings/reminder-settings.js';
import { sendOnce, type ReminderDeps } from './send-once.js';

// The editors' weekly digest: overdue reviews, submissions without a handling
// editor, work awaiting a decision, overdue revisions. Sent on the configured
// weekday to every account that may decide on submissions, once per editor and
// week (claim: kind 'editor_digest', the editor, the week number). Nothing to
// report, nothing sent.

export const DIGEST_KIND = 'editor_digest';
const DAY_MS = 86_400_000;
const LIST_MAX = 20;

/** Weeks since the epoch, starting on Mondays (1970-01-05 opens week 1). */
export function weekNumber(day: string): number {
  return Math.floor((Date.parse(`${day}T00:00:00Z`) / DAY_MS + 3) / 7);
}

interface DigestLine {
  text: string;
}

export interface Digest {
  overdueReviews: DigestLine[];
  unassigned: DigestLine[];
  awaitingDecision: DigestLine[];
  overdueRevisions: DigestLine[];
}

const dayLabel = (day: string): string => formatDateLabel(`${day}T00:00:00Z`);

export async function buildDigest(ctx: DomainContext, siteUrl: string): Promise<Digest> {
  const today = dayKey(ctx.clock.now());
  const link = (id: number) => `${siteUrl}/editor/submissions/${id}/`;
  const overdueReviews = await ctx.db
    .selectFrom('review_assignments as r')
    .innerJoin('submissions as s', 's.id', 'r.submission_id')
    .select(['s.id', 's.title', 'r.reviewer_email', 'r.due_on'])
    .where('r.status', '=', 'accepted')
    .where('r.due_on', '<', today)
    .where('s.status', '=', 'in_review')
    .orderBy('r.due_on')
    .execute();
  const unassigned = await ctx.db
    .selectFrom('submissions')
    .select(['id', 'title', 'status', 'submitted_at'])
    .where('status', 'in', ['submitted', 'in_review', 'resubmitted'])
    .where('handling_editor_user_id', 'is', null)
    .orderBy('submitted_at')
    .execute();
  // In review with every invitation of the round answered and at least one review in; or revised and back.
  const awaiting = await ctx.db
    .selectFrom('submissions as s')
    .select(['s.id', 's.title', 's.status'])
    .where((eb) =>
      eb.or([
        eb('s.status', '=', 'resubmitted'),
        eb.and([
          eb('s.status', '=', 'in_review'),
          eb.exists(eb.selectFrom('review_assignments as r').select('r.id').whereRef('r.submission_id', '=', 's.id').whereRef('r.round', '=', 's.round').where('r.status', '=', 'submitted')),
          eb.not(eb.exists(eb.selectFrom('review_assignments as r').select('r.id').whereRef('r.submission_id', '=', 's.id').whereRef('r.round', '=', 's.round').where('r.status', 'in', ['invited', 'accepted']))),
        ]),
      ]),
    )
    .orderBy('s.updated_at')
    .execute();
  const revisions = await ctx.db
    .selectFrom('submissions')
    .select(['id', 'title', 'revision_due_on'])
    .where('status', '=', 'revisions_requested')
    .where('revision_due_on', '<', today)
    .orderBy('revision_due_on')
    .execute();
  return {
    overdueReviews: overdueReviews.map((r) => ({ text: `“${r.title}” — review by ${r.reviewer_email} was due ${dayLabel(r.due_on as string)}: ${link(r.id)}` })),
    unassigned: unassigned.map((s) => ({ text: `“${s.title}” — ${s.submitted_at ? `sent ${formatDateLabel(s.submitted_at)}` : s.status}, no handling editor: ${link(s.id)}` })),
    awaitingDecision: awaiting.map((s) => ({ text: `“${s.title}” — ${s.status === 'resubmitted' ? 'revised and back' : 'all reviews in'}: ${link(s.id)}` })),
    overdueRevisions: revisions.map((s) => ({ text: `“${s.title}” — revision was due ${dayLabel(s.revision_due_on as string)}: ${link(s.id)}` })),
  };
}

function section(title: string, lines: DigestLine[]): string[] {
  if (lines.length === 0) return [];
  const shown = lines.slice(0, LIST_MAX).map((l) => `• ${l.text}`);
  if (lines.length > LIST_MAX) shown.push(`…and ${lines.length - LIST_MAX} more.`);
  return [`${title} (${lines.length})\n${shown.join('\n')}`];
}

export function digestParagraphs(d: Digest): string[] {
  return [
    ...section('Reviews overdue', d.overdueReviews),
    ...section('Submissions without a handling editor', d.unassigned),
    ...section('Awaiting a decision', d.awaitingDecision),
    ...section('Revisions overdue', d.overdueRevisions),
  ];
}

/** On the digest weekday, each editor's digest for this week, once. */
export async function sendEditorDigests(ctx: DomainContext, deps: ReminderDeps, siteName: string, s: ReminderSettings): Promise<number> {
  const now = ctx.clock.now();
  if (now.getUTCDay() !== s.digestWeekday) return 0;
  const week = weekNumber(dayKey(now));
  const roles = POLICY_TABLE['submission.decide'].roles as readonly Role[];
  const editors = await ctx.db
    .selectFrom('users as u')
    .leftJoin('reminders_sent as m', (j) => j.onRef('m.subject_id', '=', 'u.id').on('m.kind', '=', DIGEST_KIND).on('m.seq', '=', week))
    .select(['u.id', 'u.email', 'u.name'])
    .where('u.role', 'in', [...roles])
    .where('u.status', '=', 'active')
    .where('m.kind', 'is', null)
    .orderBy('u.id')
    .execute();
  if (editors.length === 0) return 0;
  const paragraphs = digestParagraphs(await buildDigest(ctx, deps.siteUrl));
  if (paragraphs.length === 0) return 0;
  let sent = 0;
  for (const e of editors) {
    const ok = await sendOnce(ctx, deps, siteName, { kind: DIGEST_KIND, subjectId: e.id, seq: week }, {
      to: e.email,
      subject: `Submissions this week (${formatDateLabel(now.toISOString())})`,
      content: {
        greeting: `Hello ${e.name},`,
        paragraphs: ['What needs the editors’ attention this week:', ...paragraphs],
        action: { label: 'Open the submissions queue', url: `${deps.siteUrl}/editor/submissions/` },
        footer: ['You receive this weekly digest because your account can decide on submissions.'],
      },
    });
    if (ok) sent += 1;
  }
  return sent;
}
