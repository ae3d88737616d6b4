import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { SMTPServer } from 'smtp-server';
import { defaultFromAddress, sendMail, smtpTransport, type MailTransport } from '../../../src/domain/mail/mailer.js';
import { renderMailHtml, renderMailText } from '../../../src/domain/mail/mail-layout.js';
import { listOutbox } from '../../../src/domain/mail/outbox.queries.js';
import { fixedClock } from '../../../src/shared/clock.js';
import { describeEachDialect } from '../../helpers/db.js';
import { createTestApp, type TestApp } from '../../helpers/app.js';
import { testDialects } from '../../helpers/db.js';
import { Client, strongPassword, uniqueEmail } from '../../web/accounts-client.js';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

async function startSmtp(): Promise<{ server: SMTPServer; port: number; received: Received[] }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.server.address() as AddressInfo).port, received };
}

/** Quoted-printable soft breaks and escapes undone, enough to find a link in a raw message. */
function decodeQp(raw: string): string {
  return raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

const clock = fixedClock('2026-11-20T12:00:00.000Z');

test('plain-text and HTML bodies say the same thing; the HTML escapes', () => {
  const content = { greeting: 'Hello <Ada>,', paragraphs: ['One & two.'], action: { label: 'Go', url: 'https://x.example/a?b=1&c=2' }, footer: ['Small print.'], siteName: 'Site', siteUrl: 'https://x.example/' };
  const text = renderMailText(content);
  assert.match(text, /Hello <Ada>,\n\nOne & two\.\n\nGo:\nhttps:\/\/x\.example\/a\?b=1&c=2/);
  const html = renderMailHtml(content);
  assert.match(html, /Hello &lt;Ada&gt;/);
  assert.match(html, /href="https:\/\/x\.example\/a\?b=1&amp;c=2"/);
  assert.equal(defaultFromAddress('https://journal.example'), 'Masthead <no-reply@journal.example>');
  assert.equal(defaultFromAddress('http://127.0.0.1:3000'), 'Masthead <no-reply@masthead.invalid>');
});

describeEachDialect('mail outbox', (db) => {
  test('without SMTP a message is stored; a failing transport is recorded on the row, not thrown', async () => {
    const stored = await sendMail({ db: db().db, clock, transport: null, from: 'x <x@example.org>' }, { to: 'A@Example.org', subject: 'S', text: 't', html: '<p>t</p>' });
    assert.equal(stored.status, 'stored');
    const failing: MailTransport = { send: async () => Promise.reject(new Error('550 mailbox unavailable')) };
    const failed = await sendMail({ db: db().db, clock, transport: failing, from: 'x <x@example.org>' }, { to: 'b@example.org', subject: 'S2', text: 't', html: '<p>t</p>' });
    assert.equal(failed.status, 'failed');
    const { messages } = await listOutbox(db().db, { limit: 10 });
    const row = messages.find((m) => m.id === failed.id);
    assert.equal(row?.status, 'failed');
    assert.match(row?.error ?? '', /550 mailbox unavailable/);
    assert.equal(messages.find((m) => m.id === stored.id)?.to, 'a@example.org');
  });

  test('an unreachable SMTP server fails the row quickly', async () => {
    const transport = smtpTransport('smtp://127.0.0.1:1');
    const res = await sendMail({ db: db().db, clock, transport, from: 'x <x@example.org>' }, { to: 'c@example.org', subject: 'S3', text: 't', html: 't' });
    assert.equal(res.status, 'failed');
  });
});

for (const { dialect, skip } of testDialects) {
  test(`registration mail is delivered through a real SMTP server on loopback [${dialect}]`, { skip }, async (t) => {
    let smtp: Awaited<ReturnType<typeof startSmtp>> | undefined;
    let app: TestApp | undefined;
    t.after(async () => {
      await app?.stop();
      await new Promise<void>((resolve) => (smtp ? smtp.server.close(() => resolve()) : resolve()));
    });
    smtp = await startSmtp();
    app = await createTestApp(dialect, { SMTP_URL: `smtp://127.0.0.1:${smtp.port}` });
    const email = uniqueEmail('smtp');
    const res = await new Client(() => app as TestApp).submit('/register', '/register', { name: 'Mailed Person', email, password: strongPassword() });
    assert.equal(res.statusCode, 303);
    assert.equal(smtp.received.length, 1);
    const msg = smtp.received[0];
    assert.deepEqual(msg?.to, [email]);
    assert.equal(msg?.from, 'no-reply@journal.example');
    const body = decodeQp(msg?.raw ?? '');
    assert.match(msg?.raw ?? '', /^Subject: =\?UTF-8\?Q\?Confirm_your_email_address/m);
    assert.match(body, /Content-Type: text\/plain/);
    assert.match(body, /Content-Type: text\/html/);
    assert.match(body, /https:\/\/journal\.example\/verify-email\?token=[A-Za-z0-9_-]{43}/);
    const row = await app.ctx.db.selectFrom('outbox').selectAll().where('to_address', '=', email).executeTakeFirstOrThrow();
    assert.equal(row.status, 'sent');
    assert.ok(row.sent_at);
  });
}



