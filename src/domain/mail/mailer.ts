import type { Transporter } from 'nodemailer';
import type { Executor } from '../../db/database.js';
import type { Clock } from '../../shared/clock.js';
import { insertOutbox } from './outbox.queries.js';

// Sending mail: a message is written to the outbox and the call returns at once. With
// SMTP_URL set the row is 'queued' and the background sender (mail-sender.ts) delivers it
// after the response, retrying with backoff; so a request never waits for the relay, and how
// long it takes cannot tell whether an address has an account (issue 14, item 3).

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface MailTransport {
  send(message: OutgoingMail & { from: string }): Promise<void>;
}

export interface MailDeps {
  db: Executor;
  clock: Clock;
  /** null: no SMTP configured; messages stay in the outbox */
  transport: MailTransport | null;
  /** the From header, e.g. "Masthead <no-reply@example.org>" */
  from: string;
  /** called after a message is queued, to wake the in-process sender (runtime.ts sets it) */
  onQueued?: () => void;
}

export interface SentMail {
  id: number;
  /** stored: no SMTP, kept in the outbox only; queued: the sender delivers it soon */
  status: 'stored' | 'queued';
}

export function smtpTransport(smtpUrl: string): MailTransport {
  // The background sender awaits each message, so a dead server must fail fast: the row is retried later.
  // nodemailer is loaded on the first message, not at startup: most page views never send mail.
  let transporter: Promise<Transporter> | undefined;
  const connect = async (): Promise<Transporter> => {
    const { default: nodemailer } = await import('nodemailer');
    return nodemailer.createTransport({
      url: smtpUrl,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    } as Parameters<typeof nodemailer.createTransport>[0]);
  };
  return {
    async send(message) {
      transporter ??= connect();
      await (await transporter).sendMail({ from: message.from, to: message.to, subject: message.subject, text: message.text, html: message.html });
    },
  };
}

export function defaultFromAddress(siteUrl: string, siteName = 'Masthead'): string {
  const host = new URL(siteUrl).hostname;
  // A bare IP or "localhost" is not a mail domain; fall back to a reserved one.
  const domain = host.includes('.') && !/^[\d.]+$/.test(host) ? host : 'masthead.invalid';
  return `${siteName.replace(/["<>]/g, '')} <no-reply@${domain}>`;
}

export async function sendMail(deps: MailDeps, mail: OutgoingMail): Promise<SentMail> {
  const to = mail.to.trim().toLowerCase();
  const status = deps.transport ? 'queued' : 'stored';
  const id = await insertOutbox(deps.db, { ...mail, to, status }, deps.clock.now().toISOString());
  // Woken on a later turn, so the request finishes its own work first. A row the sender does
  // not see yet (an insert inside a transaction still open) is found by its next poll.
  if (status === 'queued' && deps.onQueued) setImmediate(deps.onQueued);
  return { id, status };
}

/** The mail dependencies from configuration: SMTP when SMTP_URL is set, the outbox only otherwise. */
export function mailDepsFromConfig(
  config: { smtpUrl: string | undefined; siteUrl: string; mailFrom: string | undefined },
  db: Executor,
  clock: Clock,
): MailDeps {
  return {
    db,
    clock,
    transport: config.smtpUrl ? smtpTransport(config.smtpUrl) : null,
    from: config.mailFrom ?? defaultFromAddress(config.siteUrl),
  };
}
