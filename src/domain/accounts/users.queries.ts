import type { Selectable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { UsersTable } from '../../db/schema.js';
import { isRole, type Actor, type Role } from './policy.js';

// All SQL on `users`. Emails are stored trimmed and lower-cased, so lookups are exact.

export type UserStatus = 'active' | 'disabled';

export interface User {
  id: number;
  email: string;
  name: string;
  role: Role;
  status: UserStatus;
  passwordHash: string | null;
  emailVerifiedAt: string | null;
  trusted: boolean;
  createdAt: string;
  updatedAt: string;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function toUser(row: Selectable<UsersTable>): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    // An unknown stored role gets the least privilege rather than an error page.
    role: isRole(row.role) ? row.role : 'reader',
    status: row.status === 'active' ? 'active' : 'disabled',
    passwordHash: row.password_hash,
    emailVerifiedAt: row.email_verified_at,
    trusted: Number(row.trusted) === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toActor(user: User): Actor {
  return { userId: user.id, role: user.role, name: user.name, email: user.email, trusted: user.trusted, verified: user.emailVerifiedAt !== null };
}

export async function findUserById(db: Executor, id: number): Promise<User | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toUser(row) : undefined;
}

export async function findUserByEmail(db: Executor, email: string): Promise<User | undefined> {
  const row = await db.selectFrom('users').selectAll().where('email', '=', normalizeEmail(email)).executeTakeFirst();
  return row ? toUser(row) : undefined;
}

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  passwordHash: string;
  verifiedAt?: string | null;
  trusted?: boolean;
}

export async function insertUser(db: Executor, input: NewUser, now: string): Promise<number> {
  const row = await db
    .insertInto('users')
    .values({
      email: normalizeEmail(input.email),
      name: input.name.trim(),
      role: input.role,
      status: 'active',
      password_hash: input.passwordHash,
      email_verified_at: input.verifiedAt ?? null,
      trusted: input.trusted ? 1 : 0,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface UserChanges {
  email?: string;
  name?: string;
  role?: Role;
  status?: UserStatus;
  passwordHash?: string;
  emailVerifiedAt?: string | null;
  trusted?: boolean;
}

export async function updateUser(db: Executor, id: number, changes: UserChanges, now: string): Promise<void> {
  await db
    .updateTable('users')
    .set({
      ...(changes.email !== undefined ? { email: normalizeEmail(changes.email) } : {}),
      ...(changes.name !== undefined ? { name: changes.name.trim() } : {}),
      ...(changes.role !== undefined ? { role: changes.role } : {}),
      ...(changes.status !== undefined ? { status: changes.status } : {}),
      ...(changes.passwordHash !== undefined ? { password_hash: changes.passwordHash } : {}),
      ...(changes.emailVerifiedAt !== undefined ? { email_verified_at: changes.emailVerifiedAt } : {}),
      ...(changes.trusted !== undefined ? { trusted: changes.trusted ? 1 : 0 } : {}),
      updated_at: now,
    })
    .where('id', '=', id)
    .execute();
}

export interface UserListQuery {
  /** matches name or email, case-insensitively */
  q?: string;
  role?: Role;
  limit: number;
  offset: number;
}

// LIKE escapes differ between the engines (SQLite has no default escape character), so wildcards are dropped.
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, '')}%`;
}

export async function listUsers(db: Executor, query: UserListQuery): Promise<{ total: number; users: User[] }> {
  let base = db.selectFrom('users');
  const q = query.q?.trim().toLowerCase();
  if (q) {
    const pattern = likePattern(q);
    base = base.where((eb) =>
      eb.or([eb(eb.fn('lower', ['name']), 'like', eb.val(pattern)), eb('email', 'like', pattern)]),
    );
  }
  if (query.role) base = base.where('role', '=', query.role);
  const [count, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    base.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(query.limit).offset(query.offset).execute(),
  ]);
  return { total: Number(count.n), users: rows.map(toUser) };
}

/** Whether the account behind an author profile is trusted; profiles without an account are editorial, so trusted. */
export async function isUserTrusted(db: Executor, userId: number | null): Promise<boolean> {
  if (userId === null) return true;
  const row = await db.selectFrom('users').select('trusted').where('id', '=', userId).executeTakeFirst();
  return row ? Number(row.trusted) === 1 : false;
}
