import { attr, EmptyState, Pagination } from '../components.js';
import type { RoundDiff } from '../../../domain/submissions/round-diff.js';
import { RoundDiffSection } from './round-diff.js';
import { CsrfInput, ErrorSummary, Notice, SubmitButton, SuccessNotice, TextAreaField, errorList, fieldId } from '../forms.js';
import { Layout, toDocument } from '../layout.js';
import type { LinkVM, PageMeta, PaginationVM, SiteVM } from '../view-models.js';

// The reviewer's pages, in the account area's look: the list of assignments, one
// assignment (invitation, manuscript and review form, or what was sent), and the
// page an invitation link shows when it cannot be claimed yet. Blind by construction:
// the view models carry no author, byline, co-author or owner address at all.

export interface ReviewPageVM {
  site: SiteVM;
  meta: PageMeta;
  csrf: string;
  notice?: string;
}

function Page({ vm, children }: { vm: ReviewPageVM; children: JSX.Element }): JSX.Element {
  return (
    <Layout site={vm.site} meta={{ ...vm.meta, noindex: true }} bodyClass="page-account">
      <div class="account account-wide">
        <SuccessNotice text={vm.notice} />
        {children}
      </div>
    </Layout>
  );
}

export interface ReviewListItemVM {
  url: string;
  title: string;
  statusLabel: string;
  /** "Due 14 October 2026", or "Sent 2 October 2026" */
  when: string;
  overdue: boolean;
}

export interface ReviewListVM extends ReviewPageVM {
  items: ReviewListItemVM[];
  total: number;
  pagination: PaginationVM;
}

export function renderReviewList(vm: ReviewListVM): string {
  return toDocument(
    <Page vm={vm}>
      <>
        <p class="account-back">
          <a href="/dashboard/">← Dashboard</a>
        </p>
        <h1 class="account-title">Your reviews</h1>
        <p class="account-lede">Invitations to review, reviews in progress and reviews you have sent. Authors never see who reviewed their work.</p>
        {vm.items.length === 0 ? (
          <EmptyState title="Nothing to review at the moment.">
            <p>When the editors invite you to review a piece, the invitation arrives by email and appears here (for invitations to another address, open the link in the email).</p>
          </EmptyState>
        ) : (
          <div class="admin-table-wrap" role="region" aria-label="Your review assignments" tabindex="0">
            <table class="admin-table">
              <caption class="sr-only">Review assignments, open ones first</caption>
              <thead>
                <tr>
                  <th scope="col">Piece</th>
                  <th scope="col">Status</th>
                  <th scope="col">Date</th>
                </tr>
              </thead>
              <tbody>
                {vm.items.map((i) => (
                  <tr>
                    <th scope="row">
                      <a href={attr(i.url)} safe>
                        {i.title || 'Untitled piece'}
                      </a>
                    </th>
                    <td data-label="Status" safe>
                      {i.statusLabel}
                    </td>
                    <td data-label="Date">
                      {i.overdue ? <strong safe>{`${i.when} (overdue)`}</strong> : <span safe>{i.when}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Pagination pagination={vm.pagination} labels={{ prev: 'Previous', next: 'Next' }} />
      </>
    </Page>,
  );
}

export interface ManuscriptVM {
  title: string;
  dek: string;
  /** sanitized at save time */
  bodyHtml: string;
  sectionName: string | null;
  downloadUrl: string;
}

export interface SentReviewVM {
  recommendationLabel: string;
  toAuthor: string;
  toEditor: string;
  sentOn: string;
}

export interface ReviewAssignmentVM extends ReviewPageVM {
  actionUrl: string;
  title: string;
  dek: string;
  sectionName: string | null;
  status: 'invited' | 'accepted' | 'declined' | 'submitted' | 'cancelled';
  statusLabel: string;
  dueLabel: string | null;
  /** shown once accepted */
  manuscript?: ManuscriptVM;
  /** for a revision: what changed since the round before */
  roundDiff?: RoundDiff | undefined;
  sent?: SentReviewVM;
  /** a refusal to show above everything, e.g. "You have already sent this review." */
  problem?: string;
  errors: Record<string, string>;
  values: { recommendation: string; to_author: string; to_editor: string; decline_reason: string };
  recommendations: Array<{ value: string; label: string }>;
  /** the piece can still be reviewed (in review) */
  canReview: boolean;
}

function Manuscript({ m }: { m: ManuscriptVM }): JSX.Element {
  const safeBody = m.bodyHtml;
  return (
    <section class="account-section" aria-labelledby="manuscript-title">
      <h2 id="manuscript-title">The manuscript</h2>
      <p class="account-meta">
        <a href={attr(m.downloadUrl)} download="">
          Download it as a Markdown file
        </a>
      </p>
      <article class="article-body review-manuscript">{safeBody as 'safe'}</article>
    </section>
  );
}

function InvitationAnswer({ vm }: { vm: ReviewAssignmentVM }): JSX.Element {
  return (
    <section class="account-section" aria-labelledby="answer-title">
      <h2 id="answer-title">Will you review it?</h2>
      <p class="account-lede">
        Accept to read the full text and write your review{vm.dueLabel ? <span safe>{` by ${vm.dueLabel}`}</span> : ''}. If you cannot, or you know who wrote it, decline:
        the editors will ask someone else.
      </p>
      <form class="account-form" method="post" action={attr(vm.actionUrl)}>
        <CsrfInput token={vm.csrf} />
        <input type="hidden" name="intent" value="accept" />
        <SubmitButton label="Accept the invitation" />
      </form>
      <form class="account-form" method="post" action={attr(vm.actionUrl)}>
        <CsrfInput token={vm.csrf} />
        <input type="hidden" name="intent" value="decline" />
        <TextAreaField
          name="decline_reason"
          label="Reason for declining (optional)"
          hint="Only the editors read this. Suggesting another reviewer helps."
          value={vm.values.decline_reason}
          error={vm.errors.decline_reason}
          rows={3}
          maxlength={2000}
        />
        <SubmitButton label="Decline" secondary />
      </form>
    </section>
  );
}

function ReviewForm({ vm }: { vm: ReviewAssignmentVM }): JSX.Element {
  const recError = vm.errors.recommendation;
  return (
    <section class="account-section" aria-labelledby="review-title">
      <h2 id="review-title">Your review</h2>
      {vm.canReview ? (
        <form class="account-form" method="post" action={attr(vm.actionUrl)} novalidate>
          <CsrfInput token={vm.csrf} />
          <input type="hidden" name="intent" value="review" />
          <fieldset
            class={recError ? 'field field-invalid' : 'field'}
            id={fieldId('recommendation')}
            aria-describedby={recError ? `${fieldId('recommendation')}-error` : undefined}
          >
            <legend class="field-label">Your recommendation</legend>
            {recError ? (
              <p class="field-error" id={`${fieldId('recommendation')}-error`}>
                <span class="sr-only">Error: </span>
                <span safe>{recError}</span>
              </p>
            ) : (
              ''
            )}
            {vm.recommendations.map((r) => (
              <div class="field-checkbox">
                <input type="radio" id={attr(`f-recommendation-${r.value}`)} name="recommendation" value={attr(r.value)} checked={vm.values.recommendation === r.value} />
                <label for={attr(`f-recommendation-${r.value}`)} safe>
                  {r.label}
                </label>
              </div>
            ))}
          </fieldset>
          <TextAreaField
            name="to_author"
            label="Comments for the author"
            hint="Sent to the author without your name. Say what works, what does not, and what would make it better."
            value={vm.values.to_author}
            error={vm.errors.to_author}
            rows={10}
            maxlength={20000}
          />
          <TextAreaField
            name="to_editor"
            label="Confidential note to the editors (optional)"
            hint="The author never sees this."
            value={vm.values.to_editor}
            error={vm.errors.to_editor}
            rows={4}
            maxlength={20000}
          />
          <SubmitButton label="Send the review" />
        </form>
      ) : (
        <p class="account-lede">The piece is not in review at the moment, so a review cannot be sent. The editors will write if that changes.</p>
      )}
    </section>
  );
}

/** Plain text as typed: a blank line starts a paragraph (no Markdown, nothing interpreted). */
function Paragraphs({ text }: { text: string }): JSX.Element {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => (
          <p safe>{p}</p>
        ))}
    </>
  );
}

function SentReview({ s }: { s: SentReviewVM }): JSX.Element {
  return (
    <section class="account-section" aria-labelledby="sent-title">
      <h2 id="sent-title">What you sent</h2>
      <p class="account-meta" safe>
        {`Sent ${s.sentOn}. Thank you.`}
      </p>
      <h3>Recommendation</h3>
      <p safe>{s.recommendationLabel}</p>
      <h3>Comments for the author</h3>
      <Paragraphs text={s.toAuthor} />
      <h3>Note to the editors</h3>
      <Paragraphs text={s.toEditor || 'None.'} />
    </section>
  );
}

export function renderReviewAssignment(vm: ReviewAssignmentVM): string {
  const errors = errorList(vm.errors, ['recommendation', 'to_author', 'to_editor', 'decline_reason']);
  return toDocument(
    <Page vm={vm}>
      <>
        <p class="account-back">
          <a href="/review/">← Your reviews</a>
        </p>
        <p class="account-meta" safe>
          {[vm.statusLabel, vm.dueLabel && (vm.status === 'invited' || vm.status === 'accepted') ? `due ${vm.dueLabel}` : '', vm.sectionName ?? ''].filter(Boolean).join(' · ')}
        </p>
        <h1 class="account-title" safe>
          {vm.title || 'Untitled piece'}
        </h1>
        {vm.dek ? (
          <p class="account-lede" safe>
            {vm.dek}
          </p>
        ) : (
          ''
        )}
        {vm.problem ? (
          <Notice kind="warning">
            <p safe>{vm.problem}</p>
          </Notice>
        ) : (
          ''
        )}
        <ErrorSummary errors={errors} />
        {vm.status === 'invited' ? <InvitationAnswer vm={vm} /> : ''}
        {vm.status === 'declined' ? <p class="account-lede">You declined this invitation. Thank you for letting the editors know.</p> : ''}
        {vm.status === 'cancelled' ? <p class="account-lede">The editors withdrew this invitation: nothing more is needed from you.</p> : ''}
        {vm.sent ? <SentReview s={vm.sent} /> : ''}
        {/* Read first, then write: the text comes before the form. */}
        {vm.manuscript ? <Manuscript m={vm.manuscript} /> : ''}
        <RoundDiffSection diff={vm.roundDiff} />
        {vm.status === 'accepted' ? <ReviewForm vm={vm} /> : ''}
      </>
    </Page>,
  );
}

export interface InvitePromptVM extends ReviewPageVM {
  heading: string;
  paragraphs: string[];
  links: LinkVM[];
}

/** What an invitation link says when it cannot be claimed yet: who to sign in as, and how to come back. */
export function renderInvitePrompt(vm: InvitePromptVM): string {
  return toDocument(
    <Page vm={vm}>
      <>
        <h1 class="account-title" safe>
          {vm.heading}
        </h1>
        {vm.paragraphs.map((p) => (
          <p class="account-lede" safe>
            {p}
          </p>
        ))}
        <ul class="dashboard-links">
          {vm.links.map((l) => (
            <li>
              <a href={attr(l.url)} safe>
                {l.name}
              </a>
            </li>
          ))}
        </ul>
      </>
    </Page>,
  );
}
