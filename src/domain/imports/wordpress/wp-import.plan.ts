import type { ExportAttachment } from './wp-gallery.js';
import type { WxrAuthor, WxrItem, WxrSite, WxrTerm } from './wxr.types.js';

// What an export asks to be written, decided without a database: the export held in
// compact form (bodies are converted as they stream in, so the raw HTML of 10,000 posts
// is never kept), WordPress statuses in Masthead's terms, bylines and view totals
// (roles: wp-roles.ts). The service (wp-import.service.ts) writes what this decides.

export type TargetStatus = 'published' | 'scheduled' | 'draft';

export interface Collected {
  site: WxrSite | undefined;
  authors: WxrAuthor[];
  terms: WxrTerm[];
  /** posts and pages in export order, without their bodies (read again, streaming, when written) */
  entries: WxrItem[];
  guests: WxrItem[];
  /** attachment wp id → its file, alt text, caption and parent post */
  attachments: Map<number, ExportAttachment>;
  skipped: Array<{ wpId: number; postType: string; status: string }>;
}

export const IMPORTED_TYPES = new Set(['post', 'page']);

export interface StatusDecision {
  status: TargetStatus;
  /** the time it goes live, for scheduled ones */
  publishAt?: string;
  warning?: string;
}

/** publish → published, future → scheduled (or published when its time has passed), draft/pending → draft, private → draft with a warning. */
export function statusFor(item: WxrItem, now: Date): StatusDecision | undefined {
  switch (item.status) {
    case 'publish':
      return { status: 'published' };
    case 'future': {
      const at = item.postDateGmt;
      if (at && Date.parse(at) > now.getTime()) return { status: 'scheduled', publishAt: at };
      return { status: 'published', warning: 'was scheduled for a time that has passed: published with that date' };
    }
    case 'draft':
    case 'pending':
      return { status: 'draft' };
    case 'private':
      return { status: 'draft', warning: 'was private: imported as a draft (Masthead has no private articles); publish it or leave it' };
    default:
      // trash, auto-draft, inherit: nothing a reader or editor would miss.
      return undefined;
  }
}

/** Meta keys of the common view-counter plugins (Post Views Counter, WP-PostViews, Top 10, …). */
const VIEW_KEYS = new Set(['views', 'post_views_count', '_post_views', 'post_views', '_wp_post_views', 'wpb_post_views_count', 'tptn_total', 'total_views', '_views', 'pvc_views', 'hits']);

/** The historical total views (the largest counter the post carries), or undefined. */
export function viewTotalOf(item: WxrItem): number | undefined {
  let best: number | undefined;
  for (const m of item.meta) {
    if (!VIEW_KEYS.has(m.key)) continue;
    const n = Number(m.value.trim());
    if (Number.isSafeInteger(n) && n > 0 && (best === undefined || n > best)) best = n;
  }
  return best;
}

export function metaOf(item: WxrItem, key: string): string | undefined {
  return item.meta.find((m) => m.key === key)?.value;
}

/** Co-Authors Plus bylines: the post's `author` terms in order (`cap-<login>` or the login), else its creator. */
export function bylineLogins(item: WxrItem): string[] {
  const fromTerms = item.terms
    .filter((t) => t.domain === 'author')
    .map((t) => (t.nicename.startsWith('cap-') ? t.nicename.slice(4) : t.nicename || t.name))
    .filter(Boolean);
  if (fromTerms.length > 0) return [...new Set(fromTerms)];
  return item.creatorLogin ? [item.creatorLogin] : [];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', hellip: '…', mdash: '—', ndash: '–', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“' };

/** HTML (an excerpt, a title) as plain text: tags and shortcodes dropped, entities decoded, spaces collapsed. */
export function plainText(html: string, max = 600): string {
  const text = html
    .replace(/<(script|style)[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\[\/?[a-z][\w-]*[^\]]*\]/gi, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
      }
      return ENTITIES[e.toLowerCase()] ?? all;
    })
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= max) return text;
  return `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

/** The path of an uploads URL below `wp-content/uploads/`, or undefined (never anything with `..`). */
export function uploadsPathOf(url: string): string | undefined {
  const m = /\/wp-content\/uploads\/([^?#]+)/.exec(url);
  if (!m?.[1]) return undefined;
  let rel: string;
  try {
    rel = decodeURIComponent(m[1]);
  } catch {
    rel = m[1];
  }
  if (rel.split('/').some((seg) => seg === '..' || seg === '.' || seg === '') || rel.includes('\\') || rel.includes('\0')) return undefined;
  return rel;
}

/** The chain of category slugs from the root to `slug` (WordPress's /category/parent/child/). */
export function categoryPath(slug: string, parents: Map<string, string>): string[] {
  const path = [slug];
  const seen = new Set(path);
  let at = parents.get(slug);
  while (at && !seen.has(at) && path.length < 10) {
    path.unshift(at);
    seen.add(at);
    at = parents.get(at);
  }
  return path;
}
