import { getSiteSettings } from '../settings/settings.js';
import { renderMailHtml, renderMailText, type MailContent } from '../mail/mail-layout.js';
import { sendMail, type MailDeps, type SentMail } from '../mail/mailer.js';
import type { DomainContext } from '../context.js';

// The messages accounts send. Links are absolute, built from SITE_URL.

export interface AccountMailDeps {
  ctx: DomainContext;
  mail: MailDeps;
  /** SITE_URL without a trailing slash */
  siteUrl: string;
}

async function send(deps: AccountMailDeps, to: string, subject: string, content: Omit<MailContent, 'siteName' | 'siteUrl'>): Promise<SentMail> {
  const { name } = await getSiteSettings(deps.ctx.db);
  const full: MailContent = { ...content, siteName: name, siteUrl: `${deps.siteUrl}/` };
  return sendMail(deps.mail, { to, subject: `${subject} — ${name}`, text: renderMailText(full), html: renderMailHtml(full) });
}

/**
 * Whom a message may greet by name: only the owner of a confirmed address. A name is
 * free text typed by whoever registered, so mail to an address nobody has confirmed
 * (which may be a stranger's) carries none of it: "URGENT: verify at https://evil…"
 * must not reach any inbox in our name.
 */
export function addressee(user: { name: string; emailVerifiedAt: string | null }): string | null {
  return user.emailVerifiedAt ? user.name : null;
}

function hello(name: string | null): string {
  return name ? `Hello ${name},` : 'Hello,';
}

export function linkTo(deps: AccountMailDeps, path: string, token: string): string {
  return `${deps.siteUrl}${path}?token=${encodeURIComponent(token)}`;
}

/** Always to an unconfirmed address, so it never greets by name. */
export function sendVerification(deps: AccountMailDeps, to: string, token: string): Promise<SentMail> {
  return send(deps, to, 'Confirm your email address', {
    greeting: hello(null),
    paragraphs: ['Thank you for registering. Please confirm that this is your email address by opening the link below.'],
    action: { label: 'Confirm my email address', url: linkTo(deps, '/verify-email', token) },
    footer: ['The link works once and expires in 48 hours. If you did not register, ignore this message and nothing will happen.'],
  });
}

export function sendAlreadyRegistered(deps: AccountMailDeps, to: string, name: string | null): Promise<SentMail> {
  return send(deps, to, 'You already have an account', {
    greeting: hello(name),
    paragraphs: ['Someone, probably you, tried to register a new account with this email address. You already have one.'],
    action: { label: 'Sign in', url: `${deps.siteUrl}/login` },
    footer: ['Forgotten your password? Use "Forgotten your password?" on the sign-in page. If this was not you, you can ignore this message.'],
  });
}

export function sendPasswordReset(deps: AccountMailDeps, to: string, name: string | null, token: string): Promise<SentMail> {
  return send(deps, to, 'Reset your password', {
    greeting: hello(name),
    paragraphs: ['We received a request to reset the password of your account. Open the link below to choose a new one.'],
    action: { label: 'Choose a new password', url: linkTo(deps, '/reset-password', token) },
    footer: ['The link works once and expires in one hour. If you did not ask for this, ignore this message: your password stays as it is.'],
  });
}

export function sendPasswordChanged(deps: AccountMailDeps, to: string, name: string | null): Promise<SentMail> {
  return send(deps, to, 'Your password was changed', {
    greeting: hello(name),
    paragraphs: ['The password of your account was just changed, and every other signed-in browser was signed out.'],
    footer: ['If this was not you, reset your password now from the sign-in page and write to the editors.'],
  });
}

/** Always to an address not yet confirmed, so it never greets by name. */
export function sendEmailChangeLink(deps: AccountMailDeps, to: string, token: string): Promise<SentMail> {
  return send(deps, to, 'Confirm your new email address', {
    greeting: hello(null),
    paragraphs: ['You asked to use this address for your account. Confirm it by opening the link below.'],
    action: { label: 'Confirm this address', url: linkTo(deps, '/confirm-email', token) },
    footer: ['The link works once and expires in 24 hours. If you did not ask for this, ignore this message.'],
  });
}

/**
 * To the old address. `newEmail` is typed text as well: pass null when the old address
 * was never confirmed, and the message says "another address" instead.
 */
export function sendEmailChangeNotice(deps: AccountMailDeps, to: string, name: string | null, newEmail: string | null, done: boolean): Promise<SentMail> {
  const where = newEmail ?? 'another address';
  return send(deps, to, done ? 'Your email address was changed' : 'A change of email address was requested', {
    greeting: hello(name),
    paragraphs: [
      done
        ? `The email address of your account is now ${where}. Messages will no longer come to this address.`
        : `Someone signed in to your account asked to change its email address to ${where}. It changes only once that address is confirmed.`,
    ],
    footer: ['If this was not you, reset your password from the sign-in page now and write to the editors.'],
  });
}
