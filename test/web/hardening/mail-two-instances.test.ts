import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../../../src/config.js';
import { openDatabase, type DatabaseHandle } from '../../../src/db/database.js';
import { sendMail, type MailTransport } from '../../../src/domain/mail/mailer.js';
import { createRuntime, type Runtime } from '../../../src/runtime.js';
import { fixedClock } from '../../../src/shared/clock.js';
import { createTestDatabase, pgAdminUrl, type TestDatabase } from '../../helpers/db.js';
import { startHoldingRelay, type HoldingRelay } from '../../helpers/smtp-hold.js';

// Issue 14, item 3: two instances behind a balancer, each with its own pool and its own
// background sender, share one PostgreSQL outbox and one relay: every message reaches the
// relay exactly once.
describe('hardening: two mail senders on one PostgreSQL', { skip: pgAdminUrl ? false : 'PostgreSQL is not installed' }, () => {
  let shared: TestDatabase;
  let secondHandle: DatabaseHandle;
  let relay: HoldingRelay;
  let a: Runtime;
  let b: Runtime;
  const clock = fixedClock('2026-12-01T09:00:00.000Z');

  before(async () => {
    relay = await startHoldingRelay();
    shared = await createTestDatabase('postgres');
    secondHandle = openDatabase({ kind: 'postgres', url: shared.url });
    const config = loadConfig({ SITE_URL: 'https://journal.example', LOG_LEVEL: 'silent', MASTHEAD_DEMO: '0', SMTP_URL: relay.url });
    a = await createRuntime(config, { database: shared, clock, logger: false, migrate: false });
    b = await createRuntime(config, { database: secondHandle, clock, logger: false, migrate: false });
  });

  after(async () => {
    await a?.close();
    await b?.close();
    await secondHandle?.close();
    await shared?.drop();
    await relay?.close();
  });

  test('each queued message is delivered once, whichever instance picks it up', { timeout: 60_000 }, async () => {
    // Queued as a request would queue them (sendMail only needs to know SMTP is configured).
    const configured: MailTransport = { send: () => Promise.reject(new Error('sendMail must not send')) };
    const count = 24;
    for (let i = 0; i < count; i++) {
      const r = await sendMail({ db: shared.db, clock, transport: configured, from: 'x <x@journal.example>' }, { to: `reader-${i}@example.org`, subject: `Note ${i}`, text: `Hello ${i}`, html: `<p>Hello ${i}</p>` });
      assert.equal(r.status, 'queued');
    }
    await Promise.all([a.mailSender.drain(), b.mailSender.drain()]);
    const recipients = relay.received.flatMap((m) => m.to).sort();
    const failed = await shared.db.selectFrom('outbox').select(['to_address', 'status', 'attempts', 'error', 'claimed_by']).where('status', '!=', 'sent').execute();
    assert.equal(recipients.length, count, `not delivered: ${JSON.stringify(failed)}`);
    assert.equal(new Set(recipients).size, count, 'no message reached the relay twice');
    const rows = await shared.db.selectFrom('outbox').select(['status', 'attempts']).execute();
    assert.ok(rows.every((r) => r.status === 'sent' && r.attempts === 1), JSON.stringify(rows));
  });
});
