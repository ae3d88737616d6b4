import type { Executor, Tx } from '../../db/database.js';
import { NotFoundError, ValidationError } from '../../shared/errors.js';
import { slugify } from '../../shared/slugify.js';
import { audit } from '../accounts/audit.js';
import { requireCan, type Actor } from '../accounts/policy.js';
import { findUserByEmail } from '../accounts/users.queries.js';
import { indexForSearch } from '../articles/articles.service.js';
import { renderMarkdown } from '../articles/content/markdown.js';
import type { DomainContext } from '../context.js';
import { MediaError, storeImage } from '../media/media.service.js';
import { addRedirect, clearRedirectFrom } from '../redirects/redirects.queries.js';
import { findAuthorById, type Author } from './authors.js';
import { parseOrcid } from './orcid.js';
import { parseProfileForm, PROFILE_LIMITS, profileFormValues, type ProfileInput } from './profile.service.js';

// Author profiles as the desk manages them: any profile (guest contributors
// included), with its address, ORCID iD and photo, its account link, and merges
// of two profiles of one person. Each action is one transaction; the public
// pages hear about it through the content events.

export const DESK_AUTHOR_LIMITS = { ...PROFILE_LIMITS, slug: 80, website: 300 } as const;

export interface DeskAuthorInput extends ProfileInput {
  slug: string;
  website: string;
  /** bare 16 characters, or '' */
  orcid: string;
}

export interface DeskAuthor extends Author {
  website: string;
  orcid: string;
  photoMediaId: number | null;
  account: { id: number; name: string; email: string } | null;
  /** articles bylined to it, any status */
  articleCount: number;
}

export interface DeskAuthorRow {
  id: number;
  slug: string;
  name: string;
  affiliation: string;
  articleCount: number;
  account: { id: number; name: string; email: string } | null;
}

/** What the photo field asked for. */
export type PhotoChange = { kind: 'keep' } | { kind: 'remove' } | { kind: 'upload'; data: Buffer; originalName: string };

type StoredPhoto = { kind: 'keep' } | { kind: 'remove' } | { kind: 'set'; mediaId: number; url: string };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Validates the desk's author form; messages are keyed by field name. */
export function parseDeskAuthorForm(values: Record<string, string>): { ok: true; data: DeskAuthorInput } | { ok: false; fields: Record<string, string> } {
  const base = parseProfileForm(values);
  const fields: Record<string, string> = base.ok ? {} : { ...base.fields };
  const typedSlug = (values.slug ?? '').trim().toLowerCase();
  const name = (values.name ?? '').trim();
  const slug = typedSlug || (name ? slugify(name, DESK_AUTHOR_LIMITS.slug) : '');
  if (typedSlug && !SLUG.test(typedSlug)) fields.slug = 'Use lowercase letters, digits and single hyphens, such as ada-lovelace.';
  else if (slug.length > DESK_AUTHOR_LIMITS.slug) fields.slug = `Keep the address to ${DESK_AUTHOR_LIMITS.slug} characters or fewer.`;
  const website = (values.website ?? '').trim();
  if (website) {
    let ok = website.length <= DESK_AUTHOR_LIMITS.website;
    try {
      const u = new URL(website);
      ok &&= (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname.includes('.') && !u.username && !u.password;
    } catch {
      ok = false;
    }
    if (!ok) fields.website = 'Enter the full address of the website, starting with https://';
  }
  const orcid = parseOrcid(values.orcid ?? '');
  if (!orcid.ok) fields.orcid = orcid.message;
  if (!base.ok || Object.keys(fields).length > 0 || !orcid.ok) return { ok: false, fields };
  return { ok: true, data: { ...base.data, slug, website, orcid: orcid.value } };
}

/** The form's values for a stored profile. */
export function deskAuthorFormValues(author: DeskAuthor): Record<string, string> {
  return { ...profileFormValues(author), slug: author.slug, website: author.website, orcid: author.orcid };
}

export async function findDeskAuthor(db: Executor, id: number): Promise<DeskAuthor | undefined> {
  const author = await findAuthorById(db, id);
  if (!author) return undefined;
  const extra = await db
    .selectFrom('authors as a')
    .leftJoin('users as u', 'u.id', 'a.user_id')
    .select(['a.website', 'a.orcid', 'a.photo_media_id', 'u.id as user_id', 'u.name as user_name', 'u.email as user_email'])
    .select((eb) => eb.selectFrom('article_authors as aa').select(eb.fn.countAll<number>().as('n')).whereRef('aa.author_id', '=', 'a.id').as('article_count'))
    .where('a.id', '=', id)
    .executeTakeFirstOrThrow();
  const account = extra.user_id !== null ? { id: extra.user_id, name: extra.user_name ?? '', email: extra.user_email ?? '' } : null;
  return { ...author, website: extra.website, orcid: extra.orcid, photoMediaId: extra.photo_media_id, account, articleCount: Number(extra.article_count ?? 0) };
}

// LIKE escapes differ between the engines, so wildcards are dropped (as the account search does).
const likePattern = (text: string) => `%${text.toLowerCase().replace(/[\\%_]/g, '')}%`;

/** Profiles by name, with how many articles each is bylined on and the account it is linked to. */
export async function listDeskAuthors(db: Executor, options: { q?: string; limit: number; offset: number }): Promise<{ total: number; items: DeskAuthorRow[] }> {
  let base = db.selectFrom('authors as a');
  const q = options.q?.trim();
  if (q) base = base.where((eb) => eb(eb.fn('lower', ['a.name']), 'like', likePattern(q)));
  const [count, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    base
      .leftJoin('users as u', 'u.id', 'a.user_id')
      .select(['a.id', 'a.slug', 'a.name', 'a.affiliation', 'u.id as user_id', 'u.name as user_name', 'u.email as user_email'])
      .select((eb) => eb.selectFrom('article_authors as aa').select(eb.fn.countAll<number>().as('n')).whereRef('aa.author_id', '=', 'a.id').as('article_count'))
      .orderBy('a.name')
      .orderBy('a.id')
      .limit(options.limit)
      .offset(options.offset)
      .execute(),
  ]);
  return {
    total: Number(count.n),
    items: rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      name: r.name,
      affiliation: r.affiliation,
      articleCount: Number(r.article_count ?? 0),
      account: r.user_id !== null ? { id: r.user_id, name: r.user_name ?? '', email: r.user_email ?? '' } : null,
    })),
  };
}

/** Every profile but one, by name: the choices for "merge into". */
export async function listMergeTargets(db: Executor, exceptId: number, limit = 1000): Promise<Array<{ id: number; slug: string; name: string }>> {
  return db.selectFrom('authors').select(['id', 'slug', 'name']).where('id', '!=', exceptId).orderBy('name').orderBy('id').limit(limit).execute();
}

async function slugTakenBy(tx: Executor, slug: string, ownId?: number): Promise<boolean> {
  const row = await tx.selectFrom('authors').select('id').where('slug', '=', slug).executeTakeFirst();
  return !!row && row.id !== ownId;
}

/** Search entries carry the byline names: rebuild those of an author's published articles. */
async function reindexArticlesOf(ctx: DomainContext, tx: Tx, articleIds: number[]): Promise<void> {
  if (articleIds.length === 0) return;
  const published = await tx.selectFrom('articles').select('id').where('id', 'in', articleIds).where('status', '=', 'published').execute();
  for (const { id } of published) await indexForSearch(ctx, tx, id);
}

async function articleIdsOf(tx: Executor, authorId: number): Promise<number[]> {
  return (await tx.selectFrom('article_authors').select('article_id').where('author_id', '=', authorId).execute()).map((r) => r.article_id);
}

function rowValues(input: DeskAuthorInput, now: string) {
  return {
    name: input.name,
    slug: input.slug,
    affiliation: input.affiliation,
    bio_md: input.bioMarkdown,
    bio_html: input.bioMarkdown ? renderMarkdown(input.bioMarkdown).html : '',
    links_json: JSON.stringify(input.links),
    website: input.website,
    orcid: input.orcid,
    updated_at: now,
  };
}

function photoValues(photo: StoredPhoto): { photo_url?: string | null; photo_media_id?: number | null } {
  if (photo.kind === 'remove') return { photo_url: null, photo_media_id: null };
  if (photo.kind === 'set') return { photo_url: photo.url, photo_media_id: photo.mediaId };
  return {};
}

/**
 * Stores an uploaded photo as media, before the profile's transaction: the image
 * work takes a while and must not hold the database. Media rows are keyed by their
 * bytes, so a profile save that then fails leaves at most one unused upload.
 */
async function storePhoto(ctx: DomainContext, actor: Actor, photo: PhotoChange): Promise<StoredPhoto> {
  if (photo.kind !== 'upload') return photo;
  try {
    const stored = await storeImage(ctx.db, { data: photo.data, originalName: photo.originalName, uploadedBy: actor.userId, now: ctx.clock.now().toISOString() });
    return { kind: 'set', mediaId: stored.id, url: stored.url };
  } catch (err) {
    if (err instanceof MediaError) throw new ValidationError('The photo could not be used.', { photo: err.fields.file ?? err.message });
    throw err;
  }
}

const slugTaken = (slug: string) =>
  new ValidationError('The profile could not be saved.', { slug: `Another profile already uses /author/${slug}/. Choose another address, or merge the two profiles.` });

export async function createDeskAuthor(ctx: DomainContext, actor: Actor | null, input: DeskAuthorInput, photo: PhotoChange = { kind: 'keep' }): Promise<number> {
  requireCan(actor, 'desk.authors');
  const now = ctx.clock.now().toISOString();
  // Checked before the photo is processed too, so the usual mistake costs no upload.
  if (await slugTakenBy(ctx.db, input.slug)) throw slugTaken(input.slug);
  const stored = await storePhoto(ctx, actor, photo);
  const id = await ctx.db.transaction().execute(async (tx) => {
    if (await slugTakenBy(tx, input.slug)) throw slugTaken(input.slug);
    const row = await tx
      .insertInto('authors')
      .values({ ...rowValues(input, now), ...photoValues(stored), created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    // The address is a live page now, whatever it redirected to before.
    await clearRedirectFrom(tx, `/author/${input.slug}/`);
    return row.id;
  });
  ctx.events.emit({ kind: 'author', authorId: id });
  return id;
}

/** Saves a profile; a changed address keeps the old one working as a 301. */
export async function updateDeskAuthor(ctx: DomainContext, actor: Actor | null, id: number, input: DeskAuthorInput, photo: PhotoChange = { kind: 'keep' }): Promise<void> {
  requireCan(actor, 'desk.authors');
  const now = ctx.clock.now().toISOString();
  if (await slugTakenBy(ctx.db, input.slug, id)) throw slugTaken(input.slug);
  const stored = await storePhoto(ctx, actor, photo);
  await ctx.db.transaction().execute(async (tx) => {
    const current = await tx.selectFrom('authors').select(['slug', 'name']).where('id', '=', id).executeTakeFirst();
    if (!current) throw new NotFoundError('author profile');
    if (input.slug !== current.slug && (await slugTakenBy(tx, input.slug, id))) throw slugTaken(input.slug);
    await tx.updateTable('authors').set({ ...rowValues(input, now), ...photoValues(stored) }).where('id', '=', id).execute();
    if (input.slug !== current.slug) {
      await addRedirect(tx, { from: `/author/${current.slug}/`, to: `/author/${input.slug}/`, source: 'author', now, userId: actor.userId });
    }
    if (input.name !== current.name) await reindexArticlesOf(ctx, tx, await articleIdsOf(tx, id));
  });
  // Bylines and author boxes on every article of this author change too.
  ctx.events.emit({ kind: 'author', authorId: id });
}

/** Links the profile to the account with this email ('' unlinks). An account has at most one profile. */
export async function linkDeskAuthorAccount(ctx: DomainContext, actor: Actor | null, authorId: number, email: string, ip = ''): Promise<void> {
  requireCan(actor, 'desk.authors');
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (tx) => {
    const author = await tx.selectFrom('authors').select(['id', 'slug', 'user_id']).where('id', '=', authorId).executeTakeFirst();
    if (!author) throw new NotFoundError('author profile');
    const wanted = email.trim().toLowerCase();
    if (!wanted) {
      await tx.updateTable('authors').set({ user_id: null, updated_at: now.toISOString() }).where('id', '=', authorId).execute();
      return;
    }
    const user = await findUserByEmail(tx, wanted);
    if (!user) throw new ValidationError('no such account', { account_email: 'No account uses that email address. The person has to register first.' });
    const other = await tx.selectFrom('authors').select(['name', 'slug']).where('user_id', '=', user.id).where('id', '!=', authorId).executeTakeFirst();
    if (other) {
      throw new ValidationError('account has a profile', {
        account_email: `That account already has a profile, “${other.name}” (/author/${other.slug}/). An account can have only one: merge the two profiles, or unlink that one first.`,
      });
    }
    await tx.updateTable('authors').set({ user_id: user.id, updated_at: now.toISOString() }).where('id', '=', authorId).execute();
    await audit(tx, { action: 'profile.linked', actorUserId: actor.userId, targetUserId: user.id, ip, detail: `author ${author.slug} (desk)` }, now);
  });
  ctx.events.emit({ kind: 'author', authorId });
}

/**
 * Merges profile `fromId` into `intoId`: its bylines move (an article bylined to
 * both keeps one, at the earlier of the two places), its address redirects to the
 * kept one, empty details of the kept profile are filled from it, and it is deleted.
 */
export async function mergeAuthors(ctx: DomainContext, actor: Actor | null, fromId: number, intoId: number): Promise<{ moved: number; into: { id: number; slug: string } }> {
  requireCan(actor, 'desk.authors');
  if (fromId === intoId) throw new ValidationError('same profile', { into: 'Choose another profile: a profile cannot be merged into itself.' });
  const now = ctx.clock.now().toISOString();
  const result = await ctx.db.transaction().execute(async (tx) => {
    const from = await tx.selectFrom('authors').selectAll().where('id', '=', fromId).executeTakeFirst();
    if (!from) throw new NotFoundError('author profile');
    const into = await tx.selectFrom('authors').selectAll().where('id', '=', intoId).executeTakeFirst();
    if (!into) throw new ValidationError('no such profile', { into: 'Choose the profile to keep from the list.' });
    if (from.user_id !== null && into.user_id !== null) {
      throw new ValidationError('both linked', { into: 'Both profiles are linked to accounts. Unlink one of them first, so it is clear whose profile stays.' });
    }
    const moved = await tx.selectFrom('article_authors').select(['article_id', 'position']).where('author_id', '=', fromId).execute();
    const articleIds = moved.map((r) => r.article_id);
    const shared = new Map(
      articleIds.length === 0
        ? []
        : (await tx.selectFrom('article_authors').select(['article_id', 'position']).where('author_id', '=', intoId).where('article_id', 'in', articleIds).execute()).map((r) => [r.article_id, r.position]),
    );
    for (const row of moved) {
      const kept = shared.get(row.article_id);
      if (kept === undefined) {
        await tx.updateTable('article_authors').set({ author_id: intoId }).where('article_id', '=', row.article_id).where('author_id', '=', fromId).execute();
        continue;
      }
      // Bylined to both: one row stays, where the person was first credited.
      await tx.deleteFrom('article_authors').where('article_id', '=', row.article_id).where('author_id', '=', fromId).execute();
      if (row.position < kept) {
        await tx.updateTable('article_authors').set({ position: row.position }).where('article_id', '=', row.article_id).where('author_id', '=', intoId).execute();
      }
    }
    const fill = <T>(keep: T, other: T, empty: T) => (keep === empty ? other : keep);
    const linksEmpty = into.links_json === '[]' || into.links_json === '';
    await tx
      .updateTable('authors')
      .set({
        affiliation: fill(into.affiliation, from.affiliation, ''),
        bio_md: into.bio_md ? into.bio_md : from.bio_md,
        bio_html: into.bio_md ? into.bio_html : from.bio_html,
        photo_url: into.photo_url ?? from.photo_url,
        photo_media_id: into.photo_url ? into.photo_media_id : (from.photo_media_id ?? into.photo_media_id),
        links_json: linksEmpty ? from.links_json : into.links_json,
        website: fill(into.website, from.website, ''),
        orcid: fill(into.orcid, from.orcid, ''),
        updated_at: now,
      })
      .where('id', '=', intoId)
      .execute();
    await tx.deleteFrom('authors').where('id', '=', fromId).execute();
    // After the delete: authors.user_id is unique, so the account moves once the old row is gone.
    if (from.user_id !== null) await tx.updateTable('authors').set({ user_id: from.user_id }).where('id', '=', intoId).execute();
    await addRedirect(tx, { from: `/author/${from.slug}/`, to: `/author/${into.slug}/`, source: 'author', now, userId: actor.userId });
    await reindexArticlesOf(ctx, tx, articleIds);
    return { moved: articleIds.length, into: { id: into.id, slug: into.slug } };
  });
  ctx.events.emit({ kind: 'all' });
  return result;
}
