import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { RequestMeta } from '../accounts/accounts.service.js';
import { fieldErrors } from '../accounts/accounts.schemas.js';
import { audit } from '../accounts/audit.js';
import { requireCan, type Actor } from '../accounts/policy.js';
import { findUserById } from '../accounts/users.queries.js';
import type { DomainContext } from '../context.js';
import { AppError, ValidationError } from '../../shared/errors.js';
import {
  findAuthorById,
  findAuthorByUserId,
  saveAuthorProfile,
  setAuthorUser,
  uniqueAuthorSlug,
  type Author,
  type AuthorLink,
} from './authors.js';
import { avatarFileName, processAvatar } from './avatar.js';

// Author profiles as their owners and the admins change them. Every write goes
// through saveAuthorProfile or emits the same event, so cached public pages
// (author page, bylines, author boxes) show the change at once.

export const PROFILE_LIMITS = { name: 100, affiliation: 200, bio: 5000, links: 5, label: 60, url: 300 } as const;

export interface ProfileDeps {
  ctx: DomainContext;
  /** config.mediaDir; avatars go to <mediaDir>/avatars */
  mediaDir: string;
}

export interface ProfileInput {
  name: string;
  affiliation: string;
  bioMarkdown: string;
  links: AuthorLink[];
}

/** The form as submitted: every value a string; link rows are `link_label_N` / `link_url_N`, N = 1…5. */
export type ProfileFormValues = Record<string, string>;

const text = (max: number, what: string) => z.string().trim().max(max, `Use at most ${max} characters for ${what}.`);

const ProfileFields = z.object({
  name: text(PROFILE_LIMITS.name, 'the name').min(1, 'Enter the name to show on your articles.'),
  affiliation: text(PROFILE_LIMITS.affiliation, 'the affiliation'),
  bio: z.string().max(PROFILE_LIMITS.bio, `Keep the biography under ${PROFILE_LIMITS.bio} characters.`),
});

function linkProblem(label: string, url: string): { field: 'label' | 'url'; message: string } | undefined {
  if (!label) return { field: 'label', message: 'Give this link a label, e.g. “Personal site”.' };
  if (label.length > PROFILE_LIMITS.label) return { field: 'label', message: `Use at most ${PROFILE_LIMITS.label} characters for a link label.` };
  if (!url) return { field: 'url', message: 'Enter the address this link points to.' };
  if (url.length > PROFILE_LIMITS.url) return { field: 'url', message: `Use at most ${PROFILE_LIMITS.url} characters for a link address.` };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { field: 'url', message: 'Enter a full address starting with https://' };
  }
  if (parsed.protocol !== 'https:' || !parsed.hostname.includes('.') || parsed.username || parsed.password) {
    return { field: 'url', message: 'Links must be secure web addresses starting with https://' };
  }
  return undefined;
}

/** Validates the editor's fields; errors are keyed by form field name (`link_url_2`, …). */
export function parseProfileForm(values: ProfileFormValues): { ok: true; data: ProfileInput } | { ok: false; fields: Record<string, string> } {
  const get = (k: string) => values[k] ?? '';
  const base = ProfileFields.safeParse({ name: get('name'), affiliation: get('affiliation'), bio: get('bio').replace(/\r\n/g, '\n') });
  const fields: Record<string, string> = base.success ? {} : fieldErrors(base.error);
  const links: AuthorLink[] = [];
  for (let n = 1; n <= PROFILE_LIMITS.links; n++) {
    const label = get(`link_label_${n}`).trim();
    const url = get(`link_url_${n}`).trim();
    if (!label && !url) continue;
    const problem = linkProblem(label, url);
    if (problem) fields[`link_${problem.field}_${n}`] = problem.message;
    else links.push({ label, url });
  }
  if (!base.success || Object.keys(fields).length > 0) return { ok: false, fields };
  return { ok: true, data: { name: base.data.name, affiliation: base.data.affiliation, bioMarkdown: base.data.bio.trim(), links } };
}

/** The form's values for a profile as stored. */
export function profileFormValues(author: Author): ProfileFormValues {
  const out: ProfileFormValues = { name: author.name, affiliation: author.affiliation, bio: author.bioMarkdown };
  author.links.slice(0, PROFILE_LIMITS.links).forEach((l, i) => {
    out[`link_label_${i + 1}`] = l.label;
    out[`link_url_${i + 1}`] = l.url;
  });
  return out;
}

/** The profile linked to the actor's account, if any. */
export async function ownProfile(ctx: DomainContext, actor: Actor | null): Promise<Author | undefined> {
  requireCan(actor, 'profile.edit_own');
  return findAuthorByUserId(ctx.db, actor.userId);
}

/** Creates a profile from the account's name and links it; returns the existing one when there is one. */
export async function createOwnProfile(ctx: DomainContext, actor: Actor | null, meta: RequestMeta): Promise<Author> {
  requireCan(actor, 'profile.edit_own');
  const existing = await findAuthorByUserId(ctx.db, actor.userId);
  if (existing) return existing;
  const slug = await uniqueAuthorSlug(ctx.db, actor.name);
  const id = await saveAuthorProfile(ctx, { slug, name: actor.name, userId: actor.userId });
  await audit(ctx.db, { action: 'profile.linked', actorUserId: actor.userId, targetUserId: actor.userId, ip: meta.ip, detail: `created author ${slug}` }, ctx.clock.now());
  return (await findAuthorById(ctx.db, id)) as Author;
}

export type AvatarChange = { kind: 'keep' } | { kind: 'remove' } | { kind: 'upload'; data: Buffer };

/**
 * Saves the actor's own profile. The photo is checked and converted before anything is
 * written, so a bad file (AvatarError, a ValidationError) leaves profile and disk as they were.
 */
export async function updateOwnProfile(deps: ProfileDeps, actor: Actor | null, input: ProfileInput, avatar: AvatarChange = { kind: 'keep' }): Promise<Author> {
  requireCan(actor, 'profile.edit_own');
  const author = await findAuthorByUserId(deps.ctx.db, actor.userId);
  if (!author) throw new AppError(404, 'no linked profile', 'Your account has no author profile yet.');
  requireCan(actor, 'profile.edit_own', { ownerUserId: author.userId });
  let photoUrl = avatar.kind === 'remove' ? null : author.photoUrl;
  if (avatar.kind === 'upload') {
    const processed = await processAvatar(avatar.data);
    photoUrl = await storeAvatar(deps.mediaDir, author.id, processed.data, processed.hash);
  }
  // Old photo files stay on disk: pages a CDN still holds may point at them for a while.
  await saveAuthorProfile(deps.ctx, {
    slug: author.slug,
    name: input.name,
    affiliation: input.affiliation,
    bioMarkdown: input.bioMarkdown,
    links: input.links,
    photoUrl,
  });
  return (await findAuthorById(deps.ctx.db, author.id)) as Author;
}

/** Writes the converted photo (via a temporary name, so a half-written file is never served); returns its URL. */
export async function storeAvatar(mediaDir: string, authorId: number, data: Buffer, hash: string): Promise<string> {
  const dir = join(mediaDir, 'avatars');
  await mkdir(dir, { recursive: true });
  const name = avatarFileName(authorId, hash);
  const temp = join(dir, `.${name}.${process.pid}.tmp`);
  await writeFile(temp, data);
  await rename(temp, join(dir, name));
  return `/media/avatars/${name}`;
}

export type ProfileLinkTarget = { kind: 'existing'; authorId: number } | { kind: 'create' };

/** Admin: links an account to a profile nobody else holds, or to a new one made from the account's name. */
export async function linkAccountToProfile(ctx: DomainContext, actor: Actor | null, userId: number, target: ProfileLinkTarget, meta: RequestMeta): Promise<Author> {
  requireCan(actor, 'admin.users');
  const user = await findUserById(ctx.db, userId);
  if (!user) throw new AppError(404, 'no such user', 'We couldn’t find that account.');
  const now = ctx.clock.now();
  let authorId: number;
  if (target.kind === 'create') {
    const slug = await uniqueAuthorSlug(ctx.db, user.name);
    authorId = await saveAuthorProfile(ctx, { slug, name: user.name });
  } else {
    const author = await findAuthorById(ctx.db, target.authorId);
    if (!author) throw new ValidationError('no such profile', { author: 'Choose a profile from the list.' });
    if (author.userId !== null && author.userId !== userId) {
      throw new ValidationError('profile taken', { author: 'That profile is already linked to another account.' });
    }
    authorId = author.id;
  }
  const previous = await findAuthorByUserId(ctx.db, userId);
  await setAuthorUser(ctx.db, authorId, userId, now.toISOString());
  // Whether links show depends on the linked account's trust: both profiles' pages change.
  ctx.events.emit({ kind: 'author', authorId });
  if (previous && previous.id !== authorId) ctx.events.emit({ kind: 'author', authorId: previous.id });
  const linked = (await findAuthorById(ctx.db, authorId)) as Author;
  await audit(ctx.db, { action: 'profile.linked', actorUserId: actor.userId, targetUserId: userId, ip: meta.ip, detail: `${target.kind === 'create' ? 'created ' : ''}author ${linked.slug}` }, now);
  return linked;
}

/** After a trust change: the linked profile's public links appear or vanish, so its cached pages must go. */
export async function profileVisibilityChanged(ctx: DomainContext, userId: number): Promise<void> {
  const author = await findAuthorByUserId(ctx.db, userId);
  if (author) ctx.events.emit({ kind: 'author', authorId: author.id });
}
