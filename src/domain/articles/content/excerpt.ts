/**
 * Excerpts for cards, feeds and meta descriptions, cut from `renderMarkdown`'s plain text.
 */
import { collapseWhitespace } from './text.js';

const ELLIPSIS = '…';

/** Punctuation that reads badly right before an ellipsis ("the report, …"). */
const TRAILING_PUNCTUATION = /[\s,;:.!?…—–-]+$/u;

/**
 * At most `maxChars` characters (the ellipsis included) ending on a word boundary, with "…" when the text
 * was cut. A first word longer than the limit is kept whole rather than cut inside.
 */
export function makeExcerpt(plainText: string, maxChars = 200): string {
  const text = collapseWhitespace(plainText);
  const chars = Array.from(text); // code points, so an emoji or astral letter is never split
  if (chars.length <= maxChars) return text;

  const budget = Math.max(0, maxChars - ELLIPSIS.length);
  // A boundary is a space at index `budget` or earlier: everything before it is whole words.
  let cut = -1;
  for (let i = Math.min(budget, chars.length - 1); i > 0; i -= 1) {
    if (chars[i] === ' ') {
      cut = i;
      break;
    }
  }
  if (cut === -1) {
    const firstSpace = chars.indexOf(' ');
    cut = firstSpace === -1 ? chars.length : firstSpace;
  }
  const head = chars.slice(0, cut).join('').replace(TRAILING_PUNCTUATION, '');
  if (head === '') return ELLIPSIS;
  return cut >= chars.length ? head : head + ELLIPSIS;
}
