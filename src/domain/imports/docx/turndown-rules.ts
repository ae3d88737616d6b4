import type TurndownService from 'turndown';

// The turndown rules that make mammoth's HTML into Masthead Markdown. mammoth
// writes a small, regular HTML (p, h1–h6, strong, em, s, sup, a, img, ul/ol/li,
// table/tr/td, br), but it sanitizes nothing, and turndown knows no footnotes:
//  - a note reference is <sup><a href="#footnote-N" id="footnote-ref-N">[N]</a></sup>
//    (endnotes the same with "endnote-"); the notes are a closing <ol> of
//    <li id="footnote-N">…<a href="#footnote-ref-N">↑</a></li>. They become GFM
//    footnotes, numbered in the order of that list: footnotes first, endnotes after,
//    so the ids of the two never collide.
//  - links keep http, https and mailto only; any other scheme (javascript:, data:,
//    file:, vbscript:) and in-document anchors lose the link and keep the text.
//  - images are the placeholders docx-to-markdown.ts made; nothing else is kept.
//  - tables are always GFM tables (never raw HTML, which the renderer drops); the
//    first row is the header, as it is in nearly every Word table.
//  - text is escaped for Markdown and "<" for HTML, so literal markup is text.

type Node = TurndownService.Node;

export interface ConversionState {
  /** the first paragraph in Word's Title style */
  title: string | undefined;
  /** "footnote-3" / "endnote-1" → the number of its GFM footnote */
  notes: Map<string, number>;
  warnings: Set<string>;
}

export const IMAGE_REF_PREFIX = 'docx-image:';
const NOTE_REF = /^#((?:footnote|endnote)-(?!ref-)[^\s]+)$/;
const NOTE_BACKLINK = /^#(?:footnote|endnote)-ref-/;
const NOTE_ITEM = /^(?:footnote|endnote)-(?!ref-)/;
const ROW = '\u001e';
const CELL = '\u001f';

function attribute(node: Node, name: string): string {
  return (node as HTMLElement).getAttribute?.(name) ?? '';
}

function isNoteItem(node: Node): boolean {
  return node.nodeName === 'LI' && NOTE_ITEM.test(attribute(node, 'id'));
}

/** Text of a node without its note markers, whitespace collapsed (for the title). */
function plainText(node: Node): string {
  let text = '';
  for (const child of Array.from(node.childNodes) as Node[]) {
    if (child.nodeType === 3) text += child.nodeValue ?? '';
    else if (child.nodeType === 1 && !(child.nodeName === 'A' && NOTE_REF.test(attribute(child, 'href')))) text += plainText(child);
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** An absolute http(s) or mailto URL, normalized and safe in a Markdown link destination; otherwise undefined. */
export function safeHref(href: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:' && url.protocol !== 'mailto:') return undefined;
  return url.href.replace(/[()<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function escapeLabel(text: string): string {
  return text.replace(/[\\[\]]/g, (c) => `\\${c}`).replace(/\s+/g, ' ').trim();
}

function ancestor(node: Node, names: string[]): boolean {
  for (let p = node.parentNode as Node | null; p; p = p.parentNode as Node | null) if (names.includes(p.nodeName)) return true;
  return false;
}

/** A cell's Markdown on one line: GFM table cells cannot hold blocks, so paragraphs and list items are joined. */
function cellText(content: string, state: ConversionState): string {
  const lines = content.split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length > 1) state.warnings.add('A table cell held several paragraphs or a list: its lines were joined, as a Markdown table cell holds one line.');
  return lines
    // List markers, heading marks and hard line breaks have no place on a cell's one line.
    .map((l) => l.replace(/^(?:[-*+]|\d+\.)\s+/, '').replace(/^#{1,6}\s+/, '').replace(/\\$/, ''))
    .join(' ')
    .replace(/\|/g, '\\|');
}

function tableMarkdown(content: string, node: Node, state: ConversionState): string {
  const rows = content
    .split(ROW)
    .slice(1)
    .map((r) => r.split(CELL).slice(1).map((c) => c.trim()));
  const filled = rows.filter((r) => r.length > 0);
  if (filled.length === 0) return '';
  if (ancestor(node, ['TD', 'TH'])) {
    state.warnings.add('A table inside a table cell was flattened into text.');
    return filled.map((r) => r.filter(Boolean).join(' / ')).join('; ');
  }
  // A one-cell table is how Word boxes a passage: it reads as the passage itself.
  if (filled.length === 1 && filled[0]?.length === 1) return `\n\n${filled[0][0] ?? ''}\n\n`;
  const width = Math.max(...filled.map((r) => r.length));
  const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => cells[i] || ' ').join(' | ')} |`;
  const [head = [], ...body] = filled;
  const divider = `| ${Array.from({ length: width }, () => '---').join(' | ')} |`;
  return `\n\n${[line(head), divider, ...body.map(line)].join('\n')}\n\n`;
}

/** Adds Masthead's rules; they are added after the GFM plugin's, so they win where both match. */
export function addDocxRules(td: TurndownService, state: ConversionState): void {
  // Text is Markdown-escaped by turndown; "<" and entity-like "&" are escaped too, or `<script>` typed in
  // Word would reach the Markdown as raw HTML (and be lost), and "&lt;" typed in Word would read as "<".
  const escapeMarkdown = td.escape.bind(td);
  td.escape = (text: string) =>
    escapeMarkdown(text)
      .replace(/&(?=#?[a-z0-9]+;)/gi, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/~/g, '\\~');

  // Rules added later win where filters overlap: the generic link rule first, the note rules after it.
  td.addRule('safeLink', {
    filter: (node) => node.nodeName === 'A',
    replacement(content, node) {
      const raw = attribute(node, 'href');
      if (!raw) return content;
      const href = safeHref(raw);
      if (!href) {
        if (!raw.startsWith('#')) state.warnings.add('A link to an address we do not allow (only http, https and mailto are kept) was removed; its text was kept.');
        return content;
      }
      if (!content.trim()) return '';
      return `[${content}](${href})`;
    },
  });

  td.addRule('listItem', {
    filter: 'li',
    replacement(content, node) {
      const parent = node.parentNode as HTMLElement | null;
      let prefix = '- ';
      if (parent?.nodeName === 'OL') {
        const start = Number(parent.getAttribute('start') ?? '1') || 1;
        prefix = `${start + Array.prototype.indexOf.call(parent.children, node)}. `;
      }
      const body = content.replace(/^\n+/, '').replace(/\n+$/, '\n').replace(/\n(?=.)/g, `\n${' '.repeat(prefix.length)}`);
      return `${prefix}${body.trimEnd()}${node.nextSibling ? '\n' : ''}`;
    },
  });

  td.addRule('docxTitle', {
    filter: (node) => node.nodeName === 'H1' && /(^|\s)title(\s|$)/.test(attribute(node, 'class')),
    replacement(content, node) {
      const text = plainText(node);
      if (state.title === undefined && text) {
        state.title = text;
        return '';
      }
      return `\n\n${content}\n\n`;
    },
  });

  td.addRule('noteReference', {
    filter: (node) => node.nodeName === 'A' && NOTE_REF.test(attribute(node, 'href')),
    replacement(_content, node) {
      const id = NOTE_REF.exec(attribute(node, 'href'))?.[1] ?? '';
      const n = state.notes.get(id);
      if (n === undefined) {
        state.warnings.add('A note marker had no note text in the file; it was left out.');
        return '';
      }
      return `[^${n}]`;
    },
  });

  td.addRule('noteBackLink', {
    filter: (node) => node.nodeName === 'A' && NOTE_BACKLINK.test(attribute(node, 'href')),
    replacement: () => '',
  });

  td.addRule('noteItem', {
    filter: (node) => isNoteItem(node) && state.notes.has(attribute(node, 'id')),
    replacement(content, node) {
      const n = state.notes.get(attribute(node, 'id'));
      const lines = content.trim().split('\n').map((l) => l.trimEnd());
      // Later paragraphs of a note are indented four spaces, which is how GFM continues a footnote.
      const text = lines.map((l, i) => (i === 0 || l === '' ? l : `    ${l}`)).join('\n');
      return `[^${n}]: ${text || ' '}\n\n`;
    },
  });

  td.addRule('noteList', {
    filter: (node) => node.nodeName === 'OL' && Array.from(node.childNodes).some((c) => isNoteItem(c as Node)),
    replacement: (content) => `\n\n${content.trim()}\n\n`,
  });

  td.addRule('docxImage', {
    filter: 'img',
    replacement(_content, node) {
      const src = attribute(node, 'src');
      if (!src.startsWith(IMAGE_REF_PREFIX)) return '';
      return `![${escapeLabel(attribute(node, 'alt'))}](${src})`;
    },
  });

  td.addRule('tableCell', {
    filter: ['th', 'td'],
    replacement(content, node) {
      const span = Math.min(50, Math.max(1, Number(attribute(node, 'colspan')) || 1));
      return CELL + cellText(content, state) + CELL.repeat(span - 1);
    },
  });
  td.addRule('tableRow', { filter: 'tr', replacement: (content) => ROW + content });
  td.addRule('tableSection', { filter: ['thead', 'tbody', 'tfoot'], replacement: (content) => content });
  td.addRule('tableCaption', { filter: 'caption', replacement: () => '' });
  td.addRule('table', { filter: 'table', replacement: (content, node) => tableMarkdown(content, node, state) });
}
