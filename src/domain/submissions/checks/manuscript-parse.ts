/**
 * Reads a manuscript's Markdown (GFM with footnotes) with the same parser family the article
 * pipeline uses (remark-parse + remark-gfm), so a note the checks talk about is exactly a note
 * the published page would show, and a `[^1]` inside code is not taken for a reference.
 */
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export interface ParsedNote {
  /** normalized identifier, as remark matches references to definitions */
  identifier: string;
  /** the label as the author wrote it (`1`, `smith`) */
  label: string;
  /**
   * The number the reader sees: notes referenced from the body are numbered in order of first
   * reference (as GFM renders them); notes never referenced follow, in the order they are defined.
   */
  number: number;
  /** the note's text, whitespace collapsed */
  text: string;
  /** link targets inside the note (Markdown links and bare URLs, which GFM turns into links) */
  urls: string[];
  referenced: boolean;
}

export interface ParsedManuscript {
  /** body text without the notes or their markers, whitespace collapsed */
  bodyText: string;
  /** body text with paragraph breaks kept (one paragraph or heading per entry) */
  blocks: string[];
  headingCount: number;
  notes: ParsedNote[];
  /** labels referenced in the body that no definition answers, in order of first reference */
  undefinedReferences: string[];
}

const parser = unified().use(remarkParse).use(remarkGfm);

function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Text of a node; footnote markers contribute nothing, inline code and images' alt text count. */
function nodeText(node: Nodes): string {
  if (node.type === 'footnoteReference' || node.type === 'footnoteDefinition') return '';
  if ('value' in node && typeof node.value === 'string') return node.type === 'html' ? '' : node.value;
  if (node.type === 'image') return node.alt ?? '';
  if (node.type === 'break') return ' ';
  if ('children' in node) {
    // Block children are separated by a space so "end.</p><p>Start" does not fuse into one word.
    const block = node.type === 'root' || node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote';
    return (node.children as Nodes[]).map(nodeText).join(block ? ' ' : '');
  }
  return '';
}

function walk(node: Nodes, visit: (n: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children as Nodes[]) walk(child, visit);
}

export function parseManuscript(markdown: string): ParsedManuscript {
  const root = parser.parse(markdown) as Root;
  const refOrder: string[] = [];
  const refLabels = new Map<string, string>();
  const defs = new Map<string, { label: string; text: string; urls: string[] }>();
  const blocks: string[] = [];
  const literalRefs = new Map<string, string>();
  let headingCount = 0;

  for (const child of root.children) {
    if (child.type === 'footnoteDefinition') {
      if (defs.has(child.identifier)) {
        // remark keeps the first definition of a label; a second one is invisible to readers.
        continue;
      }
      const urls: string[] = [];
      walk(child, (n) => {
        if (n.type === 'link') urls.push(n.url);
      });
      const text = collapse((child.children as Nodes[]).map(nodeText).join(' '));
      defs.set(child.identifier, { label: child.label ?? child.identifier, text, urls });
      continue;
    }
    if (child.type === 'heading') headingCount += 1;
    walk(child, (n) => {
      if (n.type === 'footnoteReference' && !refLabels.has(n.identifier)) {
        refOrder.push(n.identifier);
        refLabels.set(n.identifier, n.label ?? n.identifier);
      }
      // GFM parses a call only when its note is defined; an undefined one stays literal text.
      if (n.type === 'text') {
        for (const m of n.value.matchAll(/\[\^([^\]\s]+)\]/gu)) {
          const label = m[1]!;
          if (!literalRefs.has(label.toLowerCase())) literalRefs.set(label.toLowerCase(), label);
        }
      }
    });
    const text = collapse(nodeText(child));
    if (text) blocks.push(text);
  }

  const notes: ParsedNote[] = [];
  for (const id of refOrder) {
    const def = defs.get(id);
    if (def) notes.push({ identifier: id, ...def, number: notes.length + 1, referenced: true });
  }
  for (const [id, def] of defs) {
    if (!refLabels.has(id)) notes.push({ identifier: id, ...def, number: notes.length + 1, referenced: false });
  }
  return {
    bodyText: collapse(blocks.join(' ')),
    blocks,
    headingCount,
    notes,
    undefinedReferences: [...literalRefs].filter(([id]) => !defs.has(id)).map(([, label]) => label),
  };
}
