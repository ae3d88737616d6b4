import type { Executor } from '../../db/database.js';

// Security events, append-only: who did what to whom, from where, when.

export type AuditAction =
  | 'signin'
  | 'signin.failed'
  | 'signin.locked'
  | 'signout'
  | 'signout.everywhere'
  | 'register'
  | 'email.verified'
  | 'email.change_requested'
  | 'email.changed'
  | 'password.changed'
  | 'password.reset_requested'
  | 'password.reset'
  | 'role.changed'
  | 'account.disabled'
  | 'account.enabled'
  | 'account.trusted'
  | 'account.untrusted'
  | 'account.created_cli'
  | 'profile.linked';

export interface AuditEvent {
  action: AuditAction;
  actorUserId?: number | null;
  targetUserId?: number | null;
  ip?: string;
  /** short free text, e.g. "reader → editor" or a known account's address; never a password, never what was typed for an unknown account */
  detail?: string;
}

/**
 * The detail of a failed sign-in for an address with no account: what was typed there is
 * never stored, because it is often a password typed into the wrong field.
 */
export const UNKNOWN_ACCOUNT_DETAIL = 'unknown account';

export interface AuditEntry {
  id: number;
  at: string;
  action: string;
  actorUserId: number | null;
  targetUserId: number | null;
  ip: string;
  detail: string;
}

export async function audit(db: Executor, event: AuditEvent, now: Date): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: now.toISOString(),
      action: event.action,
      actor_user_id: event.actorUserId ?? null,
      target_user_id: event.targetUserId ?? null,
      ip: (event.ip ?? '').slice(0, 64),
      detail: (event.detail ?? '').slice(0, 500),
    })
    .execute();
}

export async function listAudit(
  db: Executor,
  query: { targetUserId?: number; action?: AuditAction; limit: number; offset?: number },
): Promise<AuditEntry[]> {
  let q = db.selectFrom('audit_log').selectAll();
  if (query.targetUserId !== undefined) q = q.where('target_user_id', '=', query.targetUserId);
  if (query.action) q = q.where('action', '=', query.action);
  const rows = await q.orderBy('id', 'desc').limit(query.limit).offset(query.offset ?? 0).execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    action: r.action,
    actorUserId: r.actor_user_id,
    targetUserId: r.target_user_id,
    ip: r.ip,
    detail: r.detail,
  }));
}
