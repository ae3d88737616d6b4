import type { Transporter } from 'nodemailer';
import type { Executor } from '../../db/database.js';
import type { Clock } from '../../shared/clock.js';
import { insertOutbox, markOutbox } from './outbox.queries.js';

// Sending mail: always recorded in the outbox first, then handed to SMTP when
// SMTP_URL is set. A delivery failure is written on the row, never thrown at
// the person who clicked "register".

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
}

export interface SentMail {
  id: number;
  status: 'stored' | 'sent' | 'failed';
}

export function smtpTransport(smtpUrl: string): MailTransport {
  // Sending is awaited by the request that triggers it, so a dead server must fail fast.
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
  const now = () => deps.clock.now().toISOString();
  const to = mail.to.trim().toLowerCase();
  const id = await insertOutbox(deps.db, { ...mail, to, status: deps.transport ? 'sending' : 'stored' }, now());
  if (!deps.transport) return { id, status: 'stored' };
  try {
    await deps.transport.send({ ...mail, to, from: deps.from });
    await markOutbox(deps.db, id, 'sent', now());
    return { id, status: 'sent' };
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    await markOutbox(deps.db, id, 'failed', now(), reason.slice(0, 1000));
    return { id, status: 'failed' };
  }
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
