import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { before, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { Document, Packer, Paragraph } from 'docx';
import sharp from 'sharp';
import { can, POLICY_TABLE, ROLES, type Action, type Role } from '../../src/domain/accounts/policy.js';
import { createSession, sessionCookieName } from '../../src/domain/accounts/sessions.js';
import { insertUser } from '../../src/domain/accounts/users.queries.js';
import { saveArticle, setArticleStatus } from '../../src/domain/articles/articles.service.js';
import { saveAuthor } from '../../src/domain/authors/authors.js';
import { insertOutbox } from '../../src/domain/mail/outbox.queries.js';
import { addRedirect, findRedirect } from '../../src/domain/redirects/redirects.queries.js';
import { ensureTags } from '../../src/domain/taxonomy/taxonomy.queries.js';
import { BROWSER_UA, describeEachApp, type TestApp } from '../helpers/app.js';
import { makeAuthor, makeCategory } from '../helpers/factories.js';
import { makeAssignment, makeReviewSubmission } from '../helpers/submission-factories-review.js';
import { sentSubmission } from '../helpers/submission-factories-editor.js';
import { ownSubmission } from '../helpers/submission-factories-author.js';
import { Client, hiddenValue, makeUser, strongPassword, uniqueEmail } from './accounts-client.js';

// The test app's SITE_URL is https: the session cookie has its __Host- name.
const SESSION_COOKIE = sessionCookieName(true);

// Every route that is not public, requested for real as each kind of visitor,
// with a fresh session and its CSRF token, and checked against the policy:
//   anonymous → GET: 303 to /login?next=…; POST (with a valid anonymous token): 303 to /login?next=…
//   allowed   → GET: 200; POST: 303 somewhere other than the sign-in page
//   forbidden → 403
// A second test makes sure no route escapes: each one the app registers is
// either in this table or on the explicit public list below.

type Who = 'anonymous' | Role;

interface Person {
  userId: number;
  email: string;
  password: string;
  name: string;
}

interface Fixtures {
  app: TestApp;
  people: Map<Role, Person>;
  outboxId: number;
  /** a throwaway account for the admin actions to act on */
  target(): Promise<number>;
  /** an author profile for bylines */
  authorId: number;
  /** a draft owned by the author-role account: authors may edit it, editors any article */
  authorDraft(): Promise<number>;
}

interface RouteCase {
  method: 'GET' | 'POST';
  /** the route as registered (for the completeness check) */
  route: string;
  action: Action;
  /** what to request; may create the data it acts on */
  url(f: Fixtures, who?: Person): Promise<string> | string;
  form?(f: Fixtures, who: Person): Promise<Record<string, string>> | Record<string, string>;
  /** what an allowed POST answers when it is not a redirect (the preview answers 200) */
  okStatus?: number;
  /** a file to send as the multipart field `file`, or `field` (the form's fields go along in the same body) */
  upload?(): Promise<{ filename: string; type: string; data: Buffer; field?: string }>;
  /** what a signed-in person without the permission gets: 403, or 404 where the page hides that it exists */
  deniedStatus?: 404;
}

/** The form fields and one file as multipart/form-data, as a browser sends an upload form. */
function multipartPayload(fields: Record<string, string>, file: { filename: string; type: string; data: Buffer; field?: string }): { payload: Buffer; contentType: string } {
  const boundary = `----matrix${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = Object.entries(fields).map(([k, v]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'file'}"; filename="${file.filename}"\r\nContent-Type: ${file.type}\r\n\r\n`), file.data);
  parts.push(Buffer.from(`\r\n--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

const matrixImage = async () => ({
  filename: 'matrix.png',
  type: 'image/png',
  data: await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 10, g: 120, b: 200 } } }).png().toBuffer(),
});

const matrixIcon = async () => ({
  field: 'icon',
  filename: 'icon.png',
  type: 'image/png',
  data: await sharp({ create: { width: 64, height: 64, channels: 3, background: { r: 150, g: 30, b: 30 } } }).png().toBuffer(),
});

const matrixDocx = async () => ({
  field: 'manuscript',
  filename: 'matrix.docx',
  type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  data: await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('A Word file for the matrix.')] }] })),
});

/** The author-role account's draft, saved twice, so its history has an older version to compare and restore. */
async function draftWithTwoVersions(f: Fixtures): Promise<number> {
  const id = await f.authorDraft();
  await saveArticle(f.app.ctx, { title: 'Matrix draft, second version', bodyMarkdown: 'Draft text, revised.', authorIds: [f.authorId], categoryIds: [], tags: [] }, id);
  return id;
}

/** A submission sent by the author-role account, for the editors' pages. */
function matrixSubmission(f: Fixtures): Promise<number> {
  const p = f.people.get('author') as Person;
  return sentSubmission(f.app.ctx, { userId: p.userId, role: 'author', name: p.name, email: p.email, trusted: true, verified: true });
}

/** An accepted review of an in-review piece, assigned to this person (to nobody for the CSRF rows): every role may review what it is assigned. */
async function reviewFor(f: Fixtures, who?: Person): Promise<number> {
  const s = await makeReviewSubmission(f.app.ctx);
  return (await makeAssignment(f.app.ctx, s.id, { email: who?.email || 'nobody@example.org', reviewerUserId: who?.userId || null, status: 'accepted' })).id;
}

const ROUTES: RouteCase[] = [
  { method: 'GET', route: '/dashboard/', action: 'dashboard.view', url: () => '/dashboard/' },
  { method: 'GET', route: '/dashboard/account', action: 'account.manage_own', url: () => '/dashboard/account' },
  { method: 'POST', route: '/dashboard/account/name', action: 'account.manage_own', url: () => '/dashboard/account/name', form: (_f, p) => ({ name: p.name }) },
  {
    method: 'POST',
    route: '/dashboard/account/email',
    action: 'account.manage_own',
    url: () => '/dashboard/account/email',
    form: (_f, p) => ({ email: uniqueEmail('moving'), email_current: p.password }),
  },
  {
    method: 'POST',
    route: '/dashboard/account/password',
    action: 'account.manage_own',
    url: () => '/dashboard/account/password',
    form: (_f, p) => {
      const next = strongPassword();
      const current = p.password;
      p.password = next; // the later rows need the new one
      return { current, password: next };
    },
  },
  { method: 'POST', route: '/dashboard/account/verify', action: 'account.manage_own', url: () => '/dashboard/account/verify', form: () => ({}) },
  { method: 'POST', route: '/logout/everywhere', action: 'account.manage_own', url: () => '/logout/everywhere', form: () => ({}) },
  { method: 'GET', route: '/dashboard/profile', action: 'profile.edit_own', url: () => '/dashboard/profile' },
  { method: 'POST', route: '/dashboard/profile/create', action: 'profile.edit_own', url: () => '/dashboard/profile/create', form: () => ({}) },
  {
    method: 'POST',
    route: '/dashboard/profile',
    action: 'profile.edit_own',
    url: () => '/dashboard/profile',
    form: (_f, p) => ({ name: p.name, affiliation: 'Matrix Institute', bio: 'Checks *every* route.', link_label_1: 'Site', link_url_1: 'https://matrix.example.org/' }),
  },
  { method: 'GET', route: '/editor/', action: 'editor.desk', url: () => '/editor/' },
  { method: 'GET', route: '/editor/articles/new', action: 'article.create', url: () => '/editor/articles/new' },
  { method: 'POST', route: '/editor/articles/new', action: 'article.create', url: () => '/editor/articles/new', form: (f) => ({ title: 'Matrix draft', body: 'A first paragraph.', authors: String(f.authorId), intent: 'save' }) },
  { method: 'POST', route: '/editor/articles/new/docx', action: 'article.create', url: () => '/editor/articles/new/docx', form: () => ({}), upload: matrixDocx },
  { method: 'GET', route: '/editor/articles/:id/', action: 'article.create', url: async (f) => `/editor/articles/${await f.authorDraft()}/` },
  {
    method: 'POST',
    route: '/editor/articles/:id/',
    action: 'article.create',
    url: async (f) => `/editor/articles/${await f.authorDraft()}/`,
    form: (f) => ({ title: 'Matrix draft, edited', body: 'An edited paragraph.', authors: String(f.authorId), intent: 'save' }),
  },
  { method: 'POST', route: '/editor/preview', action: 'article.create', url: () => '/editor/preview', form: () => ({ body: 'Preview *me*.' }), okStatus: 200 },
  // The list, a piece's history and restoring a version: authors reach their own drafts (authorDraft), editors any.
  { method: 'GET', route: '/editor/articles/', action: 'article.create', url: () => '/editor/articles/?q=matrix&sort=updated' },
  { method: 'GET', route: '/editor/articles/:id/history', action: 'article.create', url: async (f) => `/editor/articles/${await draftWithTwoVersions(f)}/history?from=1&to=2` },
  {
    method: 'POST',
    route: '/editor/articles/:id/history/restore',
    action: 'article.create',
    url: async (f) => `/editor/articles/${await draftWithTwoVersions(f)}/history/restore`,
    form: () => ({ version: '1' }),
  },
  // Restoring from the trash is a status change: editors and admins only, even for an author's own piece.
  {
    method: 'POST',
    route: '/editor/articles/:id/untrash',
    action: 'article.publish',
    url: async (f) => {
      const id = await f.authorDraft();
      await setArticleStatus(f.app.ctx, id, { to: 'trash' });
      return `/editor/articles/${id}/untrash`;
    },
    form: () => ({}),
  },
  { method: 'GET', route: '/editor/media/', action: 'media.upload', url: () => '/editor/media/' },
  { method: 'POST', route: '/editor/media', action: 'media.upload', url: () => '/editor/media', form: () => ({ alt: 'A blue rectangle' }), upload: matrixImage },
  // The desk's profiles, sections, tags and redirects: each row makes what it acts on, so every role's request has its own.
  { method: 'GET', route: '/editor/authors/', action: 'desk.authors', url: () => '/editor/authors/?q=matrix' },
  { method: 'GET', route: '/editor/authors/new', action: 'desk.authors', url: () => '/editor/authors/new' },
  { method: 'POST', route: '/editor/authors/new', action: 'desk.authors', url: () => '/editor/authors/new', form: () => ({ name: `Matrix Guest ${randomBytes(3).toString('hex')}`, orcid: '0000-0002-1825-0097' }) },
  { method: 'GET', route: '/editor/authors/:id/', action: 'desk.authors', url: async (f) => `/editor/authors/${(await makeAuthor(f.app.ctx)).id}/` },
  { method: 'POST', route: '/editor/authors/:id/', action: 'desk.authors', url: async (f) => `/editor/authors/${(await makeAuthor(f.app.ctx)).id}/`, form: () => ({ name: `Matrix Edited ${randomBytes(3).toString('hex')}` }) },
  { method: 'POST', route: '/editor/authors/:id/account', action: 'desk.authors', url: async (f) => `/editor/authors/${(await makeAuthor(f.app.ctx)).id}/account`, form: () => ({ account_email: '' }) },
  { method: 'POST', route: '/editor/authors/:id/merge', action: 'desk.authors', url: async (f) => `/editor/authors/${(await makeAuthor(f.app.ctx)).id}/merge`, form: async (f) => ({ into: String((await makeAuthor(f.app.ctx)).id) }) },
  { method: 'GET', route: '/editor/categories/', action: 'desk.taxonomy', url: () => '/editor/categories/' },
  { method: 'POST', route: '/editor/categories/', action: 'desk.taxonomy', url: () => '/editor/categories/', form: () => ({ name: `Matrix Section ${randomBytes(3).toString('hex')}`, description: 'Made by the matrix.' }) },
  { method: 'GET', route: '/editor/categories/:id/', action: 'desk.taxonomy', url: async (f) => `/editor/categories/${(await makeCategory(f.app.ctx)).id}/` },
  { method: 'POST', route: '/editor/categories/:id/', action: 'desk.taxonomy', url: async (f) => `/editor/categories/${(await makeCategory(f.app.ctx)).id}/`, form: () => ({ name: `Matrix Renamed ${randomBytes(3).toString('hex')}` }) },
  { method: 'POST', route: '/editor/categories/:id/move', action: 'desk.taxonomy', url: async (f) => `/editor/categories/${(await makeCategory(f.app.ctx)).id}/move`, form: () => ({ direction: 'up' }) },
  { method: 'POST', route: '/editor/categories/:id/delete', action: 'desk.taxonomy', url: async (f) => `/editor/categories/${(await makeCategory(f.app.ctx)).id}/delete`, form: () => ({}) },
  { method: 'GET', route: '/editor/tags/', action: 'desk.taxonomy', url: () => '/editor/tags/?q=matrix' },
  { method: 'GET', route: '/editor/tags/:id/', action: 'desk.taxonomy', url: async (f) => `/editor/tags/${(await ensureTags(f.app.ctx.db, [`Matrix ${randomBytes(3).toString('hex')}`]))[0]}/` },
  { method: 'POST', route: '/editor/tags/:id/', action: 'desk.taxonomy', url: async (f) => `/editor/tags/${(await ensureTags(f.app.ctx.db, [`Matrix ${randomBytes(3).toString('hex')}`]))[0]}/`, form: () => ({ name: `Matrix Tag ${randomBytes(3).toString('hex')}` }) },
  {
    method: 'POST',
    route: '/editor/tags/:id/merge',
    action: 'desk.taxonomy',
    url: async (f) => `/editor/tags/${(await ensureTags(f.app.ctx.db, [`Matrix ${randomBytes(3).toString('hex')}`]))[0]}/merge`,
    form: async (f) => {
      const name = `Matrix Kept ${randomBytes(3).toString('hex')}`;
      await ensureTags(f.app.ctx.db, [name]);
      return { into: name };
    },
  },
  { method: 'POST', route: '/editor/tags/:id/delete', action: 'desk.taxonomy', url: async (f) => `/editor/tags/${(await ensureTags(f.app.ctx.db, [`Matrix ${randomBytes(3).toString('hex')}`]))[0]}/delete`, form: () => ({}) },
  { method: 'GET', route: '/editor/redirects/', action: 'desk.redirects', url: () => '/editor/redirects/?q=matrix' },
  { method: 'POST', route: '/editor/redirects/', action: 'desk.redirects', url: () => '/editor/redirects/', form: () => ({ from: `/matrix-old-${randomBytes(3).toString('hex')}/`, to: '/' }) },
  {
    method: 'POST',
    route: '/editor/redirects/:id/delete',
    action: 'desk.redirects',
    url: async (f) => {
      const from = `/matrix-gone-${randomBytes(3).toString('hex')}/`;
      await addRedirect(f.app.ctx.db, { from, to: '/', source: 'manual', now: f.app.clock.now().toISOString() });
      return `/editor/redirects/${(await findRedirect(f.app.ctx.db, from))?.id}/delete`;
    },
    form: () => ({}),
  },
  // The editors' submission pages: 404 for everyone else (which submissions exist is not theirs to know).
  { method: 'GET', route: '/editor/submissions/', action: 'submission.queue', url: () => '/editor/submissions/?status=submitted&editor=unassigned', deniedStatus: 404 },
  { method: 'GET', route: '/editor/submissions/:id/', action: 'submission.queue', url: async (f) => `/editor/submissions/${await matrixSubmission(f)}/`, deniedStatus: 404 },
  {
    method: 'POST',
    route: '/editor/submissions/:id/',
    action: 'submission.decide',
    url: async (f) => `/editor/submissions/${await matrixSubmission(f)}/`,
    form: () => ({ intent: 'assign', handling_editor: '' }),
    deniedStatus: 404,
  },
  { method: 'GET', route: '/admin/', action: 'admin.view', url: () => '/admin/' },
  { method: 'GET', route: '/admin/users', action: 'admin.users', url: () => '/admin/users?q=a&role=reader' },
  { method: 'GET', route: '/admin/users/:id', action: 'admin.users', url: async (f) => `/admin/users/${await f.target()}` },
  { method: 'POST', route: '/admin/users/:id/role', action: 'admin.roles', url: async (f) => `/admin/users/${await f.target()}/role`, form: () => ({ role: 'author' }) },
  { method: 'POST', route: '/admin/users/:id/status', action: 'admin.users', url: async (f) => `/admin/users/${await f.target()}/status`, form: () => ({ disabled: '1' }) },
  { method: 'POST', route: '/admin/users/:id/trust', action: 'user.trust', url: async (f) => `/admin/users/${await f.target()}/trust`, form: () => ({ trusted: '1' }) },
  { method: 'POST', route: '/admin/users/:id/profile', action: 'admin.users', url: async (f) => `/admin/users/${await f.target()}/profile`, form: () => ({ author: 'new' }) },
  { method: 'GET', route: '/admin/outbox', action: 'admin.outbox', url: () => '/admin/outbox' },
  { method: 'GET', route: '/admin/outbox/:id', action: 'admin.outbox', url: (f) => `/admin/outbox/${f.outboxId}` },
  { method: 'GET', route: '/admin/audit', action: 'admin.audit', url: () => '/admin/audit?action=signin' },
  { method: 'GET', route: '/admin/settings', action: 'admin.settings', url: () => '/admin/settings' },
  { method: 'GET', route: '/admin/export', action: 'admin.settings', url: () => '/admin/export' },
  {
    method: 'POST',
    route: '/admin/settings',
    action: 'admin.settings',
    url: () => '/admin/settings',
    form: () => ({ name: 'Matrix Quarterly', tagline: 'Checked by role', disclaimer: 'Views are the authors’ own.', callToSubmit: 'Write for us.' }),
  },
  { method: 'POST', route: '/admin/settings/icon', action: 'admin.settings', url: () => '/admin/settings/icon', form: () => ({}), upload: matrixIcon },
  { method: 'POST', route: '/admin/settings/icon/remove', action: 'admin.settings', url: () => '/admin/settings/icon/remove' },
  { method: 'GET', route: '/admin/settings/reminders', action: 'admin.settings', url: () => '/admin/settings/reminders' },
  {
    method: 'POST',
    route: '/admin/settings/reminders',
    action: 'admin.settings',
    url: () => '/admin/settings/reminders',
    form: () => ({ unansweredAfterDays: '3', dueSoonDays: '2', overdueEveryDays: '3', overdueMaxTimes: '3', digestWeekday: '1' }),
  },
  { method: 'GET', route: '/review/', action: 'review.view_assigned', url: () => '/review/' },
  { method: 'GET', route: '/review/:id/', action: 'review.view_assigned', url: async (f, who) => `/review/${await reviewFor(f, who)}/` },
  { method: 'GET', route: '/review/:id/manuscript.md', action: 'review.view_assigned', url: async (f, who) => `/review/${await reviewFor(f, who)}/manuscript.md` },
  {
    method: 'POST',
    route: '/review/:id/',
    action: 'review.submit',
    url: async (f, who) => `/review/${await reviewFor(f, who)}/`,
    form: () => ({ intent: 'review', recommendation: 'minor', to_author: 'Clear and useful; the second section needs a map.' }),
  },
  // The author's side of submissions: each person's own submission (the author role's for anonymous and CSRF rows).
  { method: 'POST', route: '/submit/new', action: 'submission.create', url: () => '/submit/new', form: () => ({ title: 'Matrix submission', body: 'A first paragraph.', intent: 'save' }) },
  { method: 'GET', route: '/dashboard/submissions/:id/', action: 'submission.view_own', url: async (f, who) => `/dashboard/submissions/${await ownSubmission(f.app.ctx, who?.userId || (f.people.get('author') as Person).userId, 'submitted')}/` },
  { method: 'GET', route: '/dashboard/submissions/:id/edit', action: 'submission.edit_own', url: async (f, who) => `/dashboard/submissions/${await ownSubmission(f.app.ctx, who?.userId || (f.people.get('author') as Person).userId)}/edit` },
  {
    method: 'POST',
    route: '/dashboard/submissions/:id/edit',
    action: 'submission.edit_own',
    url: async (f, who) => `/dashboard/submissions/${await ownSubmission(f.app.ctx, who?.userId || (f.people.get('author') as Person).userId)}/edit`,
    form: () => ({ title: 'Matrix submission, edited', body: 'An edited paragraph.', intent: 'save' }),
  },
  { method: 'GET', route: '/dashboard/submissions/:id/withdraw', action: 'submission.withdraw_own', url: async (f, who) => `/dashboard/submissions/${await ownSubmission(f.app.ctx, who?.userId || (f.people.get('author') as Person).userId, 'submitted')}/withdraw` },
  {
    method: 'POST',
    route: '/dashboard/submissions/:id/withdraw',
    action: 'submission.withdraw_own',
    url: async (f, who) => `/dashboard/submissions/${await ownSubmission(f.app.ctx, who?.userId || (f.people.get('author') as Person).userId, 'submitted')}/withdraw`,
    form: () => ({ confirm: 'yes' }),
  },
];

/** Routes anyone may use: reading, feeds, assets, and the ways into an account. */
const PUBLIC = new Set([
  'GET /', 'GET /:slug/', 'GET /:slug', 'GET /:slug/cite.bib', 'GET /:slug/cite.ris', 'GET /visit/:id',
  'GET /category/:slug/', 'GET /category/:slug', 'GET /tag/:slug/', 'GET /tag/:slug', 'GET /author/:slug/', 'GET /author/:slug',
  'GET /search', 'GET /feed/', 'GET /feed/atom/', 'GET /feed', 'GET /category/:slug/feed/', 'GET /category/:slug/feed/atom/',
  'GET /tag/:slug/feed/', 'GET /tag/:slug/feed/atom/', 'GET /author/:slug/feed/', 'GET /author/:slug/feed/atom/', 'GET /sitemap.xml', 'GET /sitemap-:part', 'GET /robots.txt',
  'GET /static/:file', 'GET /media/:folder/:file', 'GET /media/i/:key/:file', 'GET /healthz', 'GET /submit/', 'GET /submit',
  'GET /login', 'POST /login', 'GET /logout', 'POST /logout', 'GET /register', 'POST /register', 'GET /register/sent',
  'GET /verify-email', 'GET /confirm-email', 'GET /forgot-password', 'POST /forgot-password', 'GET /forgot-password/sent',
  'GET /reset-password', 'POST /reset-password',
  'GET /favicon.ico', 'GET /apple-touch-icon.png', 'GET /apple-touch-icon-precomposed.png', 'GET /icons/:version/:file',
  // The submission form tells visitors without an account how to get one (signed in, the policy decides: author-submit.test.ts).
  'GET /submit/new',
  // Bare redirects to the guarded pages with a trailing slash.
  'GET /dashboard', 'GET /editor', 'GET /admin', 'GET /review',
]);

function expected(who: Who, rc: RouteCase, people: Map<Role, Person>): 'login' | 'ok' | 'forbidden' {
  if (who === 'anonymous') return 'login';
  const p = people.get(who) as Person;
  return can({ userId: p.userId, role: who, name: p.name, email: p.email, trusted: true, verified: true }, rc.action) ? 'ok' : 'forbidden';
}

describeEachApp('role × route matrix', (app) => {
  const people = new Map<Role, Person>();
  let fixtures: Fixtures;
  let anonymous: Client;
  let anonymousToken = '';

  before(async () => {
    const a = app();
    for (const role of ROLES) {
      const name = `Matrix ${role} ${randomBytes(2).toString('hex')}`;
      const u = await makeUser(a.ctx, { role, name });
      people.set(role, { userId: u.id, email: u.email, password: u.password, name });
      // A profile of their own, so the profile editor has something to save.
      if (can({ userId: u.id, role, name, email: u.email, trusted: true, verified: true }, 'profile.edit_own')) {
        await saveAuthor(a.ctx.db, { slug: `matrix-${role}-${u.id}`, name, userId: u.id }, a.clock.now().toISOString());
      }
    }
    const byline = await saveAuthor(a.ctx.db, { slug: `matrix-byline-${randomBytes(3).toString('hex')}`, name: 'Matrix Byline' }, a.clock.now().toISOString());
    const outboxId = await insertOutbox(a.ctx.db, { to: 'someone@example.org', subject: 'Matrix', text: 'Hello', html: '<p>Hello</p>', status: 'stored' }, a.clock.now().toISOString());
    fixtures = {
      app: a,
      people,
      outboxId,
      target: () => insertUser(a.ctx.db, { email: uniqueEmail('target'), name: 'Matrix Target', role: 'reader', passwordHash: 'x' }, a.clock.now().toISOString()),
      authorId: byline,
      authorDraft: () =>
        saveArticle(a.ctx, { title: `Matrix draft ${randomBytes(2).toString('hex')}`, bodyMarkdown: 'Draft text.', authorIds: [byline], categoryIds: [], tags: [], ownerUserId: (people.get('author') as Person).userId }),
    };
    anonymous = new Client(app);
    anonymousToken = hiddenValue((await anonymous.get('/login')).body, '_csrf');
  });

  /** One request with a session made for it alone, so routes that sign out cannot spoil the next row. */
  async function request(who: Who, rc: RouteCase): Promise<LightMyRequestResponse> {
    const url = await rc.url(fixtures, who === 'anonymous' ? undefined : people.get(who));
    if (who === 'anonymous') {
      return rc.method === 'GET'
        ? anonymous.get(url)
        : anonymous.post(url, { _csrf: anonymousToken, ...(rc.form ? await rc.form(fixtures, { userId: 0, email: '', password: '', name: 'Nobody' }) : {}) });
    }
    const person = people.get(who) as Person;
    const session = await createSession(app().ctx.db, person.userId, { persistent: false }, app().clock.now());
    const form = rc.method === 'POST' ? { _csrf: session.csrfSecret, ...(rc.form ? await rc.form(fixtures, person) : {}) } : undefined;
    const multipart = form && rc.upload ? multipartPayload(form, await rc.upload()) : undefined;
    return app().app.inject({
      method: rc.method,
      url,
      headers: {
        'user-agent': BROWSER_UA,
        accept: 'text/html',
        cookie: `${SESSION_COOKIE}=${session.token}`,
        ...(form ? { 'content-type': multipart ? multipart.contentType : 'application/x-www-form-urlencoded' } : {}),
      },
      ...(form ? { payload: multipart ? multipart.payload : new URLSearchParams(form).toString() } : {}),
    });
  }

  for (const rc of ROUTES) {
    test(`${rc.method} ${rc.route} (${rc.action}: ${POLICY_TABLE[rc.action].roles.join(', ')})`, async () => {
      for (const who of ['anonymous', ...ROLES] as Who[]) {
        const res = await request(who, rc);
        const want = expected(who, rc, people);
        const where = `${rc.method} ${rc.route} as ${who}`;
        const location = String(res.headers.location ?? '');
        if (want === 'login') {
          assert.equal(res.statusCode, 303, `${where}: ${res.statusCode}`);
          assert.ok(location.startsWith('/login?next='), `${where} → ${location}`);
        } else if (want === 'forbidden') {
          if (rc.deniedStatus === 404) {
            assert.equal(res.statusCode, 404, `${where}: ${res.statusCode} ${location}`);
          } else {
            assert.equal(res.statusCode, 403, `${where}: ${res.statusCode} ${location}`);
            assert.ok(/Not allowed|not allowed/.test(res.body), `${where}: the 403 page explains itself`);
          }
        } else if (rc.method === 'GET') {
          assert.equal(res.statusCode, 200, `${where}: ${res.statusCode} ${location}`);
          assert.equal(res.headers['cache-control'], 'no-store', `${where} is never cached`);
        } else if (rc.okStatus) {
          assert.equal(res.statusCode, rc.okStatus, `${where}: ${res.statusCode}`);
        } else {
          assert.equal(res.statusCode, 303, `${where}: ${res.statusCode}`);
          assert.ok(!location.startsWith('/login?next='), `${where} → ${location}`);
        }
      }
    });
  }

  test('a POST without a CSRF token is refused for every role, before the policy is even asked', async () => {
    for (const rc of ROUTES.filter((r) => r.method === 'POST')) {
      for (const who of ROLES) {
        const person = people.get(who) as Person;
        const session = await createSession(app().ctx.db, person.userId, { persistent: false }, app().clock.now());
        const res = await app().app.inject({
          method: 'POST',
          url: await rc.url(fixtures),
          headers: { accept: 'text/html', cookie: `${SESSION_COOKIE}=${session.token}`, 'content-type': 'application/x-www-form-urlencoded' },
          payload: 'name=x',
        });
        assert.equal(res.statusCode, 403, `${rc.route} as ${who}`);
      }
    }
  });

  test('every route the app registers is either public or in this matrix', () => {
    const covered = new Set(ROUTES.map((r) => `${r.method} ${r.route}`));
    const registered = app()
      .app.routeList.filter((r) => r.method !== 'HEAD' && r.method !== 'OPTIONS')
      .map((r) => `${r.method} ${r.url}`);
    const loose = registered.filter((r) => !covered.has(r) && !PUBLIC.has(r));
    assert.deepEqual(loose, [], 'routes neither public nor in the role × route matrix');
    const stale = [...covered].filter((r) => !registered.includes(r));
    assert.deepEqual(stale, [], 'matrix rows for routes that no longer exist');
    // Every action that guards a page appears in the table at least once.
    const guarded = new Set(ROUTES.map((r) => r.action));
    for (const a of ['dashboard.view', 'account.manage_own', 'profile.edit_own', 'editor.desk', 'article.create', 'article.publish', 'media.upload', 'desk.authors', 'desk.taxonomy', 'desk.redirects', 'submission.queue', 'submission.decide', 'user.trust', 'admin.view', 'admin.users', 'admin.roles', 'admin.settings', 'admin.outbox', 'admin.audit'] as Action[]) {
      assert.ok(guarded.has(a), `${a} is exercised`);
    }
  });
});
