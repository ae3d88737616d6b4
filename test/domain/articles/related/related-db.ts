import type { Db } from '../../../../src/db/database.js';
import type { RelatedDoc } from '../../../../src/domain/articles/related/related-reading.js';

// Test data for the stored related reading: articles written straight into the tables
// with the fields the corpus reads (title, plain text, tags), so the tests exercise the
// related-reading code alone. Ids are the documents' own.

export async function insertDocs(db: Db, docs: readonly RelatedDoc[], status = 'published'): Promise<void> {
  const now = '2026-12-01T10:00:00.000Z';
  const tagNames = [...new Set(docs.flatMap((d) => d.tags))];
  const existing = new Map(
    (tagNames.length === 0 ? [] : await db.selectFrom('tags').select(['id', 'name']).where('name', 'in', tagNames).execute()).map((t) => [t.name, t.id]),
  );
  let nextTag = Number((await db.selectFrom('tags').select((eb) => eb.fn.max('id').as('m')).executeTakeFirst())?.m ?? 0) + 1;
  for (const name of tagNames) {
    if (existing.has(name)) continue;
    const id = nextTag++;
    await db.insertInto('tags').values({ id, name, slug: `t-${id}` }).execute();
    existing.set(name, id);
  }
  for (let i = 0; i < docs.length; i += 200) {
    const part = docs.slice(i, i + 200);
    await db
      .insertInto('articles')
      .values(
        part.map((d) => ({
          id: d.id,
          slug: `doc-${d.id}`,
          title: d.title,
          body_md: d.text,
          body_html: `<p>${d.id}</p>`,
          plain_text: d.text,
          status,
          published_at: status === 'published' ? now : null,
          created_at: now,
          updated_at: now,
        })),
      )
      .execute();
    const links = part.flatMap((d) => [...new Set(d.tags)].map((t) => ({ article_id: d.id, tag_id: existing.get(t) as number })));
    if (links.length > 0) await db.insertInto('article_tags').values(links).execute();
  }
}

export async function setStatus(db: Db, id: number, status: string): Promise<void> {
  await db
    .updateTable('articles')
    .set({ status, published_at: status === 'published' ? '2026-12-02T10:00:00.000Z' : null })
    .where('id', '=', id)
    .execute();
}

/** Stored picks of one article by source, in position order. */
export async function storedPicks(db: Db, id: number): Promise<Array<{ id: number; source: string; score: number }>> {
  const rows = await db
    .selectFrom('related_articles')
    .select(['related_id', 'source', 'score'])
    .where('article_id', '=', id)
    .orderBy('position')
    .orderBy('related_id')
    .execute();
  return rows.map((r) => ({ id: r.related_id, source: r.source, score: Number(r.score) }));
}

export async function clearArticles(db: Db): Promise<void> {
  await db.deleteFrom('related_articles').execute();
  await db.deleteFrom('related_vectors').execute();
  await db.deleteFrom('related_docs').execute();
  await db.deleteFrom('related_terms').execute();
  await db.updateTable('related_stats').set({ docs: 0 }).execute();
  await db.deleteFrom('article_tags').execute();
  await db.deleteFrom('articles').execute();
}
