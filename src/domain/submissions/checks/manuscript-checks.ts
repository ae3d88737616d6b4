/**
 * The shape checks of a manuscript: length against the section's limits, a dek, headings in a
 * long piece. Pure: the caller passes the text and the section's limits.
 *
 * Words are counted in the body only, not in the footnotes: sections state their limits for
 * the text readers read through (as most magazines and journals do, notes and references
 * excluded), and the article page's reading time counts the same way (plainText in
 * content/markdown.ts). The count uses the site's one word-counting rule (content/text.ts).
 */
import { countWords } from '../../articles/content/text.js';
import { sortFindings, type Finding } from './findings.js';
import { parseManuscript, type ParsedManuscript } from './manuscript-parse.js';

export interface SectionLimits {
  minWords?: number | null;
  maxWords?: number | null;
}

export interface ManuscriptInput {
  title: string;
  dek: string;
  bodyMarkdown: string;
  limits?: SectionLimits;
}

/** A piece longer than this without a single heading is hard to find one's way in. */
export const LONG_PIECE_WORDS = 1500;

const fmt = (n: number) => n.toLocaleString('en-US');

export function manuscriptChecks(input: ManuscriptInput, parsed: ParsedManuscript = parseManuscript(input.bodyMarkdown)): Finding[] {
  const findings: Finding[] = [];
  const words = countWords(parsed.bodyText);
  const { minWords, maxWords } = input.limits ?? {};

  if (!input.title.trim()) {
    findings.push({
      code: 'missing-title',
      severity: 'error',
      message: 'The manuscript has no title.',
      whatToDo: 'Give it a working title; editors may suggest another before publication.',
    });
  }
  if (words === 0) {
    findings.push({
      code: 'empty-body',
      severity: 'error',
      message: 'The body is empty.',
      whatToDo: 'Write or paste the text, or upload a .docx file.',
    });
  } else if (maxWords && words > maxWords) {
    findings.push({
      code: 'words-over-limit',
      severity: 'warning',
      message: `The body has ${fmt(words)} words; this section takes at most ${fmt(maxWords)} (${fmt(words - maxWords)} over).`,
      whatToDo: 'Cut it to the limit, or tell the editors in your note why it needs the length. Footnotes are not counted.',
    });
  } else if (minWords && words < minWords) {
    findings.push({
      code: 'words-under-limit',
      severity: 'warning',
      message: `The body has ${fmt(words)} words; this section asks for at least ${fmt(minWords)} (${fmt(minWords - words)} short).`,
      whatToDo: 'Develop the argument further, or consider a section for shorter pieces. Footnotes are not counted.',
    });
  }
  if (!input.dek.trim()) {
    findings.push({
      code: 'missing-dek',
      severity: 'warning',
      message: 'There is no dek (the one- or two-sentence summary under the title).',
      whatToDo: 'Add a dek: it appears under the title, in lists and in search results, and helps editors read the piece.',
    });
  }
  if (words > LONG_PIECE_WORDS && parsed.headingCount === 0) {
    findings.push({
      code: 'no-headings',
      severity: 'info',
      message: `The piece has ${fmt(words)} words and no headings.`,
      whatToDo: 'Add a few section headings (a line starting with "## ") so readers can find their way and the page gets a table of contents.',
    });
  }
  return sortFindings(findings);
}
