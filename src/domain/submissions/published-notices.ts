import type { DomainContext } from '../context.js';
import { getSiteSettings } from '../settings/settings.js';
import { sendOnce, type ReminderDeps } from './reminders/send-once.js';

// "Your piece is published", sent once per submission by whichever instance's
// scheduler pass sees it first (the claim of reminders/send-once.ts).

export const PUBLISHED_NOTICE = 'published';

/** Sends the notices still owed; returns how many this call sent. */
export async function sendPublishedNotices(ctx: DomainContext, deps: ReminderDeps, limit = 50, siteName?: string): Promise<number> {
  const due = await ctx.db
    .selectFrom('submissions as s')
    .innerJoin('users as u', 'u.id', 's.owner_user_id')
    .innerJoin('articles as a', 'a.id', 's.article_id')
    .leftJoin('reminders_sent as r', (j) => j.onRef('r.subject_id', '=', 's.id').on('r.kind', '=', PUBLISHED_NOTICE))
    .select(['s.id', 'u.email', 'a.title', 'a.slug'])
    .where('s.status', '=', 'published')
    // Unpublished again before the notice went out: say nothing rather than send a dead link.
    .where('a.status', '=', 'published')
    .where('r.kind', 'is', null)
    .orderBy('s.id')
    .limit(limit)
    .execute();
  if (due.length === 0) return 0;
  const name = siteName ?? (await getSiteSettings(ctx.db)).name;
  let sent = 0;
  for (const row of due) {
    const content = {
      greeting: 'Hello,',
      paragraphs: [`Your piece “${row.title}” is published. Thank you for writing for us.`, 'You can follow its visits on your dashboard.'],
      action: { label: 'Read it on the site', url: `${deps.siteUrl}/${row.slug}/` },
      footer: [`Your dashboard: ${deps.siteUrl}/dashboard/submissions/${row.id}/`],
    };
    const claim = { kind: PUBLISHED_NOTICE, subjectId: row.id, seq: 0 };
    if (await sendOnce(ctx, deps, name, claim, { to: row.email, subject: `Published: ${row.title}`, content })) sent += 1;
  }
  return sent;
}
