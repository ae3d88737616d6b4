import type { Executor } from '../../db/database.js';
import type { DomainContext } from '../context.js';

/** Puts a published article into the search index, or takes anything else out of it. */
export async function indexForSearch(ctx: DomainContext, tx: Executor, id: number): Promise<void> {
  const row = await tx.selectFrom('articles').select(['id', 'title', 'dek', 'plain_text', 'status']).where('id', '=', id).executeTakeFirstOrThrow();
  if (row.status !== 'published') {
    await ctx.search.remove(tx, id);
    return;
  }
  const names = await tx
    .selectFrom('article_authors as aa')
    .innerJoin('authors as a', 'a.id', 'aa.author_id')
    .select('a.name')
    .where('aa.article_id', '=', id)
    .orderBy('aa.position')
    .execute();
  await ctx.search.upsert(tx, { id, title: row.title, dek: row.dek, body: row.plain_text, authors: names.map((n) => n.name).join(', ') });
}
