import { randomBytes } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { createUserFromCli } from '../../src/domain/accounts/user-admin.service.js';
import type { Role } from '../../src/domain/accounts/policy.js';
import type { DomainContext } from '../../src/domain/context.js';
import type { TestApp } from '../helpers/app.js';
import { BROWSER_UA } from '../helpers/app.js';

// A cookie-keeping client over app.inject, so the account tests read like a
// person using a browser: open a form, fill it in, follow the answer.

export interface ParsedCookie {
  name: string;
  value: string;
  attributes: Record<string, string | true>;
}

export function parseSetCookie(header: string): ParsedCookie {
  const [pair = '', ...attrs] = header.split(';').map((s) => s.trim());
  const eq = pair.indexOf('=');
  const attributes: Record<string, string | true> = {};
  for (const a of attrs) {
    const i = a.indexOf('=');
    if (i === -1) attributes[a.toLowerCase()] = true;
    else attributes[a.slice(0, i).toLowerCase()] = a.slice(i + 1);
  }
  return { name: pair.slice(0, eq), value: pair.slice(eq + 1), attributes };
}

export function setCookies(res: LightMyRequestResponse): ParsedCookie[] {
  const raw = res.headers['set-cookie'];
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return list.map(parseSetCookie);
}

export function hiddenValue(html: string, name: string): string {
  const m = html.match(new RegExp(`<input type="hidden" name="${name}" value="([^"]*)"`));
  return m?.[1] ?? '';
}

export function uniqueEmail(prefix = 'person'): string {
  return `${prefix}-${randomBytes(4).toString('hex')}@example.org`;
}

export function randomIp(): string {
  const b = randomBytes(3);
  return `10.${b[0]}.${b[1]}.${b[2]}`;
}

/** A strong password nobody would guess, different per call. */
export function strongPassword(): string {
  return `river-lantern-${randomBytes(3).toString('hex')}-orchard`;
}

export class Client {
  readonly cookies = new Map<string, string>();
  constructor(
    private readonly app: () => TestApp,
    readonly ip = randomIp(),
  ) {}

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request(method: 'GET' | 'POST', url: string, form?: Record<string, string>, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const res = await this.app().app.inject({
      method,
      url,
      remoteAddress: this.ip,
      headers: {
        'user-agent': BROWSER_UA,
        accept: 'text/html',
        ...(this.cookies.size ? { cookie: this.cookieHeader() } : {}),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        ...headers,
      },
      ...(form ? { payload: new URLSearchParams(form).toString() } : {}),
    });
    for (const c of setCookies(res)) {
      const expired = c.attributes['max-age'] === '0' || (typeof c.attributes.expires === 'string' && Date.parse(c.attributes.expires) < Date.now() - 1000 && c.value === '');
      if (expired || c.value === '') this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return res;
  }

  get(url: string): Promise<LightMyRequestResponse> {
    return this.request('GET', url);
  }

  post(url: string, form: Record<string, string>): Promise<LightMyRequestResponse> {
    return this.request('POST', url, form);
  }

  /** Opens the page with the form, waits like a person (the test clock), and submits it with its hidden fields. */
  async submit(page: string, action: string, fields: Record<string, string>, waitMs = 3000): Promise<LightMyRequestResponse> {
    const html = (await this.get(page)).body;
    const hidden: Record<string, string> = { _csrf: hiddenValue(html, '_csrf') };
    const ft = hiddenValue(html, '_ft');
    if (ft) hidden._ft = ft;
    const next = hiddenValue(html, 'next');
    if (next) hidden.next = next;
    this.app().clock.advance(waitMs);
    return this.post(action, { ...hidden, ...fields });
  }

  async signIn(email: string, password: string, remember = false): Promise<LightMyRequestResponse> {
    return this.submit('/login', '/login', { email, password, ...(remember ? { remember: 'on' } : {}) }, 0);
  }
}

export async function makeUser(
  ctx: DomainContext,
  overrides: Partial<{ email: string; name: string; role: Role; password: string }> = {},
): Promise<{ id: number; email: string; password: string; name: string }> {
  const email = overrides.email ?? uniqueEmail();
  const password = overrides.password ?? strongPassword();
  const name = overrides.name ?? 'Test Person';
  const user = await createUserFromCli(ctx, { email, name, role: overrides.role ?? 'reader', password });
  return { id: user.id, email, password, name };
}

/** The newest outbox message to an address. */
export async function lastMailTo(ctx: DomainContext, to: string) {
  return ctx.db.selectFrom('outbox').selectAll().where('to_address', '=', to.toLowerCase()).orderBy('id', 'desc').executeTakeFirst();
}

/** The path and query of the first link to `path` in a message body, e.g. "/verify-email?token=…". */
export function linkIn(text: string, path: string): string {
  const m = text.match(new RegExp(`https?://[^/\\s]+(${path.replace(/[/]/g, '\\/')}\\?token=[A-Za-z0-9_%-]+)`));
  if (!m?.[1]) throw new Error(`no ${path} link in:\n${text}`);
  return m[1];
}

/** Moves the clock to just after the next whole hour, so fixed rate-limit windows start empty. */
export function toFreshWindow(app: TestApp): void {
  const now = app.clock.now().getTime();
  const hour = 3600 * 1000;
  app.clock.set(new Date(Math.ceil((now + 1) / hour) * hour + 1000).toISOString());
}
