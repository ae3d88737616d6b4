import { escapeHtml } from '../../shared/html.js';
import type { SearchDocument } from './search.types.js';

// The engines mark matches with these two control characters. Indexed text never contains
// them (cleanIndexText removes all control characters), so every sentinel in an engine's
// output is one the engine put there, and article text cannot forge a <mark>.
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

// Word-breaking characters (tab, newline) become spaces; the rest (NUL, the sentinels…) go.
// PostgreSQL also rejects NUL in text, so this keeps a stray byte from failing a publish.
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;

export function cleanIndexText(text: string): string {
  return text.normalize('NFC').replace(CONTROL, (c) => (c === '\t' || c === '\n' || c === '\r' ? ' ' : ''));
}

export function cleanDocument(doc: SearchDocument): SearchDocument {
  return {
    id: doc.id,
    title: cleanIndexText(doc.title),
    dek: cleanIndexText(doc.dek),
    body: cleanIndexText(doc.body),
    authors: cleanIndexText(doc.authors),
  };
}

export function hasMark(marked: string): boolean {
  return marked.includes(MARK_START);
}

/**
 * The text to show under a hit: the body excerpt when the body matched, else the dek when
 * it matched (a title- or author-only match), else the unmarked start of the body.
 */
export function chooseSnippet(bodyMarked: string, dekMarked: string): string {
  if (hasMark(bodyMarked) || !hasMark(dekMarked)) return bodyMarked.trim() === '' ? dekMarked : bodyMarked;
  return dekMarked;
}

/** Engine text with sentinels → escaped HTML with balanced <mark> elements. */
export function snippetToHtml(marked: string): string {
  let html = '';
  let open = false;
  const text = marked.replace(/\s+/g, ' ').trim();
  for (const part of text.split(/([\u0002\u0003])/)) {
    if (part === MARK_START) {
      if (!open) html += '<mark>';
      open = true;
    } else if (part === MARK_END) {
      if (open) html += '</mark>';
      open = false;
    } else {
      html += escapeHtml(part);
    }
  }
  return open ? `${html}</mark>` : html;
}

/** The part of a query word that its inflections share: "regulating" → "regulat", finds "regulation". */
function wordRoot(word: string): string {
  const w = word.toLowerCase();
  return w.length <= 5 ? w : w.slice(0, Math.max(5, w.length - 3));
}

/**
 * An excerpt of `text` around the first word matching the query, with matches between
 * the sentinels; without a match, the start of the text (or '' when `fallback` is off).
 * Built here rather than by the engine's snippet(), which on SQLite re-runs the whole
 * full-text query for each row and costs milliseconds for a common word.
 */
export function markExcerpt(text: string, words: string[], maxWords = 30, fallback = false): string {
  const roots = [...new Set(words.map(wordRoot).filter((r) => r.length > 0))];
  const matches = (run: string): boolean => {
    const t = run.toLowerCase();
    return roots.some((r) => t.startsWith(r));
  };
  const tokens = text.split(/\s+/).filter(Boolean);
  // Reading every word of a long body costs milliseconds a page when nothing matches (the
  // engine matched a stem: "wars" found "war"), so look for the roots in the text first.
  const lower = text.toLowerCase();
  const first = roots.some((r) => lower.includes(r))
    ? tokens.findIndex((token) => (token.match(/[\p{L}\p{N}]+/gu) ?? []).some(matches))
    : -1;
  if (first === -1 && !fallback) return '';
  const start = first === -1 ? 0 : Math.max(0, first - Math.floor(maxWords / 3));
  const slice = tokens
    .slice(start, start + maxWords)
    .map((token) => token.replace(/[\p{L}\p{N}]+/gu, (run) => (matches(run) ? `${MARK_START}${run}${MARK_END}` : run)));
  return `${start > 0 ? '…' : ''}${slice.join(' ')}${start + maxWords < tokens.length ? '…' : ''}`;
}
