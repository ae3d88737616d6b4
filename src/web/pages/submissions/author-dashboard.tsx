import type { AuthorList } from '../../../domain/submissions/author-dashboard.js';
import { attr } from '../components.js';
import { longDate } from './author-common.js';

// "Your submissions" on /dashboard/: each of the author's pieces with its status in
// plain words, newest first, paginated (?page=), linking to its own page.

export function AuthorSubmissionsPanel({ list, canSubmit }: { list: AuthorList; canSubmit: boolean }): JSX.Element {
  return (
    <section class="dashboard-panel" aria-labelledby="submissions-title">
      <h2 id="submissions-title">Your submissions</h2>
      {list.total === 0 ? (
        <div class="empty-state">
          <p>You have not submitted anything yet.</p>
          {canSubmit ? (
            <p>
              <a href="/submit/">Read the guidelines</a> and <a href="/submit/new">start a submission</a>.
            </p>
          ) : (
            ''
          )}
        </div>
      ) : (
        <>
          <ul class="submission-list">
            {list.items.map((s) => (
              <li>
                <a href={`/dashboard/submissions/${s.id}/`} safe>
                  {s.title || 'Untitled'}
                </a>
                <span class="submission-list-status" safe>
                  {s.statusText}
                </span>
                <span class="submission-list-date" safe>
                  {`updated ${longDate(s.updatedAt.slice(0, 10))}`}
                </span>
              </li>
            ))}
          </ul>
          {list.pages > 1 ? (
            <nav class="pagination" aria-label="Your submissions, more pages">
              {list.page > 1 ? (
                <a rel="prev" href={attr(`/dashboard/?page=${list.page - 1}`)}>
                  Newer
                </a>
              ) : (
                ''
              )}
              <span safe>{`Page ${list.page} of ${list.pages}`}</span>
              {list.page < list.pages ? (
                <a rel="next" href={attr(`/dashboard/?page=${list.page + 1}`)}>
                  Older
                </a>
              ) : (
                ''
              )}
            </nav>
          ) : (
            ''
          )}
          {canSubmit ? (
            <p>
              <a class="button" href="/submit/new">
                Start a new submission
              </a>
            </p>
          ) : (
            ''
          )}
        </>
      )}
    </section>
  );
}
