import type { Executor } from '../../../db/database.js';
import { RELATED_LIMIT as RELATED_PICKS } from '../../articles/related/related-incremental.js';

// The import map and the few writes the WordPress import makes outside the article,
// author and taxonomy services: accounts with no password, view history, picks.

export type MapKind = 'user' | 'author' | 'guest_author' | 'category' | 'post' | 'page' | 'attachment';

/** Every (kind, wp_id) → local id already recorded for one source. */
export async function loadImportMap(db: Executor, source: string): Promise<Map<string, number>> {
  const rows = await db.selectFrom('import_map').select(['kind', 'wp_id', 'local_id']).where('source', '=', source).execute();
  return new Map(rows.map((r) => [`${r.kind}:${r.wp_id}`, r.local_id]));
}

export async function recordImport(db: Executor, source: string, kind: MapKind, wpId: number, localId: number): Promise<void> {
  await db
    .insertInto('import_map')
    .values({ source, kind, wp_id: wpId, local_id: localId })
    .onConflict((oc) => oc.columns(['source', 'kind', 'wp_id']).doUpdateSet({ local_id: localId }))
    .execute();
}

/** The slug of the article a WordPress `?p=` / `?page_id=` ID became (the latest import wins). */
export async function articleSlugForWpId(db: Executor, kinds: readonly MapKind[], wpId: number): Promise<string | undefined> {
  const row = await db
    .selectFrom('import_map as m')
    .innerJoin('articles as a', 'a.id', 'm.local_id')
    .select('a.slug')
    .where('m.kind', 'in', [...kinds])
    .where('m.wp_id', '=', wpId)
    .where('a.status', '=', 'published')
    .orderBy('a.id', 'desc')
    .executeTakeFirst();
  return row?.slug;
}

/** An account that cannot sign in until its owner resets the password. */
export async function insertImportedUser(db: Executor, input: { email: string; name: string; role: string }, now: string): Promise<number> {
  const row = await db
    .insertInto('users')
    .values({
      email: input.email,
      name: input.name,
      role: input.role,
      status: 'active',
      password_hash: null,
      email_verified_at: null,
      trusted: 0,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findUserIdByEmail(db: Executor, email: string): Promise<number | undefined> {
  return (await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst())?.id;
}

/** The day that holds an article's imported view history: counted in its total, never in a recent window. */
export const IMPORTED_HISTORY_DAY = '0001-01-01';

/** Sets the imported total; true when it changed. `created`: the article is new in this import, so it has no row yet. */
export async function setImportedViews(db: Executor, articleId: number, count: number, created = false): Promise<boolean> {
  if (created) {
    await db.insertInto('visit_days').values({ article_id: articleId, day: IMPORTED_HISTORY_DAY, count }).execute();
    return true;
  }
  const row = await db
    .selectFrom('visit_days')
    .select('count')
    .where('article_id', '=', articleId)
    .where('day', '=', IMPORTED_HISTORY_DAY)
    .executeTakeFirst();
  if (row?.count === count) return false;
  if (row) {
    await db.updateTable('visit_days').set({ count }).where('article_id', '=', articleId).where('day', '=', IMPORTED_HISTORY_DAY).execute();
  } else {
    await db.insertInto('visit_days').values({ article_id: articleId, day: IMPORTED_HISTORY_DAY, count }).execute();
  }
  return true;
}

/** Replaces an article's editor-chosen picks (published targets only); the automatic ones are recomputed later. */
export async function setImportedPicks(db: Executor, articleId: number, relatedIds: number[]): Promise<void> {
  const wanted = [...new Set(relatedIds)].filter((id) => id !== articleId).slice(0, RELATED_PICKS);
  const live =
    wanted.length === 0
      ? new Set<number>()
      : new Set((await db.selectFrom('articles').select('id').where('id', 'in', wanted).where('status', '=', 'published').execute()).map((r) => r.id));
  const keep = wanted.filter((id) => live.has(id));
  const existing = await db
    .selectFrom('related_articles')
    .select('related_id')
    .where('article_id', '=', articleId)
    .where('source', '=', 'editor')
    .orderBy('position')
    .execute();
  if (existing.map((r) => r.related_id).join(',') === keep.join(',')) return;
  await db.deleteFrom('related_articles').where('article_id', '=', articleId).where('source', 'in', ['editor', 'auto']).execute();
  if (keep.length > 0) {
    await db
      .insertInto('related_articles')
      .values(keep.map((related_id, position) => ({ article_id: articleId, related_id, position, score: 0, source: 'editor' })))
      .execute();
  }
}

export async function articleState(db: Executor, id: number) {
  return db.selectFrom('articles').select(['id', 'slug', 'status', 'published_at', 'publish_at', 'created_at', 'updated_at']).where('id', '=', id).executeTakeFirst();
}

export async function setArticleDates(db: Executor, id: number, dates: { created_at: string; updated_at: string; published_at?: string | null }): Promise<void> {
  await db.updateTable('articles').set(dates).where('id', '=', id).execute();
}

export async function slugTakenBy(db: Executor, slug: string): Promise<number | undefined> {
  return (await db.selectFrom('articles').select('id').where('slug', '=', slug).executeTakeFirst())?.id;
}

export async function authorSlugExists(db: Executor, slug: string): Promise<boolean> {
  return !!(await db.selectFrom('authors').select('id').where('slug', '=', slug).executeTakeFirst());
}
