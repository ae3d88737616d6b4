// The addresses a WordPress post or page answered at, so each can redirect to its
// Masthead URL. WordPress sites use one permalink structure, but the export only
// records the `<link>` in that structure; the common other forms are added too,
// because old links out there were often made under an earlier structure. Pure.

export interface PermalinkInput {
  postType: string;
  /** the export's `<link>` (absolute or a path) */
  link: string;
  /** the WordPress slug (post_name) */
  wpSlug: string;
  /** ISO date of the post (local date if known, else GMT) */
  date: string | null;
  /** category slugs, parents first where known (e.g. ['news', 'local']) */
  categoryPaths: string[][];
  /** page ancestors' slugs, root first */
  pageAncestors: string[];
}

/** The path part of a URL of the old site, or undefined for another host or a query-only link. */
export function sitePathOf(url: string, siteUrl: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`);
  } catch {
    return undefined;
  }
  let site: URL | undefined;
  try {
    site = new URL(siteUrl);
  } catch {
    site = undefined;
  }
  if (site && u.host.replace(/^www\./, '') !== site.host.replace(/^www\./, '')) return undefined;
  if (u.pathname === '/' || u.pathname === '') return undefined;
  return decodeSafely(u.pathname);
}

function decodeSafely(p: string): string {
  try {
    return decodeURI(p);
  } catch {
    return p;
  }
}

/** Drops the site's own path prefix (a WordPress in /blog/) so paths match ours at the root. */
function withoutPrefix(path: string, siteUrl: string): string {
  let prefix = '';
  try {
    prefix = new URL(siteUrl).pathname.replace(/\/+$/, '');
  } catch {
    prefix = '';
  }
  return prefix && path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : path;
}

/**
 * Every old path of one post or page, without duplicates and without `target`
 * (the Masthead path it now lives at). `siteUrl` is the export's base site URL.
 */
export function oldPermalinks(input: PermalinkInput, siteUrl: string, target: string): string[] {
  const out = new Set<string>();
  const add = (p: string | undefined) => {
    if (!p || !p.startsWith('/') || p === '/') return;
    out.add(p);
  };
  const linkPath = sitePathOf(input.link, siteUrl);
  if (linkPath) {
    add(linkPath);
    add(withoutPrefix(linkPath, siteUrl));
  }
  const slug = input.wpSlug;
  if (slug) {
    if (input.postType === 'page') {
      add(`/${[...input.pageAncestors, slug].join('/')}/`);
      add(`/${slug}/`);
    } else {
      const d = input.date ? new Date(input.date) : undefined;
      if (d && !Number.isNaN(d.getTime())) {
        const y = String(d.getUTCFullYear()).padStart(4, '0');
        const m = String(d.getUTCMonth() + 1).padStart(2, '0');
        const day = String(d.getUTCDate()).padStart(2, '0');
        add(`/${y}/${m}/${day}/${slug}/`);
        add(`/${y}/${m}/${slug}/`);
      }
      for (const path of input.categoryPaths) {
        if (path.length === 0) continue;
        add(`/category/${path.join('/')}/${slug}/`);
        add(`/${path.join('/')}/${slug}/`);
      }
      add(`/${slug}/`);
    }
  }
  const strip = (p: string) => (p.length > 1 && p.endsWith('/') ? p.slice(0, -1) : p);
  return [...out].filter((p) => strip(p) !== strip(target));
}

/** `?p=123` / `?page_id=123` in a query string: the WordPress ID asked for, if any. */
export function wpQueryId(query: string): { kind: 'post' | 'page'; wpId: number } | undefined {
  const q = query.startsWith('?') ? query.slice(1) : query;
  if (!/(?:^|&)(?:p|page_id)=/.test(q)) return undefined;
  const params = new URLSearchParams(q);
  const page = params.get('page_id');
  const post = params.get('p');
  const raw = page ?? post;
  if (!raw || !/^\d{1,12}$/.test(raw)) return undefined;
  return { kind: page ? 'page' : 'post', wpId: Number(raw) };
}
