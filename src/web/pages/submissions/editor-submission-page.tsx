import { attr } from '../components.js';
import { CsrfInput, ErrorSummary, errorList, Field, fieldId, Notice, SelectField, SubmitButton, TextAreaField, type Option } from '../forms.js';
import { toDocument } from '../layout.js';
import type { PageMeta, SiteVM } from '../view-models.js';
import { DeskPage } from '../editor/desk-nav.js';
import type { RoundDiff } from '../../../domain/submissions/round-diff.js';
import { RoundDiffSection } from './round-diff.js';
import { ChecksSection, HistorySection, ReviewsSection, type DuplicateVM, type FindingVM, type HistoryVM, type ReviewVM } from './editor-submission-parts.js';

// /editor/submissions/{id}/: one submission as the editors see it. The actions come
// first (what the editor came to do), then reviews, checks, the manuscript and history.
// Every form posts to the page itself with an `intent`; errors come back by each field.

export interface EditorSubmissionVM {
  site: SiteVM;
  meta: PageMeta;
  csrf: string;
  notice?: string | undefined;
  /** another editor got there first, or the step is no longer possible */
  conflict?: string | undefined;
  id: number;
  title: string;
  dek: string;
  /** sanitized at save time by the Markdown pipeline */
  bodyHtml: string;
  status: string;
  statusLabel: string;
  facts: Array<{ label: string; value: string }>;
  /** the desk draft made on acceptance */
  articleUrl: string | null;
  handling: { options: Option[]; value: string };
  canSendToReview: boolean;
  decisions: Option[];
  canInvite: boolean;
  reviewMode: 'single' | 'double';
  /** the earliest dates the server accepts (YYYY-MM-DD): a revision may be due today, a review from tomorrow */
  dateMin: { revision: string; review: string };
  errors: Record<string, string>;
  values: Record<string, string>;
  reviews: ReviewVM[];
  findings: FindingVM[];
  duplicates: DuplicateVM[];
  history: HistoryVM[];
  /** the latest revision against the round before it */
  roundDiff?: RoundDiff | undefined;
}

const FIELD_ORDER = ['form', 'handling_editor', 'decision', 'message', 'revision_due_on', 'reviewer_email', 'due_on'];

function DecisionForm({ vm, action }: { vm: EditorSubmissionVM; action: string }): JSX.Element {
  const chosen = vm.values.decision ?? '';
  return (
    <form class="account-form" method="post" action={attr(action)} novalidate>
      <CsrfInput token={vm.csrf} />
      <input type="hidden" name="intent" value="decide" />
      <fieldset class="field desk-choices" id={fieldId('decision')} aria-describedby={vm.errors.decision ? 'decision-error' : undefined}>
        <legend class="field-label">Decision</legend>
        {vm.errors.decision ? (
          <p class="field-error" id="decision-error" safe>
            {vm.errors.decision}
          </p>
        ) : (
          ''
        )}
        {vm.decisions.map((d) => (
          <div class="field field-checkbox">
            <input type="radio" id={attr(`${fieldId('decision')}-${d.value}`)} name="decision" value={attr(d.value)} checked={chosen === d.value} />
            <label for={attr(`${fieldId('decision')}-${d.value}`)} safe>
              {d.label}
            </label>
          </div>
        ))}
      </fieldset>
      <TextAreaField
        name="message"
        label="Message to the author"
        value={vm.values.message ?? ''}
        error={vm.errors.message}
        hint="Sent by email with the reviewers’ comments for the author (without their names)."
        rows={6}
        maxlength={20000}
      />
      <Field
        name="revision_due_on"
        label="Revision due (for revisions only)"
        type="date"
        value={vm.values.revision_due_on ?? ''}
        error={vm.errors.revision_due_on}
        hint="Leave empty for four weeks from today. Without a date picker, type it as YYYY-MM-DD."
        required={false}
        min={vm.dateMin.revision}
      />
      <SubmitButton label="Record the decision and tell the author" />
    </form>
  );
}

export function renderEditorSubmission(vm: EditorSubmissionVM): string {
  const action = `/editor/submissions/${vm.id}/`;
  const safeBody = vm.bodyHtml;
  return toDocument(
    <DeskPage site={vm.site} meta={vm.meta} current="submissions" title={vm.title || 'Untitled submission'} notice={vm.notice} back={{ url: '/editor/submissions/', label: 'Submissions' }}>
      {vm.conflict ? (
        <Notice kind="warning">
          <p safe>{vm.conflict}</p>
        </Notice>
      ) : (
        ''
      )}
      <p>
        <span class="desk-badge" data-status={attr(vm.status)} safe>
          {vm.statusLabel}
        </span>
      </p>
      <dl class="admin-facts">
        {vm.facts.map((f) => (
          <>
            <dt safe>{f.label}</dt>
            <dd safe>{f.value}</dd>
          </>
        ))}
      </dl>
      {vm.articleUrl ? (
        <p class="desk-actions">
          <a class="button button-primary" href={attr(vm.articleUrl)}>
            Open the desk draft
          </a>
        </p>
      ) : (
        ''
      )}
      <ErrorSummary errors={errorList(vm.errors, FIELD_ORDER)} />

      <section class="account-section" aria-labelledby="handling-title">
        <h2 id="handling-title">Handling editor</h2>
        <form class="account-form" method="post" action={attr(action)} novalidate>
          <CsrfInput token={vm.csrf} />
          <input type="hidden" name="intent" value="assign" />
          <SelectField name="handling_editor" label="Handled by" options={vm.handling.options} value={vm.handling.value} error={vm.errors.handling_editor} />
          <SubmitButton label="Save" secondary />
        </form>
      </section>

      {vm.canSendToReview || vm.decisions.length > 0 ? (
        <section class="account-section" aria-labelledby="decide-title">
          <h2 id="decide-title">Next step</h2>
          {vm.canSendToReview ? (
            <form class="action-form" method="post" action={attr(action)}>
              <CsrfInput token={vm.csrf} />
              <input type="hidden" name="intent" value="send_to_review" />
              <SubmitButton label="Send for review" />
            </form>
          ) : (
            ''
          )}
          {vm.decisions.length > 0 ? <DecisionForm vm={vm} action={action} /> : ''}
        </section>
      ) : (
        ''
      )}

      <ReviewsSection reviews={vm.reviews} csrf={vm.csrf} action={action} canInvite={vm.canInvite} />

      {vm.canInvite ? (
        <section class="account-section" aria-labelledby="invite-title">
          <h2 id="invite-title">Invite a reviewer</h2>
          <p class="field-hint">
            {vm.reviewMode === 'double'
              ? 'This section uses double-blind review: reviewers do not learn who wrote the piece, and authors never learn who reviewed it.'
              : 'Reviewers do not learn who wrote the piece; authors never learn who reviewed it.'}
          </p>
          <form class="account-form" method="post" action={attr(action)} novalidate>
            <CsrfInput token={vm.csrf} />
            <input type="hidden" name="intent" value="invite" />
            <Field name="reviewer_email" label="Reviewer’s email address" type="email" value={vm.values.reviewer_email ?? ''} error={vm.errors.reviewer_email} autocomplete="off" maxlength={254} />
            <Field
              name="due_on"
              label="Review due"
              type="date"
              value={vm.values.due_on ?? ''}
              error={vm.errors.due_on}
              hint="After today. Without a date picker, type it as YYYY-MM-DD."
              min={vm.dateMin.review}
            />
            <SubmitButton label="Send the invitation" />
          </form>
        </section>
      ) : (
        ''
      )}

      <ChecksSection findings={vm.findings} duplicates={vm.duplicates} />

      <section class="account-section" aria-labelledby="manuscript-title">
        <h2 id="manuscript-title">Manuscript</h2>
        {vm.dek ? (
          <p class="dek" safe>
            {vm.dek}
          </p>
        ) : (
          ''
        )}
        <div class="article-body">{safeBody}</div>
      </section>

      <RoundDiffSection diff={vm.roundDiff} />

      <HistorySection events={vm.history} />
    </DeskPage>,
  );
}
