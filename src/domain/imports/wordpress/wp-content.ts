import { gfm } from '@joplin/turndown-plugin-gfm';
import TurndownService from 'turndown';
import { addDocxRules, safeHref, type ConversionState } from '../docx/turndown-rules.js';
import { absoluteUrl, escapeHtml, expandShortcodes } from './shortcodes.js';
import { addNoteRules, MARK_CLOSE, MARK_OPEN, scanNotes, writeNotes, type NoteState } from './wp-footnotes.js';
import { embedLines, isBlockContent, stripComments, wpautop } from './wp-html.js';
import type { GalleryImage } from './wp-gallery.js';
import type { WpContentResult } from './wxr.types.js';

// A WordPress post body (classic or block editor, with shortcodes) → Masthead Markdown, pure.
// Steps: block comments out, shortcodes to HTML (shortcodes.ts), bare embed URLs to links,
// wpautop for classic bodies (wp-html.ts), then turndown with the Word import's rules (escaping,
// lists, tables) plus WordPress's: footnotes of every kind (wp-footnotes.ts), "Also Read"
// paragraphs taken out as related links, images kept as ![alt](src) and listed, links limited
// to http(s)/mailto (relative ones resolved against the site). Executable things (script,
// iframes, forms, event handlers, javascript:/data: URLs) never reach the Markdown; the
// renderer sanitizes again on top.

export interface ConvertWpOptions {
  siteUrl: string;
  /** the post's `footnotes` meta (core Footnotes block), JSON [{"id","content"}] */
  footnotesMeta?: string;
  /** attachments of the export by WordPress ID, for [gallery ids="…"] */
  attachments?: ReadonlyMap<number, GalleryImage>;
  /** the post's own attachments, for a bare [gallery] */
  childAttachmentIds?: readonly number[];
}

const ALSO_READ = /^\s*also[\s\u00a0]+read\b\s*[:\-–—]?\s*/i;
const EMBED_SCRIPT = /\ssrc\s*=\s*["']?(?:https?:)?\/\/(?:platform\.twitter\.com|www\.instagram\.com|connect\.facebook\.net|www\.tiktok\.com|embed\.reddit\.com|platform\.x\.com)\//i;
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?)(?:[?#].*)?$/i;
const REMOVED = ['script', 'style', 'noscript', 'template', 'object', 'embed', 'form', 'input', 'button', 'select', 'textarea', 'svg', 'canvas'] as const;

type Node = TurndownService.Node;
const attr = (node: Node, name: string) => (node as HTMLElement).getAttribute?.(name) ?? '';
const textOf = (node: Node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();
const label = (s: string) => s.replace(/[\\[\]]/g, (c) => `\\${c}`).replace(/\s+/g, ' ').trim();

function links(node: Node): Node[] {
  const found: Node[] = [];
  for (const c of Array.from(node.childNodes) as Node[]) {
    if (c.nodeName === 'A') found.push(c);
    if (c.nodeType === 1) found.push(...links(c));
  }
  return found;
}

function parseMeta(json: string | undefined, warnings: Set<string>): Map<string, string> {
  const out = new Map<string, string>();
  if (!json?.trim()) return out;
  try {
    const parsed: unknown = JSON.parse(json);
    if (Array.isArray(parsed)) {
      for (const n of parsed) {
        if (n && typeof n === 'object' && typeof (n as { id?: unknown }).id === 'string') {
          out.set((n as { id: string }).id, String((n as { content?: unknown }).content ?? ''));
        }
      }
    }
  } catch {
    warnings.add('The post\'s "footnotes" meta is not valid JSON; its notes were left out.');
  }
  return out;
}

interface WpState {
  siteUrl: string;
  warnings: Set<string>;
  images: Array<{ src: string; alt: string }>;
  alsoRead: Array<{ href: string; title: string }>;
}

function href(raw: string, siteUrl: string): string | undefined {
  const value = raw.trim();
  if (/^mailto:/i.test(value)) return safeHref(value);
  const url = absoluteUrl(value, siteUrl);
  return url ? safeHref(url) : undefined;
}

function addWpRules(td: TurndownService, state: WpState): void {
  td.remove((node) => (REMOVED as readonly string[]).includes(node.nodeName.toLowerCase()));

  td.addRule('wpHeading', {
    filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
    replacement: (content, node) => (content.trim() ? `\n\n${'#'.repeat(Number(node.nodeName.charAt(1)))} ${content.replace(/\s+/g, ' ').trim()}\n\n` : ''),
  });

  td.addRule('wpLink', {
    filter: (node) => node.nodeName === 'A',
    replacement(content, node) {
      const raw = attr(node, 'href');
      if (!raw) return content;
      const safe = href(raw, state.siteUrl);
      if (!safe) {
        state.warnings.add('A link to an address we do not allow (only http, https and mailto are kept) was removed; its text was kept.');
        return content;
      }
      // A thumbnail linking to its own full-size file is one image, not a link.
      const kids = (Array.from(node.childNodes) as Node[]).filter((c) => c.nodeType === 1 || (c.nodeValue ?? '').trim());
      if (kids.length === 1 && kids[0]?.nodeName === 'IMG' && IMAGE_FILE.test(safe)) return content;
      return content.trim() ? `[${content}](${safe})` : '';
    },
  });

  td.addRule('wpImage', {
    filter: 'img',
    replacement(_content, node) {
      const url = absoluteUrl(attr(node, 'src'), state.siteUrl);
      const src = url ? safeHref(url) : undefined;
      if (!src) {
        if (attr(node, 'src')) state.warnings.add('An image with an address we do not allow (such as data: or javascript:) was left out.');
        return '';
      }
      const alt = attr(node, 'alt').replace(/\s+/g, ' ').trim();
      if (!state.images.some((i) => i.src === src)) state.images.push({ src, alt });
      return `![${label(alt)}](${src})`;
    },
  });

  // WordPress's classic <pre> has no <code> inside: it is still a code block, its line breaks kept.
  td.addRule('wpPre', {
    filter: (node) => node.nodeName === 'PRE' && !(Array.from(node.childNodes) as Node[]).some((c) => c.nodeName === 'CODE'),
    replacement(_content, node) {
      const code = (node.textContent ?? '').replace(/\n+$/, '');
      const fence = '`'.repeat(Math.max(3, ...[...code.matchAll(/`+/g)].map((m) => m[0].length + 1)));
      return code.trim() ? `\n\n${fence}\n${code}\n${fence}\n\n` : '';
    },
  });

  td.addRule('wpFigcaption', {
    filter: 'figcaption',
    replacement: (content) => (content.trim() ? `\n\n*${content.replace(/\s+/g, ' ').trim()}*\n\n` : ''),
  });

  td.addRule('wpIframe', {
    filter: 'iframe',
    replacement(_content, node) {
      const src = href(attr(node, 'src'), state.siteUrl);
      if (!src || !/^https?:/.test(src)) return '';
      return `\n\n[${label(src)}](${src})\n\n`;
    },
  });

  td.addRule('wpAlsoRead', {
    filter(node) {
      if (node.nodeName !== 'P' && node.nodeName !== 'DIV') return false;
      const text = textOf(node);
      if (!ALSO_READ.test(text)) return false;
      const found = links(node);
      if (found.length !== 1 || !found[0]) return false;
      // ≈ one link only: what is left once the label and the link text are gone is punctuation at most.
      const rest = text.replace(ALSO_READ, '').replace(textOf(found[0]), '');
      return rest.replace(/[\s"“”'‘’»«:.\-–—|>]/g, '').length === 0;
    },
    replacement(_content, node) {
      const a = links(node)[0] as Node;
      const target = href(attr(a, 'href'), state.siteUrl);
      const title = textOf(a).replace(/^["“”'‘’«»]+|["“”'‘’«»]+$/g, '').trim();
      if (target && /^https?:/.test(target) && title) state.alsoRead.push({ href: target, title });
      else state.warnings.add('An "Also Read" paragraph linked to an address we do not allow; it was removed.');
      return '\n\n';
    },
  });
}

function newTurndown(docState: ConversionState): TurndownService {
  const td = new TurndownService({ headingStyle: 'atx', emDelimiter: '*', strongDelimiter: '**', bulletListMarker: '-', codeBlockStyle: 'fenced', br: '\\' });
  td.use(gfm);
  // The Word import's rules: Markdown and "<" escaping, list items, GFM tables, safe links.
  addDocxRules(td, docState);
  return td;
}

function tidy(markdown: string): string {
  // Line breaks left next to removed elements would be stray hard breaks ("\" alone or before a blank line).
  return markdown
    .replace(/[ \t]+$/gm, '')
    .replace(/^\\$/gm, '')
    .replace(/\\\n(?=\n|$)/g, '\n')
    .replace(/\\$/, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Converts one WordPress body; see the file comment for what is understood. */
export function convertWpContent(html: string, options: ConvertWpOptions): WpContentResult {
  const warnings = new Set<string>();
  const state: WpState = { siteUrl: options.siteUrl, warnings, images: [], alsoRead: [] };
  const notes: NoteState = { listIds: new Set(), bareNotes: false, meta: parseMeta(options.footnotesMeta, warnings), shortcodeNotes: [], order: [], listText: new Map(), warnings };
  // Our own placeholders cannot come from the export: markers and data-mh-* attributes are stripped first.
  let body = html.split(MARK_OPEN).join('').split(MARK_CLOSE).join('').replace(/\sdata-mh-/gi, ' data-x-');
  // Social embeds (a quote plus the network's widget script) read well without their script.
  const scripts = [...body.matchAll(/<script\b([^>]*)>/gi)].filter((m) => !EMBED_SCRIPT.test(m[1] ?? ''));
  if (scripts.length > 0) warnings.add('A <script> in the body was removed.');
  const blocks = isBlockContent(body);
  body = stripComments(body);
  body = expandShortcodes(body, { siteUrl: options.siteUrl, attachments: options.attachments, childAttachmentIds: options.childAttachmentIds, notes: notes.shortcodeNotes, warnings });
  body = embedLines(body);
  if (!blocks) body = wpautop(body);
  scanNotes(body, notes);

  const td = newTurndown({ title: undefined, notes: new Map(), warnings });
  addWpRules(td, state);
  addNoteRules(td, notes);
  const main = td.turndown(body || '');
  const noteMarkdown = (key: string): string => {
    const [kind, ...rest] = key.split(':');
    const id = rest.join(':');
    if (kind === 'meta') return tidy(td.turndown(wpautop(notes.meta.get(id) ?? '') || ''));
    if (kind === 'sc') return tidy(td.turndown(wpautop(notes.shortcodeNotes[Number(id)] ?? '') || ''));
    return notes.listText.get(key) ?? '';
  };
  const markdown = tidy(writeNotes(tidy(main), notes, noteMarkdown));
  return { markdown: markdown ? `${markdown}\n` : '', alsoRead: state.alsoRead, images: state.images, warnings: [...warnings] };
}

/** Titles, names and other one-line fields: tags out, entities decoded, whitespace collapsed (the page escapes it). */
export function wpPlainText(html: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', hellip: '…', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»' };
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
      if (e[0] === '#') {
        const code = e[1]?.toLowerCase() === 'x' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
        return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
      }
      return named[e.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

export { escapeHtml };
