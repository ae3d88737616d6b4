import { attr } from '../components.js';
import { CsrfInput } from '../forms.js';
import { DeskEmpty } from '../editor/desk-nav.js';

// The read-only parts of an editor's submission page: the checks, near-duplicates
// side by side, the reviews and the history. Each is a section with its own heading.

export interface FindingVM {
  severity: 'error' | 'warning' | 'info';
  message: string;
  whatToDo: string;
  noteNumber?: number | undefined;
}

export interface DuplicateVM {
  title: string;
  url: string;
  kindLabel: string;
  /** "38% of this manuscript's phrases" */
  overlapLabel: string;
  passages: Array<{ ours: string; theirs: string }>;
}

export interface ReviewVM {
  id: number;
  round: number;
  reviewer: string;
  email: string;
  statusLabel: string;
  status: string;
  dueLabel: string;
  overdue: boolean;
  recommendationLabel: string;
  toAuthor: string;
  toEditor: string;
  declineReason: string;
  /** the author's answer to this review, sent with the next round ('' before) */
  authorResponse: string;
  cancellable: boolean;
}

export interface HistoryVM {
  when: string;
  whenLabel: string;
  who: string;
  what: string;
  note: string;
}

const SEVERITY_LABEL: Record<FindingVM['severity'], string> = { error: 'Problem', warning: 'Check', info: 'Note' };

/** Plain text as typed, one paragraph per blank-line-separated block. */
export function Paragraphs({ text }: { text: string }): JSX.Element {
  return (
    <div class="desk-review-text">
      {text
        .split(/\n\s*\n/u)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => (
          <p safe>{p}</p>
        ))}
    </div>
  );
}

export function ChecksSection({ findings, duplicates }: { findings: FindingVM[]; duplicates: DuplicateVM[] }): JSX.Element {
  return (
    <section class="account-section" aria-labelledby="checks-title">
      <h2 id="checks-title">Checks</h2>
      {findings.length === 0 ? (
        <DeskEmpty text="The manuscript and reference checks found nothing to point out." />
      ) : (
        <ul class="desk-findings">
          {findings.map((f) => (
            <li data-severity={attr(f.severity)}>
              <strong safe>{f.noteNumber !== undefined ? `${SEVERITY_LABEL[f.severity]} (note ${f.noteNumber}): ` : `${SEVERITY_LABEL[f.severity]}: `}</strong>
              <span safe>{f.message}</span> <span class="field-hint" safe>{f.whatToDo}</span>
            </li>
          ))}
        </ul>
      )}
      <h3 id="duplicates-title">Similar texts</h3>
      {duplicates.length === 0 ? (
        <DeskEmpty text="No published article or other submission shares passages with this manuscript." />
      ) : (
        duplicates.map((d, i) => (
          <div class="desk-duplicate" data-duplicate={String(i + 1)}>
            <p>
              <span safe>{`${d.kindLabel}: `}</span>
              <a href={attr(d.url)} safe>
                {d.title}
              </a>
              <span safe>{` — ${d.overlapLabel}`}</span>
            </p>
            <div class="admin-table-wrap" role="region" aria-label={attr(`Passages shared with “${d.title}”`)} tabindex="0">
              <table class="admin-table">
                <caption class="sr-only" safe>{`Overlapping passages, this manuscript beside “${d.title}”`}</caption>
                <thead>
                  <tr>
                    <th scope="col">This manuscript</th>
                    <th scope="col">The other text</th>
                  </tr>
                </thead>
                <tbody>
                  {d.passages.map((p) => (
                    <tr>
                      <td data-label="This manuscript" safe>
                        {p.ours}
                      </td>
                      <td data-label="The other text" safe>
                        {p.theirs}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        ))
      )}
    </section>
  );
}

export function ReviewsSection({ reviews, csrf, action, canInvite }: { reviews: ReviewVM[]; csrf: string; action: string; canInvite: boolean }): JSX.Element {
  return (
    <section class="account-section" aria-labelledby="reviews-title">
      <h2 id="reviews-title">Reviews</h2>
      {reviews.length === 0 ? (
        <DeskEmpty text={canInvite ? 'No reviewers invited yet: invite them below.' : 'No reviewers invited yet. Reviewers can be invited once the submission is sent for review.'} />
      ) : (
        <ol class="desk-reviews">
          {reviews.map((r) => (
            <li data-review-id={String(r.id)} data-status={attr(r.status)}>
              <h3 safe>{`Round ${r.round}: ${r.reviewer}`}</h3>
              <p>
                <span safe>{r.email}</span>
                {' · '}
                <span class="desk-badge" data-status={attr(r.status)} safe>
                  {r.statusLabel}
                </span>
                {' · '}
                <span safe>{r.dueLabel}</span>
                {r.overdue ? (
                  <>
                    {' '}
                    <span class="desk-flag" data-flag="overdue">
                      Overdue
                    </span>
                  </>
                ) : (
                  ''
                )}
              </p>
              {r.recommendationLabel ? <p safe>{`Recommendation: ${r.recommendationLabel}`}</p> : ''}
              {r.declineReason ? <p safe>{`Reason for declining: ${r.declineReason}`}</p> : ''}
              {r.toAuthor ? (
                <>
                  <h4>For the author</h4>
                  <Paragraphs text={r.toAuthor} />
                </>
              ) : (
                ''
              )}
              {r.toEditor ? (
                <>
                  <h4>For the editors only</h4>
                  <Paragraphs text={r.toEditor} />
                </>
              ) : (
                ''
              )}
              {r.authorResponse ? (
                <>
                  <h4>The author’s answer</h4>
                  <Paragraphs text={r.authorResponse} />
                </>
              ) : (
                ''
              )}
              {r.cancellable ? (
                <form class="action-form" method="post" action={attr(action)}>
                  <CsrfInput token={csrf} />
                  <input type="hidden" name="intent" value="cancel_invite" />
                  <input type="hidden" name="assignment_id" value={String(r.id)} />
                  <button type="submit" class="button" aria-label={attr(`Cancel the invitation to ${r.email}`)}>
                    Cancel invitation
                  </button>
                </form>
              ) : (
                ''
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function HistorySection({ events }: { events: HistoryVM[] }): JSX.Element {
  return (
    <section class="account-section" aria-labelledby="history-title">
      <h2 id="history-title">History</h2>
      <ol class="desk-history">
        {events.map((e) => (
          <li>
            <time datetime={attr(e.when)} safe>
              {e.whenLabel}
            </time>
            <span safe>{` — ${e.what}, by ${e.who}`}</span>
            {e.note ? (
              <Paragraphs text={e.note} />
            ) : (
              ''
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
