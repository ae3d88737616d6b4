import type { Executor } from '../../../db/database.js';
import { findRedirect } from '../../redirects/redirects.queries.js';

// Old WordPress feed addresses, answered with the matching Masthead feed (the caller redirects):
//   /feed/rss2/ /feed/rdf/ /rss2/ /wp-rss2.php …    → /feed/ (or /feed/atom/ for atom)
//   /category/x/feed/ /tag/x/feed/ /author/x/feed/   → that archive's feed, followed through the
//                                                     redirects table when the import renamed it
//                                                     (nested sections, changed slugs)
//   /{post-path}/feed/ (a post's comment feed)       → the site's feed: Masthead has no comments,
//                                                     and a reader subscribed there keeps a feed
//   /?feed=rss2, /?cat=ID&feed=rss2, ?tag=, ?author= → the same, by WordPress ID through import_map
// Asked only for requests that would otherwise be a 404 (and, for ?feed=, of the home page), so
// it costs the pages that exist nothing.

export type FeedFormat = 'rss' | 'atom';

const TYPES = new Set(['feed', 'rdf', 'rss', 'rss2', 'atom']);
const LEGACY: Record<string, FeedFormat> = { '/wp-rss2.php': 'rss', '/wp-rss.php': 'rss', '/wp-rdf.php': 'rss', '/wp-atom.php': 'atom', '/wp-commentsrss2.php': 'rss' };

/** A WordPress feed path split into what it is the feed of (a path ending in "/") and its format, or undefined. */
export function parseFeedPath(path: string): { base: string; format: FeedFormat } | undefined {
  const legacy = LEGACY[path];
  if (legacy) return { base: '/', format: legacy };
  const segs = path.split('/').filter(Boolean);
  const last = segs[segs.length - 1];
  if (!last || !TYPES.has(last)) return undefined;
  segs.pop();
  if (last !== 'feed' && segs[segs.length - 1] === 'feed') segs.pop();
  const format: FeedFormat = last === 'atom' ? 'atom' : 'rss';
  // The comments feed (/comments/feed/): Masthead has no comments; the site's feed stands in.
  if (segs.length === 1 && segs[0] === 'comments') segs.pop();
  return { base: segs.length === 0 ? '/' : `/${segs.join('/')}/`, format };
}

export function feedOf(archive: string, format: FeedFormat): string {
  return `${archive}${format === 'atom' ? 'feed/atom/' : 'feed/'}`;
}

const ARCHIVE = /^\/(category|tag|author)\/([^/]+)\/$/;

async function archiveExists(db: Executor, kind: string, slug: string): Promise<boolean> {
  if (kind === 'category') return !!(await db.selectFrom('categories').select('id').where('slug', '=', slug).executeTakeFirst());
  if (kind === 'tag') return !!(await db.selectFrom('tags').select('id').where('slug', '=', slug).executeTakeFirst());
  return !!(await db.selectFrom('authors').select('id').where('slug', '=', slug).executeTakeFirst());
}

/** The Masthead feed for a WordPress feed path, or undefined when the path is no feed or names nothing here. */
export async function feedForPath(db: Executor, path: string): Promise<string | undefined> {
  const feed = parseFeedPath(path);
  if (!feed) return undefined;
  const { base, format } = feed;
  let target: string | undefined;
  if (base === '/') target = feedOf('/', format);
  else {
    const m = ARCHIVE.exec(base);
    if (m?.[1] && m[2] && (await archiveExists(db, m[1], m[2]))) target = feedOf(base, format);
    else {
      const moved = await findRedirect(db, base);
      const to = moved?.to.endsWith('/') ? moved.to : moved ? `${moved.to}/` : undefined;
      if (to && ARCHIVE.test(to)) target = feedOf(to, format);
      // A post's comment feed (under its old path or its Masthead one): the site's feed.
      else if (to || (await publishedAt(db, base))) target = feedOf('/', format);
    }
  }
  const strip = (p: string) => p.replace(/\/+$/, '');
  return target && strip(target) !== strip(path) ? target : undefined;
}

async function publishedAt(db: Executor, base: string): Promise<boolean> {
  const slug = /^\/([^/]+)\/$/.exec(base)?.[1];
  if (!slug) return false;
  return !!(await db.selectFrom('articles').select('id').where('slug', '=', slug).where('status', '=', 'published').executeTakeFirst());
}

/** `?feed=…` on the home page: the feed of what the other parameters name (by WordPress ID or slug), or undefined when there is no `feed`. */
export async function feedForQuery(db: Executor, query: string): Promise<string | undefined> {
  const params = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  const type = params.get('feed');
  if (type === null) return undefined;
  const format: FeedFormat = type === 'atom' ? 'atom' : 'rss';
  const site = feedOf('/', format);
  const slugParam = (name: string) => {
    // category_name may be a path (parent/child): its last part is the section.
    const v = params.get(name)?.trim().replace(/\/+$/, '').split('/').pop();
    return v && /^[\w%.-]{1,200}$/.test(v) ? v : undefined;
  };
  const byId = async (kind: 'category' | 'author', raw: string | null) => {
    if (!raw || !/^\d{1,12}$/.test(raw)) return undefined;
    const row = await db
      .selectFrom('import_map')
      .select('local_id')
      .where('kind', '=', kind)
      .where('wp_id', '=', Number(raw))
      .orderBy('local_id', 'desc')
      .executeTakeFirst();
    if (!row) return undefined;
    const table = kind === 'category' ? 'categories' : 'authors';
    return (await db.selectFrom(table).select('slug').where('id', '=', row.local_id).executeTakeFirst())?.slug;
  };
  const cat = (await byId('category', params.get('cat'))) ?? slugParam('category_name');
  if (cat && (await archiveExists(db, 'category', cat))) return feedOf(`/category/${cat}/`, format);
  const tag = slugParam('tag');
  if (tag && (await archiveExists(db, 'tag', tag))) return feedOf(`/tag/${tag}/`, format);
  const author = (await byId('author', params.get('author'))) ?? slugParam('author_name');
  if (author && (await archiveExists(db, 'author', author))) return feedOf(`/author/${author}/`, format);
  // ?p=ID&feed=… is a post's comment feed; that and anything else: the whole site's.
  return site;
}
