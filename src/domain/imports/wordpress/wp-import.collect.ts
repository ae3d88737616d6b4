import type { Converted, ConvertPool } from './wp-import.pool.js';
import { childrenByParent, galleryAttachments } from './wp-gallery.js';
import { IMPORTED_TYPES, metaOf, plainText, type Collected } from './wp-import.plan.js';
import type { WpImportOptions } from './wp-import.service.js';
import type { WxrItem, WxrRecord } from './wxr.types.js';

// The import's two reads of the export (wp-import.service.ts writes what they give): first
// everything but the bodies, kept compact; then the bodies, streaming, each handed to the
// conversion pool as it is read.

/**
 * The first pass: everything but the bodies. A malformed or truncated file fails here,
 * before anything is written.
 */
export async function collectRecords(records: AsyncIterable<WxrRecord>, onProgress?: WpImportOptions['onProgress']): Promise<Collected> {
  const out: Collected = { site: undefined, authors: [], terms: [], entries: [], guests: [], attachments: new Map(), skipped: [] };
  let n = 0;
  for await (const r of records) {
    if (++n % 500 === 0) onProgress?.('read', n);
    if (r.kind === 'site') out.site = r.site;
    else if (r.kind === 'author') out.authors.push(r.author);
    else if (r.kind === 'term') out.terms.push(r.term);
    else {
      const item = r.item;
      if (item.postType === 'attachment') {
        out.attachments.set(item.wpId, {
          url: item.attachmentUrl || item.guid,
          title: item.title,
          alt: plainText(metaOf(item, '_wp_attachment_image_alt') ?? '', 300),
          caption: plainText(item.excerptHtml, 600),
          parentId: item.parentId,
          menuOrder: item.menuOrder,
        });
      }
      else if (item.postType === 'guest-author') out.guests.push(item);
      // The body is read again in the second pass: a large export is never held whole. So are
      // the meta (footnotes JSON, counters) and the excerpt: kept here, 10,000 of them weigh.
      else if (IMPORTED_TYPES.has(item.postType)) out.entries.push({ ...item, contentHtml: '', excerptHtml: '', meta: [] });
      else out.skipped.push({ wpId: item.wpId, postType: item.postType, status: item.status });
    }
  }
  return out;
}

/** The second pass: each post and page with its body converted and rendered (by the pool), in export order. */
export async function* convertedItems(records: AsyncIterable<WxrRecord>, pool: ConvertPool, siteUrl: string, attachments: Collected['attachments']): AsyncGenerator<{ item: WxrItem; result: Promise<Converted> }> {
  const ahead: Array<{ item: WxrItem; result: Promise<Converted> }> = [];
  const children = childrenByParent(attachments);
  for await (const r of records) {
    if (r.kind !== 'item' || !IMPORTED_TYPES.has(r.item.postType)) continue;
    const footnotesMeta = metaOf(r.item, 'footnotes');
    const gallery = galleryAttachments(r.item.contentHtml, r.item.wpId, attachments, children);
    const result = pool.convert(r.item.contentHtml, { siteUrl, ...(footnotesMeta !== undefined ? { footnotesMeta } : {}), ...gallery });
    // Awaited in order below; this only keeps a failure from counting as unhandled meanwhile.
    result.catch(() => undefined);
    ahead.push({ item: { ...r.item, contentHtml: '' }, result });
    // Enough work queued to keep the threads busy while this thread writes.
    if (ahead.length >= 64) yield ahead.shift() as { item: WxrItem; result: Promise<Converted> };
  }
  while (ahead.length > 0) yield ahead.shift() as { item: WxrItem; result: Promise<Converted> };
}
