import type { Executor } from '../../../db/database.js';
import type { DeskArticle } from '../../../domain/articles/desk.queries.js';
import { publishedIdsBySlugs } from '../../../domain/articles/published.queries.js';
import { relatedPicksForEditor, setEditorPicks } from '../../../domain/articles/related-picks.service.js';
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

const sameSet = (a: number[], b: number[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * Saves the editor's pins (by address or slug) and hidden picks when they changed.
 * Addresses that are not published articles are ignored, as are hidden ids the form
 * never offered, so a stale form cannot fail a save that has already been made.
 */
export async function saveRelatedPicks(ctx: DomainContext, article: { id: number; slug: string }, pins: string[], hidden: string[]): Promise<void> {
  const current = await relatedPicksForEditor(ctx.db, article.id);
  const pinnedIds = [...new Set(await publishedIdsBySlugs(ctx.db, pins.map(slugOf).filter((s) => /^[a-z0-9-]{1,200}$/.test(s))))]
    .filter((id) => id !== article.id)
    .slice(0, 3);
  const offered = new Set([...current.automatic, ...current.hidden].map((r) => r.id));
  const hiddenIds = hidden.filter((h) => /^\d{1,10}$/.test(h)).map(Number).filter((id) => offered.has(id) && !pinnedIds.includes(id));
  const pinnedNow = current.pinned.map((p) => p.id);
  const hiddenNow = current.hidden.map((p) => p.id);
  if (pinnedIds.join() === pinnedNow.join() && sameSet(hiddenIds, hiddenNow)) return;
  await setEditorPicks(ctx.db, article.id, { pinnedIds, hiddenIds });
  ctx.events.emit({ kind: 'article', articleId: article.id, slug: article.slug });
}
