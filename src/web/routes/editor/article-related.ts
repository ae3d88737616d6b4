import type { Executor } from '../../../db/database.js';
import type { DeskArticle } from '../../../domain/articles/desk.queries.js';
import { publishedIdsBySlugs } from '../../../domain/articles/published.queries.js';
// TEMPORARY until related.service exports them
const relatedPicksForEditor = async (_db: Executor, _id: number) => ({ pinned: [] as Array<{ id: number; title: string; slug: string }>, automatic: [] as Array<{ id: number; title: string; slug: string }>, hidden: [] as Array<{ id: number; title: string; slug: string }> });
const setEditorPicks = async (_db: Executor, _id: number, _p: { pinnedIds: number[]; hiddenIds: number[] }) => undefined;
import type { DomainContext } from '../../../domain/context.js';
import type { RelatedPicksVM } from '../../pages/editor/article-related.js';

// "Also Read" on the article editor, between the form and the related-reading service.

export async function deskRelatedPicks(db: Executor, article: DeskArticle): Promise<RelatedPicksVM> {
  const picks = await relatedPicksForEditor(db, article.id);
  const vm = (r: { id: number; title: string; slug: string }) => ({ id: r.id, title: r.title, url: `/${r.slug}/` });
  return { pinned: picks.pinned.map(vm), automatic: picks.automatic.map(vm), hidden: picks.hidden.map(vm), published: article.status === 'published' };
}

/** "/some-slug/", "https://site/some-slug/" or "some-slug" → "some-slug". */
function slugOf(text: string): string {
  const path = text.trim().replace(/^https?:\/\/[^/]+/i, '').replace(/[?#].*$/, '');
  return path.replace(/^\/+|\/+$/g, '').toLowerCase();
}

/** Saves the editor's pins (by address or slug) and hidden picks; unknown addresses are ignored. */
export async function saveRelatedPicks(ctx: DomainContext, article: { id: number; slug: string }, pins: string[], hidden: string[]): Promise<void> {
  const articleId = article.id;
  const pinnedIds = await publishedIdsBySlugs(ctx.db, pins.map(slugOf).filter((s) => /^[a-z0-9-]{1,200}$/.test(s)));
  const hiddenIds = hidden.filter((h) => /^\d{1,10}$/.test(h)).map(Number);
  await setEditorPicks(ctx.db, articleId, { pinnedIds: [...new Set(pinnedIds)].filter((id) => id !== articleId).slice(0, 3), hiddenIds });
  ctx.events.emit({ kind: 'article', articleId, slug: article.slug });
}
