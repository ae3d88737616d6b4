import { publishArticle, saveArticle } from '../domain/articles/articles.service.js';
import { saveAuthor } from '../domain/authors/authors.js';
import type { DomainContext } from '../domain/context.js';
import { saveSiteSettings } from '../domain/settings/settings.js';
import { upsertCategory } from '../domain/taxonomy/taxonomy.queries.js';
import { addDays, dayKey } from '../shared/clock.js';
import { loadDemoContent, type DemoContent } from './demo-content.js';

export async function databaseIsEmpty(ctx: DomainContext): Promise<boolean> {
  const row = await ctx.db.selectFrom('articles').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst();
  return Number(row?.n ?? 0) === 0;
}

/** A small deterministic generator, so every fresh demo site shows the same history. */
function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * Seeds the demo magazine: settings, sections, author profiles (some linked to
 * accounts), the articles through the same publishing path editors use, and a
 * month of reading history so "most read" has something to show.
 */
export async function seedDemo(ctx: DomainContext, content: DemoContent = loadDemoContent()): Promise<{ articles: number }> {
  const now = ctx.clock.now().toISOString();
  await saveSiteSettings(ctx.db, content.site);
  const categoryIds = new Map<string, number>();
  for (const [position, c] of content.categories.entries()) {
    categoryIds.set(c.slug, await upsertCategory(ctx.db, { ...c, position }));
  }
  const authorIds = new Map<string, number>();
  for (const a of content.authors) {
    let userId: number | null = null;
    if (a.account) {
      const existing = await ctx.db.selectFrom('users').select('id').where('email', '=', a.account.email).executeTakeFirst();
      userId =
        existing?.id ??
        (
          await ctx.db
            .insertInto('users')
            .values({ email: a.account.email, name: a.name, role: 'author', status: 'active', trusted: 1, created_at: now, updated_at: now })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id;
    }
    const id = await saveAuthor(ctx.db, { slug: a.slug, name: a.name, affiliation: a.affiliation, bioMarkdown: a.bio, links: a.links, userId }, now);
    authorIds.set(a.slug, id);
  }
  const ordered = [...content.articles].sort((x, y) => x.publishedAt.localeCompare(y.publishedAt));
  const articleIds: number[] = [];
  for (const a of ordered) {
    const id = await saveArticle(ctx, {
      slug: a.slug,
      title: a.title,
      dek: a.dek,
      bodyMarkdown: a.body,
      authorIds: a.authors.map((s) => authorIds.get(s)!),
      categoryIds: a.categories.map((s) => categoryIds.get(s)!),
      tags: a.tags,
    });
    await publishArticle(ctx, id, a.publishedAt);
    await ctx.db.updateTable('articles').set({ updated_at: a.publishedAt, created_at: a.publishedAt }).where('id', '=', id).execute();
    articleIds.push(id);
  }
  const random = seededRandom(20261128);
  const today = dayKey(ctx.clock.now());
  const history = articleIds.flatMap((id, i) => {
    const popularity = 5 + Math.floor(random() * 60) + (i % 4 === 0 ? 40 : 0);
    const published = ordered[i]!.publishedAt.slice(0, 10);
    return Array.from({ length: 30 }, (_, d) => ({
      article_id: id,
      day: addDays(today, -(d + 1)),
      count: Math.floor(popularity * (0.4 + random())),
    })).filter((v) => v.day >= published);
  });
  for (let i = 0; i < history.length; i += 200) {
    await ctx.db.insertInto('visit_days').values(history.slice(i, i + 200)).execute();
  }
  ctx.events.emit({ kind: 'all' });
  return { articles: articleIds.length };
}
