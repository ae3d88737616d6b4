import type { Executor, Tx } from '../../db/database.js';
import { NotFoundError, ValidationError } from '../../shared/errors.js';
import { slugify } from '../../shared/slugify.js';
import { requireCan, type Actor } from '../accounts/policy.js';
import { relatedAfterChange } from '../articles/related.service.js';
import type { DomainContext } from '../context.js';
import { addRedirect, clearRedirectFrom } from '../redirects/redirects.queries.js';
import { sectionSettingsColumns, type SectionSubmissionSettings } from '../submissions/editor-section-settings.js';

// Sections (categories) and tags as the desk manages them. Renames keep the old
// address working as a 301 through the one redirects table; sections are ordered
// for the masthead navigation by `position`. Each action is one transaction and
// tells the caches (section names and links appear on nearly every page).

export const TAXONOMY_LIMITS = { name: 80, slug: 60, description: 500 } as const;

export interface SectionRow {
  id: number;
  slug: string;
  name: string;
  description: string;
  position: number;
  articleCount: number;
}

export interface TagRow {
  id: number;
  slug: string;
  name: string;
  articleCount: number;
}

export interface SectionInput {
  name: string;
  slug: string;
  description: string;
  /** what the section asks of submissions; left as it is when absent */
  submission?: SectionSubmissionSettings;
}

export interface TagInput {
  name: string;
  slug: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type Parsed<T> = { ok: true; data: T } | { ok: false; fields: Record<string, string> };

function parseNameAndSlug(values: Record<string, string>, what: string): { name: string; slug: string; fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  const name = (values.name ?? '').trim();
  if (!name) fields.name = `Enter the name of the ${what}.`;
  else if (name.length > TAXONOMY_LIMITS.name) fields.name = `Keep the name to ${TAXONOMY_LIMITS.name} characters or fewer.`;
  const typed = (values.slug ?? '').trim().toLowerCase();
  const slug = typed || (name ? slugify(name, TAXONOMY_LIMITS.slug) : '');
  if (typed && !SLUG.test(typed)) fields.slug = 'Use lowercase letters, digits and single hyphens, such as world-affairs.';
  else if (slug.length > TAXONOMY_LIMITS.slug) fields.slug = `Keep the address to ${TAXONOMY_LIMITS.slug} characters or fewer.`;
  return { name, slug, fields };
}

export function parseSectionForm(values: Record<string, string>): Parsed<SectionInput> {
  const { name, slug, fields } = parseNameAndSlug(values, 'section');
  const description = (values.description ?? '').replace(/\r\n/g, '\n').trim();
  if (description.length > TAXONOMY_LIMITS.description) fields.description = `Keep the description to ${TAXONOMY_LIMITS.description} characters or fewer.`;
  return Object.keys(fields).length > 0 ? { ok: false, fields } : { ok: true, data: { name, slug, description } };
}

export function parseTagForm(values: Record<string, string>): Parsed<TagInput> {
  const { name, slug, fields } = parseNameAndSlug(values, 'tag');
  return Object.keys(fields).length > 0 ? { ok: false, fields } : { ok: true, data: { name, slug } };
}

// ---------- Sections ----------

/** Every section in navigation order, with how many articles (any status) are filed under it. */
export async function listSections(db: Executor): Promise<SectionRow[]> {
  const rows = await db
    .selectFrom('categories as c')
    .select(['c.id', 'c.slug', 'c.name', 'c.description', 'c.position'])
    .select((eb) => eb.selectFrom('article_categories as ac').select(eb.fn.countAll<number>().as('n')).whereRef('ac.category_id', '=', 'c.id').as('article_count'))
    .orderBy('c.position')
    .orderBy('c.id')
    .execute();
  return rows.map((r) => ({ ...r, articleCount: Number(r.article_count ?? 0) }));
}

export async function findSection(db: Executor, id: number): Promise<SectionRow | undefined> {
  return (await listSections(db)).find((s) => s.id === id);
}

const sectionSlugTaken = (slug: string) =>
  new ValidationError('The section could not be saved.', { slug: `Another section already uses /category/${slug}/. Choose another address.` });

export async function createSection(ctx: DomainContext, actor: Actor | null, input: SectionInput): Promise<number> {
  requireCan(actor, 'desk.taxonomy');
  const id = await ctx.db.transaction().execute(async (tx) => {
    if (await tx.selectFrom('categories').select('id').where('slug', '=', input.slug).executeTakeFirst()) throw sectionSlugTaken(input.slug);
    const last = await tx.selectFrom('categories').select((eb) => eb.fn.max('position').as('p')).executeTakeFirst();
    const row = await tx
      .insertInto('categories')
      .values({ slug: input.slug, name: input.name, description: input.description, position: Number(last?.p ?? -1) + 1 })
      .returning('id')
      .executeTakeFirstOrThrow();
    await clearRedirectFrom(tx, `/category/${input.slug}/`);
    return row.id;
  });
  ctx.events.emit({ kind: 'taxonomy' });
  return id;
}

export async function updateSection(ctx: DomainContext, actor: Actor | null, id: number, input: SectionInput): Promise<void> {
  requireCan(actor, 'desk.taxonomy');
  const now = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (tx) => {
    const current = await tx.selectFrom('categories').select(['slug']).where('id', '=', id).executeTakeFirst();
    if (!current) throw new NotFoundError('section');
    if (input.slug !== current.slug) {
      const other = await tx.selectFrom('categories').select('id').where('slug', '=', input.slug).executeTakeFirst();
      if (other) throw sectionSlugTaken(input.slug);
    }
    await tx
      .updateTable('categories')
      .set({ name: input.name, slug: input.slug, description: input.description, ...(input.submission ? sectionSettingsColumns(input.submission) : {}) })
      .where('id', '=', id)
      .execute();
    if (input.slug !== current.slug) {
      await addRedirect(tx, { from: `/category/${current.slug}/`, to: `/category/${input.slug}/`, source: 'category', now, userId: actor.userId });
    }
  });
  ctx.events.emit({ kind: 'taxonomy' });
}

/** Moves a section one place up or down in the navigation (positions are renumbered 0…n-1). */
export async function moveSection(ctx: DomainContext, actor: Actor | null, id: number, direction: 'up' | 'down'): Promise<void> {
  requireCan(actor, 'desk.taxonomy');
  await ctx.db.transaction().execute(async (tx) => {
    const order = (await tx.selectFrom('categories').select('id').orderBy('position').orderBy('id').execute()).map((r) => r.id);
    const at = order.indexOf(id);
    if (at === -1) throw new NotFoundError('section');
    const to = direction === 'up' ? at - 1 : at + 1;
    if (to >= 0 && to < order.length) [order[at], order[to]] = [order[to] as number, order[at] as number];
    for (const [position, sectionId] of order.entries()) await tx.updateTable('categories').set({ position }).where('id', '=', sectionId).execute();
  });
  ctx.events.emit({ kind: 'taxonomy' });
}

/** Deletes a section with no article filed under it; otherwise says why not. */
export async function deleteSection(ctx: DomainContext, actor: Actor | null, id: number): Promise<void> {
  requireCan(actor, 'desk.taxonomy');
  await ctx.db.transaction().execute(async (tx) => {
    const row = await tx.selectFrom('categories').select(['name']).where('id', '=', id).executeTakeFirst();
    if (!row) throw new NotFoundError('section');
    const used = await tx.selectFrom('article_categories').select((eb) => eb.fn.countAll<number>().as('n')).where('category_id', '=', id).executeTakeFirstOrThrow();
    const n = Number(used.n);
    if (n > 0) {
      throw new ValidationError('section in use', {
        form: `“${row.name}” still has ${n === 1 ? 'one article' : `${n} articles`} (drafts and trash included). Move ${n === 1 ? 'it' : 'them'} to another section first.`,
      });
    }
    await tx.deleteFrom('categories').where('id', '=', id).execute();
  });
  ctx.events.emit({ kind: 'taxonomy' });
}

// ---------- Tags ----------

const likePattern = (text: string) => `%${text.toLowerCase().replace(/[\\%_]/g, '')}%`;

/** Tags by name (search by name or slug), with article counts. */
export async function listTags(db: Executor, options: { q?: string; limit: number; offset: number }): Promise<{ total: number; items: TagRow[] }> {
  let base = db.selectFrom('tags as t');
  const q = options.q?.trim();
  if (q) base = base.where((eb) => eb.or([eb(eb.fn('lower', ['t.name']), 'like', likePattern(q)), eb('t.slug', 'like', likePattern(q))]));
  const [count, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    base
      .select(['t.id', 't.slug', 't.name'])
      .select((eb) => eb.selectFrom('article_tags as at').select(eb.fn.countAll<number>().as('n')).whereRef('at.tag_id', '=', 't.id').as('article_count'))
      .orderBy('t.name')
      .orderBy('t.id')
      .limit(options.limit)
      .offset(options.offset)
      .execute(),
  ]);
  return { total: Number(count.n), items: rows.map((r) => ({ id: r.id, slug: r.slug, name: r.name, articleCount: Number(r.article_count ?? 0) })) };
}

export async function findTag(db: Executor, id: number): Promise<TagRow | undefined> {
  const row = await db
    .selectFrom('tags as t')
    .select(['t.id', 't.slug', 't.name'])
    .select((eb) => eb.selectFrom('article_tags as at').select(eb.fn.countAll<number>().as('n')).whereRef('at.tag_id', '=', 't.id').as('article_count'))
    .where('t.id', '=', id)
    .executeTakeFirst();
  return row ? { id: row.id, slug: row.slug, name: row.name, articleCount: Number(row.article_count ?? 0) } : undefined;
}

/** The tag a person means by a name or an address ("Climate", "climate", "/tag/climate/"). */
export async function findTagByNameOrSlug(db: Executor, text: string): Promise<TagRow | undefined> {
  const t = text.trim().replace(/^\/?tag\//, '').replace(/\/$/, '');
  if (!t) return undefined;
  const row = await db
    .selectFrom('tags')
    .select('id')
    .where((eb) => eb.or([eb('slug', '=', slugify(t, TAXONOMY_LIMITS.slug)), eb(eb.fn('lower', ['name']), '=', t.toLowerCase())]))
    .orderBy('id')
    .executeTakeFirst();
  return row ? findTag(db, row.id) : undefined;
}

export async function renameTag(ctx: DomainContext, actor: Actor | null, id: number, input: TagInput): Promise<void> {
  requireCan(actor, 'desk.taxonomy');
  const now = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (tx) => {
    const current = await tx.selectFrom('tags').select('slug').where('id', '=', id).executeTakeFirst();
    if (!current) throw new NotFoundError('tag');
    if (input.slug !== current.slug && (await tx.selectFrom('tags').select('id').where('slug', '=', input.slug).executeTakeFirst())) {
      throw new ValidationError('The tag could not be renamed.', { slug: `Another tag already uses /tag/${input.slug}/. To combine the two, merge this tag into it instead.` });
    }
    await tx.updateTable('tags').set({ name: input.name, slug: input.slug }).where('id', '=', id).execute();
    if (input.slug !== current.slug) await addRedirect(tx, { from: `/tag/${current.slug}/`, to: `/tag/${input.slug}/`, source: 'tag', now, userId: actor.userId });
  });
  ctx.events.emit({ kind: 'taxonomy' });
}

async function hasPublished(tx: Tx, articleIds: number[]): Promise<boolean> {
  if (articleIds.length === 0) return false;
  return !!(await tx.selectFrom('articles').select('id').where('id', 'in', articleIds).where('status', '=', 'published').executeTakeFirst());
}

/** Moves every article of tag `fromId` to `intoId` (no duplicate rows), redirects the old address and deletes the old tag. */
export async function mergeTags(ctx: DomainContext, actor: Actor | null, fromId: number, intoId: number): Promise<{ moved: number }> {
  requireCan(actor, 'desk.taxonomy');
  if (fromId === intoId) throw new ValidationError('same tag', { into: 'Choose another tag: a tag cannot be merged into itself.' });
  const now = ctx.clock.now().toISOString();
  const { moved, published } = await ctx.db.transaction().execute(async (tx) => {
    const from = await tx.selectFrom('tags').select(['slug']).where('id', '=', fromId).executeTakeFirst();
    if (!from) throw new NotFoundError('tag');
    const into = await tx.selectFrom('tags').select(['slug']).where('id', '=', intoId).executeTakeFirst();
    if (!into) throw new ValidationError('no such tag', { into: 'No tag has that name or address.' });
    const articleIds = (await tx.selectFrom('article_tags').select('article_id').where('tag_id', '=', fromId).execute()).map((r) => r.article_id);
    if (articleIds.length > 0) {
      const already = new Set(
        (await tx.selectFrom('article_tags').select('article_id').where('tag_id', '=', intoId).where('article_id', 'in', articleIds).execute()).map((r) => r.article_id),
      );
      const fresh = articleIds.filter((a) => !already.has(a));
      if (fresh.length > 0) await tx.insertInto('article_tags').values(fresh.map((article_id) => ({ article_id, tag_id: intoId }))).execute();
    }
    await tx.deleteFrom('tags').where('id', '=', fromId).execute();
    await addRedirect(tx, { from: `/tag/${from.slug}/`, to: `/tag/${into.slug}/`, source: 'tag', now, userId: actor.userId });
    return { moved: articleIds.length, published: await hasPublished(tx, articleIds) };
  });
  // Related reading weighs tags: the merged articles now share one.
  if (published) await relatedAfterChange(ctx);
  ctx.events.emit({ kind: 'taxonomy' });
  return { moved };
}

/** Deletes a tag and takes it off its articles; its address becomes a 404. */
export async function deleteTag(ctx: DomainContext, actor: Actor | null, id: number): Promise<void> {
  requireCan(actor, 'desk.taxonomy');
  const published = await ctx.db.transaction().execute(async (tx) => {
    const row = await tx.selectFrom('tags').select('id').where('id', '=', id).executeTakeFirst();
    if (!row) throw new NotFoundError('tag');
    const articleIds = (await tx.selectFrom('article_tags').select('article_id').where('tag_id', '=', id).execute()).map((r) => r.article_id);
    await tx.deleteFrom('article_tags').where('tag_id', '=', id).execute();
    await tx.deleteFrom('tags').where('id', '=', id).execute();
    return hasPublished(tx, articleIds);
  });
  if (published) await relatedAfterChange(ctx);
  ctx.events.emit({ kind: 'taxonomy' });
}
