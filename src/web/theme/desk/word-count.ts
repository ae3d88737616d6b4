// Word count and reading time while typing. The server counts the words of the
// rendered body's plain text (footnotes and images left out); the figures here use
// the same counting rule on the Markdown with its syntax stripped, which agrees with
// the saved figure closely enough for a running count without a round trip.
import { countWords, readingMinutes } from '../../../domain/articles/content/text.js';

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
