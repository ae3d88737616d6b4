import type { Executor, Tx } from '../../db/database.js';
import { AppError, NotFoundError, ValidationError } from '../../shared/errors.js';
import { slugify } from '../../shared/slugify.js';
import { saveAuthor, uniqueAuthorSlug } from '../authors/authors.js';
import { syncArticleMedia } from '../media/media.service.js';
import { addRedirect, clearRedirectFrom } from '../redirects/redirects.queries.js';
import { ensureTags } from '../taxonomy/taxonomy.queries.js';
import { changedFields, type ArticleSnapshot } from '../versions/snapshot.js';
import { findVersion, insertVersion, type VersionKind } from '../versions/versions.queries.js';
import { snapshotDiff, type FieldDiff } from '../versions/word-diff.js';
import type { DomainContext } from '../context.js';
import type { ArticleInput, ArticleStatus } from './articles.types.js';
import { renderMarkdown } from './content/markdown.js';
import { findDeskArticle, snapshotOf, type DeskArticle } from './desk.queries.js';
import { afterArticleChange, publishArticle, setArticleStatus, unpublishArticle } from './article-status.service.js';
import { indexForSearch } from './article-index.js';

// Saving an article: one transaction renders nothing (the Markdown is rendered
// before it opens), writes the row, its bylines, sections and tags, a version,
// the search index and any redirect from an old slug. A save based on an older
// version than the stored one is refused unless the change in between touched
// nothing but the status, so two editors never silently overwrite each other.

export { publishArticle, unpublishArticle, setArticleStatus, indexForSearch };

/** Top-level paths an article slug may not take, since articles live at /{slug}/. */
export const RESERVED_SLUGS = new Set([
  'admin', 'author', 'category', 'dashboard', 'editor', 'feed', 'healthz', 'login', 'logout', 'media',
  'register', 'robots.txt', 'search', 'sitemap.xml', 'static', 'submit', 'tag', 'cite', 'api', 'favicon.ico',
  'review', 'visit', 'forgot-password', 'reset-password', 'verify-email', 'confirm-email',
]);

/** Who made a change, as the history shows it. */
export interface ChangeAuthor {
  userId: number | null;
  name: string;
}

export interface SaveOptions {
  /** the version the form was loaded from; when given, a newer stored version is a conflict */
  baseVersion?: number;
  by?: ChangeAuthor;
  kind?: VersionKind;
  /** makes a guest author profile from this name and adds it to the byline */
  newAuthorName?: string;
}

export interface SaveResult {
  id: number;
  version: number;
  slug: string;
  status: ArticleStatus;
  /** false when the form held nothing new: no version was written */
  changed: boolean;
}

/** Someone else saved after the form was loaded: their change, and what is stored now. */
export class ConflictError extends AppError {
  constructor(
    readonly current: DeskArticle,
    readonly theirChanges: FieldDiff[],
    readonly changedBy: string,
    readonly changedAt: string,
  ) {
    super(409, 'edit conflict', `${changedBy || 'Someone'} saved this article after you opened it. Your text is still in the form: compare, merge and save again.`);
    this.name = 'ConflictError';
  }
}

export const LIMITS = { title: 300, dek: 600, metaDescription: 320, coverAlt: 300, coverCaption: 600, body: 1_000_000, slug: 120 } as const;

export function validateArticleInput(input: ArticleInput, newAuthorName: string | undefined): void {
  const fields: Record<string, string> = {};
  if (!input.title.trim()) fields.title = 'A title is required.';
  else if (input.title.length > LIMITS.title) fields.title = `Keep the title under ${LIMITS.title} characters.`;
  if (!input.bodyMarkdown.trim()) fields.body = 'The article has no text.';
  else if (input.bodyMarkdown.length > LIMITS.body) fields.body = 'The text is longer than we accept (a million characters).';
  if (input.authorIds.length === 0 && !newAuthorName?.trim()) fields.authors = 'Choose at least one author, or add one by name.';
  if (input.slug !== undefined && (input.slug.length > LIMITS.slug || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(input.slug))) {
    fields.slug = 'Use lowercase letters, digits and single hyphens.';
  }
  if ((input.dek ?? '').length > LIMITS.dek) fields.dek = `Keep the dek under ${LIMITS.dek} characters.`;
  if ((input.metaDescription ?? '').length > LIMITS.metaDescription) {
    fields.meta_description = `Keep the meta description under ${LIMITS.metaDescription} characters.`;
  }
  if (input.coverImageUrl && !(input.coverAlt ?? '').trim()) fields.cover_alt = 'Describe the cover image for readers who cannot see it.';
  if ((input.coverAlt ?? '').length > LIMITS.coverAlt) fields.cover_alt = `Keep the alt text under ${LIMITS.coverAlt} characters.`;
  if ((input.coverCaption ?? '').length > LIMITS.coverCaption) fields.cover_caption = `Keep the caption under ${LIMITS.coverCaption} characters.`;
  if (Object.keys(fields).length > 0) throw new ValidationError('The article could not be saved.', fields);
}

async function uniqueSlug(db: Executor, wanted: string, ownId?: number): Promise<string> {
  let base = wanted || 'article';
  if (RESERVED_SLUGS.has(base)) base = `${base}-article`;
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    const taken = await db.selectFrom('articles').select('id').where('slug', '=', candidate).executeTakeFirst();
    if (!taken || taken.id === ownId) return candidate;
  }
}

async function replaceLinks(tx: Tx, id: number, input: ArticleInput, authorIds: number[]): Promise<void> {
  await tx.deleteFrom('article_authors').where('article_id', '=', id).execute();
  await tx.deleteFrom('article_categories').where('article_id', '=', id).execute();
  await tx.deleteFrom('article_tags').where('article_id', '=', id).execute();
  const known = authorIds.length === 0 ? [] : await tx.selectFrom('authors').select('id').where('id', 'in', authorIds).execute();
  const knownIds = new Set(known.map((a) => a.id));
  const byline = authorIds.filter((a) => knownIds.has(a));
  if (byline.length === 0) throw new ValidationError('The article could not be saved.', { authors: 'Choose at least one author.' });
  await tx.insertInto('article_authors').values(byline.map((author_id, position) => ({ article_id: id, author_id, position }))).execute();
  const categoryIds = [...new Set(input.categoryIds)];
  if (categoryIds.length > 0) {
    const found = await tx.selectFrom('categories').select('id').where('id', 'in', categoryIds).execute();
    const ok = new Set(found.map((c) => c.id));
    const keep = categoryIds.filter((c) => ok.has(c));
    if (keep.length > 0) {
      await tx.insertInto('article_categories').values(keep.map((category_id, position) => ({ article_id: id, category_id, position }))).execute();
    }
  }
  const tagIds = await ensureTags(tx, input.tags);
  if (tagIds.length > 0) await tx.insertInto('article_tags').values(tagIds.map((tag_id) => ({ article_id: id, tag_id }))).execute();
}

/** Would saving this input change anything that a version records? */
async function differs(tx: Tx, before: DeskArticle, input: ArticleInput, slug: string, authorIds: number[]): Promise<boolean> {
  const was = snapshotOf(before);
  const authors = authorIds.length === 0 ? [] : await tx.selectFrom('authors').select(['id', 'name']).where('id', 'in', authorIds).execute();
  const authorName = new Map(authors.map((a) => [a.id, a.name]));
  const cats = input.categoryIds.length === 0 ? [] : await tx.selectFrom('categories').select(['id', 'name']).where('id', 'in', input.categoryIds).execute();
  const catName = new Map(cats.map((c) => [c.id, c.name]));
  const tagSlugs = [...new Set(input.tags.map((t) => t.trim()).filter(Boolean).map((t) => slugify(t, 60)))];
  const tagRows = tagSlugs.length === 0 ? [] : await tx.selectFrom('tags').select(['slug', 'name']).where('slug', 'in', tagSlugs).execute();
  const tagName = new Map(tagRows.map((t) => [t.slug, t.name]));
  const next: ArticleSnapshot = {
    ...was,
    title: input.title.trim(),
    slug,
    dek: (input.dek ?? '').trim(),
    body: input.bodyMarkdown,
    metaDescription: (input.metaDescription ?? '').trim(),
    coverImageUrl: input.coverImageUrl ?? null,
    coverMediaId: input.coverImageUrl ? (input.coverMediaId ?? null) : null,
    coverAlt: (input.coverAlt ?? '').trim(),
    coverCaption: (input.coverCaption ?? '').trim(),
    authors: [...new Set(authorIds)].filter((a) => authorName.has(a)).map((a) => ({ id: a, name: authorName.get(a) as string })),
    categories: [...new Set(input.categoryIds)].filter((c) => catName.has(c)).map((c) => ({ id: c, name: catName.get(c) as string })),
    // Tags are listed by name as the article shows them (alphabetical).
    tags: tagSlugs.map((t) => tagName.get(t) ?? input.tags.find((x) => slugify(x.trim(), 60) === t)?.trim() ?? t).sort((a, b) => a.localeCompare(b)),
  };
  return changedFields(was, next).length > 0 || JSON.stringify(was.tags) !== JSON.stringify(next.tags);
}

/** Inside a transaction: the write itself. Exported for services that combine it with a status change. */
export async function saveInTransaction(
  ctx: DomainContext,
  tx: Tx,
  input: ArticleInput,
  id: number | undefined,
  options: SaveOptions,
  rendered: ReturnType<typeof renderMarkdown>,
): Promise<SaveResult> {
  const now = ctx.clock.now().toISOString();
  const before = id === undefined ? undefined : await findDeskArticle(tx, id);
  if (id !== undefined && !before) throw new NotFoundError('article');
  if (before?.status === 'trash') {
    throw new ValidationError('This article is in the trash: restore it before editing.', { form: 'Restore the article from the trash first.' });
  }
  if (before && options.baseVersion !== undefined && options.baseVersion !== before.version) {
    const base = await findVersion(tx, before.id, options.baseVersion);
    const diff = base ? snapshotDiff(base.snapshot, snapshotOf(before)) : [];
    const contentChanged = !base || diff.some((d) => d.changed && d.field !== 'status' && d.field !== 'publishAt');
    if (contentChanged) {
      const latest = await findVersion(tx, before.id, before.version);
      throw new ConflictError(before, diff, latest?.userName ?? '', latest?.createdAt ?? before.updatedAt);
    }
  }
  const authorIds = [...new Set(input.authorIds)];
  const guest = options.newAuthorName?.trim();
  if (guest) {
    authorIds.push(await saveAuthor(tx, { name: guest.slice(0, 120), slug: await uniqueAuthorSlug(tx, guest) }, now));
  }
  const slug = await uniqueSlug(tx, input.slug ?? before?.slug ?? slugify(input.title), id);
  if (before && !guest && !(await differs(tx, before, input, slug, authorIds))) {
    return { id: before.id, version: before.version, slug: before.slug, status: before.status, changed: false };
  }
  const version = (before?.version ?? 0) + 1;
  const values = {
    slug,
    title: input.title.trim(),
    dek: (input.dek ?? '').trim(),
    body_md: input.bodyMarkdown,
    body_html: rendered.html,
    plain_text: rendered.plainText,
    headings_json: JSON.stringify(rendered.headings),
    word_count: rendered.wordCount,
    reading_minutes: rendered.readingMinutes,
    footnote_count: rendered.footnoteCount,
    updated_at: now,
    cover_image_url: input.coverImageUrl ?? null,
    cover_media_id: input.coverImageUrl ? (input.coverMediaId ?? null) : null,
    cover_alt: (input.coverAlt ?? '').trim(),
    cover_caption: (input.coverCaption ?? '').trim(),
    meta_description: (input.metaDescription ?? '').trim(),
    version,
  };
  let articleId: number;
  if (!before) {
    const row = await tx
      .insertInto('articles')
      .values({ ...values, status: 'draft', created_at: now, owner_user_id: input.ownerUserId ?? null })
      .returning('id')
      .executeTakeFirstOrThrow();
    articleId = row.id;
  } else {
    // The version in the WHERE makes a save that raced another one fail instead of overwriting it.
    const result = await tx.updateTable('articles').set(values).where('id', '=', before.id).where('version', '=', before.version).executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) throw new ConflictError(before, [], '', now);
    articleId = before.id;
  }
  await replaceLinks(tx, articleId, input, authorIds);
  const after = (await findDeskArticle(tx, articleId)) as DeskArticle;
  const summary = changedFields(before ? snapshotOf(before) : undefined, snapshotOf(after));
  await clearRedirectFrom(tx, `/${slug}/`);
  if (before && before.slug !== slug && before.publishedAt) {
    await addRedirect(tx, { from: `/${before.slug}/`, to: `/${slug}/`, source: 'slug', now, userId: options.by?.userId ?? null });
  }
  await indexForSearch(ctx, tx, articleId);
  // Where each upload is used, for the media page.
  await syncArticleMedia(tx, articleId, input.bodyMarkdown, values.cover_image_url);
  await insertVersion(tx, {
    articleId,
    number: version,
    now,
    userId: options.by?.userId ?? null,
    userName: options.by?.name ?? '',
    kind: options.kind ?? (before ? 'save' : 'save'),
    summary: summary.join(', '),
    snapshot: snapshotOf(after),
  });
  return { id: articleId, version, slug, status: after.status, changed: true };
}

/** Creates (as a draft) or updates an article; returns the stored version. */
export async function writeArticle(ctx: DomainContext, input: ArticleInput, id?: number, options: SaveOptions = {}): Promise<SaveResult> {
  validateArticleInput(input, options.newAuthorName);
  const rendered = renderMarkdown(input.bodyMarkdown);
  const result = await ctx.db.transaction().execute((tx) => saveInTransaction(ctx, tx, input, id, options, rendered));
  if (result.changed && result.status === 'published') await afterArticleChange(ctx, result.id, result.slug);
  return result;
}

/** Creates (as a draft) or updates an article. */
export async function saveArticle(ctx: DomainContext, input: ArticleInput, id?: number, options: SaveOptions = {}): Promise<number> {
  return (await writeArticle(ctx, input, id, options)).id;
}

/** Rebuilds the whole search index from published articles (the `reindex` command). */
export async function rebuildSearchIndex(ctx: DomainContext): Promise<number> {
  return ctx.db.transaction().execute(async (tx) => {
    await ctx.search.clear(tx);
    const ids = await tx.selectFrom('articles').select('id').where('status', '=', 'published').execute();
    for (const { id } of ids) await indexForSearch(ctx, tx, id);
    await ctx.search.optimize(tx);
    return ids.length;
  });
}
