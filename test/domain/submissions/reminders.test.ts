import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../../../src/config.js';
import { openDatabase, type DatabaseHandle } from '../../../src/db/database.js';
import type { DomainContext } from '../../../src/domain/context.js';
import type { MailDeps } from '../../../src/domain/mail/mailer.js';
import { startScheduler } from '../../../src/domain/scheduler/scheduler.js';
import { weekNumber } from '../../../src/domain/submissions/reminders/editor-digest.js';
import { DEFAULT_REMINDER_SETTINGS, getReminderSettings, saveReminderSettings } from '../../../src/domain/settings/reminder-settings.js';
import { dueReminderFor } from '../../../src/domain/submissions/reminders/reviewer-reminders.js';
import { runReminders } from '../../../src/domain/submissions/reminders/run-reminders.js';
import { createRuntime, domainContext, type Runtime } from '../../../src/runtime.js';
import { fixedClock } from '../../../src/shared/clock.js';
import { createTestDatabase, describeEachDialect, pgAdminUrl, type TestDatabase } from '../../helpers/db.js';
import { makeAssignment, makePerson, makeReviewSubmission } from '../../helpers/submission-factories-review.js';

// Reminders to reviewers and authors and the editors' weekly digest, on a pinned
// clock: each goes out once at the right time, and never twice, however many
// passes or instances run.

const SITE = 'https://journal.example';
const DAY = 86_400_000;

function deps(ctx: DomainContext): { mail: MailDeps; siteUrl: string } {
  return { mail: { db: ctx.db, clock: ctx.clock, transport: null, from: 'Masthead <no-reply@journal.example>' }, siteUrl: SITE };
}

async function mailsTo(ctx: DomainContext, to: string): Promise<Array<{ subject: string; text: string }>> {
  return ctx.db.selectFrom('outbox').select(['subject', 'text']).where('to_address', '=', to.toLowerCase()).orderBy('id').execute();
}

test('which due-date reminder a day gets', () => {
  const s = DEFAULT_REMINDER_SETTINGS;
  assert.equal(dueReminderFor('2026-12-07', '2026-12-10', s), null, 'three days before: nothing yet');
  assert.deepEqual(dueReminderFor('2026-12-08', '2026-12-10', s), { kind: 'review_due_soon', seq: 1 });
  assert.deepEqual(dueReminderFor('2026-12-10', '2026-12-10', s), { kind: 'review_due_today', seq: 1 });
  assert.equal(dueReminderFor('2026-12-12', '2026-12-10', s), null);
  assert.deepEqual(dueReminderFor('2026-12-13', '2026-12-10', s), { kind: 'review_overdue', seq: 1 });
  assert.deepEqual(dueReminderFor('2026-12-16', '2026-12-10', s), { kind: 'review_overdue', seq: 2 });
  assert.deepEqual(dueReminderFor('2026-12-31', '2026-12-10', s), { kind: 'review_overdue', seq: 3 }, 'at most three');
  assert.equal(weekNumber('2026-12-07') + 1, weekNumber('2026-12-14'));
  assert.equal(weekNumber('2026-12-07'), weekNumber('2026-12-13'), 'a week runs Monday to Sunday');
});

describeEachDialect('review reminders', (db) => {
  test('reviewers: unanswered after 3 days, 2 days before, on the day, then every 3 days at most 3 times — each once', async () => {
    const clock = fixedClock('2026-12-01T09:00:00.000Z'); // a Tuesday: no digest in the way
    const ctx = domainContext(db(), clock);
    const s = await makeReviewSubmission(ctx);
    const invitee = await makePerson(ctx);
    await makeAssignment(ctx, s.id, { email: invitee.email });
    const reviewer = await makePerson(ctx);
    await makeAssignment(ctx, s.id, { email: reviewer.email, reviewerUserId: reviewer.id, status: 'accepted', dueOn: '2026-12-11' });
    const finished = await makePerson(ctx);
    await makeAssignment(ctx, s.id, { email: finished.email, reviewerUserId: finished.id, status: 'submitted', dueOn: '2026-12-02' });

    const at = async (iso: string) => {
      clock.set(iso);
      await runReminders(ctx, deps(ctx));
      await runReminders(ctx, deps(ctx)); // a second pass the same minute changes nothing
    };
    await at('2026-12-04T08:59:00.000Z');
    assert.equal((await mailsTo(ctx, invitee.email)).length, 0, 'not before three days');
    await at('2026-12-04T09:00:00.000Z');
    const nudges = await mailsTo(ctx, invitee.email);
    assert.equal(nudges.length, 1);
    assert.match(nudges[0]?.subject ?? '', /Will you review/);
    assert.ok(nudges[0]?.text.includes(`${SITE}/review/`), 'links to the review page');
    for (const secret of s.secrets) assert.ok(!nudges[0]?.text.includes(secret), 'the reminder names no author');

    const expected: Array<[string, number]> = [
      ['2026-12-08T10:00:00.000Z', 0],
      ['2026-12-09T10:00:00.000Z', 1], // two days before
      ['2026-12-10T10:00:00.000Z', 1],
      ['2026-12-11T10:00:00.000Z', 2], // due today
      ['2026-12-13T10:00:00.000Z', 2],
      ['2026-12-14T10:00:00.000Z', 3], // three days late
      ['2026-12-17T10:00:00.000Z', 4],
      ['2026-12-20T10:00:00.000Z', 5],
      ['2026-12-23T10:00:00.000Z', 5], // no fourth overdue reminder
      ['2027-01-20T10:00:00.000Z', 5],
    ];
    for (const [iso, count] of expected) {
      await at(iso);
      assert.equal((await mailsTo(ctx, reviewer.email)).length, count, iso);
    }
    const subjects = (await mailsTo(ctx, reviewer.email)).map((m) => m.subject);
    assert.match(subjects[0] ?? '', /Your review is due/);
    assert.match(subjects[2] ?? '', /overdue/);
    assert.equal((await mailsTo(ctx, invitee.email)).length, 1, 'the invitee was reminded once in all that time');
    assert.equal((await mailsTo(ctx, finished.email)).length, 0, 'a sent review gets no reminder');
  });

  test('the intervals are site settings', async () => {
    const clock = fixedClock('2026-12-01T09:00:00.000Z');
    const ctx = domainContext(db(), clock);
    await saveReminderSettings(ctx.db, { unansweredAfterDays: 5 });
    try {
      assert.equal((await getReminderSettings(ctx.db)).unansweredAfterDays, 5);
      const s = await makeReviewSubmission(ctx);
      const invitee = await makePerson(ctx);
      await makeAssignment(ctx, s.id, { email: invitee.email });
      clock.advance(3 * DAY);
      await runReminders(ctx, deps(ctx));
      assert.equal((await mailsTo(ctx, invitee.email)).length, 0, 'three days is not five');
      clock.advance(2 * DAY);
      await runReminders(ctx, deps(ctx));
      assert.equal((await mailsTo(ctx, invitee.email)).length, 1);
    } finally {
      await saveReminderSettings(ctx.db, { unansweredAfterDays: DEFAULT_REMINDER_SETTINGS.unansweredAfterDays });
    }
  });

  test('authors: one reminder per round once the revision is overdue', async () => {
    const clock = fixedClock('2026-12-01T09:00:00.000Z');
    const ctx = domainContext(db(), clock);
    const s = await makeReviewSubmission(ctx, { status: 'revisions_requested' });
    await ctx.db.updateTable('submissions').set({ revision_due_on: '2026-12-03' }).where('id', '=', s.id).execute();
    clock.set('2026-12-03T20:00:00.000Z');
    await runReminders(ctx, deps(ctx));
    assert.equal((await mailsTo(ctx, s.owner.email)).length, 0, 'due today is not overdue');
    clock.set('2026-12-04T06:00:00.000Z');
    await runReminders(ctx, deps(ctx));
    clock.set('2026-12-05T06:00:00.000Z');
    await runReminders(ctx, deps(ctx));
    const sent = await mailsTo(ctx, s.owner.email);
    assert.equal(sent.length, 1);
    assert.match(sent[0]?.subject ?? '', /revision is overdue/);
    assert.ok(sent[0]?.text.includes(`${SITE}/dashboard/submissions/${s.id}/`));
    // A later round with its own due date gets its own reminder.
    await ctx.db.updateTable('submissions').set({ round: 2, revision_due_on: '2026-12-20' }).where('id', '=', s.id).execute();
    clock.set('2026-12-21T06:00:00.000Z');
    await runReminders(ctx, deps(ctx));
    assert.equal((await mailsTo(ctx, s.owner.email)).length, 2);
  });

  test('the editors’ digest: on Mondays, once a week, to editors only', async () => {
    const clock = fixedClock('2026-12-08T09:00:00.000Z'); // Tuesday
    const ctx = domainContext(db(), clock);
    const editor = await makePerson(ctx, { role: 'editor' });
    const reader = await makePerson(ctx);
    const s = await makeReviewSubmission(ctx);
    const late = await makePerson(ctx);
    await makeAssignment(ctx, s.id, { email: late.email, reviewerUserId: late.id, status: 'accepted', dueOn: '2026-12-05' });
    const waiting = await makeReviewSubmission(ctx, { status: 'resubmitted' });
    await runReminders(ctx, deps(ctx));
    assert.equal((await mailsTo(ctx, editor.email)).length, 0, 'not on a Tuesday');
    clock.set('2026-12-14T07:00:00.000Z'); // Monday
    await runReminders(ctx, deps(ctx));
    clock.set('2026-12-14T15:00:00.000Z');
    await runReminders(ctx, deps(ctx));
    const digests = await mailsTo(ctx, editor.email);
    assert.equal(digests.length, 1);
    const text = digests[0]?.text ?? '';
    assert.match(text, /Reviews overdue/);
    assert.ok(text.includes(s.title) && text.includes(late.email), 'the overdue review, and whose');
    assert.match(text, /Submissions without a handling editor/);
    assert.match(text, /Awaiting a decision/);
    assert.ok(text.includes(waiting.title));
    assert.ok(text.includes(`${SITE}/editor/submissions/${s.id}/`));
    assert.equal((await mailsTo(ctx, reader.email)).length, 0, 'readers get no digest');
    clock.set('2026-12-21T07:00:00.000Z');
    await runReminders(ctx, deps(ctx));
    assert.equal((await mailsTo(ctx, editor.email)).length, 2, 'next week, the next one');
  });

  test('concurrent passes send each reminder once', async () => {
    const clock = fixedClock('2026-12-01T09:00:00.000Z');
    const ctx = domainContext(db(), clock);
    const s = await makeReviewSubmission(ctx);
    const people = await Promise.all([1, 2, 3].map(() => makePerson(ctx)));
    for (const p of people) await makeAssignment(ctx, s.id, { email: p.email });
    clock.advance(3 * DAY);
    await Promise.all([runReminders(ctx, deps(ctx)), runReminders(ctx, deps(ctx)), runReminders(ctx, deps(ctx))]);
    for (const p of people) assert.equal((await mailsTo(ctx, p.email)).length, 1, p.email);
  });
});

describe('two instances on one PostgreSQL', { skip: pgAdminUrl ? false : 'PostgreSQL is not installed' }, () => {
  const clock = fixedClock('2026-12-01T09:00:00.000Z');
  let shared: TestDatabase;
  let secondHandle: DatabaseHandle;
  let a: Runtime;
  let b: Runtime;

  before(async () => {
    shared = await createTestDatabase('postgres');
    secondHandle = openDatabase({ kind: 'postgres', url: shared.url });
    const config = loadConfig({ SITE_URL: SITE, LOG_LEVEL: 'silent', MASTHEAD_DEMO: '0' });
    a = await createRuntime(config, { database: shared, logger: false, migrate: false, clock });
    b = await createRuntime(config, { database: secondHandle, logger: false, migrate: false, clock });
  });

  after(async () => {
    await a?.close();
    await b?.close();
    await secondHandle?.close();
    await shared?.drop();
  });

  test('both schedulers and both reminder passes at once: every reminder is mailed once', async () => {
    const s = await makeReviewSubmission(a.ctx);
    const invitees = await Promise.all([1, 2, 3, 4].map(() => makePerson(a.ctx)));
    for (const p of invitees) await makeAssignment(a.ctx, s.id, { email: p.email });
    const reviewer = await makePerson(a.ctx);
    await makeAssignment(a.ctx, s.id, { email: reviewer.email, reviewerUserId: reviewer.id, status: 'accepted', dueOn: '2026-12-05' });
    clock.advance(3 * DAY); // 4 December: invitations unanswered for three days, the review due tomorrow
    // Schedulers of both instances (the lease lets one through), plus passes that skip the lease entirely.
    const extra = startScheduler(b.ctx, { holder: 'extra', reminders: deps(b.ctx) });
    try {
      await Promise.all([a.scheduler.tick(), b.scheduler.tick(), extra.tick(), runReminders(a.ctx, deps(a.ctx)), runReminders(b.ctx, deps(b.ctx)), runReminders(b.ctx, deps(b.ctx))]);
      await Promise.all([runReminders(b.ctx, deps(b.ctx)), runReminders(a.ctx, deps(a.ctx))]);
    } finally {
      await extra.stop();
    }
    for (const p of invitees) assert.equal((await mailsTo(a.ctx, p.email)).length, 1, p.email);
    assert.equal((await mailsTo(a.ctx, reviewer.email)).length, 1, 'the due-soon reminder, once');
    const claims = await a.ctx.db.selectFrom('reminders_sent').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(claims.n), 5);
  });

  test('the scheduler pass sends what is due', async () => {
    const s = await makeReviewSubmission(a.ctx);
    const invitee = await makePerson(a.ctx);
    await makeAssignment(a.ctx, s.id, { email: invitee.email });
    clock.advance(3 * DAY + 120_000);
    await Promise.all([a.scheduler.tick(), b.scheduler.tick()]);
    assert.equal((await mailsTo(a.ctx, invitee.email)).length, 1);
  });
});
