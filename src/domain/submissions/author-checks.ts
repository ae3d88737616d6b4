import type { Executor } from '../../db/database.js';
import { manuscriptChecks } from './checks/manuscript-checks.js';
import { parseManuscript } from './checks/manuscript-parse.js';
import { referenceCheck } from './checks/reference-check.js';
import { sortFindings, type Finding } from './checks/findings.js';

// What the author sees on "Check and preview": the shape checks against the chosen
// section's word limits and the reference checks, errors first, each with what to do.
// The near-duplicate check is the editors' (it compares with other people's work).

export interface CheckInput {
  title: string;
  dek: string;
  body: string;
  categoryId: number | null;
}

export async function authorChecks(db: Executor, input: CheckInput): Promise<Finding[]> {
  const section =
    input.categoryId === null ? undefined : await db.selectFrom('categories').select(['min_words', 'max_words']).where('id', '=', input.categoryId).executeTakeFirst();
  const parsed = parseManuscript(input.body);
  const limits = section ? { minWords: section.min_words, maxWords: section.max_words } : {};
  return sortFindings([
    ...manuscriptChecks({ title: input.title, dek: input.dek, bodyMarkdown: input.body, limits }, parsed),
    ...referenceCheck(input.body, parsed),
  ]);
}
