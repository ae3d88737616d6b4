import { addDays, dayKey, formatDateLabel } from '../../../shared/clock.js';
import type { DomainContext } from '../../context.js';
import type { ReminderSettings } from '../../settings/reminder-settings.js';
import { claimedSeqs, sendOnce, type ReminderDeps } from './send-once.js';

// Reminders to reviewers (an invitation left unanswered; a review due soon, due
// today, overdue) and to authors whose revisions are overdue. Each is one claim
// (kind, subject, seq); the mails name the piece, never its authors.

export const REMINDER_KINDS = {
  unanswered: 'review_unanswered',
  dueSoon: 'review_due_soon',
  dueToday: 'review_due_today',
  overdue: 'review_overdue',
  revision: 'revision_overdue',
} as const;

const DAY_MS = 86_400_000;
const dayLabel = (day: string): string => formatDateLabel(`${day}T00:00:00Z`);
/** Whole days from a to b (YYYY-MM-DD), negative when b is earlier. */
const daysBetween = (a: string, b: string): number => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);

/** Which due-date reminder (if any) an accepted review gets today, and its sequence number. */
export function dueReminderFor(today: string, dueOn: string, s: ReminderSettings): { kind: string; seq: number } | null {
  const left = daysBetween(today, dueOn);
  if (left > 0) return left <= s.dueSoonDays ? { kind: REMINDER_KINDS.dueSoon, seq: 1 } : null;
  if (left === 0) return { kind: REMINDER_KINDS.dueToday, seq: 1 };
  const times = Math.floor(-left / s.overdueEveryDays);
  if (times < 1 || s.overdueMaxTimes < 1) return null;
  // After a pause (a stopped site), only the latest reminder owed goes out, never a burst.
  return { kind: REMINDER_KINDS.overdue, seq: Math.min(times, s.overdueMaxTimes) };
}

export async function sendReviewerReminders(ctx: DomainContext, deps: ReminderDeps, siteName: string, s: ReminderSettings): Promise<number> {
  const now = ctx.clock.now();
  const today = dayKey(now);
  let sent = 0;

  // Invitations nobody has answered.
  const cutoff = new Date(now.getTime() - s.unansweredAfterDays * DAY_MS).toISOString();
  const unanswered = await ctx.db
    .selectFrom('review_assignments as r')
    .innerJoin('submissions as s', 's.id', 'r.submission_id')
    .leftJoin('users as u', 'u.id', 'r.reviewer_user_id')
    .leftJoin('reminders_sent as m', (j) => j.onRef('m.subject_id', '=', 'r.id').on('m.kind', '=', REMINDER_KINDS.unanswered))
    .select(['r.id', 'r.reviewer_email', 'u.email', 'u.name', 's.title', 'r.invited_at', 'r.due_on'])
    .where('r.status', '=', 'invited')
    .where('r.invited_at', '<=', cutoff)
    .where('s.status', 'in', ['submitted', 'in_review', 'resubmitted'])
    .where('m.kind', 'is', null)
    .orderBy('r.id')
    .limit(200)
    .execute();
  for (const r of unanswered) {
    const url = `${deps.siteUrl}/review/${r.id}/`;
    const ok = await sendOnce(ctx, deps, siteName, { kind: REMINDER_KINDS.unanswered, subjectId: r.id, seq: 1 }, {
      to: r.email ?? r.reviewer_email,
      subject: `Will you review “${r.title}”?`,
      content: {
        greeting: r.name ? `Hello ${r.name},` : 'Hello,',
        paragraphs: [
          `On ${formatDateLabel(r.invited_at)} we invited you to review “${r.title}”${r.due_on ? `, with the review due on ${dayLabel(r.due_on)}` : ''}. We have not heard back yet.`,
          'Please accept or decline: either answer helps the author, and if you cannot review it the editors will ask someone else.',
        ],
        action: { label: 'Answer the invitation', url },
        footer: [`Use the link in the invitation, or sign in with ${r.reviewer_email} and open the address above.`],
      },
    });
    if (ok) sent += 1;
  }

  // Accepted reviews near, at or past their due date, while the piece is in review.
  const horizon = addDays(today, s.dueSoonDays);
  const open = await ctx.db
    .selectFrom('review_assignments as r')
    .innerJoin('submissions as s', 's.id', 'r.submission_id')
    .innerJoin('users as u', 'u.id', 'r.reviewer_user_id')
    .select(['r.id', 'u.email', 'u.name', 's.title', 'r.due_on'])
    .where('r.status', '=', 'accepted')
    .where('r.due_on', 'is not', null)
    .where('r.due_on', '<=', horizon)
    // Past the last overdue reminder there is nothing left to send: keep the list short.
    .where('r.due_on', '>=', addDays(today, -(s.overdueEveryDays * s.overdueMaxTimes + 1)))
    .where('s.status', '=', 'in_review')
    .orderBy('r.id')
    .limit(500)
    .execute();
  const plans = open.flatMap((r) => {
    const plan = r.due_on ? dueReminderFor(today, r.due_on, s) : null;
    return plan ? [{ ...r, dueOn: r.due_on as string, ...plan }] : [];
  });
  const done = new Set<string>();
  for (const kind of new Set(plans.map((p) => p.kind))) {
    for (const key of await claimedSeqs(ctx, kind, plans.filter((p) => p.kind === kind).map((p) => p.id))) done.add(`${kind}:${key}`);
  }
  for (const p of plans) {
    if (done.has(`${p.kind}:${p.id}:${p.seq}`)) continue;
    const url = `${deps.siteUrl}/review/${p.id}/`;
    const late = -daysBetween(today, p.dueOn);
    const when =
      p.kind === REMINDER_KINDS.dueSoon
        ? `Your review of “${p.title}” is due on ${dayLabel(p.dueOn)}.`
        : p.kind === REMINDER_KINDS.dueToday
          ? `Your review of “${p.title}” is due today.`
          : `Your review of “${p.title}” was due on ${dayLabel(p.dueOn)}, ${late} days ago.`;
    const ok = await sendOnce(ctx, deps, siteName, { kind: p.kind, subjectId: p.id, seq: p.seq }, {
      to: p.email,
      subject: p.kind === REMINDER_KINDS.overdue ? `Your review is overdue: “${p.title}”` : `Your review is due: “${p.title}”`,
      content: {
        greeting: `Hello ${p.name},`,
        paragraphs: [when, p.kind === REMINDER_KINDS.overdue ? 'If you need more time or cannot finish it, please tell the editors so the author is not left waiting.' : 'Thank you for giving the piece your time.'],
        action: { label: 'Open the review', url },
        footer: ['You receive this because you accepted to review this piece.'],
      },
    });
    if (ok) sent += 1;
  }
  return sent;
}

/** Authors whose revisions were due before today: one reminder per round. */
export async function sendRevisionReminders(ctx: DomainContext, deps: ReminderDeps, siteName: string): Promise<number> {
  const today = dayKey(ctx.clock.now());
  const rows = await ctx.db
    .selectFrom('submissions as s')
    .innerJoin('users as u', 'u.id', 's.owner_user_id')
    .leftJoin('reminders_sent as m', (j) => j.onRef('m.subject_id', '=', 's.id').on('m.kind', '=', REMINDER_KINDS.revision).onRef('m.seq', '=', 's.round'))
    .select(['s.id', 's.round', 's.title', 's.revision_due_on', 'u.email', 'u.name'])
    .where('s.status', '=', 'revisions_requested')
    .where('s.revision_due_on', 'is not', null)
    .where('s.revision_due_on', '<', today)
    .where('m.kind', 'is', null)
    .orderBy('s.id')
    .limit(200)
    .execute();
  let sent = 0;
  for (const r of rows) {
    const ok = await sendOnce(ctx, deps, siteName, { kind: REMINDER_KINDS.revision, subjectId: r.id, seq: r.round }, {
      to: r.email,
      subject: `Your revision is overdue: “${r.title}”`,
      content: {
        greeting: `Hello ${r.name},`,
        paragraphs: [
          `The revised version of “${r.title}” was due on ${dayLabel(r.revision_due_on as string)}.`,
          'When it is ready, send it from your dashboard. If you need more time, or no longer wish to revise it, please tell the editors.',
        ],
        action: { label: 'Open your submission', url: `${deps.siteUrl}/dashboard/submissions/${r.id}/` },
        footer: ['You receive this because the editors asked for revisions to this piece.'],
      },
    });
    if (ok) sent += 1;
  }
  return sent;
}
