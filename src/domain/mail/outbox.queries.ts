import type { Executor } from '../../db/database.js';

// The outbox keeps every message the site sends, whatever happened to it.

// 'sending' is only found on rows written before the background sender (migration 11 closes them).
export type OutboxStatus = 'stored' | 'queued' | 'sending' | 'sent' | 'failed';

export interface OutboxMessage {
  id: number;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** stored: no SMTP configured; queued: waiting for the sender (or its next retry); sent; failed for good (see error) */
  status: OutboxStatus;
  error: string | null;
  createdAt: string;
  sentAt: string | null;
  attempts: number;
  nextAttemptAt: string | null;
}

export async function insertOutbox(
  db: Executor,
  msg: { to: string; subject: string; text: string; html: string; status: OutboxStatus },
  now: string,
): Promise<number> {
  const row = await db
    .insertInto('outbox')
    .values({
      to_address: msg.to,
      subject: msg.subject,
      text: msg.text,
      html: msg.html,
      status: msg.status,
      error: null,
      created_at: now,
      sent_at: null,
      next_attempt_at: msg.status === 'queued' ? now : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function listOutbox(db: Executor, query: { to?: string; limit: number; offset?: number }): Promise<{ total: number; messages: OutboxMessage[] }> {
  let base = db.selectFrom('outbox');
  if (query.to) base = base.where('to_address', '=', query.to.trim().toLowerCase());
  const [count, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    base.selectAll().orderBy('id', 'desc').limit(query.limit).offset(query.offset ?? 0).execute(),
  ]);
  return {
    total: Number(count.n),
    messages: rows.map((r) => ({
      id: r.id,
      to: r.to_address,
      subject: r.subject,
      text: r.text,
      html: r.html,
      status: r.status as OutboxStatus,
      error: r.error,
      createdAt: r.created_at,
      sentAt: r.sent_at,
      attempts: r.attempts,
      nextAttemptAt: r.next_attempt_at,
    })),
  };
}

export async function findOutboxMessage(db: Executor, id: number): Promise<OutboxMessage | undefined> {
  const row = await db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    to: row.to_address,
    subject: row.subject,
    text: row.text,
    html: row.html,
    status: row.status as OutboxStatus,
    error: row.error,
    createdAt: row.created_at,
    sentAt: row.sent_at,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
  };
}

// ---------- The delivery queue (mail-sender.ts) ----------

export interface QueuedMail {
  id: number;
  to: string;
  subject: string;
  text: string;
  html: string;
  attempts: number;
}

/**
 * Claims up to `limit` due rows for `holder` until `leaseUntil`. Each claim is a conditional
 * UPDATE that re-checks the row is still queued, due and unleased, so when two senders pick
 * the same candidate only one UPDATE matches (PostgreSQL re-evaluates the WHERE on the locked
 * row; SQLite writes one at a time): a message is never handed to two senders at once.
 */
export async function claimDueMail(db: Executor, holder: string, now: string, leaseUntil: string, limit: number): Promise<QueuedMail[]> {
  const candidates = await db
    .selectFrom('outbox')
    .select('id')
    .where('status', '=', 'queued')
    .where('next_attempt_at', '<=', now)
    .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]))
    .orderBy('next_attempt_at')
    .orderBy('id')
    .limit(limit)
    .execute();
  const claimed: QueuedMail[] = [];
  for (const { id } of candidates) {
    const row = await db
      .updateTable('outbox')
      .set({ claimed_by: holder, claimed_until: leaseUntil })
      .where('id', '=', id)
      .where('status', '=', 'queued')
      .where('next_attempt_at', '<=', now)
      .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]))
      .returning(['id', 'to_address', 'subject', 'text', 'html', 'attempts'])
      .executeTakeFirst();
    if (row) claimed.push({ id: row.id, to: row.to_address, subject: row.subject, text: row.text, html: row.html, attempts: row.attempts });
  }
  return claimed;
}

/** Delivered: the stored bodies are replaced by their redacted form and the lease ends. */
export async function markDelivered(db: Executor, id: number, holder: string, now: string, redacted: { text: string; html: string }): Promise<boolean> {
  const res = await db
    .updateTable('outbox')
    .set({
      status: 'sent',
      sent_at: now,
      text: redacted.text,
      html: redacted.html,
      error: null,
      attempts: (eb) => eb('attempts', '+', 1),
      next_attempt_at: null,
      claimed_by: null,
      claimed_until: null,
    })
    .where('id', '=', id)
    .where('claimed_by', '=', holder)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** A failed attempt: due again at `retryAt`, or failed for good when `retryAt` is null. */
export async function markAttemptFailed(db: Executor, id: number, holder: string, error: string, retryAt: string | null): Promise<void> {
  await db
    .updateTable('outbox')
    .set({
      status: retryAt ? 'queued' : 'failed',
      error,
      attempts: (eb) => eb('attempts', '+', 1),
      next_attempt_at: retryAt,
      claimed_by: null,
      claimed_until: null,
    })
    .where('id', '=', id)
    .where('claimed_by', '=', holder)
    .execute();
}

/** Gives back a claimed row untouched (shutdown before it was sent). */
export async function releaseClaim(db: Executor, id: number, holder: string): Promise<void> {
  await db.updateTable('outbox').set({ claimed_by: null, claimed_until: null }).where('id', '=', id).where('claimed_by', '=', holder).execute();
}
