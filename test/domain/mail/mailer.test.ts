import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startMailSender } from '../../../src/domain/mail/mail-sender.js';
import { defaultFromAddress, sendMail, smtpTransport, type MailTransport } from '../../../src/domain/mail/mailer.js';
import { renderMailHtml, renderMailText } from '../../../src/domain/mail/mail-layout.js';
import { listOutbox } from '../../../src/domain/mail/outbox.queries.js';
import { fixedClock } from '../../../src/shared/clock.js';
import { describeEachDialect } from '../../helpers/db.js';
import { createTestApp, type TestApp } from '../../helpers/app.js';
import { testDialects } from '../../helpers/db.js';
import { decodeQp, startHoldingRelay, type HoldingRelay } from '../../helpers/smtp-hold.js';
import { Client, strongPassword, uniqueEmail } from '../../web/accounts-client.js';

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
  test('without SMTP a message is stored; with SMTP it is queued and sendMail returns without sending', async () => {
    const stored = await sendMail({ db: db().db, clock, transport: null, from: 'x <x@example.org>' }, { to: 'A@Example.org', subject: 'S', text: 't', html: '<p>t</p>' });
    assert.equal(stored.status, 'stored');
    let calls = 0;
    const counting: MailTransport = { send: async () => void (calls += 1) };
    const queued = await sendMail({ db: db().db, clock, transport: counting, from: 'x <x@example.org>' }, { to: 'b@example.org', subject: 'S2', text: 't', html: '<p>t</p>' });
    assert.equal(queued.status, 'queued');
    assert.equal(calls, 0, 'delivery is the background sender\'s job');
    const { messages } = await listOutbox(db().db, { limit: 10 });
    assert.equal(messages.find((m) => m.id === queued.id)?.status, 'queued');
    assert.equal(messages.find((m) => m.id === stored.id)?.status, 'stored');
    assert.equal(messages.find((m) => m.id === stored.id)?.to, 'a@example.org');
  });

  test('an unreachable SMTP server fails the attempt quickly and the row waits for a retry', async () => {
    const transport = smtpTransport('smtp://127.0.0.1:1');
    const sender = startMailSender({ db: db().db, clock, transport, from: 'x <x@example.org>' }, { intervalMs: 60_000 });
    try {
      const res = await sendMail({ db: db().db, clock, transport, from: 'x <x@example.org>' }, { to: 'c@example.org', subject: 'S3', text: 't', html: 't' });
      // The first test's queued row is tried too (same database): at least this one.
      assert.ok((await sender.drain()) >= 1);
      const row = (await listOutbox(db().db, { limit: 10 })).messages.find((m) => m.id === res.id);
      assert.equal(row?.status, 'queued');
      assert.equal(row?.attempts, 1);
      assert.match(row?.error ?? '', /ECONNREFUSED/);
    } finally {
      await sender.stop();
    }
  });
});

for (const { dialect, skip } of testDialects) {
  test(`registration mail is delivered through a real SMTP server on loopback [${dialect}]`, { skip }, async (t) => {
    let smtp: HoldingRelay | undefined;
    let app: TestApp | undefined;
    t.after(async () => {
      await app?.stop();
      await smtp?.close();
    });
    smtp = await startHoldingRelay();
    app = await createTestApp(dialect, { SMTP_URL: smtp.url });
    const email = uniqueEmail('smtp');
    const res = await new Client(() => app as TestApp).submit('/register', '/register', { name: 'Mailed Person', email, password: strongPassword() });
    assert.equal(res.statusCode, 303);
    await app.mailSender.drain();
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
    assert.doesNotMatch(row.text, /token=/, 'the stored copy lost its link once delivered');
  });
}



