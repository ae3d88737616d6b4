import type { Executor } from '../../db/database.js';
import { computeAllRelated } from './related/related-reading.js';

const RELATED_LIMIT = 3;

/**
 * Recomputes the automatic related-reading links of every published article.
 * Articles whose links an editor chose keep them. Only published articles are in
 * the corpus, so nothing ever links to a draft or to itself.
 */
export async function refreshRelated(db: Executor): Promise<void> {
  const rows = await db
    .selectFrom('articles')
    .select(['id', 'title', 'plain_text'])
    .where('status', '=', 'published')
    .orderBy('id')
    .execute();
  const tagRows = await db
    .selectFrom('article_tags as at')
    .innerJoin('tags as t', 't.id', 'at.tag_id')
    .innerJoin('articles as a', 'a.id', 'at.article_id')
    .select(['at.article_id', 't.name'])
    .where('a.status', '=', 'published')
    .execute();
  const tags = new Map<number, string[]>();
  for (const t of tagRows) tags.set(t.article_id, [...(tags.get(t.article_id) ?? []), t.name]);
  const related = computeAllRelated(
    rows.map((r) => ({ id: r.id, title: r.title, tags: tags.get(r.id) ?? [], text: r.plain_text })),
    RELATED_LIMIT,
  );
  const curated = new Set(
    (
      await db.selectFrom('related_articles').select('article_id').where('source', '=', 'editor').distinct().execute()
    ).map((r) => r.article_id),
  );
  await db.deleteFrom('related_articles').where('source', '=', 'auto').execute();
  const values = [...related.entries()]
    .filter(([id]) => !curated.has(id))
    .flatMap(([id, list]) =>
      list.map((r, position) => ({ article_id: id, related_id: r.id, position, score: r.score, source: 'auto' })),
    );
  // Chunked so a large site stays under SQLite's bound-parameter limit.
  for (let i = 0; i < values.length; i += 500) {
    await db.insertInto('related_articles').values(values.slice(i, i + 500)).execute();
  }
}

/** Up to this many published articles, related reading is recomputed before publishing returns (well under a second). */
export const SYNC_RELATED_LIMIT = 3000;

let background: Promise<void> | undefined;
let again = false;

/**
 * After a publish, edit or unpublish: small sites get fresh related reading at
 * once; large ones (a full recomputation takes about a minute at 100,000
 * articles) get it from one background job at a time, after which caches are told.
 */
export async function relatedAfterChange(ctx: {
  db: Executor;
  events: { emit(c: { kind: 'all' }): void };
}): Promise<void> {
  const row = await ctx.db
    .selectFrom('articles')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('status', '=', 'published')
    .executeTakeFirst();
  if (Number(row?.n ?? 0) <= SYNC_RELATED_LIMIT) {
    await refreshRelated(ctx.db);
    return;
  }
  if (background) {
    again = true;
    return;
  }
  background = (async () => {
    do {
      again = false;
      try {
        await refreshRelated(ctx.db);
        ctx.events.emit({ kind: 'all' });
      } catch {
        // The next change retries; stale related links are harmless (they only ever point at published pieces).
      }
    } while (again);
  })().finally(() => {
    background = undefined;
  });
}
