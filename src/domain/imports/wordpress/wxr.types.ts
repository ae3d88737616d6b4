// Records produced by the streaming WXR reader (wxr-reader.ts) and the result of the
// WordPress-content converter (wp-content.ts). Shared contract with the import service.

export interface WxrSite { title: string; link: string; baseSiteUrl: string; baseBlogUrl: string; wxrVersion: string; language: string }
export interface WxrAuthor {
  wpId: number; login: string; email: string; displayName: string; firstName: string; lastName: string;
  /** user meta, when the exporter added it inside <wp:author> (WordPress's own export does not) */
  meta: Array<{ key: string; value: string }>;
  /** role names from a <wp:author_role>/<wp:author_roles> field (comma-separated), when present */
  roleNames: string[];
}
export interface WxrTerm { kind: 'category' | 'tag' | 'author' | 'other'; wpId: number; taxonomy: string; slug: string; name: string; parentSlug: string; description: string }
export interface WxrItem {
  wpId: number; postType: string; /* post | page | attachment | guest-author | nav_menu_item | … */
  title: string; link: string; guid: string; creatorLogin: string;
  contentHtml: string; excerptHtml: string;
  postDateGmt: string | null; /* ISO UTC or null for '0000-00-00 00:00:00' */ modifiedGmt: string | null; postDate: string | null;
  slug: string; status: string; parentId: number; menuOrder: number; isSticky: boolean; password: string;
  attachmentUrl: string;
  terms: Array<{ domain: string; nicename: string; name: string }>; /* category/post_tag/author (Co-Authors Plus) … */
  meta: Array<{ key: string; value: string }>;
}
export type WxrRecord = { kind: 'site'; site: WxrSite } | { kind: 'author'; author: WxrAuthor } | { kind: 'term'; term: WxrTerm } | { kind: 'item'; item: WxrItem };
export class WxrError extends Error { constructor(message: string, readonly line: number, readonly column: number) { super(message); this.name = 'WxrError'; } }
export interface WpContentResult { markdown: string; /** editor-chosen related links found as inline "Also Read:" paragraphs */ alsoRead: Array<{ href: string; title: string }>; images: Array<{ src: string; alt: string }>; warnings: string[] }
