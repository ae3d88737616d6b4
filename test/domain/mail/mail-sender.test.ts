import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openDatabase, type Dialect } from '../../../src/db/database.js';
import { startMailSender, MAX_ATTEMPTS, RETRY_DELAYS_MS, type MailSender } from '../../../src/domain/mail/mail-sender.js';
import { sendMail, type MailDeps, type MailTransport, type OutgoingMail } from '../../../src/domain/mail/mailer.js';
import { fixedClock } from '../../../src/shared/clock.js';
import { createTestDatabase, testDialects, type TestDatabase } from '../../helpers/db.js';

// The background sender on both engines, with a fake transport: what it sends, when it
// retries (a pinned clock, no sleeps), and that two senders on one database share the work
// without sending anything twice.

const TOKEN = 'q3Vb8_xK2mNpL5rTz9WcYhE4uJ7aD1fGsB6nR0oPiQk';
const FROM = 'Journal <no-reply@journal.example>';

function resetMail(i = 0): OutgoingMail {
  const url = `https://journal.example/reset-password?token=${TOKEN}${i}`;
  return { to: `Reader${i}@Example.org`, subject: `Reset ${i}`, text: `Open ${url}\n`, html: `<p><a href="${url}">Reset</a></p>` };
}

/** A transport that records what it sends and can fail or hang on demand. */
function fakeTransport() {
  const sent: Array<OutgoingMail & { from: string }> = [];
  const state = { fail: null as Error | null, gate: null as Promise<void> | null, calls: 0 };
  const transport: MailTransport = {
    async send(message) {
      state.calls += 1;
      if (state.gate) await state.gate;
      // Yield so concurrent senders interleave between claim and delivery.
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (state.fail) throw state.fail;
      sent.push(message);
    },
  };
  return { transport, sent, state };
}

async function withDb(dialect: Dialect, fn: (db: TestDatabase) => Promise<void>): Promise<void> {
  const db = await createTestDatabase(dialect);
  try {
    await fn(db);
  } finally {
    await db.drop();
  }
}

const row = (db: TestDatabase, id: number) => db.db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

for (const { dialect, skip } of testDialects) {
  test(`sendMail queues and returns before delivery; the sender delivers and redacts [${dialect}]`, { skip }, () =>
    withDb(dialect, async (db) => {
      const clock = fixedClock('2026-12-01T09:00:00.000Z');
      const fake = fakeTransport();
      let release!: () => void;
      fake.state.gate = new Promise<void>((resolve) => (release = resolve));
      const sender = startMailSender({ db: db.db, clock, transport: fake.transport, from: FROM }, { intervalMs: 60_000 });
      try {
        const deps: MailDeps = { db: db.db, clock, transport: fake.transport, from: FROM, onQueued: () => sender.wake() };
        // The transport hangs, and sendMail still answers: it never waits for delivery.
        const res = await sendMail(deps, resetMail());
        assert.equal(res.status, 'queued');
        const queued = await row(db, res.id);
        assert.equal(queued.status, 'queued');
        assert.equal(queued.to_address, 'reader0@example.org');
        assert.equal(queued.next_attempt_at, '2026-12-01T09:00:00.000Z');
        assert.ok(queued.text.includes(TOKEN), 'the queued copy keeps its link until it is delivered');
        const drained = sender.drain();
        release();
        assert.equal(await drained, 1);
        assert.equal(fake.sent.length, 1);
        assert.equal(fake.sent[0]?.from, FROM);
        assert.ok(fake.sent[0]?.text.includes(`token=${TOKEN}0`), 'the recipient gets the live link');
        const sent = await row(db, res.id);
        assert.equal(sent.status, 'sent');
        assert.equal(sent.sent_at, '2026-12-01T09:00:00.000Z');
        assert.equal(sent.attempts, 1);
        assert.equal(sent.claimed_by, null);
        assert.ok(!sent.text.includes(TOKEN) && !sent.html.includes(TOKEN), 'the stored copy keeps no token');
        assert.match(sent.text, /Open \[link removed after delivery\]/);
        assert.equal(await sender.drain(), 0, 'nothing is sent twice');
      } finally {
        await sender.stop();
      }
    }),
  );

  test(`a failing relay is retried with backoff, then the message goes out; the error keeps no secret [${dialect}]`, { skip }, () =>
    withDb(dialect, async (db) => {
      const clock = fixedClock('2026-12-01T09:00:00.000Z');
      const fake = fakeTransport();
      fake.state.fail = new Error(`connect ECONNREFUSED via smtp://mailer:hunter2@relay.example:25 for https://journal.example/reset-password?token=${TOKEN}`);
      const sender = startMailSender({ db: db.db, clock, transport: fake.transport, from: FROM }, { intervalMs: 60_000 });
      try {
        const { id } = await sendMail({ db: db.db, clock, transport: fake.transport, from: FROM }, resetMail());
        assert.equal(await sender.drain(), 1);
        let r = await row(db, id);
        assert.equal(r.status, 'queued');
        assert.equal(r.attempts, 1);
        assert.equal(r.next_attempt_at, '2026-12-01T09:00:30.000Z');
        assert.match(r.error ?? '', /ECONNREFUSED/);
        assert.ok(!(r.error ?? '').includes('hunter2') && !(r.error ?? '').includes(TOKEN), r.error ?? '');
        // Not due yet: nothing happens until the clock reaches the retry time.
        clock.advance(29_000);
        assert.equal(await sender.drain(), 0);
        clock.advance(1000);
        assert.equal(await sender.drain(), 1);
        r = await row(db, id);
        assert.equal(r.attempts, 2);
        assert.equal(r.next_attempt_at, '2026-12-01T09:02:30.000Z');
        // The relay comes back.
        fake.state.fail = null;
        clock.advance(RETRY_DELAYS_MS[1] ?? 0);
        assert.equal(await sender.drain(), 1);
        r = await row(db, id);
        assert.equal(r.status, 'sent');
        assert.equal(r.attempts, 3);
        assert.equal(r.error, null);
        assert.equal(r.next_attempt_at, null);
        assert.equal(fake.sent.length, 1);
      } finally {
        await sender.stop();
      }
    }),
  );

  test(`after ${MAX_ATTEMPTS} failed attempts a message is failed for good [${dialect}]`, { skip }, () =>
    withDb(dialect, async (db) => {
      const clock = fixedClock('2026-12-01T09:00:00.000Z');
      const fake = fakeTransport();
      fake.state.fail = new Error('550 mailbox unavailable');
      const sender = startMailSender({ db: db.db, clock, transport: fake.transport, from: FROM }, { intervalMs: 60_000 });
      try {
        const { id } = await sendMail({ db: db.db, clock, transport: fake.transport, from: FROM }, resetMail());
        for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
          assert.equal(await sender.drain(), 1, `attempt ${attempt}`);
          clock.advance(24 * 60 * 60_000);
        }
        const r = await row(db, id);
        assert.equal(r.status, 'failed');
        assert.equal(r.attempts, MAX_ATTEMPTS);
        assert.equal(r.next_attempt_at, null);
        assert.match(r.error ?? '', /550 mailbox unavailable/);
        assert.equal(await sender.drain(), 0);
        assert.equal(fake.state.calls, MAX_ATTEMPTS);
      } finally {
        await sender.stop();
      }
    }),
  );

  test(`two senders on one database deliver each message exactly once [${dialect}]`, { skip }, () =>
    withDb(dialect, async (db) => {
      const clock = fixedClock('2026-12-01T09:00:00.000Z');
      // On PostgreSQL the second sender has a pool of its own, as another instance would.
      const other = dialect === 'postgres' ? openDatabase({ kind: 'postgres', url: db.url }) : undefined;
      const a = fakeTransport();
      const b = fakeTransport();
      const senders: MailSender[] = [
        startMailSender({ db: db.db, clock, transport: a.transport, from: FROM }, { intervalMs: 60_000, holder: 'a', batch: 3 }),
        startMailSender({ db: other?.db ?? db.db, clock, transport: b.transport, from: FROM }, { intervalMs: 60_000, holder: 'b', batch: 3 }),
      ];
      try {
        const deps: MailDeps = { db: db.db, clock, transport: a.transport, from: FROM };
        const count = 30;
        for (let i = 0; i < count; i++) await sendMail(deps, resetMail(i));
        const [na, nb] = await Promise.all(senders.map((s) => s.drain()));
        const subjects = [...a.sent, ...b.sent].map((m) => m.subject).sort();
        assert.equal(subjects.length, count);
        assert.equal(new Set(subjects).size, count, 'no message twice');
        assert.equal((na ?? 0) + (nb ?? 0), count);
        const statuses = await db.db.selectFrom('outbox').select(({ fn }) => ['status', fn.countAll<number>().as('n')]).groupBy('status').execute();
        assert.deepEqual(statuses.map((s) => [s.status, Number(s.n)]), [['sent', count]]);
      } finally {
        await Promise.all(senders.map((s) => s.stop()));
        await other?.close();
      }
    }),
  );

  test(`stop() waits for a send in progress, but not for ever [${dialect}]`, { skip }, () =>
    withDb(dialect, async (db) => {
      const clock = fixedClock('2026-12-01T09:00:00.000Z');
      const fake = fakeTransport();
      let release!: () => void;
      fake.state.gate = new Promise<void>((resolve) => (release = resolve));
      const sender = startMailSender({ db: db.db, clock, transport: fake.transport, from: FROM }, { intervalMs: 60_000 });
      const { id } = await sendMail({ db: db.db, clock, transport: fake.transport, from: FROM, onQueued: () => sender.wake() }, resetMail());
      while (fake.state.calls === 0) await new Promise<void>((resolve) => setImmediate(resolve));
      let stopped = false;
      const stopping = sender.stop().then(() => (stopped = true));
      await new Promise<void>((resolve) => setImmediate(resolve));
      assert.equal(stopped, false, 'still waiting for the message on the wire');
      release();
      await stopping;
      assert.equal((await row(db, id)).status, 'sent');

      // A relay that never answers does not hold shutdown past the bound.
      const hung = fakeTransport();
      hung.state.gate = new Promise<void>(() => undefined);
      const second = startMailSender({ db: db.db, clock, transport: hung.transport, from: FROM }, { intervalMs: 60_000, stopTimeoutMs: 50 });
      await sendMail({ db: db.db, clock, transport: hung.transport, from: FROM, onQueued: () => second.wake() }, resetMail(1));
      while (hung.state.calls === 0) await new Promise<void>((resolve) => setImmediate(resolve));
      await second.stop();
    }),
  );
}
