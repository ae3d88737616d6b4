import { renderMailHtml, renderMailText } from '../mail/mail-layout.js';
import { sendMail, type MailDeps } from '../mail/mailer.js';
import { getSiteSettings } from '../settings/settings.js';
import type { DomainContext } from '../context.js';

// "Your piece is published", sent once per submission by whichever instance's
// scheduler pass sees it first: the claim is an insert into reminders_sent in
// the same transaction as the outbox row, so a second instance inserts nothing
// and sends nothing.

export const PUBLISHED_NOTICE = 'published';

export interface NoticeDeps {
  mail: MailDeps;
  /** SITE_URL without a trailing slash */
  siteUrl: string;
}

/** Sends the notices still owed; returns how many this call sent. */
export async function sendPublishedNotices(ctx: DomainContext, deps: NoticeDeps, limit = 50): Promise<number> {
  const due = await ctx.db
    .selectFrom('submissions as s')
    .innerJoin('users as u', 'u.id', 's.owner_user_id')
    .innerJoin('articles as a', 'a.id', 's.article_id')
    .leftJoin('reminders_sent as r', (j) => j.onRef('r.subject_id', '=', 's.id').on('r.kind', '=', PUBLISHED_NOTICE))
    .select(['s.id', 'u.email', 'a.title', 'a.slug', 'a.status'])
    .where('s.status', '=', 'published')
    .where('r.kind', 'is', null)
    .orderBy('s.id')
    .limit(limit)
    .execute();
  if (due.length === 0) return 0;
  const { name: siteName } = await getSiteSettings(ctx.db);
  let sent = 0;
  for (const row of due) {
    // Unpublished again before the notice went out: say nothing rather than send a dead link.
    if (row.status !== 'published') continue;
    const url = `${deps.siteUrl}/${row.slug}/`;
    const content = {
      greeting: 'Hello,',
      paragraphs: [`Your piece “${row.title}” is published. Thank you for writing for us.`, 'You can follow its visits on your dashboard.'],
      action: { label: 'Read it on the site', url },
      footer: [`Your dashboard: ${deps.siteUrl}/dashboard/submissions/${row.id}/`],
      siteName,
      siteUrl: `${deps.siteUrl}/`,
    };
    const claimed = await ctx.db.transaction().execute(async (tx) => {
      const res = await tx
        .insertInto('reminders_sent')
        .values({ kind: PUBLISHED_NOTICE, subject_id: row.id, seq: 0, sent_at: ctx.clock.now().toISOString() })
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      if (Number(res.numInsertedOrUpdatedRows ?? 0n) === 0) return false;
      await sendMail({ ...deps.mail, db: tx }, { to: row.email, subject: `Published: ${row.title} — ${siteName}`, text: renderMailText(content), html: renderMailHtml(content) });
      return true;
    });
    if (claimed) sent += 1;
  }
  return sent;
}
