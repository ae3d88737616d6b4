import type { Tx } from '../../../db/database.js';
import { renderMarkdown } from '../../articles/content/markdown.js';
import { uniqueAuthorSlug } from '../../authors/authors.js';
import { normalizeEmail } from '../../accounts/users.queries.js';
import { bylineLogins, metaOf, plainText, type Collected } from './wp-import.plan.js';
import { roleForUser, wpRolesOf } from './wp-roles.js';
import { findUserIdByEmail, insertImportedUser, recordImport, type MapKind } from './wp-import.queries.js';

// Users and guest authors. A WordPress user becomes an account with no password (its
// owner claims it through "forgot password") and, when they wrote something, an
// author profile linked to it; a Co-Authors Plus guest author becomes a profile only.
// A new account's role comes from the export where it says (wp-roles.ts); an account that
// already exists here, or was made by an earlier run, keeps the role it has.
// Re-runs find each through import_map and update the profile in place.

export interface People {
  accounts: number;
  authors: number;
  guestAuthors: number;
  authorIdByLogin: Map<string, number>;
  /** new accounts whose role the export did not give (plain WXR): author if they wrote, else reader */
  withoutRole: number;
  userIdByLogin: Map<string, number>;
  /** a profile for a byline login the export does not describe (with a warning) */
  missingAuthor: (tx: Tx, login: string, wpId: number) => Promise<number>;
}

type Warn = (message: string, wpId?: number) => void;
type Redirect = (from: string, to: string) => Promise<void>;

interface Profile {
  name: string;
  login: string;
  bio: string;
  website: string;
  userId: number | null;
}

async function saveProfile(tx: Tx, source: string, map: Map<string, number>, kind: MapKind, wpId: number, p: Profile, now: string): Promise<{ id: number; slug: string }> {
  const bio = plainText(p.bio, 2000);
  const website = /^https?:\/\/[^\s"<>]+$/i.test(p.website.trim()) ? p.website.trim().slice(0, 300) : '';
  const values = {
    name: plainText(p.name, 120) || p.login,
    bio_md: bio,
    // Rendered through the same sanitizing pipeline as every bio.
    bio_html: bio ? renderMarkdown(bio).html : '',
    website,
    ...(p.userId !== null ? { user_id: p.userId } : {}),
  };
  const mapped = map.get(`${kind}:${wpId}`);
  const existing = mapped === undefined ? undefined : await tx.selectFrom('authors').select(['id', 'slug', 'name', 'bio_md', 'website', 'user_id']).where('id', '=', mapped).executeTakeFirst();
  if (existing) {
    const same = existing.name === values.name && existing.bio_md === values.bio_md && existing.website === values.website && (p.userId === null || existing.user_id === p.userId);
    if (!same) await tx.updateTable('authors').set({ ...values, updated_at: now }).where('id', '=', existing.id).execute();
    return { id: existing.id, slug: existing.slug };
  }
  const slug = await uniqueAuthorSlug(tx, p.login || values.name);
  const row = await tx.insertInto('authors').values({ ...values, slug, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow();
  await recordImport(tx, source, kind, wpId, row.id);
  map.set(`${kind}:${wpId}`, row.id);
  return { id: row.id, slug };
}

export async function importPeople(tx: Tx, data: Collected, source: string, map: Map<string, number>, now: string, warn: Warn, redirect: Redirect): Promise<People> {
  const wrote = new Set<string>();
  for (const e of data.entries) for (const login of bylineLogins(e)) wrote.add(login);
  // Who posted something (even under a guest's byline) owns it and keeps an author's rights when no role is given.
  const posted = new Set(data.entries.map((e) => e.creatorLogin));
  const people: People = {
    accounts: 0,
    authors: 0,
    guestAuthors: 0,
    authorIdByLogin: new Map(),
    withoutRole: 0,
    userIdByLogin: new Map(),
    missingAuthor: async () => 0,
  };

  for (const a of data.authors) {
    const email = a.email ? normalizeEmail(a.email) : '';
    let userId: number | undefined = map.get(`user:${a.wpId}`);
    if (userId !== undefined && !(await tx.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst())) userId = undefined;
    if (userId === undefined && /^[^\s@]+@[^\s@]+$/.test(email)) {
      // A role only for a new account: one that already exists here keeps the role it has.
      userId = await findUserIdByEmail(tx, email);
      if (userId === undefined) {
        const wpRoles = wpRolesOf(a);
        const decision = roleForUser(wpRoles, wrote.has(a.login) || posted.has(a.login));
        if (decision.warning) warn(`user "${plainText(a.login, 60)}" ${decision.warning}`);
        if (wpRoles === undefined) people.withoutRole += 1;
        userId = await insertImportedUser(tx, { email, name: plainText(a.displayName, 120) || a.login, role: decision.role }, now);
      }
      await recordImport(tx, source, 'user', a.wpId, userId);
    } else if (userId === undefined) warn(`user "${a.login}" has no valid email: no account made (their profile still is, if they wrote)`);
    if (userId !== undefined) {
      people.accounts += 1;
      people.userIdByLogin.set(a.login, userId);
    }
    if (!wrote.has(a.login)) continue;
    const name = a.displayName || [a.firstName, a.lastName].filter(Boolean).join(' ') || a.login;
    const profile = await saveProfile(tx, source, map, 'author', a.wpId, { name, login: a.login, bio: '', website: '', userId: userId ?? null }, now);
    people.authorIdByLogin.set(a.login, profile.id);
    people.authors += 1;
    if (profile.slug !== a.login) await redirect(`/author/${a.login}/`, `/author/${profile.slug}/`);
  }

  for (const g of data.guests) {
    const login = metaOf(g, 'cap-user_login') || g.slug.replace(/^cap-/, '');
    if (!login) continue;
    // A guest entry for a real user (Co-Authors Plus links them) keeps the user's profile.
    if (people.authorIdByLogin.has(login) && !metaOf(g, 'cap-display_name')) continue;
    const profile = await saveProfile(
      tx,
      source,
      map,
      'guest_author',
      g.wpId,
      { name: metaOf(g, 'cap-display_name') || g.title || login, login, bio: metaOf(g, 'cap-description') ?? '', website: metaOf(g, 'cap-website') ?? '', userId: null },
      now,
    );
    people.authorIdByLogin.set(login, profile.id);
    people.guestAuthors += 1;
    if (profile.slug !== login) await redirect(`/author/${login}/`, `/author/${profile.slug}/`);
  }

  if (people.withoutRole > 0) {
    warn(`${people.withoutRole} account(s) came without a WordPress role (a WordPress export does not carry roles): those who wrote are authors, the others readers; raise editors and admins on /admin/users`);
  }

  // Bylines naming someone the export does not describe: one profile per login, stable across runs (wp id 0 − hash).
  people.missingAuthor = async (t: Tx, login: string, wpId: number) => {
    const known = people.authorIdByLogin.get(login);
    if (known !== undefined) return known;
    warn(`written by "${login}", who is not among the export's authors: a profile was made from the login; complete it on the authors page`, wpId);
    const key = -Math.abs(hashLogin(login));
    const profile = await saveProfile(t, source, map, 'author', key, { name: login, login, bio: '', website: '', userId: null }, now);
    people.authorIdByLogin.set(login, profile.id);
    people.authors += 1;
    return profile.id;
  };
  return people;
}

function hashLogin(login: string): number {
  let h = 0;
  for (let i = 0; i < login.length; i++) h = (Math.imul(h, 31) + login.charCodeAt(i)) | 0;
  return (h % 1_000_000_000) || 1;
}
