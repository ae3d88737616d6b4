import type { Executor } from '../../db/database.js';
import { randomToken, sha256 } from './crypto.js';

// Single-use links sent by email. Only the SHA-256 is stored; a token is spent
// by one conditional UPDATE, so two clicks racing each other cannot both win.

export type TokenPurpose = 'verify_email' | 'reset_password' | 'change_email';

export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  verify_email: 48 * 3600 * 1000,
  reset_password: 3600 * 1000,
  change_email: 24 * 3600 * 1000,
};

export async function issueToken(
  db: Executor,
  userId: number,
  purpose: TokenPurpose,
  now: Date,
  newEmail: string | null = null,
): Promise<string> {
  const token = randomToken();
  await db
    .insertInto('auth_tokens')
    .values({
      token_hash: sha256(token),
      user_id: userId,
      purpose,
      new_email: newEmail,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]).toISOString(),
      used_at: null,
    })
    .execute();
  return token;
}

export interface SpentToken {
  userId: number;
  newEmail: string | null;
}

function wellFormed(token: string): boolean {
  return /^[A-Za-z0-9_-]{20,100}$/.test(token);
}

/** Marks the token used and returns what it was for; undefined when unknown, used, expired or for another purpose. */
export async function consumeToken(db: Executor, token: string, purpose: TokenPurpose, now: Date): Promise<SpentToken | undefined> {
  if (!wellFormed(token)) return undefined;
  const nowIso = now.toISOString();
  const row = await db
    .updateTable('auth_tokens')
    .set({ used_at: nowIso })
    .where('token_hash', '=', sha256(token))
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', nowIso)
    .returning(['user_id', 'new_email'])
    .executeTakeFirst();
  return row ? { userId: row.user_id, newEmail: row.new_email } : undefined;
}

/** The account a token would be accepted for now, without spending it (to show the reset form only for live links). */
export async function peekToken(db: Executor, token: string, purpose: TokenPurpose, now: Date): Promise<number | undefined> {
  if (!wellFormed(token)) return undefined;
  const row = await db
    .selectFrom('auth_tokens')
    .select('user_id')
    .where('token_hash', '=', sha256(token))
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now.toISOString())
    .executeTakeFirst();
  return row?.user_id;
}

/** Spends every outstanding token of a kind, e.g. older reset links once the password has changed. */
export async function revokeTokens(db: Executor, userId: number, purpose: TokenPurpose, now: Date): Promise<void> {
  await db
    .updateTable('auth_tokens')
    .set({ used_at: now.toISOString() })
    .where('user_id', '=', userId)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .execute();
}

/**
 * Spends every outstanding token of the account, whatever its purpose: run in the same
 * transaction as a password change, a completed reset or a change of address, so a link
 * mailed before (perhaps to an inbox someone else reads) cannot undo it afterwards.
 */
export async function revokeAllTokens(db: Executor, userId: number, now: Date): Promise<number> {
  const result = await db
    .updateTable('auth_tokens')
    .set({ used_at: now.toISOString() })
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
