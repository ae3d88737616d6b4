// Markdown editing commands behind the toolbar and the keyboard shortcuts. Each is a
// CodeMirror StateCommand: it reads the state, dispatches one transaction (so one
// undo step) and returns whether it did anything. No DOM here, so they run in tests.
import { EditorSelection, type EditorState, type StateCommand, type TransactionSpec } from '@codemirror/state';

/** The largest numeric footnote label in use, plus one: `[^1]`, `[^2]` → 3. Named labels are ignored. */
export function nextFootnoteNumber(markdown: string): number {
  let max = 0;
  for (const m of markdown.matchAll(/\[\^(\d+)\]/g)) max = Math.max(max, Number(m[1]));
  return max + 1;
}

const DEFINITION = /^ {0,3}\[\^[^\]\s]+\]:/;

/** What must go before a new `[^n]: ` at the end so it starts its own line, grouped with earlier notes. */
function separatorBeforeDefinition(docText: string, refAtEnd: boolean): string {
  if (docText.trim() === '' && !refAtEnd) return '';
  const lines = docText.replace(/\s+$/, '').split('\n');
  const last = lines[lines.length - 1] ?? '';
  // Notes already at the end: stay in that block, one per line.
  if (!refAtEnd && DEFINITION.test(last)) return docText.endsWith('\n') ? '' : '\n';
  if (refAtEnd) return DEFINITION.test(last) ? '\n' : '\n\n';
  if (docText.endsWith('\n\n')) return '';
  return docText.endsWith('\n') ? '\n' : '\n\n';
}

/**
 * Inserts `[^n]` after the selection with the next free n, appends `[^n]: ` at the end of
 * the document and moves the cursor there, ready for the note's text.
 */
export const insertFootnote: StateCommand = ({ state, dispatch }) => {
  const docText = state.doc.toString();
  const n = nextFootnoteNumber(docText);
  const ref = `[^${n}]`;
  const at = state.selection.main.to;
  const end = state.doc.length;
  const definition = `${separatorBeforeDefinition(docText, at === end)}[^${n}]: `;
  const changes = [
    { from: at, insert: ref },
    { from: end, insert: definition },
  ];
  const newLength = end + ref.length + definition.length;
  dispatch(state.update({ changes, selection: EditorSelection.cursor(newLength), scrollIntoView: true, userEvent: 'input' }));
  return true;
};

/** How many `*` run directly before `from` and directly after `to` (at most 3 each). */
function starsAround(state: EditorState, from: number, to: number): [number, number] {
  const before = state.sliceDoc(Math.max(0, from - 3), from);
  const after = state.sliceDoc(to, to + 3);
  return [before.length - before.replace(/\*+$/, '').length, after.length - after.replace(/^\*+/, '').length];
}

function isWrapped(marker: string, stars: [number, number]): boolean {
  // "*" is italic when one or three stars surround the text; "**" is bold with two or three.
  const ok = marker === '*' ? [1, 3] : [2, 3];
  return ok.includes(stars[0]) && ok.includes(stars[1]);
}

/**
 * Wraps each selection in `marker` (`**` bold, `*` italic), or unwraps it when it is
 * already wrapped. An empty selection takes the word under the cursor, or leaves the
 * cursor between a new pair of markers.
 */
export function toggleInline(marker: string): StateCommand {
  return ({ state, dispatch }) => {
    const spec = state.changeByRange((range) => {
      let { from, to } = range;
      if (range.empty) {
        const word = state.wordAt(range.head);
        if (word) ({ from, to } = word);
      }
      if (isWrapped(marker, starsAround(state, from, to))) {
        const m = marker.length;
        return {
          changes: [
            { from: from - m, to: from, insert: '' },
            { from: to, to: to + m, insert: '' },
          ],
          range: EditorSelection.range(from - m, to - m),
        };
      }
      return {
        changes: [
          { from, insert: marker },
          { from: to, insert: marker },
        ],
        range: EditorSelection.range(from + marker.length, to + marker.length),
      };
    });
    dispatch(state.update(spec, { scrollIntoView: true, userEvent: 'input' }));
    return true;
  };
}

export const toggleBold = toggleInline('**');
export const toggleItalic = toggleInline('*');

interface LinePrefix {
  /** written at the start of each line */
  prefix: string;
  /** what counts as this kind of line already (removed when toggling off) */
  present: RegExp;
  /** other prefixes of the same family replaced rather than stacked (e.g. "### " by "## ") */
  family?: RegExp;
}

export const HEADING: LinePrefix = { prefix: '## ', present: /^## /, family: /^#{1,6} / };
export const QUOTE: LinePrefix = { prefix: '> ', present: /^> ?/ };
export const BULLET: LinePrefix = { prefix: '- ', present: /^[-*+] /, family: /^\d{1,9}[.)] / };

/** Adds the prefix to every line a selection touches, or removes it when all of them have it already. */
export function toggleLinePrefix(kind: LinePrefix): StateCommand {
  return ({ state, dispatch }) => {
    const lines = new Map<number, { from: number; text: string }>();
    for (const range of state.selection.ranges) {
      const first = state.doc.lineAt(range.from).number;
      const last = state.doc.lineAt(range.to).number;
      for (let n = first; n <= last; n++) {
        const line = state.doc.line(n);
        // Blank lines inside a multi-line selection stay blank (they separate paragraphs).
        if (first !== last && line.text.trim() === '') continue;
        lines.set(n, { from: line.from, text: line.text });
      }
    }
    const targets = [...lines.values()];
    if (targets.length === 0) return false;
    const allHave = targets.every((l) => kind.present.test(l.text));
    const changes = targets.map((l) => {
      if (allHave) {
        const m = kind.present.exec(l.text)?.[0] ?? '';
        return { from: l.from, to: l.from + m.length, insert: '' };
      }
      if (kind.present.test(l.text)) return { from: l.from, insert: '' };
      const other = kind.family?.exec(l.text)?.[0];
      return { from: l.from, to: l.from + (other?.length ?? 0), insert: kind.prefix };
    });
    const spec: TransactionSpec = { changes, scrollIntoView: true, userEvent: 'input' };
    dispatch(state.update(spec));
    return true;
  };
}

/**
 * `[text](https://)` around each selection with the address selected, ready to be
 * typed over; with nothing selected the words "link text" are selected instead.
 */
export const insertLink: StateCommand = ({ state, dispatch }) => {
  const spec = state.changeByRange((range) => {
    const text = state.sliceDoc(range.from, range.to);
    const label = text === '' ? 'link text' : text;
    const url = 'https://';
    const insert = `[${label}](${url})`;
    const selection =
      text === ''
        ? EditorSelection.range(range.from + 1, range.from + 1 + label.length)
        : EditorSelection.range(range.from + label.length + 3, range.from + label.length + 3 + url.length);
    return { changes: { from: range.from, to: range.to, insert }, range: selection };
  });
  dispatch(state.update(spec, { scrollIntoView: true, userEvent: 'input' }));
  return true;
};

/**
 * Where an image's Markdown goes at `pos`: on its own paragraph, so an image dropped in
 * the middle of a sentence does not split it oddly.
 */
export function blockInsert(state: EditorState, pos: number, text: string): { from: number; insert: string } {
  const line = state.doc.lineAt(pos);
  const before = pos > line.from ? '\n\n' : '';
  const after = pos < line.to ? '\n\n' : '';
  return { from: pos, insert: `${before}${text}${after}` };
}
