import type { DomainContext } from '../../context.js';
import { renderMailHtml, renderMailText, type MailContent } from '../../mail/mail-layout.js';
import { sendMail, type MailDeps } from '../../mail/mailer.js';

// A reminder goes out once, whichever instance's scheduler sees it first: the
// claim is an insert into reminders_sent (primary key kind, subject, seq) in the
// same transaction as the outbox row. A second instance's insert does nothing (on
// PostgreSQL it waits for the first to commit, then finds the row) and it sends nothing.

export interface ReminderDeps {
  mail: MailDeps;
  /** SITE_URL without a trailing slash */
  siteUrl: string;
}

export interface ReminderClaim {
  kind: string;
  subjectId: number;
  seq: number;
}

export interface ReminderMail {
  to: string;
  subject: string;
  content: Omit<MailContent, 'siteName' | 'siteUrl'>;
}

/** True when this call claimed the reminder and queued its mail. */
export async function sendOnce(ctx: DomainContext, deps: ReminderDeps, siteName: string, claim: ReminderClaim, mail: ReminderMail): Promise<boolean> {
  const full: MailContent = { ...mail.content, siteName, siteUrl: `${deps.siteUrl}/` };
  return ctx.db.transaction().execute(async (tx) => {
    const res = await tx
      .insertInto('reminders_sent')
      .values({ kind: claim.kind, subject_id: claim.subjectId, seq: claim.seq, sent_at: ctx.clock.now().toISOString() })
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    if (Number(res.numInsertedOrUpdatedRows ?? 0n) === 0) return false;
    await sendMail({ ...deps.mail, db: tx }, { to: mail.to, subject: `${mail.subject} — ${siteName}`, text: renderMailText(full), html: renderMailHtml(full) });
    return true;
  });
}

/** The claims already made of one kind, to skip them before building mail (the insert stays the guard). */
export async function claimedSeqs(ctx: DomainContext, kind: string, subjectIds: number[]): Promise<Set<string>> {
  if (subjectIds.length === 0) return new Set();
  const rows = await ctx.db.selectFrom('reminders_sent').select(['subject_id', 'seq']).where('kind', '=', kind).where('subject_id', 'in', subjectIds).execute();
  return new Set(rows.map((r) => `${r.subject_id}:${r.seq}`));
}
