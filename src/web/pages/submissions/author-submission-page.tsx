import type { AuthorSubmissionView } from '../../../domain/submissions/author-dashboard.js';
import type { SubmissionEvent } from '../../../domain/submissions/submissions.types.js';
import { STATUS_LABEL, TRANSITION_BY_NAME } from '../../../domain/submissions/workflow.js';
import { attr } from '../components.js';
import { CsrfInput, ErrorSummary, SubmitButton, TextAreaField, errorList } from '../forms.js';
import { toDocument } from '../layout.js';
import { AuthorPage, BackLink, longDate, type AuthorPageVM } from './author-common.js';
import { VisitsChart } from './author-visits-chart.js';

// One of the author's submissions (/dashboard/submissions/{id}/): where it stands and
// what to do next, the messages from the editors, the reviews once a decision is made
// (reviewers numbered, never named), the history, and the manuscript as last sent.

export interface AuthorSubmissionVM extends AuthorPageVM {
  view: AuthorSubmissionView;
}

const DECISION_WORDS: Record<string, string> = {
  accept: 'Accepted',
  minor: 'Minor revisions requested',
  major: 'Major revisions requested',
  reject: 'Declined after review',
  desk_reject: 'Declined without review',
};

function eventWords(e: SubmissionEvent): string {
  if (e.transition === 'create') return 'draft started';
  return TRANSITION_BY_NAME[e.transition]?.label ?? STATUS_LABEL[e.toStatus];
}

const when = (iso: string) => longDate(iso.slice(0, 10));

function Messages({ view }: { view: AuthorSubmissionView }): JSX.Element {
  const decisions = view.submission.events.filter((e) => e.decision !== null && e.note.trim());
  const rounds = [...new Set(view.reviews.map((r) => r.round))];
  if (decisions.length === 0 && view.reviews.length === 0) {
    return (
      <section class="account-section" aria-labelledby="messages-title">
        <h2 id="messages-title">Messages</h2>
        <p class="empty-state">No messages yet. When the editors decide, their message and the reviewers’ comments appear here and reach you by email.</p>
      </section>
    );
  }
  return (
    <section class="account-section" aria-labelledby="messages-title">
      <h2 id="messages-title">Messages</h2>
      {[...decisions].reverse().map((e) => (
        <article class="message">
          <h3 safe>{`${DECISION_WORDS[e.decision ?? ''] ?? 'Decision'} · ${when(e.createdAt)}`}</h3>
          <p class="message-text" safe>
            {e.note}
          </p>
        </article>
      ))}
      {rounds.map((round) => (
        <div class="reviews-round">
          <h3 safe>{`Reviews of round ${round}`}</h3>
          {view.reviews
            .filter((r) => r.round === round)
            .map((r) => (
              <article class="message review-for-author">
                <h4 safe>{r.label}</h4>
                <p class="message-text" safe>
                  {r.toAuthor || 'This reviewer left no comments for you.'}
                </p>
              </article>
            ))}
        </div>
      ))}
    </section>
  );
}

function History({ events }: { events: SubmissionEvent[] }): JSX.Element {
  return (
    <section class="account-section" aria-labelledby="history-title">
      <h2 id="history-title">History</h2>
      <ol class="submission-history">
        {events.map((e) => (
          <li>
            <time datetime={attr(e.createdAt)} safe>
              {when(e.createdAt)}
            </time>{' '}
            <span safe>{eventWords(e)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function renderAuthorSubmission(vm: AuthorSubmissionVM): string {
  const { view } = vm;
  const s = view.submission;
  return toDocument(
    <AuthorPage vm={vm}>
      <BackLink url="/dashboard/" label="Dashboard" />
      <p class="kicker">Your submission</p>
      <h1 class="account-title" safe>
        {s.title || 'Untitled'}
      </h1>
      <p class="submission-status">
        <strong>Status:</strong> <span safe>{view.statusText}</span>
      </p>
      <ErrorSummary errors={errorList(vm.errors ?? {}, [])} />
      <section class="account-section next-step" aria-labelledby="next-title">
        <h2 id="next-title">What happens next</h2>
        <p safe>{view.next}</p>
        <div class="form-actions">
          {view.canEdit ? (
            <a class="button button-primary" href={`/dashboard/submissions/${s.id}/edit`}>
              {s.status === 'revisions_requested' ? 'Revise and answer the reviews' : 'Edit the draft'}
            </a>
          ) : (
            ''
          )}
          {view.articleUrl ? (
            <a class="button" href={attr(view.articleUrl)}>
              Read it on the site
            </a>
          ) : (
            ''
          )}
          {view.canWithdraw ? (
            <a class="button" href={`/dashboard/submissions/${s.id}/withdraw`}>
              Withdraw…
            </a>
          ) : (
            ''
          )}
        </div>
      </section>
      {view.visits ? <VisitsChart days={view.visits} /> : ''}
      <Messages view={view} />
      <History events={s.events} />
      <section class="account-section" aria-labelledby="manuscript-title">
        <h2 id="manuscript-title">The manuscript</h2>
        <p class="account-meta" safe>
          {`${s.wordCount.toLocaleString('en-US')} words${s.round > 0 ? ` · round ${s.round}` : ''}${s.coauthors.length ? ` · with ${s.coauthors.map((c) => c.name).join(', ')}` : ''}`}
        </p>
        {s.dek ? (
          <p class="dek" safe>
            {s.dek}
          </p>
        ) : (
          ''
        )}
        {/* rendered at save time through the sanitizing Markdown pipeline */}
        <div class="article-body manuscript">{s.bodyHtml as 'safe'}</div>
      </section>
    </AuthorPage>,
  );
}

export interface WithdrawVM extends AuthorPageVM {
  id: number;
  title: string;
  note: string;
}

export function renderWithdrawConfirm(vm: WithdrawVM): string {
  const errors = vm.errors ?? {};
  return toDocument(
    <AuthorPage vm={vm}>
      <BackLink url={`/dashboard/submissions/${vm.id}/`} label="Back to the submission" />
      <h1 class="account-title">Withdraw this submission?</h1>
      <p class="account-lede" safe>
        {`“${vm.title || 'Untitled'}” will be closed: the editors stop working on it, and it cannot be sent again. You keep your text.`}
      </p>
      <ErrorSummary errors={errorList(errors, ['note'])} />
      <form class="account-form" method="post" action={`/dashboard/submissions/${vm.id}/withdraw`} novalidate>
        <CsrfInput token={vm.csrf} />
        <input type="hidden" name="confirm" value="yes" />
        <TextAreaField name="note" label="A word to the editors (optional)" value={vm.note} error={errors.note} rows={3} maxlength={2000} />
        <SubmitButton label="Withdraw the submission" />
      </form>
      <p class="account-links">
        <a href={`/dashboard/submissions/${vm.id}/`}>No, keep it</a>
      </p>
    </AuthorPage>,
  );
}
