import type { Tx } from '../../../db/database.js';
import { slugify } from '../../../shared/slugify.js';
import { ValidationError } from '../../../shared/errors.js';
import { saveInTransaction } from '../../articles/articles.service.js';
import { renderMarkdown } from '../../articles/content/markdown.js';
import { refreshRelated } from '../../articles/related.service.js';
import type { DomainContext } from '../../context.js';
import { ensureTags, upsertCategory } from '../../taxonomy/taxonomy.queries.js';
import { UploadsFolder } from './wp-import.media.js';
import { ConvertPool, type Converted } from './wp-import.pool.js';
import { ImportRedirects } from './wp-import.redirects.js';
import { bylineLogins, categoryPath, metaOf, plainText, statusFor, viewTotalOf, type Collected } from './wp-import.plan.js';
import { applyStatus } from './wp-import.status.js';
import { collectRecords, convertedItems } from './wp-import.collect.js';
import { recordImport, setImportedPicks, setImportedViews, slugTakenBy, loadImportMap } from './wp-import.queries.js';
import { importPeople, type People } from './wp-import.people.js';
import { oldPermalinks, sitePathOf, wpQueryId } from './wp-permalinks.js';
import type { WxrItem, WxrRecord } from './wxr.types.js';

// `masthead import wordpress`: the whole export in ONE transaction, so a file that
// turns out malformed half-way (the reader throws WxrError while we read it, before
// anything is written) or any failure imports nothing. Articles go through the same
// save and status functions as the desk (versions of kind 'import'); re-running the
// same export finds every row again through import_map and changes nothing.

/** Opens the export for reading; called twice (people and terms first, then the bodies, streaming). */
export type WxrSource = () => AsyncIterable<WxrRecord>;

export interface WpImportOptions {
  uploadsDir?: string;
  dryRun?: boolean;
  /** conversion threads (default: up to 2); 0 converts in this thread */
  threads?: number;
  /** called as records stream in (phase 'read') and as posts are written (phase 'write', with the total) */
  onProgress?: (phase: 'read' | 'write', done: number, total?: number) => void;
}

export interface WpImportWarning {
  wpId?: number;
  message: string;
}

export interface WpImportSummary {
  source: string;
  dryRun: boolean;
  counts: { accounts: number; authors: number; guestAuthors: number; sections: number; tags: number; posts: number; pages: number; media: number; redirects: number; viewTotals: number; changed: number };
  warnings: WpImportWarning[];
}

class DryRunRollback extends Error {}

const BY = { userId: null, name: 'WordPress import' };

export async function importWordpress(ctx: DomainContext, open: WxrSource, options: WpImportOptions = {}): Promise<WpImportSummary> {
  const data = await collectRecords(open(), options.onProgress);
  const source = (data.site?.baseSiteUrl || data.site?.link || '').replace(/\/+$/, '');
  if (!source) throw new ValidationError('the export names no site (no <wp:base_site_url> or <link> in its channel): is it a WordPress export?');
  let summary: WpImportSummary | undefined;
  const pool = new ConvertPool(options.threads);
  try {
    await ctx.db.transaction().execute(async (tx) => {
      summary = await writeAll(ctx, tx, data, source, options, convertedItems(open(), pool, source, data.attachments));
      if (options.dryRun) throw new DryRunRollback();
    });
  } catch (err) {
    if (!(err instanceof DryRunRollback)) throw err;
  } finally {
    await pool.close();
  }
  const done = summary as WpImportSummary;
  if (!options.dryRun) {
    // Derived data, recomputed once for the whole site rather than once per article.
    await refreshRelated(ctx.db);
    ctx.events.emit({ kind: 'all' });
  }
  return done;
}

async function writeAll(
  ctx: DomainContext,
  tx: Tx,
  data: Collected,
  source: string,
  options: WpImportOptions,
  bodies: AsyncIterable<{ item: WxrItem; result: Promise<Converted> }>,
): Promise<WpImportSummary> {
  const now = ctx.clock.now().toISOString();
  const warnings: WpImportWarning[] = [];
  const warn = (message: string, wpId?: number) => warnings.push(wpId === undefined ? { message } : { wpId, message });
  const map = await loadImportMap(tx, source);
  const counts: WpImportSummary['counts'] = { accounts: 0, authors: 0, guestAuthors: 0, sections: 0, tags: 0, posts: 0, pages: 0, media: 0, redirects: 0, viewTotals: 0, changed: 0 };
  const redirects = await ImportRedirects.load(tx, now);
  const redirect = (from: string, to: string) => redirects.add(from, to);

  const people: People = await importPeople(tx, data, source, map, now, warn, redirect);
  counts.accounts = people.accounts;
  counts.authors = people.authors;
  counts.guestAuthors = people.guestAuthors;

  // Sections: flat here, so every category is kept and its parent noted.
  const parents = new Map<string, string>();
  const categories = new Map<string, { name: string; description: string; wpId?: number }>();
  for (const t of data.terms.filter((t) => t.kind === 'category')) {
    categories.set(t.slug, { name: t.name, description: t.description, wpId: t.wpId });
    if (t.parentSlug) parents.set(t.slug, t.parentSlug);
  }
  for (const e of data.entries) for (const t of e.terms) if (t.domain === 'category' && !categories.has(t.nicename)) categories.set(t.nicename, { name: t.name, description: '' });
  const categoryIds = new Map<string, number>();
  let position = 0;
  for (const [wpSlug, c] of categories) {
    const slug = slugify(decodeSlug(wpSlug), 60) || 'section';
    const parent = parents.get(wpSlug);
    const parentName = parent ? (categories.get(parent)?.name ?? parent) : '';
    const description = plainText(c.description, 600);
    const id = await upsertCategory(tx, { slug, name: plainText(c.name, 120) || slug, description, position: position++ });
    if (c.wpId) await recordImport(tx, source, 'category', c.wpId, id);
    categoryIds.set(wpSlug, id);
    if (parent) {
      warn(`section "${plainText(c.name, 120)}" was under "${plainText(parentName, 120)}" on the old site; Masthead sections are flat, so both are kept side by side`);
      await redirect(`/category/${categoryPath(wpSlug, parents).join('/')}/`, `/category/${slug}/`);
    }
    if (slug !== wpSlug) await redirect(`/category/${wpSlug}/`, `/category/${slug}/`);
  }
  counts.sections = categoryIds.size;

  // Tags: created by name (the article save does it too); old slugs that differ redirect.
  const tagNames = new Map<string, string>();
  for (const t of data.terms.filter((t) => t.kind === 'tag')) tagNames.set(t.slug, t.name);
  for (const e of data.entries) for (const t of e.terms) if (t.domain === 'post_tag') tagNames.set(t.nicename, t.name);
  await ensureTags(tx, [...tagNames.values()].map((n) => plainText(n, 60)));
  for (const [wpSlug, name] of tagNames) {
    const ours = slugify(plainText(name, 60), 60);
    if (ours && ours !== wpSlug) await redirect(`/tag/${wpSlug}/`, `/tag/${ours}/`);
  }
  counts.tags = tagNames.size;

  const uploads = new UploadsFolder(options.uploadsDir, now);
  const pageSlugs = new Map(data.entries.filter((e) => e.postType === 'page').map((e) => [e.wpId, e]));
  const oldPathToArticle = new Map<string, number>();
  const wpIdToArticle = new Map<number, number>();
  const written: Array<{ id: number; wpId: number; alsoRead: Array<{ href: string; title: string }> }> = [];
  let sticky = 0;
  let done = 0;
  for await (const body of bodies) {
    const { item } = body;
    const { converted, rendered } = await body.result;
    options.onProgress?.('write', ++done, data.entries.length);
    const decision = statusFor(item, ctx.clock.now());
    if (!decision) {
      warn(`${item.postType} with status "${item.status}" skipped`, item.wpId);
      continue;
    }
    if (decision.warning) warn(`"${plainText(item.title, 80)}" ${decision.warning}`, item.wpId);
    for (const w of converted.warnings) warn(w, item.wpId);
    if (item.isSticky) sticky += 1;
    const kind = item.postType === 'page' ? 'page' : 'post';
    const mappedId = map.get(`${kind}:${item.wpId}`);
    const existing = mappedId === undefined ? undefined : await tx.selectFrom('articles').select(['id', 'status', 'slug']).where('id', '=', mappedId).executeTakeFirst();

    // Images: the uploads copies, stored once; the body points at them.
    let markdown = converted.markdown;
    for (const img of converted.images) {
      const found = await uploads.get(tx, img.src, img.alt);
      if ('media' in found) markdown = markdown.split(img.src).join(found.media.url);
      else warn(`image ${found.missing}`, item.wpId);
    }
    let cover: { url: string; id: number; alt: string } | undefined;
    const thumb = Number(metaOf(item, '_thumbnail_id') ?? '');
    if (thumb) {
      const att = data.attachments.get(thumb);
      const alt = att?.alt || plainText(att?.title || item.title, 300) || 'Cover image';
      if (!att) warn(`featured image ${thumb} is not in the export`, item.wpId);
      else {
        const found = await uploads.get(tx, att.url, alt);
        if ('media' in found) cover = { url: found.media.url, id: found.media.id, alt };
        else warn(`featured image ${found.missing}`, item.wpId);
      }
    }

    const wpSlug = decodeSlug(item.slug);
    const wanted = slugify(wpSlug || plainText(item.title, 120), 120) || `wp-${item.wpId}`;
    const holder = await slugTakenBy(tx, wanted);
    if (holder !== undefined && holder !== existing?.id) warn(`slug "${wanted}" is taken by another article: imported as "${wanted}-2" (or the next free number); old links redirect to it`, item.wpId);
    const byline = bylineLogins(item).map((login) => people.authorIdByLogin.get(login)).filter((id): id is number => id !== undefined);
    if (byline.length === 0) byline.push(await people.missingAuthor(tx, item.creatorLogin || 'unknown', item.wpId));

    const title = plainText(item.title, 300) || `Untitled (WordPress ${kind} ${item.wpId})`;
    if (!plainText(item.title, 300)) warn(`${kind} has no title: called "${title}"; give it one in the editor`, item.wpId);
    const input = {
      slug: wanted,
      title,
      dek: plainText(item.excerptHtml, 600),
      bodyMarkdown: markdown.length > 1_000_000 ? markdown.slice(0, 1_000_000) : markdown,
      authorIds: [...new Set(byline)],
      categoryIds: item.terms.filter((t) => t.domain === 'category').map((t) => categoryIds.get(t.nicename)).filter((id): id is number => id !== undefined),
      tags: item.terms.filter((t) => t.domain === 'post_tag').map((t) => plainText(t.name, 60)),
      coverImageUrl: cover?.url ?? null,
      coverMediaId: cover?.id ?? null,
      coverAlt: cover?.alt ?? '',
      ownerUserId: people.userIdByLogin.get(item.creatorLogin) ?? null,
    };
    // Rendered by the pool already, unless image addresses (or the length cap) changed the text.
    const html = input.bodyMarkdown === converted.markdown ? rendered : renderMarkdown(input.bodyMarkdown);
    const saved = await saveInTransaction(ctx, tx, input, existing?.id, { kind: 'import', by: BY }, html);
    await redirects.cleared(`/${saved.slug}/`);
    if (existing && existing.slug !== saved.slug) await redirects.reload();
    if (saved.changed) counts.changed += 1;
    await recordImport(tx, source, kind, item.wpId, saved.id);
    await applyStatus(ctx, tx, saved.id, decision, item.postDateGmt, item.modifiedGmt, now);
    if (kind === 'page') counts.pages += 1;
    else counts.posts += 1;

    const views = viewTotalOf(item);
    if (views !== undefined) {
      await setImportedViews(tx, saved.id, views, existing === undefined);
      counts.viewTotals += 1;
    }
    const target = `/${saved.slug}/`;
    const ancestors: string[] = [];
    for (let p = pageSlugs.get(item.parentId); p && ancestors.length < 10; p = pageSlugs.get(p.parentId)) ancestors.unshift(decodeSlug(p.slug));
    const paths = oldPermalinks(
      {
        postType: kind,
        link: item.link,
        wpSlug,
        date: item.postDate ?? item.postDateGmt,
        categoryPaths: item.terms.filter((t) => t.domain === 'category').map((t) => categoryPath(t.nicename, parents)),
        pageAncestors: ancestors,
      },
      source,
      target,
    );
    for (const p of paths) {
      oldPathToArticle.set(p, saved.id);
      const single = /^\/([^/]+)\/$/.exec(p);
      // Never hide a live article behind a redirect.
      if (single?.[1] && (await slugTakenBy(tx, single[1])) !== undefined) continue;
      await redirect(p, target);
    }
    wpIdToArticle.set(item.wpId, saved.id);
    if (converted.alsoRead.length > 0) written.push({ id: saved.id, wpId: item.wpId, alsoRead: converted.alsoRead });
  }
  if (sticky > 0) warn(`${sticky} sticky post(s): Masthead has no sticky posts; feature them on the front page by hand if you want them to stay on top`);
  const ordered = data.entries.filter((e) => e.postType === 'page' && e.menuOrder !== 0).length;
  if (ordered > 0) warn(`${ordered} page(s) had a menu order: Masthead has no page menus; link the pages from the about page or footer`);
  for (const s of data.skipped) if (s.postType !== 'nav_menu_item' && s.postType !== 'revision') warn(`${s.postType} not imported (Masthead has no such content)`, s.wpId);

  // "Also Read" links, now that every post has an id: editor-chosen picks.
  for (const { id, wpId, alsoRead } of written) {
    const targets: number[] = [];
    for (const link of alsoRead) {
      const q = wpQueryId(link.href.includes('?') ? link.href.slice(link.href.indexOf('?')) : '');
      const path = sitePathOf(link.href, source);
      const found = (q ? wpIdToArticle.get(q.wpId) : undefined) ?? (path ? (oldPathToArticle.get(path) ?? oldPathToArticle.get(`${path}/`)) : undefined);
      if (found) targets.push(found);
      else warn(`"Also Read" link to ${link.href.slice(0, 200)} points at no imported post: dropped`, wpId);
    }
    await setImportedPicks(tx, id, targets);
  }
  counts.media = uploads.mediaIds.size;
  await redirects.flush();
  counts.redirects = redirects.added;
  return { source, dryRun: !!options.dryRun, counts, warnings };
}

function decodeSlug(slug: string): string {
  try {
    return decodeURIComponent(slug);
  } catch {
    return slug;
  }
}
