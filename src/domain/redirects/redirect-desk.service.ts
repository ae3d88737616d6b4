import { NotFoundError, ValidationError } from '../../shared/errors.js';
import { requireCan, type Actor } from '../accounts/policy.js';
import type { DomainContext } from '../context.js';
import { addRedirect, deleteRedirect, findRedirect, normalizeSitePath } from './redirects.queries.js';

// Redirects made by hand at the desk. addRedirect keeps the table flat and
// refuses a redirect to itself; here the target is followed through the
// redirects that already exist (as a reader's browser would follow them), so a
// new entry can never close a loop, and the stored target is the final page.

/** The longest chain followed; the table is kept flat, so more than a hop or two means old, damaged data. */
const MAX_HOPS = 20;

/** Paths compared the way findRedirect looks them up: with or without the trailing slash. */
export function redirectKey(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

function checkPath(raw: string, which: 'old' | 'new'): { path?: string; message?: string } {
  const typed = raw.trim();
  const example = which === 'old' ? '/old-title/' : '/new-title/';
  if (!typed) return { message: `Enter the ${which} address, such as ${example}` };
  if (/^[a-z][a-z0-9+.-]*:/i.test(typed)) return { message: `Enter only the path on this site, starting with / (such as ${example}), without https:// and the site’s name.` };
  if (!typed.startsWith('/')) return { message: `The ${which} address must start with /, such as ${example}` };
  const path = normalizeSitePath(typed);
  if (!path || path.length !== typed.replace(/[?#].*$/, '').length) {
    return { message: `That is not a path on this site: use letters, digits, - and /, with no spaces, //, .. or quotes.` };
  }
  if (/[?#]/.test(typed)) return { message: 'Leave out the ? or # part: the visitor’s query string is kept when the redirect is followed.' };
  return { path };
}

/** Adds a redirect typed at the desk; returns the stored entry's target (the end of any chain it points into). */
export async function addManualRedirect(ctx: DomainContext, actor: Actor | null, input: { from: string; to: string }): Promise<{ from: string; to: string }> {
  requireCan(actor, 'desk.redirects');
  const from = checkPath(input.from, 'old');
  const to = checkPath(input.to, 'new');
  const fields: Record<string, string> = {};
  if (from.message) fields.from = from.message;
  if (to.message) fields.to = to.message;
  if (from.path && to.path && redirectKey(from.path) === redirectKey(to.path)) fields.to = 'A redirect cannot point at its own address.';
  if (!from.path || !to.path || Object.keys(fields).length > 0) throw new ValidationError('The redirect could not be added.', fields);
  const source = from.path;
  const now = ctx.clock.now().toISOString();
  const target = await ctx.db.transaction().execute(async (tx) => {
    let current = to.path as string;
    const seen = new Set([redirectKey(current)]);
    for (let hop = 0; hop < MAX_HOPS; hop++) {
      const next = await findRedirect(tx, current);
      if (!next) break;
      if (redirectKey(next.to) === redirectKey(source)) {
        throw new ValidationError('loop', { to: `That would make a loop: ${current} already redirects to ${next.to}. Point this one somewhere else, or remove that redirect first.` });
      }
      if (seen.has(redirectKey(next.to))) throw new ValidationError('loop', { to: `${to.path} leads into a loop of existing redirects. Remove one of them first.` });
      seen.add(redirectKey(next.to));
      current = next.to;
    }
    await addRedirect(tx, { from: source, to: current, source: 'manual', now, userId: actor.userId });
    return current;
  });
  return { from: source, to: target };
}

export async function removeRedirect(ctx: DomainContext, actor: Actor | null, id: number): Promise<void> {
  requireCan(actor, 'desk.redirects');
  const removed = await ctx.db.transaction().execute((tx) => deleteRedirect(tx, id));
  if (!removed) throw new NotFoundError('redirect');
}
