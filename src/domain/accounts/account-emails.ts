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

export function linkTo(deps: AccountMailDeps, path: string, token: string): string {
  return `${deps.siteUrl}${path}?token=${encodeURIComponent(token)}`;
}

export function sendVerification(deps: AccountMailDeps, to: string, name: string, token: string): Promise<SentMail> {
  return send(deps, to, 'Confirm your email address', {
    greeting: `Hello ${name},`,
    paragraphs: ['Thank you for registering. Please confirm that this is your email address by opening the link below.'],
    action: { label: 'Confirm my email address', url: linkTo(deps, '/verify-email', token) },
    footer: ['The link works once and expires in 48 hours. If you did not register, ignore this message and nothing will happen.'],
  });
}

export function sendAlreadyRegistered(deps: AccountMailDeps, to: string, name: string): Promise<SentMail> {
  return send(deps, to, 'You already have an account', {
    greeting: `Hello ${name},`,
    paragraphs: ['Someone, probably you, tried to register a new account with this email address. You already have one.'],
    action: { label: 'Sign in', url: `${deps.siteUrl}/login` },
    footer: ['Forgotten your password? Use "Forgotten your password?" on the sign-in page. If this was not you, you can ignore this message.'],
  });
}

export function sendPasswordReset(deps: AccountMailDeps, to: string, name: string, token: string): Promise<SentMail> {
  return send(deps, to, 'Reset your password', {
    greeting: `Hello ${name},`,
    paragraphs: ['We received a request to reset the password of your account. Open the link below to choose a new one.'],
    action: { label: 'Choose a new password', url: linkTo(deps, '/reset-password', token) },
    footer: ['The link works once and expires in one hour. If you did not ask for this, ignore this message: your password stays as it is.'],
  });
}

export function sendPasswordChanged(deps: AccountMailDeps, to: string, name: string): Promise<SentMail> {
  return send(deps, to, 'Your password was changed', {
    greeting: `Hello ${name},`,
    paragraphs: ['The password of your account was just changed, and every other signed-in browser was signed out.'],
    footer: ['If this was not you, reset your password now from the sign-in page and write to the editors.'],
  });
}

export function sendEmailChangeLink(deps: AccountMailDeps, to: string, name: string, token: string): Promise<SentMail> {
  return send(deps, to, 'Confirm your new email address', {
    greeting: `Hello ${name},`,
    paragraphs: ['You asked to use this address for your account. Confirm it by opening the link below.'],
    action: { label: 'Confirm this address', url: linkTo(deps, '/confirm-email', token) },
    footer: ['The link works once and expires in 24 hours. If you did not ask for this, ignore this message.'],
  });
}

export function sendEmailChangeNotice(deps: AccountMailDeps, to: string, name: string, newEmail: string, done: boolean): Promise<SentMail> {
  return send(deps, to, done ? 'Your email address was changed' : 'A change of email address was requested', {
    greeting: `Hello ${name},`,
    paragraphs: [
      done
        ? `The email address of your account is now ${newEmail}. Messages will no longer come to this address.`
        : `Someone signed in to your account asked to change its email address to ${newEmail}. It changes only once that address is confirmed.`,
    ],
    footer: ['If this was not you, reset your password from the sign-in page now and write to the editors.'],
  });
}
