// `[gallery]` shortcodes need the export's attachments (an attachment is an <item> of its own,
// anywhere in the file). The first pass keeps every attachment in compact form; for each body
// only the few a gallery names travel to the conversion thread, never the whole map. Pure.

/** What a gallery needs of one attachment: its file, its alt text and its caption (the attachment's excerpt). */
export interface GalleryImage {
  url: string;
  alt?: string;
  caption?: string;
}

export interface ExportAttachment extends GalleryImage {
  title: string;
  /** the post it was uploaded to (WordPress's post_parent): a bare [gallery] shows these */
  parentId: number;
  menuOrder: number;
}

const GALLERY = /\[gallery\b([^\]]*)\]/gi;
const IDS = /\b(?:ids|include)\s*=\s*["']?([\d,\s]+)/i;

/** The attachments one body's galleries refer to: by `ids`/`include`, and the post's own children for a bare [gallery]. */
export function galleryAttachments(
  html: string,
  postId: number,
  all: ReadonlyMap<number, ExportAttachment>,
  children: ReadonlyMap<number, readonly number[]>,
): { attachments: Array<[number, GalleryImage]>; childAttachmentIds: number[] } | undefined {
  if (!/\[gallery/i.test(html)) return undefined;
  const wanted = new Set<number>();
  let bare = false;
  for (const m of html.matchAll(GALLERY)) {
    const ids = IDS.exec(m[1] ?? '');
    if (!ids?.[1]) {
      bare = true;
      continue;
    }
    for (const s of ids[1].split(',')) {
      const n = Number.parseInt(s.trim(), 10);
      if (Number.isInteger(n) && n > 0) wanted.add(n);
    }
  }
  const childAttachmentIds = bare ? [...(children.get(postId) ?? [])] : [];
  for (const id of childAttachmentIds) wanted.add(id);
  const attachments: Array<[number, GalleryImage]> = [];
  for (const id of wanted) {
    const a = all.get(id);
    if (a) attachments.push([id, { url: a.url, ...(a.alt ? { alt: a.alt } : {}), ...(a.caption ? { caption: a.caption } : {}) }]);
  }
  return { attachments, childAttachmentIds };
}

/** Attachment ids by parent post, in WordPress's gallery order (menu order, then id). */
export function childrenByParent(all: ReadonlyMap<number, ExportAttachment>): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const sorted = [...all].sort((a, b) => a[1].menuOrder - b[1].menuOrder || a[0] - b[0]);
  for (const [id, a] of sorted) {
    if (!a.parentId) continue;
    const list = out.get(a.parentId) ?? [];
    list.push(id);
    out.set(a.parentId, list);
  }
  return out;
}
