import type { GalleryImage } from './wp-gallery.js';

// WordPress shortcodes in post bodies, turned into plain HTML before the body is converted to
// Markdown. Every attribute value that reaches the HTML goes through escapeHtml (or is a number),
// so an attribute that "breaks out" of its quotes is only text here: it can never add a tag or
// an attribute. Unknown shortcodes are left as they are (they become visible text) and named
// in a warning, so the editor can decide what to do with them.

export const NOTE_SHORTCODES = ['efn_note', 'ref', 'footnote', 'mfn'] as const;
const EMBED_SHORTCODES = new Set(['embed', 'youtube', 'vimeo', 'video', 'audio', 'tweet', 'twitter']);
const KNOWN = new Set<string>(['caption', 'wp_caption', 'gallery', ...EMBED_SHORTCODES, ...NOTE_SHORTCODES, 'playlist']);

export interface ShortcodeContext {
  siteUrl: string;
  attachments?: ReadonlyMap<number, GalleryImage>;
  childAttachmentIds?: readonly number[];
  /** the HTML of each footnote shortcode, indexed by the placeholder it left in the body */
  notes: string[];
  warnings: Set<string>;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** WordPress's shortcode_parse_atts: name="v", name='v', name=v, and bare positional values. */
export function parseAttributes(text: string): { named: Map<string, string>; positional: string[] } {
  const named = new Map<string, string>();
  const positional: string[] = [];
  const re = /([\w-]+)\s*=\s*"([^"]*)"(?:\s|$)|([\w-]+)\s*=\s*'([^']*)'(?:\s|$)|([\w-]+)\s*=\s*([^\s'"]+)(?:\s|$)|"([^"]*)"(?:\s|$)|'([^']*)'(?:\s|$)|(\S+)(?:\s|$)/g;
  for (const m of text.replace(/[\u00a0\u200b]/g, ' ').matchAll(re)) {
    if (m[1] !== undefined) named.set(m[1].toLowerCase(), m[2] ?? '');
    else if (m[3] !== undefined) named.set(m[3].toLowerCase(), m[4] ?? '');
    else if (m[5] !== undefined) named.set(m[5].toLowerCase(), m[6] ?? '');
    else positional.push(m[7] ?? m[8] ?? m[9] ?? '');
  }
  return { named, positional };
}

/** An http(s) URL (relative ones resolved against the site), or undefined. */
export function absoluteUrl(raw: string, siteUrl: string): string | undefined {
  const value = raw.trim();
  if (!value) return undefined;
  try {
    const url = new URL(value, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function link(url: string): string {
  const safe = escapeHtml(url);
  return `<p><a href="${safe}">${safe}</a></p>`;
}

function ids(value: string | undefined): number[] {
  return (value ?? '').split(',').map((s) => Number.parseInt(s.trim(), 10)).filter((n) => Number.isInteger(n) && n > 0);
}

function gallery(attrs: Map<string, string>, ctx: ShortcodeContext): string {
  const wanted = attrs.has('ids') || attrs.has('include') ? ids(attrs.get('ids') ?? attrs.get('include')) : [...(ctx.childAttachmentIds ?? [])];
  const found = wanted.map((id) => ctx.attachments?.get(id)).filter((a): a is GalleryImage => a !== undefined);
  const missing = wanted.filter((id) => !ctx.attachments?.has(id));
  if (wanted.length === 0) ctx.warnings.add('A [gallery] names no images and the post has no attachments in the export; it was left out.');
  else if (missing.length > 0) {
    const list = missing.slice(0, 20).join(', ') + (missing.length > 20 ? ', …' : '');
    ctx.warnings.add(`A [gallery] names attachment${missing.length > 1 ? 's' : ''} ${list}, not in the export: ${missing.length > 1 ? 'they were' : 'it was'} left out; add the image${missing.length > 1 ? 's' : ''} in the editor.`);
  }
  // A list of figures, each image with its caption under it: the same Markdown as a block gallery.
  return found
    .map((a) => {
      const caption = (a.caption ?? '').replace(/<[^>]*>?/g, '').trim();
      return `<figure><img src="${escapeHtml(a.url)}" alt="${escapeHtml(a.alt ?? '')}">${caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : ''}</figure>`;
    })
    .join('');
}

/** [caption]<img …> Text[/caption] (or caption="Text") → a figure with its caption. */
function caption(attrs: Map<string, string>, content: string): string {
  let media = content.trim();
  // The old caption="…" attribute is text: tags in it are dropped, the rest escaped.
  let text = attrs.get('caption') !== undefined ? escapeHtml((attrs.get('caption') ?? '').replace(/<[^>]*>?/g, '')) : '';
  const m = /^((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?)([\s\S]*)$/i.exec(media);
  if (m) {
    media = m[1] ?? '';
    text = text || (m[2] ?? '').trim();
  }
  return `<figure>${media}${text ? `<figcaption>${text}</figcaption>` : ''}</figure>`;
}

function embed(name: string, attrs: { named: Map<string, string>; positional: string[] }, content: string, ctx: ShortcodeContext): string {
  const candidates = [content, attrs.named.get('src'), attrs.named.get('url'), attrs.named.get('mp4'), attrs.named.get('mp3'), attrs.named.get('id'), ...attrs.positional];
  for (const c of candidates) {
    if (!c) continue;
    const text = c.trim();
    if (/^(?:youtube|vimeo)$/.test(name) && /^[\w-]{6,}$/.test(text)) {
      return link(name === 'youtube' ? `https://www.youtube.com/watch?v=${text}` : `https://vimeo.com/${text}`);
    }
    if (/^(?:https?:)?\/\/|^\//i.test(text)) {
      const url = absoluteUrl(text.replace(/^\/\//, 'https://'), ctx.siteUrl);
      if (url) return link(url);
    }
  }
  ctx.warnings.add(`A [${name}] shortcode had no usable address and was left out.`);
  return '';
}

// WordPress's get_shortcode_regex(), for any name: [[escaped]], [name attrs], [name attrs/], [name attrs]content[/name].
const SHORTCODE = /\[(\[?)([A-Za-z][\w-]*)(?![\w-])([^\]/]*(?:\/(?!\])[^\]/]*)*?)(?:(\/)\]|\](?:([^[]*(?:\[(?!\/\2\])[^[]*)*)\[\/\2\])?)(\]?)/g;

/** Replaces the shortcodes WordPress sites commonly use; returns HTML. */
export function expandShortcodes(html: string, ctx: ShortcodeContext): string {
  const unknown = new Set<string>();
  const out = html.replace(SHORTCODE, (whole, open: string, rawName: string, attrText: string, selfClose: string | undefined, content: string | undefined, close: string) => {
    if (open === '[' && close === ']') return whole.slice(1, -1); // [[name]] is how WordPress writes a literal [name]
    const name = rawName.toLowerCase();
    if (!KNOWN.has(name)) {
      // "[sic]" or "[1]" is prose; a name with attributes, a closing tag or a plugin-like name is a shortcode.
      if (/[=_-]/.test(`${rawName}${attrText}`) || content !== undefined || selfClose) unknown.add(rawName);
      return whole;
    }
    const attrs = parseAttributes(attrText);
    const inner = content ?? '';
    if ((NOTE_SHORTCODES as readonly string[]).includes(name)) {
      if (!inner.trim()) return '';
      ctx.notes.push(expandShortcodes(inner, ctx));
      return `<sup data-mh-note="${ctx.notes.length - 1}">*</sup>`;
    }
    if (name === 'caption' || name === 'wp_caption') return caption(attrs.named, expandShortcodes(inner, ctx));
    if (name === 'gallery') return gallery(attrs.named, ctx);
    if (name === 'playlist') {
      ctx.warnings.add('A [playlist] of audio or video was left out: add the files to the article by hand.');
      return '';
    }
    return embed(name, attrs, inner, ctx);
  });
  if (unknown.size > 0) {
    const names = [...unknown].map((n) => `[${n}]`).join(', ');
    ctx.warnings.add(`Unknown shortcode${unknown.size > 1 ? 's' : ''} ${names} kept as text: replace or remove ${unknown.size > 1 ? 'them' : 'it'} in the editor.`);
  }
  return out;
}
