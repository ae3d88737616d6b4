import type { Executor } from '../../db/database.js';

// The outbox keeps every message the site sends, whatever happened to it.

export type OutboxStatus = 'stored' | 'sending' | 'sent' | 'failed';

export interface OutboxMessage {
  id: number;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** stored: no SMTP configured; sending: handed to SMTP; sent; failed (see error) */
  status: OutboxStatus;
  error: string | null;
  createdAt: string;
  sentAt: string | null;
}

export async function insertOutbox(
  db: Executor,
  msg: { to: string; subject: string; text: string; html: string; status: OutboxStatus },
  now: string,
): Promise<number> {
  const row = await db
    .insertInto('outbox')
    .values({ to_address: msg.to, subject: msg.subject, text: msg.text, html: msg.html, status: msg.status, error: null, created_at: now, sent_at: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function markOutbox(db: Executor, id: number, status: OutboxStatus, now: string, error: string | null = null): Promise<void> {
  await db
    .updateTable('outbox')
    .set({ status, error, ...(status === 'sent' ? { sent_at: now } : {}) })
    .where('id', '=', id)
    .execute();
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
  };
}
