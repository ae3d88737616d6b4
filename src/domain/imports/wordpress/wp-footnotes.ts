import type TurndownService from 'turndown';

// Every way WordPress sites write footnotes, as turndown rules that leave a private marker in
// the Markdown where each reference is; wp-content.ts numbers the notes that have text, in
// the order they are first referenced, and writes them as GFM footnotes ("[^1]" … "[^1]: …").
//  - footnote plugin shortcodes ([efn_note], [ref], [footnote], [mfn]): shortcodes.ts leaves
//    <sup data-mh-note="k">, k indexing the note's HTML;
//  - the core Footnotes block: <sup data-fn="ID" class="fn"><a href="#ID">1</a></sup>, the text
//    in the post's `footnotes` meta (JSON [{"id","content"}]);
//  - hand-made endnotes: <sup><a href="#fn-1">1</a></sup> pointing at an <li id="fn-1"> of a list;
//  - bare <sup>1</sup> digits with a "Notes"/"References" heading followed by a numbered list.
// The notes list and its heading leave the body; back links (↩) are dropped.

type Node = TurndownService.Node;

export const MARK_OPEN = '\uE000';
export const MARK_CLOSE = '\uE001';

export interface NoteState {
  /** <li id> values that some in-document link points at */
  listIds: Set<string>;
  /** the body has bare <sup>N</sup> and a notes heading followed by a numbered list */
  bareNotes: boolean;
  /** core Footnotes block texts by id (HTML) */
  meta: Map<string, string>;
  /** footnote shortcodes' HTML, by placeholder index */
  shortcodeNotes: string[];
  /** note keys ("meta:ID", "sc:K", "list:ID", "bare:N") in the order first referenced */
  order: string[];
  /** Markdown of list notes, by key */
  listText: Map<string, string>;
  warnings: Set<string>;
}

const NOTES_HEADING = /^(?:foot|end)?notes?\s*:?$|^references?\s*:?$|^sources?\s*:?$|^bibliography\s*:?$/i;
const BARE_NUMBER = /^\[?\d{1,3}\]?$/;
const BACK_LINK = /^\s*(?:↩|↑|⤴|\^|back|return|\u21a9\ufe0e?)\s*$/i;

function attr(node: Node, name: string): string {
  return (node as HTMLElement).getAttribute?.(name) ?? '';
}

function text(node: Node): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function elementSibling(node: Node, dir: 'previousSibling' | 'nextSibling'): Node | null {
  let s = node[dir] as Node | null;
  while (s && s.nodeType !== 1) {
    if (s.nodeType === 3 && (s.nodeValue ?? '').trim()) return null;
    s = s[dir] as Node | null;
  }
  return s;
}

function children(node: Node): Node[] {
  return (Array.from(node.childNodes) as Node[]).filter((c) => c.nodeType === 1);
}

/** Scans the HTML once for what the rules need to know before they see the nodes. */
export function scanNotes(html: string, state: NoteState): void {
  const ids = new Set([...html.matchAll(/<li\b[^>]*?\sid\s*=\s*["']([^"']+)["']/gi)].map((m) => m[1] ?? ''));
  for (const m of html.matchAll(/href\s*=\s*["']#([^"']+)["']/gi)) if (ids.has(m[1] ?? '')) state.listIds.add(m[1] ?? '');
  state.bareNotes =
    /<sup>\s*\[?\d{1,3}\]?\s*<\/sup>/i.test(html) &&
    /<(h[1-6]|p)\b[^>]*>\s*(?:<(?:strong|b|em)>\s*)?(?:(?:foot|end)?notes?|references?|sources?|bibliography)\s*:?\s*(?:<\/(?:strong|b|em)>\s*)?<\/\1>\s*<ol\b/i.test(html);
}

function mark(state: NoteState, key: string): string {
  let i = state.order.indexOf(key);
  if (i < 0) i = state.order.push(key) - 1;
  return `${MARK_OPEN}${i}${MARK_CLOSE}`;
}

function isNotesHeading(node: Node): boolean {
  return /^(?:H[1-6]|P)$/.test(node.nodeName) && NOTES_HEADING.test(text(node));
}

function isBareList(node: Node, state: NoteState): boolean {
  if (!state.bareNotes || node.nodeName !== 'OL') return false;
  const prev = elementSibling(node, 'previousSibling');
  return prev !== null && isNotesHeading(prev) && !children(node).some((li) => state.listIds.has(attr(li, 'id')));
}

function isNoteList(node: Node, state: NoteState): boolean {
  if (node.nodeName !== 'OL' && node.nodeName !== 'UL') return false;
  return isBareList(node, state) || children(node).some((li) => li.nodeName === 'LI' && state.listIds.has(attr(li, 'id')));
}

function insideCoreRef(node: Node): boolean {
  for (let p = node.parentNode as Node | null; p; p = p.parentNode as Node | null) if (p.nodeName === 'SUP' && attr(p, 'data-fn')) return true;
  return false;
}

/** Adds the note rules; call after the generic rules so that these win. */
export function addNoteRules(td: TurndownService, state: NoteState): void {
  td.addRule('wpNoteAnchor', {
    filter: (node) => node.nodeName === 'A' && attr(node, 'href').startsWith('#'),
    replacement(content, node) {
      if (insideCoreRef(node)) return content;
      const id = attr(node, 'href').slice(1);
      if (state.listIds.has(id)) return mark(state, `list:${id}`);
      if (BACK_LINK.test(text(node))) return '';
      return content; // an in-page anchor: its text stays, the link goes
    },
  });

  td.addRule('wpNoteSup', {
    filter: (node) => node.nodeName === 'SUP' && (attr(node, 'data-fn') !== '' || attr(node, 'data-mh-note') !== '' || (state.bareNotes && BARE_NUMBER.test(text(node)) && children(node).length === 0)),
    replacement(content, node) {
      const fn = attr(node, 'data-fn');
      if (fn) {
        if (state.meta.has(fn)) return mark(state, `meta:${fn}`);
        if (state.listIds.has(fn)) return mark(state, `list:${fn}`);
        state.warnings.add('A footnote marker of the Footnotes block had no text in the export (its "footnotes" post meta is missing); it was left out.');
        return '';
      }
      const sc = attr(node, 'data-mh-note');
      if (sc) return /^\d+$/.test(sc) && Number(sc) < state.shortcodeNotes.length ? mark(state, `sc:${sc}`) : '';
      return mark(state, `bare:${Number(text(node).replace(/\D/g, ''))}`);
    },
  });

  td.addRule('wpNoteItem', {
    filter: (node) => {
      if (node.nodeName !== 'LI' || !node.parentNode) return false;
      return state.listIds.has(attr(node, 'id')) || isBareList(node.parentNode as Node, state);
    },
    replacement(content, node) {
      const id = attr(node, 'id');
      const parent = node.parentNode as Node;
      const key = state.listIds.has(id) ? `list:${id}` : `bare:${children(parent).indexOf(node) + 1}`;
      state.listText.set(key, content.trim());
      return '';
    },
  });

  td.addRule('wpNoteList', { filter: (node) => isNoteList(node, state), replacement: () => '\n\n' });

  td.addRule('wpNotesHeading', {
    filter: (node) => {
      if (!isNotesHeading(node)) return false;
      const next = elementSibling(node, 'nextSibling');
      return next !== null && isNoteList(next, state);
    },
    replacement: () => '\n\n',
  });
}

/** Replaces the markers with [^n] for notes that have text, and appends the notes. */
export function writeNotes(markdown: string, state: NoteState, noteMarkdown: (key: string) => string): string {
  const texts = state.order.map((key) => noteMarkdown(key).split(MARK_OPEN).join('').split(MARK_CLOSE).join('').trim());
  const numbers = new Map<number, number>();
  texts.forEach((t, i) => {
    if (t) numbers.set(i, numbers.size + 1);
  });
  if (numbers.size < texts.length) state.warnings.add('A footnote marker pointed at a note that is not in the post; the marker was left out.');
  const body = markdown.replace(new RegExp(`${MARK_OPEN}(\\d+)${MARK_CLOSE}`, 'g'), (_m, i: string) => {
    const n = numbers.get(Number(i));
    return n === undefined ? '' : `[^${n}]`;
  });
  const notes = texts
    .map((t, i) => ({ t, n: numbers.get(i) }))
    .filter((x): x is { t: string; n: number } => x.n !== undefined)
    .map(({ t, n }) => {
      // Later paragraphs of a note are indented four spaces, which is how GFM continues a footnote.
      const lines = t.split('\n').map((l, j) => (j === 0 || l.trim() === '' ? l.trimEnd() : `    ${l.trimEnd()}`));
      return `[^${n}]: ${lines.join('\n')}`;
    });
  return notes.length > 0 ? `${body.trimEnd()}\n\n${notes.join('\n\n')}\n` : body;
}
