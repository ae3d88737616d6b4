import type { Executor } from '../../db/database.js';
import { ValidationError } from '../../shared/errors.js';

// The one redirects table: changed article slugs, merged authors, renamed
// sections and tags, hand-made entries and (later) imported permalinks. It is
// read only when a path would otherwise be a 404, so it costs pages nothing.
// Writes keep it flat: no entry points at another entry's source, none at itself.

export type RedirectSource = 'manual' | 'slug' | 'author' | 'category' | 'tag' | 'import';

export interface Redirect {
  id: number;
  from: string;
  to: string;
  statusCode: number;
  source: RedirectSource;
  createdAt: string;
}

const MAX_PATH = 500;

/**
 * A site path as stored: leading slash, no scheme, host, query or fragment, no
 * `..` segments. Returns undefined for anything else (external URLs included).
 */
export function normalizeSitePath(input: string): string | undefined {
  let p = input.trim();
  if (!p) return undefined;
  try {
    // Accept a full URL of any host only to take its path: redirects never leave the site.
    if (/^https?:\/\//i.test(p)) p = new URL(p).pathname;
  } catch {
    return undefined;
  }
  p = p.replace(/[?#].*$/, '');
  if (!p.startsWith('/') || p.startsWith('//') || p.length > MAX_PATH) return undefined;
  if (/[\s\\<>"]/.test(p) || /(^|\/)\.\.?(\/|$)/.test(p)) return undefined;
  return p;
}

function toRedirect(r: { id: number; from_path: string; to_path: string; status_code: number; source: string; created_at: string }): Redirect {
  return { id: r.id, from: r.from_path, to: r.to_path, statusCode: r.status_code, source: r.source as RedirectSource, createdAt: r.created_at };
}

/** The redirect for a path, trying it with and without its trailing slash. */
export async function findRedirect(db: Executor, path: string): Promise<Redirect | undefined> {
  const p = normalizeSitePath(path);
  if (!p) return undefined;
  const alt = p.endsWith('/') && p.length > 1 ? p.slice(0, -1) : `${p}/`;
  const rows = await db.selectFrom('redirects').selectAll().where('from_path', 'in', [p, alt]).execute();
  const exact = rows.find((r) => r.from_path === p) ?? rows[0];
  return exact ? toRedirect(exact) : undefined;
}

export interface NewRedirect {
  from: string;
  to: string;
  source: RedirectSource;
  now: string;
  userId?: number | null;
  statusCode?: 301 | 302 | 308;
}

/**
 * Adds (or replaces) a redirect. Entries that pointed at `from` now point at `to`
 * (so a chain is never more than one hop), and an entry whose source is `to` is
 * dropped: that path is a live page again. A redirect to itself is refused.
 */
export async function addRedirect(db: Executor, input: NewRedirect): Promise<void> {
  const from = normalizeSitePath(input.from);
  const to = normalizeSitePath(input.to);
  const fields: Record<string, string> = {};
  if (!from) fields.from = 'Enter a path on this site that starts with /, such as /old-title/.';
  if (!to) fields.to = 'Enter a path on this site that starts with /, such as /new-title/.';
  if (from && to && from === to) fields.to = 'A redirect cannot point at its own address.';
  if (!from || !to || Object.keys(fields).length > 0) throw new ValidationError('The redirect could not be saved.', fields);
  await db.deleteFrom('redirects').where('from_path', '=', to).execute();
  await db.updateTable('redirects').set({ to_path: to }).where('to_path', '=', from).execute();
  // Repointing may have made an entry point at itself (A→B, then B→A): drop it.
  await db.deleteFrom('redirects').where('from_path', '=', to).where('to_path', '=', to).execute();
  const values = {
    to_path: to,
    status_code: input.statusCode ?? 301,
    source: input.source,
    created_at: input.now,
    created_by: input.userId ?? null,
  };
  await db
    .insertInto('redirects')
    .values({ from_path: from, ...values })
    .onConflict((oc) => oc.column('from_path').doUpdateSet(values))
    .execute();
}

/** Drops any redirect away from a path that now holds a live page (e.g. a new article took an old slug). */
export async function clearRedirectFrom(db: Executor, path: string): Promise<void> {
  const p = normalizeSitePath(path);
  if (p) await db.deleteFrom('redirects').where('from_path', '=', p).execute();
}

export async function deleteRedirect(db: Executor, id: number): Promise<boolean> {
  const r = await db.deleteFrom('redirects').where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export async function listRedirects(
  db: Executor,
  options: { q?: string; limit: number; offset: number },
): Promise<{ total: number; items: Redirect[] }> {
  let base = db.selectFrom('redirects');
  const q = options.q?.trim().toLowerCase();
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, '')}%`;
    base = base.where((eb) => eb.or([eb('from_path', 'like', like), eb('to_path', 'like', like)]));
  }
  const count = await base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst();
  const rows = await base.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(options.limit).offset(options.offset).execute();
  return { total: Number(count?.n ?? 0), items: rows.map(toRedirect) };
}
