/**
 * Table of contents for long pieces. Short pieces get none: a contents box over three paragraphs is noise.
 */
import type { Heading } from './markdown.js';

export interface TocOptions {
  /** Fewest h2/h3 headings worth listing (default 3). */
  minHeadings?: number;
  /** Fewest words for a piece to count as long (default 900). */
  minWords?: number;
  /** The piece's word count, as `renderMarkdown` reports it. */
  wordCount: number;
}

export const TOC_MIN_HEADINGS = 3;
export const TOC_MIN_WORDS = 900;

/**
 * The h2/h3 entries of `headings` (in order), or null when the piece is too short for a table of contents.
 * Without `opts` only the heading count is checked.
 */
export function buildToc(headings: readonly Heading[], opts?: TocOptions): Heading[] | null {
  const minHeadings = opts?.minHeadings ?? TOC_MIN_HEADINGS;
  const minWords = opts?.minWords ?? TOC_MIN_WORDS;
  const entries = headings
    .filter((heading) => heading.depth === 2 || heading.depth === 3)
    .map(({ id, text, depth }) => ({ id, text, depth }));
  if (entries.length === 0 || entries.length < minHeadings) return null;
  if (opts !== undefined && opts.wordCount < minWords) return null;
  return entries;
}
