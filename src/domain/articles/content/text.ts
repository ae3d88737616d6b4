/**
 * Small text helpers shared by the content transforms (Markdown rendering, excerpts, related reading).
 */

export { escapeHtml } from '../../../shared/html.js';

/** Words per minute used for reading time; a common figure for adult readers of non-fiction prose. */
export const WORDS_PER_MINUTE = 230;

/** Collapse every run of whitespace (including non-breaking spaces and newlines) to one space and trim. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Counts whitespace-separated tokens that contain at least one letter or digit, the way word processors do:
 * "state-of-the-art" is one word, a lone "—" or "§" is none.
 */
export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/u)) {
    if (/[\p{L}\p{N}]/u.test(token)) count += 1;
  }
  return count;
}

/** Reading time in whole minutes, never less than one so every piece shows a figure. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}
