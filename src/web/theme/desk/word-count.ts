// Word count and reading time while typing. The server counts the words of the
// rendered body's plain text (footnotes and images left out); the figures here use
// the same counting rule on the Markdown with its syntax stripped, which agrees with
// the saved figure closely enough for a running count without a round trip.
// The rule is copied from src/domain/articles/content/text.ts rather than imported so
// the theme bundle depends on nothing outside src/web/theme (its build cache is keyed
// on that folder); test/web/theme/desk-assets.test.ts checks the two agree.

/** Same as the server's WORDS_PER_MINUTE. */
export const WORDS_PER_MINUTE = 230;

/** Whitespace-separated tokens with a letter or digit, as the server counts them. */
export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/u)) {
    if (/[\p{L}\p{N}]/u.test(token)) count += 1;
  }
  return count;
}

export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}

/** The Markdown minus what never shows up as words on the page. */
export function markdownPlainText(markdown: string): string {
  return (
    markdown
      // Footnote definitions, with their indented continuation lines: the notes are not body text.
      .replace(/^ {0,3}\[\^[^\]\n]+\]:.*(?:\n(?: {4}|\t).*)*/gm, ' ')
      .replace(/\[\^[^\]\n]+\]/g, ' ')
      // Link reference definitions.
      .replace(/^ {0,3}\[[^\]\n]+\]:[ \t]*\S.*$/gm, ' ')
      // Images have no text on the page; links keep their text.
      .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, ' ')
      .replace(/\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
      // Raw HTML is dropped by the renderer (autolinks like <https://…> are not tags).
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^>\n]*)?\/?>/g, ' ')
      // Fence lines (the info string is not text) and list markers ("1." would count as a word).
      .replace(/^[ \t>]*(?:```|~~~).*$/gm, ' ')
      .replace(/^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+/gm, ' ')
      .replace(/\|/g, ' ')
      .replace(/\\([\\`*_{}[\]()#+\-.!~<>])/g, '$1')
  );
}

export interface Counts {
  words: number;
  minutes: number;
}

export function countMarkdown(markdown: string): Counts {
  const words = countWords(markdownPlainText(markdown));
  return { words, minutes: readingMinutes(words) };
}

export function formatWords(words: number): string {
  return `${words.toLocaleString('en')} ${words === 1 ? 'word' : 'words'}`;
}

export function formatReading(minutes: number): string {
  return `${minutes} min read`;
}
