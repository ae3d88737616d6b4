import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { NotFoundError } from '../../../shared/errors.js';
import type { PageMeta, SiteVM } from '../../pages/view-models.js';
import type { WebDeps } from '../deps.js';

// Small pieces the desk's profile, section, tag and redirect screens share:
// answers that are never cached, ids from the path, form values as typed.

export const DESK_PER_PAGE = 25;

/** A desk page: private, so no cache of any kind keeps it. */
export function sendDesk(reply: FastifyReply, html: string, status = 200): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
}

const IdParam = z.object({ id: z.coerce.number().int().min(1).max(2_147_483_647) });

/** The `:id` of the path, or a 404 naming what was looked for. */
export function idParam(request: FastifyRequest, what: string): number {
  const parsed = IdParam.safeParse(request.params);
  if (!parsed.success) throw new NotFoundError(what);
  return parsed.data.id;
}

/** Every string field of a form body as typed (the first of repeated ones), capped so a page never echoes megabytes. */
export function formValues(body: unknown, max = 20_000): Record<string, string> {
  const out: Record<string, string> = {};
  if (!body || typeof body !== 'object') return out;
  for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
    const first = Array.isArray(v) ? v[0] : v;
    if (typeof first === 'string' && k !== '_csrf') out[k] = first.slice(0, max);
  }
  return out;
}

export function queryText(query: unknown, key: string, max = 100): string {
  const v = query && typeof query === 'object' ? (query as Record<string, unknown>)[key] : undefined;
  const first = Array.isArray(v) ? v[0] : v;
  return typeof first === 'string' ? first.trim().slice(0, max) : '';
}

/** The "saved" line for `?saved=key`, from the page's own messages. */
export function savedNotice(request: FastifyRequest, messages: Record<string, string>): string | undefined {
  const key = queryText(request.query, 'saved', 40);
  return Object.hasOwn(messages, key) ? messages[key] : undefined;
}

/** Site chrome and head for a desk page. */
export async function deskChrome(web: WebDeps, title: string, path: string): Promise<{ site: SiteVM; meta: PageMeta }> {
  return { site: await web.chrome.site(), meta: { title, description: title, canonical: web.chrome.absolute(path), noindex: true } };
}

const timeLabel = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
export const dayLabel = (iso: string): string => timeLabel.format(new Date(iso));
