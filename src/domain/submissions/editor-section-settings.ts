import type { Executor } from '../../db/database.js';

// What a section asks of submissions: guidelines for authors (Markdown), a word range
// for the body, and single- or double-blind review. Edited on the desk's section form;
// the author's form shows the guidelines and the checks use the limits.

export type ReviewMode = 'single' | 'double';

export interface SectionSubmissionSettings {
  guidelines: string;
  minWords: number | null;
  maxWords: number | null;
  reviewMode: ReviewMode;
}

export const GUIDELINES_MAX = 20_000;
/** Longer than any piece a magazine takes: a typo guard, not a policy. */
export const WORDS_MAX = 1_000_000;

export const DEFAULT_SECTION_SETTINGS: SectionSubmissionSettings = { guidelines: '', minWords: null, maxWords: null, reviewMode: 'single' };

/** The form values as typed (field names `submission_guidelines`, `min_words`, `max_words`, `review_mode`). */
export function sectionSettingsValues(s: SectionSubmissionSettings): Record<string, string> {
  return {
    submission_guidelines: s.guidelines,
    min_words: s.minWords === null ? '' : String(s.minWords),
    max_words: s.maxWords === null ? '' : String(s.maxWords),
    review_mode: s.reviewMode,
  };
}

function wordLimit(typed: string | undefined, field: string, fields: Record<string, string>): number | null {
  const v = (typed ?? '').trim().replace(/[ ,]/g, '');
  if (v === '') return null;
  if (!/^\d+$/.test(v)) {
    fields[field] = 'Give a whole number of words, 0 or more, or leave it empty for no limit.';
    return null;
  }
  const n = Number(v);
  if (n > WORDS_MAX) fields[field] = `Give a number up to ${WORDS_MAX.toLocaleString('en-GB')}.`;
  return n;
}

export function parseSectionSettings(values: Record<string, string>): { ok: true; data: SectionSubmissionSettings } | { ok: false; fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  const guidelines = (values.submission_guidelines ?? '').replace(/\r\n/g, '\n').trim();
  if (guidelines.length > GUIDELINES_MAX) fields.submission_guidelines = `Keep the guidelines to ${GUIDELINES_MAX.toLocaleString('en-GB')} characters or fewer.`;
  const minWords = wordLimit(values.min_words, 'min_words', fields);
  const maxWords = wordLimit(values.max_words, 'max_words', fields);
  if (minWords !== null && maxWords !== null && !fields.min_words && !fields.max_words && minWords > maxWords) {
    fields.max_words = 'The most words cannot be fewer than the fewest.';
  }
  const mode = values.review_mode ?? 'single';
  if (mode !== 'single' && mode !== 'double') fields.review_mode = 'Choose single- or double-blind review.';
  if (Object.keys(fields).length > 0) return { ok: false, fields };
  return { ok: true, data: { guidelines, minWords, maxWords, reviewMode: mode as ReviewMode } };
}

export async function getSectionSettings(db: Executor, id: number): Promise<SectionSubmissionSettings> {
  const row = await db.selectFrom('categories').select(['submission_guidelines', 'min_words', 'max_words', 'review_mode']).where('id', '=', id).executeTakeFirst();
  if (!row) return DEFAULT_SECTION_SETTINGS;
  return {
    guidelines: row.submission_guidelines,
    minWords: row.min_words === null ? null : Number(row.min_words),
    maxWords: row.max_words === null ? null : Number(row.max_words),
    reviewMode: row.review_mode === 'double' ? 'double' : 'single',
  };
}

/** The columns for an UPDATE of categories. */
export function sectionSettingsColumns(s: SectionSubmissionSettings) {
  return { submission_guidelines: s.guidelines, min_words: s.minWords, max_words: s.maxWords, review_mode: s.reviewMode };
}
