import type { Executor } from '../../db/database.js';
import { randomToken, sha256 } from './crypto.js';
import { toActor, toUser } from './users.queries.js';
import type { Actor } from './policy.js';

// Database sessions. The browser holds a random 256-bit id; the table holds its
// SHA-256. Expiry is decided here, on the server, whatever the cookie says.

export const SESSION_COOKIE = 'masthead_session';

/**
 * The cookie's name: over https a `__Host-` name, which browsers accept only with Secure,
 * Path=/ and no Domain, so a sibling subdomain or a plain-http page cannot plant one
 * (session fixation). Plain http (development) keeps the bare name.
 */
export function sessionCookieName(secure: boolean): string {
  return secure ? `__Host-${SESSION_COOKIE}` : SESSION_COOKIE;
}
/** "Remember me": a persistent cookie and a server-side lifetime of 30 days. */
export const REMEMBER_MS = 30 * 24 * 3600 * 1000;
/** Without "remember me": a browser-session cookie, and the server forgets it after 12 hours. */
export const BROWSER_SESSION_MS = 12 * 3600 * 1000;
/** last_seen_at is written at most this often, so reading pages does not write on every request. */
const TOUCH_EVERY_MS = 5 * 60 * 1000;

export interface SessionInfo {
  idHash: string;
  userId: number;
  csrfSecret: string;
  persistent: boolean;
  createdAt: string;
  expiresAt: string;
}

export interface CreatedSession extends SessionInfo {
  /** the cookie value; never stored */
  token: string;
}

export interface SessionMeta {
  persistent: boolean;
  ip?: string;
  userAgent?: string;
}

export async function createSession(db: Executor, userId: number, meta: SessionMeta, now: Date): Promise<CreatedSession> {
  const token = randomToken();
  const idHash = sha256(token);
  const csrfSecret = randomToken();
  const createdAt = now.toISOString();
  const expiresAt = new Date(now.getTime() + (meta.persistent ? REMEMBER_MS : BROWSER_SESSION_MS)).toISOString();
  await db
    .insertInto('sessions')
    .values({
      id_hash: idHash,
      user_id: userId,
      csrf_secret: csrfSecret,
      persistent: meta.persistent ? 1 : 0,
      created_at: createdAt,
      last_seen_at: createdAt,
      expires_at: expiresAt,
      ip: (meta.ip ?? '').slice(0, 64),
      user_agent: (meta.userAgent ?? '').slice(0, 300),
    })
    .execute();
  return { token, idHash, userId, csrfSecret, persistent: meta.persistent, createdAt, expiresAt };
}

/** The session and its (active) account for a cookie value, or undefined when unknown, expired or disabled. */
export async function resolveSession(db: Executor, token: string, now: Date): Promise<{ session: SessionInfo; actor: Actor } | undefined> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  const idHash = sha256(token);
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select([
      'sessions.id_hash',
      'sessions.csrf_secret',
      'sessions.persistent',
      'sessions.created_at as session_created_at',
      'sessions.last_seen_at',
      'sessions.expires_at',
    ])
    .where('sessions.id_hash', '=', idHash)
    .executeTakeFirst();
  if (!row) return undefined;
  const nowIso = now.toISOString();
  if (row.expires_at <= nowIso) {
    await deleteSession(db, idHash);
    return undefined;
  }
  const user = toUser(row);
  // A disabled account's sessions stop working on its next request, whatever their expiry.
  if (user.status !== 'active') return undefined;
  if (now.getTime() - new Date(row.last_seen_at).getTime() > TOUCH_EVERY_MS) {
    await db.updateTable('sessions').set({ last_seen_at: nowIso }).where('id_hash', '=', idHash).execute();
  }
  return {
    session: {
      idHash,
      userId: user.id,
      csrfSecret: row.csrf_secret,
      persistent: Number(row.persistent) === 1,
      createdAt: row.session_created_at,
      expiresAt: row.expires_at,
    },
    actor: toActor(user),
  };
}

/**
 * A new id (and form secret) for a live session, its account and lifetime kept: after a
 * password change a copy of the old cookie, stolen or fixed, no longer works. Undefined
 * when the session is gone.
 */
export async function rotateSessionId(db: Executor, idHash: string): Promise<CreatedSession | undefined> {
  const row = await db.selectFrom('sessions').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
  if (!row) return undefined;
  const token = randomToken();
  const next = { id_hash: sha256(token), csrf_secret: randomToken() };
  const result = await db.updateTable('sessions').set(next).where('id_hash', '=', idHash).executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return undefined;
  return {
    token,
    idHash: next.id_hash,
    userId: row.user_id,
    csrfSecret: next.csrf_secret,
    persistent: Number(row.persistent) === 1,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  };
}

export async function deleteSession(db: Executor, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

export async function deleteSessionByToken(db: Executor, token: string): Promise<void> {
  await deleteSession(db, sha256(token));
}

/** "Sign out everywhere", password changes and disabling: every session of the account, optionally but one. */
export async function deleteUserSessions(db: Executor, userId: number, exceptIdHash?: string): Promise<number> {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptIdHash) q = q.where('id_hash', '!=', exceptIdHash);
  const result = await q.executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function countUserSessions(db: Executor, userId: number, now: Date): Promise<number> {
  const row = await db
    .selectFrom('sessions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('expires_at', '>', now.toISOString())
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function pruneExpiredSessions(db: Executor, now: Date): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', now.toISOString()).execute();
}
