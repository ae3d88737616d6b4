import { attr } from '../components.js';
import { CsrfInput, ErrorSummary, Field, TextAreaField, errorList, type Option } from '../forms.js';
import { toDocument } from '../layout.js';
import type { PageMeta, SiteVM } from '../view-models.js';
import { DeskPage } from './desk-nav.js';
import { ConflictNotice, type ConflictVM } from './article-conflict.js';
import { AuthorsField, CategoriesField, CoverField } from './article-form-fields.js';
import { RelatedPicks, type RelatedPicksVM } from './article-related.js';

// The article editor. Without JavaScript it is a plain form: every field, a
// Preview button that renders the body through the publishing pipeline, and
// buttons for each thing the actor may do. The desk script (theme/desk/) turns
// the body into a CodeMirror editor with a live preview and autosave; the ids
// and data attributes here are its contract.

export interface ArticleFormValues {
  title: string;
  slug: string;
  dek: string;
  body: string;
  /** author profile ids in byline order */
  authors: string[];
  newAuthor: string;
  categories: string[];
  tags: string;
  coverUrl: string;
  coverMediaId: string;
  coverAlt: string;
  coverCaption: string;
  metaDescription: string;
  publishAt: string;
}

export interface ArticleFormVM {
  site: SiteVM;
  meta: PageMeta;
  csrf: string;
  action: string;
  article?: {
    id: number;
    status: string;
    statusLabel: string;
    version: number;
    publicUrl?: string;
    historyUrl: string;
  };
  values: ArticleFormValues;
  authorChoices: Option[];
  categoryChoices: Option[];
  /** publish, schedule, unpublish and trash are offered */
  canPublish: boolean;
  errors: Record<string, string>;
  notice?: string | undefined;
  /** the rendered body, when Preview was pressed (trusted: the publishing pipeline's output) */
  previewHtml?: string;
  conflict?: ConflictVM;
  related?: RelatedPicksVM;
  timeZone: string;
  /** the response's CSP style nonce, for CodeMirror's <style> element */
  styleNonce?: string;
  counts: { words: string; reading: string };
}

const ORDER = ['form', 'title', 'slug', 'dek', 'body', 'authors', 'categories', 'tags', 'cover', 'cover_alt', 'cover_caption', 'meta_description', 'publish_at', 'intent'];

function Buttons({ vm }: { vm: ArticleFormVM }): JSX.Element {
  const status = vm.article?.status ?? 'draft';
  const live = status === 'published';
  return (
    <div class="desk-actions">
      <button type="submit" class="button button-secondary" name="intent" value="preview">
        Preview
      </button>
      <button type="submit" class={live ? 'button' : 'button button-secondary'} name="intent" value="save">
        {live ? 'Update (live at once)' : 'Save draft'}
      </button>
      {vm.canPublish && !live ? (
        <button type="submit" class="button" name="intent" value="publish">
          Publish now
        </button>
      ) : (
        ''
      )}
      {vm.canPublish && !live ? (
        <button type="submit" class="button button-secondary" name="intent" value="schedule">
          Schedule
        </button>
      ) : (
        ''
      )}
      {vm.canPublish && (live || status === 'scheduled') ? (
        <button type="submit" class="button button-secondary" name="intent" value="unpublish">
          {live ? 'Unpublish' : 'Cancel schedule'}
        </button>
      ) : (
        ''
      )}
      {vm.canPublish && vm.article ? (
        <button type="submit" class="button button-danger" name="intent" value="trash" formnovalidate>
          Move to trash
        </button>
      ) : (
        ''
      )}
    </div>
  );
}

export function renderArticleForm(vm: ArticleFormVM): string {
  const a = vm.article;
  return toDocument(
    <DeskPage site={vm.site} meta={vm.meta} current="articles" title={a ? 'Edit article' : 'New article'} notice={vm.notice} styleNonce={vm.styleNonce} back={{ url: '/editor/articles/', label: 'Articles' }}>
      {a ? (
        <p class="desk-article-status">
          <span class={attr(`desk-status-badge desk-status-${a.status}`)} safe>
            {a.statusLabel}
          </span>{' '}
          <a href={attr(a.historyUrl)}>History</a>
          {a.publicUrl ? (
            <>
              {' · '}
              <a href={attr(a.publicUrl)}>View on the site</a>
            </>
          ) : (
            ''
          )}
        </p>
      ) : (
        <p class="desk-lead">
          Write in Markdown: <code>## Heading</code>, <code>*italic*</code>, <code>**bold**</code>, <code>[link](https://…)</code>, footnotes with{' '}
          <code>[^1]</code> and <code>[^1]: the note</code>. Or start <a href="/editor/articles/new?from=docx">from a Word file</a>.
        </p>
      )}
      {vm.conflict ? <ConflictNotice conflict={vm.conflict} /> : ''}
      <ErrorSummary errors={errorList(vm.errors, ORDER)} />
      <form
        id="article-form"
        class="desk-editor"
        method="post"
        action={attr(vm.action)}
        enctype="multipart/form-data"
        novalidate
        data-preview-url="/editor/preview"
        data-upload-url="/editor/media"
        data-csrf={attr(vm.csrf)}
        data-article-id={a ? String(a.id) : ''}
        data-time-zone={attr(vm.timeZone)}
        data-autosave={a?.status === 'published' ? 'off' : undefined}
      >
        <CsrfInput token={vm.csrf} />
        <input type="hidden" name="base_version" value={a ? String(a.version) : '0'} />
        <div class="desk-editor-main">
          <Field name="title" label="Title" value={vm.values.title} error={vm.errors.title} maxlength={300} />
          <Field
            name="slug"
            label="Slug"
            value={vm.values.slug}
            error={vm.errors.slug}
            required={false}
            maxlength={120}
            hint={a?.status === 'published' ? 'Changing it keeps the old address working: readers are sent on to the new one.' : 'Made from the title when left empty.'}
          />
          <TextAreaField name="dek" label="Dek (standfirst)" value={vm.values.dek} error={vm.errors.dek} rows={2} maxlength={600} />
          <div class="desk-body">
            <div class={vm.errors.body ? 'field field-invalid desk-body-field' : 'field desk-body-field'}>
              <label class="field-label" for="article-body" id="article-body-label">
                Body (Markdown)
              </label>
              {vm.errors.body ? (
                <p class="field-error" id="f-body-error">
                  <span class="sr-only">Error: </span>
                  <span safe>{vm.errors.body}</span>
                </p>
              ) : (
                ''
              )}
              <textarea id="article-body" class="field-input desk-textarea" name="body" rows="24" aria-describedby={vm.errors.body ? 'f-body-error' : undefined} safe>
                {vm.values.body}
              </textarea>
              <span id="f-body" />
            </div>
            <section id="article-preview" class="desk-preview article-body" aria-label="Preview" aria-live="polite">
              {vm.previewHtml !== undefined ? (vm.previewHtml as 'safe') : <p class="desk-preview-empty">Press Preview to see the article as it will be published.</p>}
            </section>
          </div>
          <p id="article-status" class="desk-status" role="status"></p>
          <p class="desk-counts">
            <span id="article-words" safe>
              {vm.counts.words}
            </span>{' '}
            ·{' '}
            <span id="article-reading" safe>
              {vm.counts.reading}
            </span>
          </p>
        </div>
        <div class="desk-editor-side">
          <AuthorsField vm={vm} />
          <CategoriesField vm={vm} />
          <Field name="tags" label="Tags" value={vm.values.tags} error={vm.errors.tags} required={false} maxlength={500} hint="Separated by commas; new tags are created." />
          <CoverField vm={vm} />
          <TextAreaField
            name="meta_description"
            label="Meta description"
            value={vm.values.metaDescription}
            error={vm.errors.meta_description}
            rows={3}
            maxlength={320}
            hint="For search engines and link previews; the dek is used when left empty."
          />
          {vm.canPublish ? (
            <div class={vm.errors.publish_at ? 'field field-invalid' : 'field'}>
              <label class="field-label" for="f-publish_at">
                Publish at
              </label>
              <p class="field-hint" id="f-publish_at-hint" safe>
                {`For Schedule: a date and time in the site's time zone (${vm.timeZone}).`}
              </p>
              {vm.errors.publish_at ? (
                <p class="field-error" id="f-publish_at-error">
                  <span class="sr-only">Error: </span>
                  <span safe>{vm.errors.publish_at}</span>
                </p>
              ) : (
                ''
              )}
              <input class="field-input" type="datetime-local" id="f-publish_at" name="publish_at" value={attr(vm.values.publishAt)} aria-describedby={vm.errors.publish_at ? 'f-publish_at-hint f-publish_at-error' : 'f-publish_at-hint'} />
            </div>
          ) : (
            ''
          )}
          {vm.related ? <RelatedPicks related={vm.related} /> : ''}
        </div>
        <Buttons vm={vm} />
      </form>
    </DeskPage>,
  );
}
