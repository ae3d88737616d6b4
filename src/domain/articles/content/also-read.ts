/**
 * "Also Read" asides placed between paragraphs of a rendered article body.
 *
 * The body HTML is parsed only to find where its top-level blocks start and end; asides are spliced into
 * the original string at those offsets, so the stored body is otherwise returned byte for byte.
 */
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { isFootnotesSection } from './hast-tools.js';
import { escapeHtml } from './text.js';

export interface AlsoReadLink {
  title: string;
  url: string;
}

/** Asides are at least this many paragraphs apart, so two never sit next to each other or nearly so. */
const MIN_PARAGRAPH_GAP = 2;

const parser = unified().use(rehypeParse, { fragment: true }).freeze();

export function alsoReadAside(link: AlsoReadLink): string {
  return (
    '<aside class="also-read"><span class="also-read-label">Also Read:</span> ' +
    `<a href="${escapeHtml(link.url.trim())}">${escapeHtml(link.title.trim())}</a></aside>`
  );
}

/**
 * Links come from our own database, but the aside is raw HTML, so refuse anything that is not a plain
 * http(s) or relative URL: `javascript:`/`data:` schemes, and control characters browsers strip before
 * reading the scheme ("java\tscript:").
 */
export function isSafeLinkUrl(url: string): boolean {
  const trimmed = url.trim();
  if (trimmed === '' || /[\u0000-\u001f\u007f]/u.test(trimmed)) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed);
  return scheme === null || /^https?$/i.test(scheme[1] ?? '');
}

interface Block {
  element: Element;
  start: number;
  end: number;
}

/** Top-level elements before the footnotes section, with their offsets in `html`. */
function bodyBlocks(tree: Root): { blocks: Block[]; footnotesStart: number | undefined } {
  const blocks: Block[] = [];
  for (const child of tree.children) {
    if (child.type !== 'element') continue;
    const start = child.position?.start.offset;
    const end = child.position?.end.offset;
    if (isFootnotesSection(child)) return { blocks, footnotesStart: start };
    if (start === undefined || end === undefined) continue;
    blocks.push({ element: child, start, end });
  }
  return { blocks, footnotesStart: undefined };
}

/**
 * Paragraph ordinals (0-based, among top-level `<p>`s) after which an aside may go: at least two paragraphs
 * before it, and the next block is a paragraph too, so an aside never splits a paragraph from the list,
 * quote or table it introduces and never sits directly before a heading.
 */
function eligibleOrdinals(blocks: Block[]): Map<number, number> {
  const offsets = new Map<number, number>(); // ordinal → insertion offset
  let ordinal = -1;
  blocks.forEach((block, index) => {
    if (block.element.tagName !== 'p') return;
    ordinal += 1;
    const next = blocks[index + 1];
    if (ordinal >= 1 && next !== undefined && next.element.tagName === 'p') {
      offsets.set(ordinal, block.end);
    }
  });
  return offsets;
}

/** Greedy: for each target (¼, ½, ¾… of the paragraphs) the nearest free slot far enough from the others. */
function chooseOrdinals(paragraphCount: number, eligible: number[], wanted: number): number[] {
  const chosen: number[] = [];
  for (let k = 1; k <= wanted; k += 1) {
    const target = Math.round((paragraphCount * k) / (wanted + 1)) - 1;
    const candidates = eligible
      .filter((ordinal) => chosen.every((taken) => Math.abs(taken - ordinal) >= MIN_PARAGRAPH_GAP))
      .sort((a, b) => Math.abs(a - target) - Math.abs(b - target) || b - a);
    const best = candidates[0];
    if (best !== undefined) chosen.push(best);
  }
  return chosen.sort((a, b) => a - b);
}

/**
 * Inserts up to `links.length` asides between top-level paragraphs, spread through the text. With no
 * suitable place, one aside goes at the end of the body, before the footnotes. Never inside lists,
 * quotes, tables or the footnotes section. Unsafe URLs and empty titles are skipped.
 */
export function insertAlsoRead(html: string, links: ReadonlyArray<AlsoReadLink>): string {
  const usable = links.filter((link) => link.title.trim() !== '' && isSafeLinkUrl(link.url));
  if (usable.length === 0) return html;

  const { blocks, footnotesStart } = bodyBlocks(parser.parse(html));
  const last = blocks.at(-1);
  if (last === undefined) return html;

  const paragraphCount = blocks.filter((block) => block.element.tagName === 'p').length;
  const eligible = eligibleOrdinals(blocks);
  const ordinals = chooseOrdinals(paragraphCount, [...eligible.keys()], usable.length);

  const insertions: Array<{ offset: number; text: string }> = ordinals.map((ordinal, i) => ({
    offset: eligible.get(ordinal) ?? last.end,
    text: '\n' + alsoReadAside(usable[i] as AlsoReadLink),
  }));
  if (insertions.length === 0) {
    const first = usable[0] as AlsoReadLink;
    insertions.push(
      footnotesStart === undefined
        ? { offset: last.end, text: '\n' + alsoReadAside(first) }
        : { offset: footnotesStart, text: alsoReadAside(first) + '\n' },
    );
  }

  let result = html;
  for (const { offset, text } of insertions.sort((a, b) => b.offset - a.offset)) {
    result = result.slice(0, offset) + text + result.slice(offset);
  }
  return result;
}
