import { CsrfInput, ErrorSummary, fieldId, SubmitButton } from '../forms.js';
import { toDocument } from '../layout.js';
import type { PageMeta, SiteVM } from '../view-models.js';
import { DeskPage } from './desk-nav.js';

// /editor/articles/new?from=docx: "New from a Word file". A plain multipart form
// (no script needed) and, beside it, what survives the conversion and what does
// not, so nobody is surprised by the draft it makes. A refused file comes back
// here with the reason by the file field.

export interface DocxUploadVM {
  site: SiteVM;
  meta: PageMeta;
  csrf: string;
  /** why the last file was refused */
  error?: string | undefined;
  /** e.g. "15 MB" */
  maxLabel?: string;
}

function ManuscriptField({ error, maxLabel }: { error: string | undefined; maxLabel: string }): JSX.Element {
  const id = fieldId('manuscript');
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label class="field-label" for={id}>
        Word file
      </label>
      <p class="field-hint" id={`${id}-hint`} safe>
        {`A .docx of up to ${maxLabel}. Older .doc files, PDFs and macro-enabled documents (.docm) are not accepted.`}
      </p>
      {error ? (
        <p class="field-error" id={`${id}-error`}>
          <span class="sr-only">Error: </span>
          <span safe>{error}</span>
        </p>
      ) : (
        ''
      )}
      <input
        class="field-input"
        id={id}
        name="manuscript"
        type="file"
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        required
        aria-describedby={describedBy}
        aria-invalid={error ? 'true' : undefined}
      />
    </div>
  );
}

function WhatIsKept(): JSX.Element {
  return (
    <section class="account-section" aria-labelledby="docx-kept-title">
      <h2 id="docx-kept-title">What the draft keeps</h2>
      <ul>
        <li>
          The paragraph in Word’s <strong>Title</strong> style becomes the title (otherwise the file name does).
        </li>
        <li>Headings, bold, italic and struck-through text, bulleted and numbered lists (nested too).</li>
        <li>Tables, as simple tables whose first row is the header.</li>
        <li>Links to web pages and email addresses. Other links keep their text only.</li>
        <li>Pictures in PNG, JPEG, GIF or WebP, with their alt text; they are added to the media library.</li>
        <li>Footnotes and endnotes, as the article’s footnotes (endnotes numbered after the footnotes).</li>
      </ul>
      <h2 id="docx-dropped-title">What it leaves out</h2>
      <ul>
        <li>Fonts, colours, sizes, underlining and page layout; headers, footers, comments, text boxes, charts and equations.</li>
        <li>Any HTML or code typed into the document stays visible text: it never becomes part of the page.</li>
      </ul>
      <p>The import makes a draft you can edit, owned by you and bylined to your author profile. Nothing is published.</p>
    </section>
  );
}

export function renderDocxUpload(vm: DocxUploadVM): string {
  const errors = vm.error ? [{ field: 'manuscript', message: vm.error }] : [];
  return toDocument(
    <DeskPage site={vm.site} meta={vm.meta} current="articles" title="New from a Word file" back={{ url: '/editor/articles/', label: 'Articles' }}>
      <ErrorSummary errors={errors} />
      <section class="account-section" aria-labelledby="docx-upload-title">
        <h2 id="docx-upload-title">Choose the file</h2>
        <form class="account-form" method="post" action="/editor/articles/new/docx" enctype="multipart/form-data">
          <CsrfInput token={vm.csrf} />
          <ManuscriptField error={vm.error} maxLabel={vm.maxLabel ?? '15 MB'} />
          <SubmitButton label="Import as a draft" />
        </form>
        <p>
          Or <a href="/editor/articles/new">start a blank article</a>.
        </p>
      </section>
      <WhatIsKept />
    </DeskPage>,
  );
}
