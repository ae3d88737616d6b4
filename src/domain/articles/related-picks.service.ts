import type { Executor } from '../../db/database.js';
import { ValidationError } from '../../shared/errors.js';
import { RELATED_LIMIT, recomputePicks } from './related/related-incremental.js';

// What the article editor shows and changes of related reading: the editor's pinned
// picks (kept across every recomputation, shown first), the automatic picks filling
// the remaining slots, and the articles hidden from this article's suggestions.

export interface PickedArticle {
  id: number;
  title: string;
  slug: string;
  /** false for a pinned or hidden article that was unpublished since: kept, but not shown to readers */
  published: boolean;
}

export interface EditorPicks {
  pinned: PickedArticle[];
  automatic: Array<{ id: number; title: string; slug: string; score: number }>;
  hidden: PickedArticle[];
}

/** Related reading of one article as the editor sees it; pinned picks in their order. */
export async function relatedPicksForEditor(db: Executor, articleId: number): Promise<EditorPicks> {
  const rows = await db
    .selectFrom('related_articles as r')
    .innerJoin('articles as a', 'a.id', 'r.related_id')
    .select(['a.id', 'a.title', 'a.slug', 'a.status', 'r.source', 'r.score'])
    .where('r.article_id', '=', articleId)
    .orderBy('r.position')
    .orderBy('r.related_id')
    .execute();
  const picked = (r: (typeof rows)[number]): PickedArticle => ({ id: r.id, title: r.title, slug: r.slug, published: r.status === 'published' });
  return {
    pinned: rows.filter((r) => r.source === 'editor').map(picked),
    automatic: rows
      .filter((r) => r.source === 'auto' && r.status === 'published')
      .map((r) => ({ id: r.id, title: r.title, slug: r.slug, score: Number(r.score) })),
    hidden: rows.filter((r) => r.source === 'hidden').map(picked),
  };
}

function cleanIds(ids: readonly number[]): number[] {
  return [...new Set(ids.filter((id) => Number.isInteger(id) && id > 0))];
}

/**
 * Replaces an article's editor choices: up to RELATED_LIMIT pinned picks (in this
 * order) and any number of hidden ones, each a published article other than this one;
 * then recomputes its automatic picks around them. One transaction; bad ids are refused
 * with a message for the `pinned` or `hidden` field and change nothing.
 */
export async function setEditorPicks(
  db: Executor,
  articleId: number,
  choices: { pinnedIds: readonly number[]; hiddenIds: readonly number[] },
): Promise<EditorPicks> {
  const pinned = cleanIds(choices.pinnedIds);
  const hidden = cleanIds(choices.hiddenIds).filter((id) => !pinned.includes(id));
  const fields: Record<string, string> = {};
  if (pinned.length > RELATED_LIMIT) fields.pinned = `Pin at most ${RELATED_LIMIT} articles.`;
  if (pinned.includes(articleId)) fields.pinned = 'An article cannot be its own related reading.';
  if (hidden.includes(articleId)) fields.hidden = 'An article is never suggested for itself anyway.';
  await db.transaction().execute(async (tx) => {
    const self = await tx.selectFrom('articles').select('id').where('id', '=', articleId).executeTakeFirst();
    if (!self) throw new ValidationError('That article does not exist.', { form: 'That article does not exist.' });
    const wanted = [...pinned, ...hidden];
    const live = new Set(
      wanted.length === 0
        ? []
        : (await tx.selectFrom('articles').select('id').where('id', 'in', wanted).where('status', '=', 'published').execute()).map((r) => r.id),
    );
    if (!fields.pinned && pinned.some((id) => !live.has(id))) fields.pinned = 'Pin published articles only.';
    if (!fields.hidden && hidden.some((id) => !live.has(id))) fields.hidden = 'Hide published articles only.';
    if (Object.keys(fields).length > 0) throw new ValidationError('The related reading could not be saved.', fields);

    await tx.deleteFrom('related_articles').where('article_id', '=', articleId).execute();
    const rows = [
      ...pinned.map((related_id, position) => ({ article_id: articleId, related_id, position, score: 0, source: 'editor' })),
      // Hidden rows sort after every pick; their position means nothing else.
      ...hidden.map((related_id, i) => ({ article_id: articleId, related_id, position: 1000 + i, score: 0, source: 'hidden' })),
    ];
    if (rows.length > 0) await tx.insertInto('related_articles').values(rows).execute();
    await recomputePicks(tx, articleId);
  });
  return relatedPicksForEditor(db, articleId);
}
