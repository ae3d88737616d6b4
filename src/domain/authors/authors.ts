import type { Db, Executor } from '../../db/database.js';
import type { AuthorsTable } from '../../db/schema.js';
import type { Selectable } from 'kysely';
import { renderMarkdown } from '../articles/content/markdown.js';
import { refsByArticle } from '../../shared/group.js';
import { slugify } from '../../shared/slugify.js';

export interface AuthorLink {
  label: string;
  url: string;
}

export interface Author {
  id: number;
  slug: string;
  name: string;
  affiliation: string;
  bioHtml: string;
  bioMarkdown: string;
  photoUrl: string | null;
  links: AuthorLink[];
  userId: number | null;
}

export interface AuthorRef {
  id: number;
  slug: string;
  name: string;
}

export interface AuthorInput {
  slug?: string;
  name: string;
  affiliation?: string;
  bioMarkdown?: string;
  photoUrl?: string | null;
  links?: AuthorLink[];
  userId?: number | null;
}

function toAuthor(row: Selectable<AuthorsTable>): Author {
  let links: AuthorLink[] = [];
  try {
    const parsed: unknown = JSON.parse(row.links_json);
    if (Array.isArray(parsed)) links = parsed.filter((l): l is AuthorLink => typeof l?.url === 'string' && /^https?:\/\//.test(l.url));
  } catch {
    links = [];
  }
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    affiliation: row.affiliation,
    bioHtml: row.bio_html,
    bioMarkdown: row.bio_md,
    photoUrl: row.photo_url,
    links,
    userId: row.user_id,
  };
}

export async function findAuthorBySlug(db: Executor, slug: string): Promise<Author | undefined> {
  const row = await db.selectFrom('authors').selectAll().where('slug', '=', slug).executeTakeFirst();
  return row ? toAuthor(row) : undefined;
}

export async function findAuthorsByIds(db: Executor, ids: number[]): Promise<Author[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('authors').selectAll().where('id', 'in', ids).execute();
  return rows.map(toAuthor);
}

/** Creates the profile or updates the one with the same slug; the bio is rendered and sanitized here, once. */
export async function saveAuthor(db: Executor, input: AuthorInput, now: string): Promise<number> {
  const slug = input.slug ?? slugify(input.name);
  const bioMarkdown = input.bioMarkdown ?? '';
  const values = {
    name: input.name,
    affiliation: input.affiliation ?? '',
    bio_md: bioMarkdown,
    bio_html: bioMarkdown ? renderMarkdown(bioMarkdown).html : '',
    photo_url: input.photoUrl ?? null,
    links_json: JSON.stringify(input.links ?? []),
    updated_at: now,
    ...(input.userId !== undefined ? { user_id: input.userId } : {}),
  };
  const existing = await db.selectFrom('authors').select('id').where('slug', '=', slug).executeTakeFirst();
  if (existing) {
    await db.updateTable('authors').set(values).where('id', '=', existing.id).execute();
    return existing.id;
  }
  const row = await db
    .insertInto('authors')
    .values({ ...values, slug, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Byline authors of many articles at once, in byline order. */
export async function authorsForArticles(db: Executor, articleIds: number[]): Promise<Map<number, AuthorRef[]>> {
  if (articleIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('article_authors as aa')
    .innerJoin('authors as a', 'a.id', 'aa.author_id')
    .select(['aa.article_id', 'a.id', 'a.slug', 'a.name'])
    .where('aa.article_id', 'in', articleIds)
    .orderBy('aa.article_id')
    .orderBy('aa.position')
    .execute();
  return refsByArticle(rows);
}

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? '';
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}

/** Saves a profile and tells caches: bylines and author boxes appear on many pages. */
export async function saveAuthorProfile(
  ctx: { db: Executor; clock: { now(): Date }; events: { emit(c: { kind: 'author'; authorId: number }): void } },
  input: AuthorInput,
): Promise<number> {
  const id = await saveAuthor(ctx.db, input, ctx.clock.now().toISOString());
  ctx.events.emit({ kind: 'author', authorId: id });
  return id;
}

// ---------- Accounts and profiles (the profile editor and the admin screens) ----------

export async function findAuthorById(db: Executor, id: number): Promise<Author | undefined> {
  const row = await db.selectFrom('authors').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toAuthor(row) : undefined;
}

/** The profile linked to an account (at most one is offered per account). */
export async function findAuthorByUserId(db: Executor, userId: number): Promise<Author | undefined> {
  const row = await db.selectFrom('authors').selectAll().where('user_id', '=', userId).orderBy('id').executeTakeFirst();
  return row ? toAuthor(row) : undefined;
}

/** Profiles no account is linked to, by name: the choices when linking an account. */
export async function listUnlinkedAuthors(db: Executor, limit = 500): Promise<AuthorRef[]> {
  return db.selectFrom('authors').select(['id', 'slug', 'name']).where('user_id', 'is', null).orderBy('name').orderBy('id').limit(limit).execute();
}

/** Links (or with null unlinks) a profile and an account; any other profile of that account is unlinked. */
export async function setAuthorUser(db: Executor, authorId: number, userId: number | null, now: string): Promise<void> {
  if (userId !== null) {
    await db.updateTable('authors').set({ user_id: null, updated_at: now }).where('user_id', '=', userId).where('id', '!=', authorId).execute();
  }
  await db.updateTable('authors').set({ user_id: userId, updated_at: now }).where('id', '=', authorId).execute();
}

/** A slug for a new profile that no existing profile uses (saveAuthor would otherwise update that one). */
export async function uniqueAuthorSlug(db: Executor, name: string): Promise<string> {
  const base = slugify(name) || 'author';
  const taken = new Set(
    (await db.selectFrom('authors').select('slug').where('slug', 'like', `${base}%`).execute()).map((r) => r.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The account's own author profile, made from its name when it has none; one transaction. */
export async function ensureOwnAuthor(db: Db, user: { id: number; name: string }, now: string): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const own = await findAuthorByUserId(tx, user.id);
    if (own) return own.id;
    const name = user.name.trim().slice(0, 120) || 'Unnamed author';
    return saveAuthor(tx, { name, slug: await uniqueAuthorSlug(tx, name), userId: user.id }, now);
  });
}
