// What this reads: a WordPress eXtended RSS export ("Tools → Export" in WordPress 4.x–6.x),
// WXR 1.1 or 1.2 (1.0 is read too). The file is RSS 2.0: <rss><channel> holds the site fields
// (title, link, language, wp:base_site_url, wp:base_blog_url, wp:wxr_version), then
// wp:author (users), wp:category / wp:tag / wp:term (taxonomies; Co-Authors Plus writes its
// guest authors' `author` terms as wp:term), then one <item> per post, page, attachment,
// guest-author, nav_menu_item… with its wp:* fields, content:encoded, excerpt:encoded,
// <category domain nicename> terms and wp:postmeta. Comments (wp:comment) are skipped.
//
// It streams: chunks go through a namespace-aware SAX parser (saxes) and each record is
// yielded as soon as its element closes, so memory holds one item at a time however big
// the file. It stops at the first problem with a WxrError carrying line and column:
// malformed XML, a truncated file, a root that is not <rss> with a <channel>, bytes that
// are not UTF-8, or a declared encoding other than UTF-8 (accepted only while every byte is
// ASCII, where the two agree; anything else would import mojibake, so it is refused and the
// message says how to convert the file). Records before the problem have already been yielded,
// so a caller that must import nothing on error stages them (or holds one transaction).
// Dates: postDateGmt/modifiedGmt are ISO UTC ("2024-03-05T08:30:00.000Z"), postDate is the
// site's local time without a zone ("2024-03-05T09:30:00"); WordPress's "0000-00-00 00:00:00"
// (never scheduled) is null. Text is as in the file (CDATA unwrapped, entities decoded), not
// sanitized: titles may hold markup, bodies are for convertWpContent.
import { isUtf8 } from 'node:buffer';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { DECLARED_ENCODING, firstInvalidUtf8, incompleteTail, SLICE, UTF8_NAMES } from './wxr-bytes.js';
import { WxrError, type WxrAuthor, type WxrItem, type WxrRecord, type WxrSite, type WxrTerm } from './wxr.types.js';

export { WxrError };

const NS_CONTENT = 'http://purl.org/rss/1.0/modules/content/';
const NS_DC = 'http://purl.org/dc/elements/1.1/';
const NS_EXCERPT = /^http:\/\/wordpress\.org\/export\/1\.\d+\/excerpt\/$/;
const NS_WP = /^http:\/\/wordpress\.org\/export\/1\.\d+\/$/;

type Scope = 'wp' | 'content' | 'excerpt' | 'dc' | '' | 'other';

function scopeOf(uri: string): Scope {
  if (uri === '') return '';
  if (NS_EXCERPT.test(uri)) return 'excerpt';
  if (NS_WP.test(uri)) return 'wp';
  if (uri === NS_CONTENT) return 'content';
  if (uri === NS_DC) return 'dc';
  return 'other';
}

/** "wp:post_id", "content:encoded", "title" — a stable name whatever prefix the file chose. */
function nameOf(tag: SaxesTagNS): string {
  const scope = scopeOf(tag.uri);
  return scope === '' ? tag.local : `${scope}:${tag.local}`;
}

function int(text: string): number {
  const n = Number.parseInt(text.trim(), 10);
  return Number.isFinite(n) ? n : 0;
}

const WP_DATE = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/;

/** WordPress writes "2024-03-05 14:30:00"; "0000-00-00 00:00:00" means "never" (drafts). */
function wpDate(text: string, utc: boolean): string | null {
  const m = WP_DATE.exec(text.trim());
  if (!m || m[1] === '0000') return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}`;
  if (Number.isNaN(Date.parse(`${iso}Z`))) return null;
  return utc ? new Date(`${iso}Z`).toISOString() : iso;
}

function emptyItem(): WxrItem {
  return {
    wpId: 0, postType: '', title: '', link: '', guid: '', creatorLogin: '', contentHtml: '', excerptHtml: '',
    postDateGmt: null, modifiedGmt: null, postDate: null, slug: '', status: '', parentId: 0, menuOrder: 0,
    isSticky: false, password: '', attachmentUrl: '', terms: [], meta: [],
  };
}

type Fields = Map<string, string>;

function authorOf(f: Fields, meta: Array<{ key: string; value: string }>): WxrAuthor {
  const roles = f.get('wp:author_roles') ?? f.get('wp:author_role') ?? '';
  return {
    wpId: int(f.get('wp:author_id') ?? ''), login: f.get('wp:author_login') ?? '', email: f.get('wp:author_email') ?? '',
    displayName: f.get('wp:author_display_name') ?? '', firstName: f.get('wp:author_first_name') ?? '', lastName: f.get('wp:author_last_name') ?? '',
    meta, roleNames: roles.split(',').map((r) => r.trim()).filter(Boolean),
  };
}

/** Containers of user meta that exporters other than WordPress's own put inside <wp:author>. */
const USER_META = new Set(['wp:usermeta', 'wp:user_meta', 'wp:author_meta', 'wp:authormeta']);

function termOf(container: string, f: Fields): WxrTerm {
  const g = (k: string) => f.get(k) ?? '';
  if (container === 'wp:category') {
    return { kind: 'category', wpId: int(g('wp:term_id')), taxonomy: 'category', slug: g('wp:category_nicename'), name: g('wp:cat_name'), parentSlug: g('wp:category_parent'), description: g('wp:category_description') };
  }
  if (container === 'wp:tag') {
    return { kind: 'tag', wpId: int(g('wp:term_id')), taxonomy: 'post_tag', slug: g('wp:tag_slug'), name: g('wp:tag_name'), parentSlug: '', description: g('wp:tag_description') };
  }
  const taxonomy = g('wp:term_taxonomy');
  const kind = taxonomy === 'category' ? 'category' : taxonomy === 'post_tag' ? 'tag' : taxonomy === 'author' ? 'author' : 'other';
  return { kind, wpId: int(g('wp:term_id')), taxonomy, slug: g('wp:term_slug'), name: g('wp:term_name'), parentSlug: g('wp:term_parent'), description: g('wp:term_description') };
}

function setItemField(item: WxrItem, name: string, text: string): void {
  switch (name) {
    case 'title': item.title = text; break;
    case 'link': item.link = text.trim(); break;
    case 'guid': item.guid = text.trim(); break;
    case 'dc:creator': item.creatorLogin = text; break;
    case 'content:encoded': item.contentHtml = text; break;
    case 'excerpt:encoded': item.excerptHtml = text; break;
    case 'wp:post_id': item.wpId = int(text); break;
    case 'wp:post_type': item.postType = text.trim(); break;
    case 'wp:post_date': item.postDate = wpDate(text, false); break;
    case 'wp:post_date_gmt': item.postDateGmt = wpDate(text, true); break;
    case 'wp:post_modified_gmt': item.modifiedGmt = wpDate(text, true); break;
    case 'wp:post_name': item.slug = text.trim(); break;
    case 'wp:status': item.status = text.trim(); break;
    case 'wp:post_parent': item.parentId = int(text); break;
    case 'wp:menu_order': item.menuOrder = int(text); break;
    case 'wp:is_sticky': item.isSticky = text.trim() === '1'; break;
    case 'wp:post_password': item.password = text; break;
    case 'wp:attachment_url': item.attachmentUrl = text.trim(); break;
    default: break;
  }
}

const SITE_FIELDS = new Set(['title', 'link', 'language', 'wp:wxr_version', 'wp:base_site_url', 'wp:base_blog_url']);
const TERM_CONTAINERS = new Set(['wp:category', 'wp:tag', 'wp:term']);

/** Reads a WXR export record by record; throws WxrError at the first problem. */
export async function* readWxr(input: AsyncIterable<Buffer | string> | Iterable<Buffer | string> | NodeJS.ReadableStream): AsyncGenerator<WxrRecord> {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const out: WxrRecord[] = [];
  const stack: string[] = [];
  const fail = (message: string): never => {
    throw new WxrError(`${parser.line}:${parser.column}: ${message}`, parser.line, parser.column);
  };
  parser.on('error', (err) => fail(err.message.replace(/^\d+:\d+:\s*/, '')));

  let site: WxrSite = { title: '', link: '', baseSiteUrl: '', baseBlogUrl: '', wxrVersion: '', language: '' };
  let siteSent = false;
  let sawChannel = false;
  let capture: string | null = null; // the field whose text is being collected
  let text = '';
  let fields: Fields = new Map();
  let container = ''; // wp:author, wp:category, wp:tag, wp:term or item
  let item: WxrItem | null = null;
  let category: { domain: string; nicename: string } | null = null;
  let metaKey = '';
  let metaValue = '';
  let authorMeta: Array<{ key: string; value: string }> = [];

  const sendSite = () => {
    if (!siteSent) out.push({ kind: 'site', site });
    siteSent = true;
  };

  parser.on('opentag', (tag) => {
    const name = nameOf(tag);
    const depth = stack.length;
    const parent = stack[depth - 1] ?? '';
    stack.push(name);
    capture = null;
    text = '';
    if (depth === 0) {
      if (name !== 'rss') fail(`unexpected root <${tag.name}>: a WordPress export starts with <rss>`);
      return;
    }
    if (depth === 1) {
      if (name === 'channel') sawChannel = true;
      return;
    }
    if (stack[1] !== 'channel') return;
    if (depth === 2) {
      if (SITE_FIELDS.has(name) && !siteSent) capture = name;
      else if (name === 'item' || name === 'wp:author' || TERM_CONTAINERS.has(name)) {
        sendSite();
        container = name;
        fields = new Map();
        authorMeta = [];
        if (name === 'item') item = emptyItem();
      }
      return;
    }
    if (depth === 3 && parent === 'wp:author' && USER_META.has(name)) {
      metaKey = '';
      metaValue = '';
    } else if (depth === 3 && (parent === 'wp:author' || TERM_CONTAINERS.has(parent))) capture = name;
    else if (depth === 3 && parent === 'item') {
      if (name === 'wp:postmeta') {
        metaKey = '';
        metaValue = '';
      } else if (name === 'category') {
        const attr = (local: string) => tag.attributes[local]?.value ?? '';
        category = { domain: attr('domain'), nicename: attr('nicename') };
        capture = name;
      } else if (name !== 'wp:comment') capture = name;
    } else if (depth === 4 && (parent === 'wp:postmeta' || (stack[2] === 'wp:author' && USER_META.has(parent))) && (name === 'wp:meta_key' || name === 'wp:meta_value')) capture = name;
  });

  const collect = (t: string) => {
    if (capture !== null) text += t;
  };
  parser.on('text', collect);
  parser.on('cdata', collect);

  parser.on('closetag', (tag) => {
    const name = stack.pop() ?? nameOf(tag);
    const depth = stack.length;
    if (capture === name) {
      const value = text;
      capture = null;
      text = '';
      if (depth === 2) {
        if (name === 'title') site.title = value.trim();
        else if (name === 'link') site.link = value.trim();
        else if (name === 'language') site.language = value.trim();
        else if (name === 'wp:wxr_version') site.wxrVersion = value.trim();
        else if (name === 'wp:base_site_url') site.baseSiteUrl = value.trim();
        else if (name === 'wp:base_blog_url') site.baseBlogUrl = value.trim();
      } else if (depth === 3 && container === 'item' && item) {
        if (name === 'category' && category) item.terms.push({ domain: category.domain, nicename: category.nicename, name: value });
        else setItemField(item, name, value);
      } else if (depth === 3) fields.set(name, value);
      else if (depth === 4 && name === 'wp:meta_key') metaKey = value;
      else if (depth === 4 && name === 'wp:meta_value') metaValue = value;
      return;
    }
    if (depth === 3 && name === 'wp:postmeta' && item) item.meta.push({ key: metaKey, value: metaValue });
    else if (depth === 3 && container === 'wp:author' && USER_META.has(name)) authorMeta.push({ key: metaKey, value: metaValue });
    else if (depth === 2 && stack[1] === 'channel' && name === container) {
      if (name === 'item' && item) out.push({ kind: 'item', item });
      else if (name === 'wp:author') out.push({ kind: 'author', author: authorOf(fields, authorMeta) });
      else out.push({ kind: 'term', term: termOf(name, fields) });
      container = '';
      item = null;
      fields = new Map();
    } else if (depth === 1 && name === 'channel') sendSite();
    else if (depth === 0 && !sawChannel) fail('this <rss> file has no <channel>: it is not a WordPress export');
  });

  let declared: string | null = null; // the encoding named by <?xml …?>, lower case
  let head = Buffer.alloc(0); // bytes held until the declaration is known
  let carry = Buffer.alloc(0); // a UTF-8 sequence split across chunks

  const checkDeclared = (sample: string) => {
    const m = DECLARED_ENCODING.exec(sample);
    declared = (m?.[1] ?? 'utf-8').toLowerCase();
  };
  const refuseEncoding = () =>
    fail(`the file declares encoding="${declared}" but only UTF-8 is supported and the file holds non-ASCII bytes; convert it first (iconv -f ${declared} -t UTF-8 export.xml > export-utf8.xml, then change the declaration to UTF-8)`);

  const writeBytes = (chunk: Buffer) => {
    let buf = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
    if (declared === null) {
      head = Buffer.concat([head, buf]);
      const sample = head.toString('latin1', 0, Math.min(head.length, 400)).replace(/^\xEF\xBB\xBF/, '');
      if (!sample.includes('?>') && head.length < 400 && sample.startsWith('<?xml'.slice(0, sample.length))) return;
      checkDeclared(sample);
      buf = head;
      head = Buffer.alloc(0);
    }
    const keep = incompleteTail(buf);
    const body = keep > 0 ? buf.subarray(0, buf.length - keep) : buf;
    carry = keep > 0 ? Buffer.from(buf.subarray(buf.length - keep)) : Buffer.alloc(0);
    if (!UTF8_NAMES.has(declared ?? '')) {
      const bad = body.findIndex((b) => b > 0x7f);
      if (bad >= 0) {
        parser.write(body.toString('latin1', 0, bad));
        refuseEncoding();
      }
    }
    if (!isUtf8(body)) {
      const bad = firstInvalidUtf8(body);
      parser.write(body.toString('utf8', 0, bad));
      fail('the file is not valid UTF-8 here (it may have been saved in another encoding); convert it to UTF-8 and try again');
    }
    parser.write(body.toString('utf8'));
  };

  const writeString = (chunk: string) => {
    if (declared === null) checkDeclared(chunk);
    // eslint-disable-next-line no-control-regex
    if (!UTF8_NAMES.has(declared ?? '') && /[^\u0000-\u007f]/.test(chunk)) refuseEncoding();
    parser.write(chunk);
  };

  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    // A caller may hand over the whole file as one chunk: it is fed in slices so that records
    // are handed over as they complete and never pile up.
    for (let start = 0; start < chunk.length; ) {
      let end = Math.min(chunk.length, start + SLICE);
      if (typeof chunk === 'string') {
        // Never split a surrogate pair between two writes.
        if (end < chunk.length && /[\uD800-\uDBFF]/.test(chunk.charAt(end - 1))) end++;
        writeString(chunk.slice(start, end));
      } else writeBytes(chunk.subarray(start, end));
      start = end;
      for (const record of out) yield record;
      out.length = 0;
    }
  }
  if (declared === null && head.length > 0) {
    declared = 'utf-8';
    writeBytes(Buffer.alloc(0));
  }
  if (carry.length > 0) fail('the file ends in the middle of a UTF-8 character: it is truncated or not UTF-8');
  if (stack.length > 0) fail(`the file ends inside <${stack[stack.length - 1]}>: it is truncated; export it again`);
  parser.close();
  if (!sawChannel) fail('this file is empty or holds no <rss><channel>: it is not a WordPress export');
  for (const record of out) yield record;
}
