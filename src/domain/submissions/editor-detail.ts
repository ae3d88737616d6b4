import { requireCan, type Actor } from '../accounts/policy.js';
import type { Executor } from '../../db/database.js';
import { renderMarkdown } from '../articles/content/markdown.js';
import type { DomainContext } from '../context.js';
import { NotFoundError } from '../../shared/errors.js';
import { sortFindings, type Finding } from './checks/findings.js';
import { manuscriptChecks } from './checks/manuscript-checks.js';
import { parseManuscript } from './checks/manuscript-parse.js';
import { referenceCheck } from './checks/reference-check.js';
import { findNearDuplicates, type NearDuplicate, type TextLoader } from './checks/similarity.js';
import { listStaff, type StaffMember } from './handling.service.js';
import { authorNamesInManuscript } from './reviews-blindness.js';
import { listReviewsForSubmission } from './reviews.service.js';
import type { ReviewForEditors } from './reviews.types.js';
import { relationsOf } from './submission-access.js';
import { getSubmissionDetail } from './submissions.queries.js';
import type { SubmissionDetail } from './submissions.types.js';
import { availableTransitions, DECISION_TRANSITION, DECISIONS, type Decision, type TransitionRule } from './workflow.js';

// Everything the editor's page of one submission shows: the manuscript and its
// checks, the near-duplicates with their overlapping passages, the reviews (with
// reviewers' names: editors see them), the staff who can handle it and the steps
// the workflow offers from here.

export interface EditorSubmission {
  submission: SubmissionDetail;
  owner: { name: string; email: string };
  section: { id: number; name: string; minWords: number | null; maxWords: number | null; reviewMode: string } | null;
  handlingEditorName: string | null;
  findings: Finding[];
  duplicates: NearDuplicate[];
  /** every round, the latest first, with the reviewers' names (editors see them) */
  reviews: ReviewForEditors[];
  staff: StaffMember[];
  /** editor transitions from here that are not decisions (send for review) */
  steps: TransitionRule[];
  /** the decisions the workflow allows now */
  decisions: Decision[];
}

/** Other submissions' texts for the near-duplicate check; drafts stay the author's business. */
const loadSubmissionTexts: TextLoader = async (db, ids) => {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('submissions').select(['id', 'title', 'body']).where('id', 'in', ids).where('status', '!=', 'draft').execute();
  return new Map(rows.map((r) => [r.id, { title: r.title, text: renderMarkdown(r.body).plainText, url: `/editor/submissions/${r.id}/` }]));
};

export async function loadEditorSubmission(ctx: DomainContext, actor: Actor | null, id: number): Promise<EditorSubmission> {
  requireCan(actor, 'submission.queue');
  const s = await getSubmissionDetail(ctx.db, id);
  if (!s || s.status === 'draft') throw new NotFoundError('submission');
  const [owner, section, handler] = await Promise.all([
    ctx.db.selectFrom('users').select(['name', 'email']).where('id', '=', s.ownerUserId).executeTakeFirst(),
    s.categoryId === null
      ? undefined
      : ctx.db.selectFrom('categories').select(['id', 'name', 'min_words', 'max_words', 'review_mode']).where('id', '=', s.categoryId).executeTakeFirst(),
    s.handlingEditorUserId === null ? undefined : ctx.db.selectFrom('users').select('name').where('id', '=', s.handlingEditorUserId).executeTakeFirst(),
  ]);
  const parsed = parseManuscript(s.body);
  const limits = section ? { minWords: section.min_words, maxWords: section.max_words } : {};
  const findings = sortFindings([...manuscriptChecks({ title: s.title, dek: s.dek, bodyMarkdown: s.body, limits }, parsed), ...referenceCheck(s.body, parsed)]);
  const plain = renderMarkdown(s.body).plainText;
  const [duplicates, reviews, staff, blindness] = await Promise.all([
    findNearDuplicates(ctx.db, plain, { exclude: { kind: 'submission', docId: s.id }, loadSubmissionTexts }),
    listReviewsForSubmission(ctx.db, s.id),
    listStaff(ctx.db),
    authorNamesInManuscript(ctx.db, s.id),
  ]);
  // Double-blind review: the text itself may name its authors; the editors hear it before inviting anyone.
  if (blindness.reviewMode === 'double' && blindness.findings.length > 0) {
    const found = [...new Set(blindness.findings.map((f) => `“${f.found}” (${f.where})`))].join(', ');
    findings.unshift({
      code: 'blind-author-named',
      severity: 'warning',
      message: `This section uses double-blind review, but the manuscript names its authors: ${found}.`,
      whatToDo: 'Ask the author to anonymise the text (a revision), or tell reviewers; the reviewer pages show the text as written.',
    });
  }
  const offered = availableTransitions(s.status, relationsOf(actor, s).filter((r) => r === 'editor'));
  return {
    submission: s,
    owner: owner ?? { name: '', email: '' },
    section: section
      ? { id: section.id, name: section.name, minWords: section.min_words, maxWords: section.max_words, reviewMode: section.review_mode }
      : null,
    handlingEditorName: handler?.name ?? null,
    findings: sortFindings(findings),
    duplicates,
    reviews,
    staff,
    // Scheduling and publishing happen on the desk article once accepted.
    steps: offered.filter((t) => t.name === 'send_to_review'),
    decisions: DECISIONS.filter((d) => offered.some((t) => t.name === DECISION_TRANSITION[d])),
  };
}
