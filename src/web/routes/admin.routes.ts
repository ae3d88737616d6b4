import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { parseForm, RoleSchema } from '../../domain/accounts/accounts.schemas.js';
import type { RequestMeta } from '../../domain/accounts/accounts.service.js';
import { listAudit, type AuditAction, type AuditEntry } from '../../domain/accounts/audit.js';
import { can, ROLES, type Actor, type Role } from '../../domain/accounts/policy.js';
import { changeRole, setAccountDisabled, setTrusted } from '../../domain/accounts/user-admin.service.js';
import { findUserById, listUsers, type User } from '../../domain/accounts/users.queries.js';
import { findAuthorByUserId, listUnlinkedAuthors } from '../../domain/authors/authors.js';
import { linkAccountToProfile, profileVisibilityChanged } from '../../domain/authors/profile.service.js';
import { findOutboxMessage, listOutbox } from '../../domain/mail/outbox.queries.js';
import { HIDDEN_LINK_TEXT, redactLinks } from '../../domain/mail/redact-links.js';
import { getSiteSettings, updateSiteSettings, type SiteSettings } from '../../domain/settings/settings.js';
import { ICON_MAX_BYTES, iconPath, IconError, isGeneratedIconVersion, removeSiteIcon, saveSiteIcon } from '../../domain/settings/site-icon.js';
import { NotFoundError, ValidationError } from '../../shared/errors.js';
import { isTimeZone, timeZoneNames } from '../../shared/time-zone.js';
import {
  renderAdminUser,
  renderAdminUsers,
  renderAudit,
  renderOutbox,
  renderOutboxMessage,
  renderSettings,
  type AdminPageVM,
  type AuditRowVM,
  type UserRowVM,
} from '../pages/admin-pages.js';
import type { LinkVM, PaginationVM } from '../pages/view-models.js';
import { multipartForm } from '../plugins/multipart-form.js';
import { pageGuard } from '../plugins/session.js';
import { paginate } from '../view/cards.js';
import { parsePage } from '../view/query.js';
import type { WebDeps } from './deps.js';

// The admin screens. Every handler is behind pageGuard with its policy action;
// the services check the policy again and write the audit log. Forms post,
// redirect back with ?saved=…, or come back filled with messages (400).

const PER_PAGE = 25;

export const ROLE_LABELS: Record<Role, string> = { reader: 'Reader', author: 'Author', reviewer: 'Reviewer', editor: 'Editor', admin: 'Admin' };

// A Record, so adding an audit action without a label here fails to compile.
const AUDIT_LABELS: Record<AuditAction, string> = {
  signin: 'Signed in',
  'signin.failed': 'Failed sign-in',
  'signin.locked': 'Sign-in locked out',
  signout: 'Signed out',
  'signout.everywhere': 'Signed out everywhere',
  register: 'Registered',
  'email.verified': 'Email confirmed',
  'email.change_requested': 'Email change requested',
  'email.changed': 'Email changed',
  'password.changed': 'Password changed',
  'password.reset_requested': 'Password reset requested',
  'password.reset': 'Password reset',
  'role.changed': 'Role changed',
  'account.disabled': 'Account disabled',
  'account.enabled': 'Account enabled',
  'account.trusted': 'Account trusted',
  'account.untrusted': 'Account no longer trusted',
  'account.created_cli': 'Account created (command line)',
  'profile.linked': 'Profile linked',
};

const SAVED: Record<string, string> = {
  role: 'The role was changed.',
  disabled: 'The account was disabled and signed out everywhere.',
  enabled: 'The account was enabled.',
  trusted: 'The account is trusted: its profile links are now public.',
  untrusted: 'The account is no longer trusted: its profile links are hidden.',
  profile: 'The author profile was linked.',
  settings: 'The settings were saved. Public pages show them now.',
  icon: 'The new icon was saved. Every page links it now; a browser may take a reload to show it in the tab.',
  'icon-removed': 'The uploaded icon was removed: pages show the icon made from the site’s initials.',
};

export const SETTINGS_LIMITS = { name: 80, tagline: 140, disclaimer: 500, callToSubmit: 500 } as const;

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v) ?? '';
const settingText = (max: number, label: string) =>
  z.preprocess(one, z.string().trim().max(max, `Keep the ${label} to ${max} characters or fewer.`));

const SettingsForm = z.object({
  name: settingText(SETTINGS_LIMITS.name, 'site name').pipe(z.string().min(1, 'Enter the name of the site.')),
  tagline: settingText(SETTINGS_LIMITS.tagline, 'tagline'),
  disclaimer: settingText(SETTINGS_LIMITS.disclaimer, 'disclaimer'),
  callToSubmit: settingText(SETTINGS_LIMITS.callToSubmit, 'call to submit'),
  timeZone: z.preprocess((v) => one(v) || 'UTC', z.string().refine(isTimeZone, 'Choose a time zone from the list.')),
});

const UsersQuery = z.object({
  q: z.preprocess(one, z.string().max(100)).catch(''),
  role: z.preprocess(one, z.union([RoleSchema, z.literal('')])).catch(''),
});

const IdParam = z.object({ id: z.coerce.number().int().min(1).max(2_147_483_647) });

function idOf(request: FastifyRequest): number {
  const parsed = IdParam.safeParse(request.params);
  if (!parsed.success) throw new NotFoundError('account');
  return parsed.data.id;
}

function bodyField(body: unknown, key: string): string {
  const v = body && typeof body === 'object' ? (body as Record<string, unknown>)[key] : undefined;
  return typeof v === 'string' ? v : '';
}

function queryField(query: unknown, key: string): string {
  const v = query && typeof query === 'object' ? (query as Record<string, unknown>)[key] : undefined;
  return typeof v === 'string' ? v : '';
}

function send(reply: FastifyReply, html: string, status = 200): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
}

function meta(request: FastifyRequest): RequestMeta {
  return { ip: request.ip, userAgent: request.headers['user-agent'] ?? '' };
}

const timeLabel = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
const when = (iso: string) => `${timeLabel.format(new Date(iso))} UTC`;

function userRow(u: User): UserRowVM {
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    roleLabel: ROLE_LABELS[u.role],
    statusLabel: u.status === 'active' ? 'Active' : 'Disabled',
    verified: u.emailVerifiedAt !== null,
    trusted: u.trusted,
    createdLabel: when(u.createdAt),
  };
}

/** The admin sections this actor may open, for the section navigation. */
export function adminNav(actor: Actor | null): LinkVM[] {
  const links: LinkVM[] = [];
  if (can(actor, 'admin.users')) links.push({ name: 'Accounts', url: '/admin/users' });
  if (can(actor, 'admin.outbox')) links.push({ name: 'Mail outbox', url: '/admin/outbox' });
  if (can(actor, 'admin.audit')) links.push({ name: 'Audit log', url: '/admin/audit' });
  if (can(actor, 'admin.settings')) links.push({ name: 'Site settings', url: '/admin/settings' });
  return links;
}

export function registerAdminRoutes(app: FastifyInstance, web: WebDeps): void {
  const { ctx, chrome } = web;

  async function base(request: FastifyRequest, reply: FastifyReply, title: string, path: string, current: string): Promise<AdminPageVM> {
    const note = SAVED[queryField(request.query, 'saved')];
    return {
      site: await chrome.site(),
      meta: { title, description: title, canonical: chrome.absolute(path), noindex: true },
      csrf: reply.csrfToken(),
      nav: adminNav(request.actor),
      current,
      ...(note ? { notice: note } : {}),
    };
  }

  async function auditRows(entries: AuditEntry[]): Promise<AuditRowVM[]> {
    const ids = [...new Set(entries.flatMap((e) => [e.actorUserId, e.targetUserId]).filter((id): id is number => id !== null))];
    const users = new Map((await Promise.all(ids.map((id) => findUserById(ctx.db, id)))).filter((u): u is User => !!u).map((u) => [u.id, u]));
    const who = (id: number | null) => (id === null ? '—' : (users.get(id)?.email ?? `#${id}`));
    return entries.map((e) => ({
      at: e.at,
      atLabel: when(e.at),
      action: e.action,
      actor: who(e.actorUserId),
      target: who(e.targetUserId),
      ip: e.ip || '—',
      detail: e.detail,
    }));
  }

  // ---------- Accounts ----------

  app.get('/admin/users', { preHandler: pageGuard('admin.users') }, async (request, reply) => {
    const page = parsePage(request.query);
    const query = UsersQuery.parse(request.query ?? {});
    const { total, users } = await listUsers(ctx.db, { ...(query.q ? { q: query.q } : {}), ...(query.role ? { role: query.role } : {}), limit: PER_PAGE, offset: (page - 1) * PER_PAGE });
    if (page > 1 && users.length === 0) throw new NotFoundError('page');
    const params: Record<string, string> = {};
    if (query.q) params.q = query.q;
    if (query.role) params.role = query.role;
    return send(
      reply,
      renderAdminUsers({
        ...(await base(request, reply, 'Accounts', '/admin/users', '/admin/users')),
        query: { q: query.q, role: query.role },
        roleOptions: ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] })),
        users: users.map(userRow),
        total,
        pagination: paginate('/admin/users', page, total, PER_PAGE, params),
      }),
    );
  });

  async function userPage(request: FastifyRequest, reply: FastifyReply, userId: number, errors: Record<string, string> = {}, values: { role?: string; author?: string } = {}) {
    const actor = request.actor as Actor;
    const user = await findUserById(ctx.db, userId);
    if (!user) throw new NotFoundError('account');
    const self = actor.userId === user.id;
    const [profile, unlinked, history] = await Promise.all([
      findAuthorByUserId(ctx.db, user.id),
      listUnlinkedAuthors(ctx.db),
      listAudit(ctx.db, { targetUserId: user.id, limit: 20 }),
    ]);
    const status = Object.keys(errors).length > 0 ? 400 : 200;
    return send(
      reply,
      renderAdminUser({
        ...(await base(request, reply, user.name, `/admin/users/${user.id}`, '/admin/users')),
        errors,
        user: { ...userRow(user), role: user.role, disabled: user.status === 'disabled' },
        roleOptions: can(actor, 'admin.roles') && !self ? ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] })) : null,
        canDisable: can(actor, 'admin.users') && !self,
        canTrust: can(actor, 'user.trust'),
        canLink: can(actor, 'admin.users'),
        profile: profile ? { name: profile.name, url: `/author/${profile.slug}/` } : null,
        profileOptions: unlinked.map((a) => ({ value: String(a.id), label: `${a.name} (/author/${a.slug}/)` })),
        values: { role: values.role ?? user.role, author: values.author ?? 'new' },
        audit: await auditRows(history),
      }),
      status,
    );
  }

  app.get('/admin/users/:id', { preHandler: pageGuard('admin.users') }, async (request, reply) => userPage(request, reply, idOf(request)));

  app.post('/admin/users/:id/role', { preHandler: pageGuard('admin.roles') }, async (request, reply) => {
    const id = idOf(request);
    const form = parseForm(z.object({ role: z.preprocess(one, RoleSchema) }), request.body);
    if (!form.ok) return userPage(request, reply, id, { role: 'Choose one of the roles in the list.' });
    await changeRole(ctx, request.actor, id, form.data.role, meta(request));
    return reply.redirect(`/admin/users/${id}?saved=role`, 303);
  });

  app.post('/admin/users/:id/status', { preHandler: pageGuard('admin.users') }, async (request, reply) => {
    const id = idOf(request);
    const disabled = bodyField(request.body, 'disabled') === '1';
    await setAccountDisabled(ctx, request.actor, id, disabled, meta(request));
    return reply.redirect(`/admin/users/${id}?saved=${disabled ? 'disabled' : 'enabled'}`, 303);
  });

  // Editors may trust accounts too (user.trust), though the account screens are for admins.
  app.post('/admin/users/:id/trust', { preHandler: pageGuard('user.trust') }, async (request, reply) => {
    const id = idOf(request);
    const trusted = bodyField(request.body, 'trusted') === '1';
    await setTrusted(ctx, request.actor, id, trusted, meta(request));
    await profileVisibilityChanged(ctx, id);
    const saved = trusted ? 'trusted' : 'untrusted';
    return reply.redirect(can(request.actor, 'admin.users') ? `/admin/users/${id}?saved=${saved}` : `/editor/?saved=${saved}`, 303);
  });

  app.post('/admin/users/:id/profile', { preHandler: pageGuard('admin.users') }, async (request, reply) => {
    const id = idOf(request);
    const choice = bodyField(request.body, 'author');
    const authorId = /^[1-9][0-9]{0,9}$/.test(choice) ? Number(choice) : undefined;
    if (choice !== 'new' && authorId === undefined) return userPage(request, reply, id, { author: 'Choose a profile from the list.' }, { author: choice });
    try {
      await linkAccountToProfile(ctx, request.actor, id, authorId === undefined ? { kind: 'create' } : { kind: 'existing', authorId }, meta(request));
    } catch (err) {
      if (err instanceof ValidationError) return userPage(request, reply, id, err.fields, { author: choice });
      throw err;
    }
    return reply.redirect(`/admin/users/${id}?saved=profile`, 303);
  });

  // ---------- Outbox ----------

  app.get('/admin/outbox', { preHandler: pageGuard('admin.outbox') }, async (request, reply) => {
    const page = parsePage(request.query);
    const { total, messages } = await listOutbox(ctx.db, { limit: PER_PAGE, offset: (page - 1) * PER_PAGE });
    if (page > 1 && messages.length === 0) throw new NotFoundError('page');
    return send(
      reply,
      renderOutbox({
        ...(await base(request, reply, 'Mail outbox', '/admin/outbox', '/admin/outbox')),
        messages: messages.map((m) => ({ id: m.id, to: m.to, subject: m.subject, status: m.status, createdAt: m.createdAt, createdLabel: when(m.createdAt) })),
        total,
        pagination: paginate('/admin/outbox', page, total, PER_PAGE),
      }),
    );
  });

  app.get('/admin/outbox/:id', { preHandler: pageGuard('admin.outbox') }, async (request, reply) => {
    const parsed = IdParam.safeParse(request.params);
    const m = parsed.success ? await findOutboxMessage(ctx.db, parsed.data.id) : undefined;
    if (!m) throw new NotFoundError('message');
    // Never a live link on screen, delivered or not: an admin must not be able to use
    // someone's reset or confirmation link (the developer without SMTP reads the table).
    const shown = redactLinks(m, HIDDEN_LINK_TEXT);
    return send(
      reply,
      renderOutboxMessage({
        ...(await base(request, reply, m.subject || 'Message', `/admin/outbox/${m.id}`, '/admin/outbox')),
        message: {
          id: m.id,
          to: m.to,
          subject: m.subject,
          status: m.status,
          createdAt: m.createdAt,
          createdLabel: when(m.createdAt),
          text: shown.text,
          html: shown.html,
          error: m.error,
          sentLabel: m.sentAt ? when(m.sentAt) : null,
          attempts: m.attempts,
          nextAttemptLabel: m.status === 'queued' && m.nextAttemptAt ? when(m.nextAttemptAt) : null,
        },
      }),
    );
  });

  // ---------- Audit log ----------

  app.get('/admin/audit', { preHandler: pageGuard('admin.audit') }, async (request, reply) => {
    const page = parsePage(request.query);
    const wanted = queryField(request.query, 'action');
    const action = Object.hasOwn(AUDIT_LABELS, wanted) ? (wanted as AuditAction) : undefined;
    // One row more than shown tells whether there is a next page without counting the whole log.
    const entries = await listAudit(ctx.db, { ...(action ? { action } : {}), limit: PER_PAGE + 1, offset: (page - 1) * PER_PAGE });
    if (page > 1 && entries.length === 0) throw new NotFoundError('page');
    const link = (n: number) => {
      const qs = new URLSearchParams(action ? { action } : {});
      if (n > 1) qs.set('page', String(n));
      return `/admin/audit${qs.size ? `?${qs}` : ''}`;
    };
    const hasNext = entries.length > PER_PAGE;
    const pagination: PaginationVM = {
      page,
      totalPages: hasNext ? page + 1 : page,
      ...(page > 1 ? { prevUrl: link(page - 1) } : {}),
      ...(hasNext ? { nextUrl: link(page + 1) } : {}),
    };
    return send(
      reply,
      renderAudit({
        ...(await base(request, reply, 'Audit log', '/admin/audit', '/admin/audit')),
        action: action ?? '',
        actionOptions: (Object.entries(AUDIT_LABELS) as Array<[AuditAction, string]>).map(([value, label]) => ({ value, label })),
        rows: await auditRows(entries.slice(0, PER_PAGE)),
        pagination,
      }),
    );
  });

  // ---------- Settings ----------

  async function settingsPage(request: FastifyRequest, reply: FastifyReply, values: SiteSettings, errors: Record<string, string> = {}) {
    const status = Object.keys(errors).length > 0 ? 400 : 200;
    const vm = await base(request, reply, 'Site settings', '/admin/settings', '/admin/settings');
    const { iconVersion } = await chrome.load();
    const icon = { url: iconPath(iconVersion, 'icon-192.png'), generated: isGeneratedIconVersion(iconVersion) };
    return send(reply, renderSettings({ ...vm, errors, values, limits: SETTINGS_LIMITS, timeZones: timeZoneNames(), icon }), status);
  }

  // The icon has its own small multipart form: the settings form stays urlencoded.
  app.post(
    '/admin/settings/icon',
    {
      preHandler: pageGuard('admin.settings'),
      preValidation: multipartForm({ maxFileBytes: ICON_MAX_BYTES, tooLarge: 'The icon file may be up to 2 MB. Choose a smaller image.' }),
    },
    async (request, reply) => {
      const file = request.uploads?.get('icon');
      const current = await getSiteSettings(ctx.db);
      if (!file || file.data.length === 0) return settingsPage(request, reply, current, { icon: 'Choose an image file for the icon.' });
      try {
        await ctx.db.transaction().execute((tx) => saveSiteIcon(tx, request.actor, file.data));
      } catch (err) {
        if (err instanceof IconError) return settingsPage(request, reply, current, err.fields);
        throw err;
      }
      // Every page links the icon by version: caches and the chrome must hear of it.
      ctx.events.emit({ kind: 'settings' });
      return reply.redirect('/admin/settings?saved=icon', 303);
    },
  );

  app.post('/admin/settings/icon/remove', { preHandler: pageGuard('admin.settings') }, async (request, reply) => {
    await ctx.db.transaction().execute((tx) => removeSiteIcon(tx, request.actor));
    ctx.events.emit({ kind: 'settings' });
    return reply.redirect('/admin/settings?saved=icon-removed', 303);
  });

  app.get('/admin/settings', { preHandler: pageGuard('admin.settings') }, async (request, reply) => settingsPage(request, reply, await getSiteSettings(ctx.db)));

  app.post('/admin/settings', { preHandler: pageGuard('admin.settings') }, async (request, reply) => {
    const form = parseForm(SettingsForm, request.body);
    if (!form.ok) {
      const raw = (k: keyof SiteSettings) => bodyField(request.body, k).slice(0, 2000);
      return settingsPage(request, reply, { name: raw('name'), tagline: raw('tagline'), disclaimer: raw('disclaimer'), callToSubmit: raw('callToSubmit'), timeZone: raw('timeZone') }, form.fields);
    }
    // Through updateSiteSettings: it tells the page caches, which hold the old name and disclaimer.
    await updateSiteSettings(ctx, form.data);
    return reply.redirect('/admin/settings?saved=settings', 303);
  });
}
