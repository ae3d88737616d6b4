import { randomToken, sha256 } from '../accounts/crypto.js';
import type { Executor } from '../../db/database.js';

// A submission form sent after its session expired must not lose the text. The text
// fields are kept here for a day, keyed by the SHA-256 of a random id that only the
// author's browser holds (a cookie); after signing in, the form comes back filled in.
// Files are not kept (the author chooses them again); neither is anything about the
// account, so the row is useless to anyone without the cookie.

export const STASH_HOURS = 24;
const MAX_FIELDS = 120;
const MAX_BYTES = 2 * 1024 * 1024;

export interface StashedForm {
  path: string;
  fields: Record<string, string>;
}

/** Only text fields survive, and never the CSRF token or the intent that failed. */
function keepable(fields: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(fields).slice(0, MAX_FIELDS)) {
    if (k === '_csrf' || k === 'intent') continue;
    const value = Array.isArray(v) ? v.filter((x) => typeof x === 'string').join(',') : v;
    if (typeof value === 'string') out[k] = value;
  }
  return out;
}

/** Stores the form; returns the id for the cookie. Old rows go on the way. */
export async function stashForm(db: Executor, path: string, fields: Record<string, unknown>, now: Date): Promise<string> {
  const id = randomToken();
  const text = JSON.stringify(keepable(fields));
  if (text.length > MAX_BYTES) throw new RangeError('form too large to keep');
  await db.deleteFrom('form_stashes').where('expires_at', '<', now.toISOString()).execute();
  await db
    .insertInto('form_stashes')
    .values({ id_hash: sha256(id), path, fields: text, created_at: now.toISOString(), expires_at: new Date(now.getTime() + STASH_HOURS * 3_600_000).toISOString() })
    .execute();
  return id;
}

/** The kept form for this id, if it is still fresh. */
export async function findStash(db: Executor, id: string | undefined, now: Date): Promise<StashedForm | undefined> {
  if (!id || !/^[A-Za-z0-9_-]{20,100}$/.test(id)) return undefined;
  const row = await db.selectFrom('form_stashes').select(['path', 'fields', 'expires_at']).where('id_hash', '=', sha256(id)).executeTakeFirst();
  if (!row || row.expires_at < now.toISOString()) return undefined;
  try {
    const fields = JSON.parse(row.fields) as Record<string, string>;
    return { path: row.path, fields };
  } catch {
    return undefined;
  }
}

export async function dropStash(db: Executor, id: string | undefined): Promise<void> {
  if (!id) return;
  await db.deleteFrom('form_stashes').where('id_hash', '=', sha256(id)).execute();
}
