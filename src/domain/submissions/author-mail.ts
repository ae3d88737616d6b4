import { sendMail, type MailDeps } from '../mail/mailer.js';
import { renderMailHtml, renderMailText, type MailContent } from '../mail/mail-layout.js';
import { getSiteSettings } from '../settings/settings.js';
import type { DomainContext } from '../context.js';
import type { SubmissionDetail } from './submissions.types.js';

// The mails the author's side sends: the receipt when a piece is sent (to its author,
// and to each co-author named by address who has no profile yet), and "revision
// received" to the handling editor, or to every editor when nobody handles it yet.

export interface AuthorMailDeps {
  ctx: DomainContext;
  mail: MailDeps;
  /** SITE_URL without a trailing slash */
  siteUrl: string;
}

async function send(deps: AuthorMailDeps, to: string, subject: string, content: Omit<MailContent, 'siteName' | 'siteUrl'>): Promise<void> {
  const { name } = await getSiteSettings(deps.ctx.db);
  const full: MailContent = { ...content, siteName: name, siteUrl: `${deps.siteUrl}/` };
  await sendMail(deps.mail, { to, subject: `${subject} — ${name}`, text: renderMailText(full), html: renderMailHtml(full) });
}

const titled = (s: { title: string }) => `“${s.title.trim() || 'Untitled'}”`;

async function owner(deps: AuthorMailDeps, userId: number): Promise<{ email: string; name: string } | undefined> {
  return deps.ctx.db.selectFrom('users').select(['email', 'name']).where('id', '=', userId).executeTakeFirst();
}

/** After a piece is sent: the author's receipt, and a note to each co-author without a profile. */
export async function sendReceipt(deps: AuthorMailDeps, s: SubmissionDetail): Promise<void> {
  const author = await owner(deps, s.ownerUserId);
  if (!author) return;
  const url = `${deps.siteUrl}/dashboard/submissions/${s.id}/`;
  await send(deps, author.email, `We received ${titled(s)}`, {
    greeting: `Hello ${author.name},`,
    paragraphs: [
      `Thank you: your submission ${titled(s)} reached us. An editor reads every piece and replies within two weeks.`,
      'You can follow where it stands, read messages from the editors and withdraw it from your dashboard.',
    ],
    action: { label: 'Follow your submission', url },
    footer: ['Keep this message: it confirms the date we received your work.'],
  });
  for (const c of s.coauthors) {
    if (c.authorId !== null || !c.email) continue;
    await send(deps, c.email, `You were named as co-author of ${titled(s)}`, {
      greeting: `Hello ${c.name},`,
      paragraphs: [
        `${author.name} sent us ${titled(s)} and named you as a co-author.`,
        'If the piece is published, your name will be in its byline. Create an account with this address to follow the submission and to claim your author profile: a page with your biography and everything you have written for us.',
      ],
      action: { label: 'Create an account', url: `${deps.siteUrl}/register` },
      footer: [`If you did not write this piece with ${author.name}, reply to let the editors know.`],
    });
  }
}

/** After a revision is sent: the handling editor, or every editor while nobody handles it. */
export async function sendRevisionReceived(deps: AuthorMailDeps, s: SubmissionDetail): Promise<void> {
  let q = deps.ctx.db.selectFrom('users').select(['email', 'name']).where('status', '=', 'active');
  q = s.handlingEditorUserId !== null ? q.where('id', '=', s.handlingEditorUserId) : q.where('role', 'in', ['editor', 'admin']);
  const editors = await q.orderBy('id').execute();
  const url = `${deps.siteUrl}/editor/submissions/${s.id}/`;
  for (const e of editors) {
    await send(deps, e.email, `Revision received: ${titled(s)}`, {
      greeting: `Hello ${e.name},`,
      paragraphs: [`The author sent round ${s.round} of ${titled(s)}, with an answer to each review of the last round.`],
      action: { label: 'Read the revision', url },
      footer: ['You get this message because you handle this submission, or because nobody handles it yet.'],
    });
  }
}
