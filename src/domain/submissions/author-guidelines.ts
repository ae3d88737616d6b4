import type { Executor } from '../../db/database.js';
import { renderMarkdown } from '../articles/content/markdown.js';

// The sections' own guidelines for /submit/: what each one publishes, its length
// limits, and its Markdown guidelines rendered through the site's sanitizing pipeline.

export interface SectionGuidelines {
  slug: string;
  name: string;
  minWords: number | null;
  maxWords: number | null;
  reviewMode: 'single' | 'double';
  /** sanitized HTML; empty when the section has none */
  guidelinesHtml: string;
}

export async function sectionGuidelines(db: Executor): Promise<SectionGuidelines[]> {
  const rows = await db
    .selectFrom('categories')
    .select(['slug', 'name', 'submission_guidelines', 'min_words', 'max_words', 'review_mode'])
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows
    .filter((r) => r.submission_guidelines.trim() || r.min_words !== null || r.max_words !== null)
    .map((r) => ({
      slug: r.slug,
      name: r.name,
      minWords: r.min_words,
      maxWords: r.max_words,
      reviewMode: r.review_mode === 'double' ? 'double' : 'single',
      guidelinesHtml: r.submission_guidelines.trim() ? renderMarkdown(r.submission_guidelines).html : '',
    }));
}

/** "1,000 to 2,500 words", "up to 2,500 words", "at least 4,000 words" or '' */
export function lengthWords(min: number | null, max: number | null): string {
  const f = (n: number) => n.toLocaleString('en-US');
  if (min !== null && max !== null) return `${f(min)} to ${f(max)} words`;
  if (max !== null) return `up to ${f(max)} words`;
  if (min !== null) return `at least ${f(min)} words`;
  return '';
}

/** The sections as the submission form offers them: name, with length and review mode when they have them. */
export async function sectionChoices(db: Executor): Promise<Array<{ value: string; label: string }>> {
  const rows = await db.selectFrom('categories').select(['id', 'name', 'min_words', 'max_words', 'review_mode']).orderBy('position').orderBy('id').execute();
  return rows.map((r) => {
    const notes = [lengthWords(r.min_words, r.max_words), r.review_mode === 'double' ? 'reviewed double-blind: leave your name out of the text' : ''].filter(Boolean);
    return { value: String(r.id), label: notes.length ? `${r.name} (${notes.join('; ')})` : r.name };
  });
}
