import type { ReviewForAuthor } from '../../../domain/submissions/author-dashboard.js';
import type { Finding } from '../../../domain/submissions/checks/findings.js';
import { attr } from '../components.js';
import { CsrfInput, ErrorSummary, Field, Notice, SelectField, TextAreaField, errorList, fieldId, type Option } from '../forms.js';
import { toDocument } from '../layout.js';
import { AuthorPage, BackLink, CheckField, type AuthorPageVM } from './author-common.js';
import { Coauthors, Findings, Preview, Responses } from './author-form-parts.js';

// The submission form (/submit/new and /dashboard/submissions/{id}/edit): the text as
// Markdown or a Word file, the section, co-authors and both declarations; three
// buttons (save, check, send). "Check" shows the checks' findings with what to do,
// and the text as the article page will show it. Files come last in the form, so a
// file refused for its size still leaves every text field read.

export interface CoauthorValues {
  name: string;
  email: string;
  authorId: string;
}

export interface SubmissionFormValues {
  title: string;
  dek: string;
  category: string;
  tags: string;
  body: string;
  declareOriginal: boolean;
  declareExclusive: boolean;
  coauthors: CoauthorValues[];
  version: string;
  /** the stored cover's media id, '' for none */
  coverMediaId: string;
  coverAlt: string;
}

export interface SubmissionFormVM extends AuthorPageVM {
  action: string;
  heading: string;
  values: SubmissionFormValues;
  categories: Option[];
  /** intent=check: the findings, errors first */
  findings?: Finding[];
  /** intent=check: the body as the article page shows it */
  previewHtml?: string;
  /** the Word file's conversion notes */
  warnings?: string[];
  /** the form came back after signing in again */
  restored?: boolean;
  /** someone saved in another window: the text is kept, the version is not */
  conflict?: string;
  maxUploadLabel: string;
  /** intent=find: what was looked for, and the profiles found */
  find?: { query: string; matches: Array<{ id: number; name: string; affiliation: string }> };
  /** the cover picture already chosen */
  cover?: { id: number; url: string; alt: string };
  /** revisions requested: the reviews of the round to answer, and the answers typed so far */
  revision?: { reviews: ReviewForAuthor[]; responses: Record<string, string> };
}

const FIELD_ORDER = ['title', 'dek', 'category', 'tags', 'coauthors', 'body', 'declare_original', 'declare_exclusive', 'cover', 'manuscript'];
export function renderSubmissionForm(vm: SubmissionFormVM): string {
  const errors = vm.errors ?? {};
  const v = vm.values;
  return toDocument(
    <AuthorPage vm={vm}>
      <BackLink url="/dashboard/" label="Dashboard" />
      <h1 class="account-title" safe>
        {vm.heading}
      </h1>
      <p class="account-lede">
        Read the <a href="/submit/">guidelines</a> first. Save as often as you like: nothing reaches the editors until you send it.
      </p>
      {vm.restored ? (
        <Notice kind="warning">
          <p>You were signed out before your last save went through. Here is the text you sent: check it and save again. Files have to be chosen again.</p>
        </Notice>
      ) : (
        ''
      )}
      {vm.conflict ? (
        <Notice kind="warning">
          <p safe>{vm.conflict}</p>
        </Notice>
      ) : (
        ''
      )}
      <ErrorSummary errors={errorList(errors, FIELD_ORDER)} />
      {(vm.warnings ?? []).length > 0 ? (
        <Notice kind="info">
          <p>The Word file is now the text below. Check it and correct what did not come through:</p>
          <ul>
            {(vm.warnings ?? []).map((w) => (
              <li safe>{w}</li>
            ))}
          </ul>
        </Notice>
      ) : (
        ''
      )}
      {vm.findings ? <Findings findings={vm.findings} /> : ''}
      <form class="account-form submission-form" method="post" action={attr(vm.action)} enctype="multipart/form-data" novalidate>
        <CsrfInput token={vm.csrf} />
        <input type="hidden" name="version" value={attr(v.version)} />
        <Field name="title" label="Title" value={v.title} error={errors.title} maxlength={300} required={false} />
        <TextAreaField name="dek" label="Summary (dek)" value={v.dek} error={errors.dek} rows={3} maxlength={600} hint="One or two sentences under the title: what the piece argues." />
        <SelectField name="category" label="Section" options={[{ value: '', label: 'Choose a section' }, ...vm.categories]} value={v.category} error={errors.category} />
        <Field name="tags" label="Tags" value={v.tags} error={errors.tags} required={false} hint="Separated by commas, e.g. water policy, Central Asia." />
        <Coauthors values={v.coauthors} errors={errors} find={vm.find} />
        <TextAreaField
          name="body"
          label="Text (Markdown)"
          value={v.body}
          error={errors.body}
          rows={24}
          hint="Headings with ##, notes with [^1] and [^1]: the note. Or leave this empty and upload a Word file below: its text appears here for you to check."
        />
        {vm.revision ? <Responses revision={vm.revision} errors={errors} /> : ''}
        <fieldset class="fieldset">
          <legend>Declarations</legend>
          <CheckField name="declare_original" label="This is my own original work (and my co-authors’), and it has not been published elsewhere." checked={v.declareOriginal} error={errors.declare_original} />
          <CheckField name="declare_exclusive" label="It is not under consideration by another publication." checked={v.declareExclusive} error={errors.declare_exclusive} />
        </fieldset>
        <fieldset class="fieldset">
          <legend>Cover picture (optional)</legend>
          {vm.cover ? (
            <>
              <input type="hidden" name="cover_media_id" value={String(vm.cover.id)} />
              <img class="cover-thumb" src={attr(vm.cover.url)} alt={attr(vm.cover.alt || 'The cover picture chosen')} width="240" />
              <CheckField name="cover_remove" label="Remove this picture" checked={false} />
            </>
          ) : (
            ''
          )}
          <Field name="cover_alt" label="Describe the picture for people who cannot see it" value={v.coverAlt} required={false} maxlength={300} />
          <div class={errors.cover ? 'field field-invalid' : 'field'}>
            <label class="field-label" for={fieldId('cover')}>
              {vm.cover ? 'Choose another picture' : 'Picture (PNG, JPEG or WebP, up to 10 MB)'}
            </label>
            {errors.cover ? (
              <p class="field-error" id={`${fieldId('cover')}-error`}>
                <span class="sr-only">Error: </span>
                <span safe>{errors.cover}</span>
              </p>
            ) : (
              ''
            )}
            <input class="field-input" type="file" id={fieldId('cover')} name="cover" accept="image/png,image/jpeg,image/webp,image/gif" aria-describedby={errors.cover ? `${fieldId('cover')}-error` : undefined} />
          </div>
        </fieldset>
        <div class={errors.manuscript ? 'field field-invalid' : 'field'}>
          <label class="field-label" for={fieldId('manuscript')}>
            Word file (.docx, optional)
          </label>
          <p class="field-hint" id={`${fieldId('manuscript')}-hint`} safe>
            {`Up to ${vm.maxUploadLabel}. Its text replaces the text above; footnotes are kept.`}
          </p>
          {errors.manuscript ? (
            <p class="field-error" id={`${fieldId('manuscript')}-error`}>
              <span class="sr-only">Error: </span>
              <span safe>{errors.manuscript}</span>
            </p>
          ) : (
            ''
          )}
          <input
            class="field-input"
            type="file"
            id={fieldId('manuscript')}
            name="manuscript"
            accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            aria-describedby={errors.manuscript ? `${fieldId('manuscript')}-hint ${fieldId('manuscript')}-error` : `${fieldId('manuscript')}-hint`}
          />
        </div>
        <div class="form-actions">
          <button type="submit" class="button" name="intent" value="save">
            Save draft
          </button>
          <button type="submit" class="button" name="intent" value="check">
            Check and preview
          </button>
          {vm.revision ? (
            <button type="submit" class="button button-primary" name="intent" value="resubmit">
              Send the revision
            </button>
          ) : (
            <button type="submit" class="button button-primary" name="intent" value="submit">
              Send to the editors
            </button>
          )}
        </div>
      </form>
      {vm.previewHtml !== undefined ? <Preview values={v} html={vm.previewHtml} /> : ''}
    </AuthorPage>,
  );
}
