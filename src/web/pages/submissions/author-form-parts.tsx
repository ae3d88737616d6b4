import type { Finding } from '../../../domain/submissions/checks/findings.js';
import { attr } from '../components.js';
import { Field, TextAreaField, fieldId } from '../forms.js';
import { CheckField } from './author-common.js';
import type { CoauthorValues, SubmissionFormValues, SubmissionFormVM } from './author-form-page.js';

// The parts of the submission form: the checks' findings, the article preview, the
// answers to reviews (revisions), the profile finder and the co-author rows.

const SEVERITY_WORD: Record<Finding['severity'], string> = { error: 'Must fix', warning: 'Check', info: 'Note' };

/** One empty row more than filled, at least two. */
export function coauthorRows(list: CoauthorValues[]): CoauthorValues[] {
  const rows = [...list];
  while (rows.length < Math.max(2, list.length + 1)) rows.push({ name: '', email: '', authorId: '' });
  return rows.slice(0, 20);
}

export function Findings({ findings }: { findings: Finding[] }): JSX.Element {
  return (
    <section class="submission-checks" aria-labelledby="checks-title">
      <h2 id="checks-title">Checks</h2>
      {findings.length === 0 ? (
        <p>
          Nothing to fix: the checks found no problem. Read the <a href="#preview-title">preview</a> once more, then send it.
        </p>
      ) : (
        <>
        <p>
          Fix what must be fixed before sending; the rest is advice. The <a href="#preview-title">preview</a> is below the form.
        </p>
        <ul class="findings">
          {findings.map((f) => (
            <li class={`finding finding-${f.severity}`}>
              <p>
                <strong safe>{SEVERITY_WORD[f.severity]}</strong>: <span safe>{f.message}</span>
              </p>
              <p class="finding-todo" safe>
                {f.whatToDo}
              </p>
            </li>
          ))}
        </ul>
        </>
      )}
    </section>
  );
}

export function Preview({ values, html }: { values: SubmissionFormValues; html: string }): JSX.Element {
  return (
    <section class="submission-preview" aria-labelledby="preview-title">
      <h2 id="preview-title">Preview: how readers will see it</h2>
      <article class="article preview-article">
        <header class="article-header">
          {/* the page has its own h1: the article's title sits under the preview's heading here */}
          <h3 class="article-title" safe>
            {values.title || 'Untitled'}
          </h3>
          {values.dek ? (
            <p class="dek" safe>
              {values.dek}
            </p>
          ) : (
            ''
          )}
        </header>
        {/* sanitized by the Markdown pipeline (renderMarkdown) */}
        <div class="article-body">{html as 'safe'}</div>
      </article>
    </section>
  );
}

export function Responses({ revision, errors }: { revision: NonNullable<SubmissionFormVM['revision']>; errors: Record<string, string> }): JSX.Element {
  if (revision.reviews.length === 0) return '';
  return (
    <fieldset class="fieldset responses">
      <legend>Your answers to the reviews</legend>
      <p class="field-hint">Answer each review point by point: what you changed, and why where you did not follow a suggestion.</p>
      {revision.reviews.map((r) => (
        <div class="response">
          <p class="response-label">
            <strong safe>{r.label}</strong>
          </p>
          <blockquote class="review-text" safe>
            {r.toAuthor || 'This reviewer left no comments for you.'}
          </blockquote>
          <TextAreaField name={`response_${r.assignmentId}`} label={`Your answer to ${r.label}`} value={revision.responses[String(r.assignmentId)] ?? ''} error={errors[`response_${r.assignmentId}`]} rows={6} />
        </div>
      ))}
    </fieldset>
  );
}

export function ProfileFinder({ find }: { find: SubmissionFormVM['find'] }): JSX.Element {
  return (
    <div class="profile-finder">
      <Field name="coauthor_find" label="Find a co-author who already has a profile here" value={find?.query ?? ''} required={false} maxlength={100} hint="Type part of their name, then “Find”. The draft is saved at the same time." />
      <button type="submit" class="button" name="intent" value="find">
        Find
      </button>
      {find ? (
        find.matches.length === 0 ? (
          <p class="field-hint" role="status">No profile matches that name: add the co-author by name and address below.</p>
        ) : (
          <div class="field" role="group" aria-labelledby="matches-title">
            <p id="matches-title" class="field-label">
              Tick the people to add, then save:
            </p>
            {find.matches.map((m) => (
              <CheckField name="coauthor_pick" value={String(m.id)} id={`pick-${m.id}`} label={m.affiliation ? `${m.name} — ${m.affiliation}` : m.name} checked={false} />
            ))}
          </div>
        )
      ) : (
        ''
      )}
    </div>
  );
}

export function Coauthors({ values, errors, find }: { values: CoauthorValues[]; errors: Record<string, string>; find: SubmissionFormVM['find'] }): JSX.Element {
  return (
    <fieldset class="fieldset coauthors" id={fieldId('coauthors')}>
      <legend>Co-authors</legend>
      <p class="field-hint">Anyone who wrote the piece with you. Give an address for those without an author profile here: we will tell them, and they can claim a profile.</p>
      {errors.coauthors ? (
        <p class="field-error">
          <span safe>{errors.coauthors}</span>
        </p>
      ) : (
        ''
      )}
      <ProfileFinder find={find} />
      {coauthorRows(values).map((c, i) => {
        // The service gives one message per row: it goes by the field it is about.
        const error = errors[`coauthor_${i}`];
        const onEmail = error !== undefined && /email/i.test(error);
        return (
          <div class="coauthor-row" id={fieldId(`coauthor_${i}`)}>
            {c.authorId ? <input type="hidden" name={`coauthor_${i}_author_id`} value={attr(c.authorId)} /> : ''}
            <Field name={`coauthor_${i}_name`} label={`Co-author ${i + 1}: name`} value={c.name} required={false} maxlength={120} error={onEmail ? undefined : error} autocomplete="off" />
            <Field name={`coauthor_${i}_email`} label={`Co-author ${i + 1}: email address (optional)`} type="email" value={c.email} required={false} error={onEmail ? error : undefined} autocomplete="off" />
          </div>
        );
      })}
    </fieldset>
  );
}
