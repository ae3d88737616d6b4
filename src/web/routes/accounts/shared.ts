import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AccountDeps, RequestMeta } from '../../../domain/accounts/accounts.service.js';
import type { Actor } from '../../../domain/accounts/policy.js';
import type { PersonVM } from '../../pages/account-pages.js';
import type { PageMeta, SiteVM } from '../../pages/view-models.js';
import type { WebDeps } from '../deps.js';

// What every account page group shares: reading loose form and query values, the
// notices shown after a redirect, and the page frame (site, meta, CSRF token).
// Account pages are never cached.

const NOTICES: Record<string, string> = {
  reset: 'Your password was changed. Sign in with the new one.',
  signedout: 'You are signed out.',
  everywhere: 'You are signed out on every device.',
  name: 'Your name was saved.',
  password: 'Your password was changed. Other devices were signed out.',
  email: 'We sent a confirmation link to the new address. Your address changes when you open it.',
  verify: 'We sent a new confirmation link. It works for 48 hours.',
};

export function notice(query: unknown, key: string): string | undefined {
  const v = query && typeof query === 'object' ? (query as Record<string, unknown>)[key] : undefined;
  return typeof v === 'string' ? NOTICES[v] : undefined;
}

export function queryString(query: unknown, key: string): string {
  const v = query && typeof query === 'object' ? (query as Record<string, unknown>)[key] : undefined;
  return typeof v === 'string' ? v.slice(0, 500) : '';
}

export function bodyString(body: unknown, key: string): string {
  const v = body && typeof body === 'object' ? (body as Record<string, unknown>)[key] : undefined;
  return typeof v === 'string' ? v : '';
}

const roleLabels: Record<Actor['role'], string> = { reader: 'Reader', author: 'Author', reviewer: 'Reviewer', editor: 'Editor', admin: 'Admin' };

export function person(actor: Actor): PersonVM {
  return { name: actor.name, email: actor.email, roleLabel: roleLabels[actor.role], verified: actor.verified };
}

export function send(reply: FastifyReply, html: string, status = 200): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
}

export function requestMeta(request: FastifyRequest): RequestMeta {
  return { ip: request.ip, userAgent: request.headers['user-agent'] ?? '' };
}

/** What the account route groups are built from: one per app, made by accountRouteContext. */
export interface AccountRouteContext {
  web: WebDeps;
  deps: AccountDeps;
  /** Secure cookies with __Host- names (SITE_URL is https) */
  secure: boolean;
  /** the frame of every account page: site settings, meta (never indexed), CSRF token */
  base(reply: FastifyReply, title: string, path: string): Promise<{ site: SiteVM; meta: PageMeta; csrf: string }>;
}

export function accountRouteContext(web: WebDeps): AccountRouteContext {
  const { chrome, config } = web;
  const meta = (title: string, path: string): PageMeta => ({ title, description: title, canonical: chrome.absolute(path), noindex: true });
  return {
    web,
    deps: { ctx: web.ctx, mail: web.mail, siteUrl: config.siteUrl },
    secure: config.siteUrl.startsWith('https:'),
    base: async (reply, title, path) => ({ site: await chrome.site(), meta: meta(title, path), csrf: reply.csrfToken() }),
  };
}
