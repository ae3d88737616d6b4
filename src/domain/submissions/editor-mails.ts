import type { DomainContext } from '../context.js';
import { renderMailHtml, renderMailText, type MailContent } from '../mail/mail-layout.js';
import { sendMail, type MailDeps, type SentMail } from '../mail/mailer.js';
import { getSiteSettings } from '../settings/settings.js';
import type { Decision } from './workflow.js';

// The messages the editors' side of review sends: the invitation to a reviewer, and
// the decision to the author. Reviewers stay anonymous to authors: their texts are
// numbered, never named. Links are absolute, built from SITE_URL.

export interface EditorMailDeps {
  ctx: DomainContext;
  mail: MailDeps;
  /** SITE_URL without a trailing slash */
  siteUrl: string;
}

async function send(deps: EditorMailDeps, to: string, subject: string, content: Omit<MailContent, 'siteName' | 'siteUrl'>): Promise<SentMail> {
  const { name } = await getSiteSettings(deps.ctx.db);
  const full: MailContent = { ...content, siteName: name, siteUrl: `${deps.siteUrl}/` };
  return sendMail(deps.mail, { to, subject: `${subject} — ${name}`, text: renderMailText(full), html: renderMailHtml(full) });
}

const paragraphs = (text: string): string[] =>
  text
    .split(/\n\s*\n/u)
    .map((p) => p.replace(/\s*\n\s*/gu, ' ').trim())
    .filter(Boolean);

const dateLabel = (day: string): string =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

export interface InvitationMail {
  to: string;
  /** the invited person's name when the address belongs to an account */
  name: string | null;
  editorName: string;
  title: string;
  dek: string;
  dueOn: string;
  assignmentId: number;
  token: string;
}

/** The invitation: what the piece is about (never who wrote it), when the review is due, the link. */
export function sendInvitationMail(deps: EditorMailDeps, m: InvitationMail): Promise<SentMail> {
  const url = `${deps.siteUrl}/review/${m.assignmentId}/?invite=${encodeURIComponent(m.token)}`;
  return send(deps, m.to, 'An invitation to review', {
    greeting: m.name ? `Hello ${m.name},` : 'Hello,',
    paragraphs: [
      `${m.editorName} would like to ask you to review a manuscript submitted to us: “${m.title}”.`,
      ...(m.dek ? [m.dek] : []),
      `If you accept, we would be grateful for your review by ${dateLabel(m.dueOn)}. The link below shows the manuscript and lets you accept or decline; you will need to sign in, or create an account with this address.`,
    ],
    action: { label: 'Read the invitation', url },
    footer: ['If you cannot review it, please decline through the link so we can ask someone else soon. This link is personal: do not forward it.'],
  });
}

export interface DecisionMail {
  to: string;
  name: string;
  title: string;
  decision: Decision;
  message: string;
  /** what reviewers wrote for the author, in a stable order; shown numbered, without names */
  reviews: string[];
  revisionDueOn: string | null;
  submissionId: number;
}

const DECISION_SUBJECT: Record<Decision, string> = {
  accept: 'Your submission was accepted',
  minor: 'Revisions requested for your submission',
  major: 'Revisions requested for your submission',
  reject: 'A decision on your submission',
  desk_reject: 'A decision on your submission',
};

const DECISION_OPENING: Record<Decision, string> = {
  accept: 'we are glad to tell you that we have accepted it for publication. An editor will prepare it on the desk and be in touch about the edit and the date.',
  minor: 'we would like to publish it after minor revisions.',
  major: 'we would consider it again after major revisions.',
  reject: 'after review, we have decided not to publish it.',
  desk_reject: 'we have decided not to send it for review, and will not publish it.',
};

/** The decision ("decision" and "accepted" mails): the editor's message, the reviewers' words for the author, what next. */
export function sendDecisionMail(deps: EditorMailDeps, m: DecisionMail): Promise<SentMail> {
  // Paragraphs, not line breaks: the HTML version is one <p> per paragraph.
  const reviews = m.reviews.flatMap((text, i) => {
    const [first = '', ...rest] = paragraphs(text);
    return [`Reviewer ${i + 1}: ${first}`, ...rest];
  });
  const revising = m.decision === 'minor' || m.decision === 'major';
  return send(deps, m.to, DECISION_SUBJECT[m.decision], {
    greeting: `Hello ${m.name},`,
    paragraphs: [
      `Thank you for sending us “${m.title}”: ${DECISION_OPENING[m.decision]}`,
      'The editor’s message:',
      ...paragraphs(m.message),
      ...(reviews.length > 0 ? ['What the reviewers wrote for you:', ...reviews] : []),
      ...(revising && m.revisionDueOn ? [`Please send the revised version by ${dateLabel(m.revisionDueOn)}, with an answer to each review.`] : []),
    ],
    action: { label: revising ? 'Revise your submission' : 'See your submission', url: `${deps.siteUrl}/dashboard/submissions/${m.submissionId}/` },
    footer: ['You can follow the submission, and everything decided about it, on your dashboard.'],
  });
}
