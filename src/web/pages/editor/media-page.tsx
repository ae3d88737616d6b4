import { attr, Pagination } from '../components.js';
import { CsrfInput, ErrorSummary, Field, fieldId, errorList, Notice, SubmitButton } from '../forms.js';
import { toDocument } from '../layout.js';
import type { PageMeta, PaginationVM, SiteVM } from '../view-models.js';
import { DeskPage } from './desk-nav.js';

// /editor/media/: the upload form (a plain multipart form, no script needed) and
// the uploads, newest first, each with where it is used and the Markdown to paste.

export interface MediaUseVM {
  label: string;
  url: string;
  /** e.g. "Draft", "Published", "Author photo" */
  note: string;
}

export interface MediaItemVM {
  id: number;
  /** a small variant for the list */
  thumbUrl: string;
  thumbWidth: number;
  thumbHeight: number;
  /** the URL to use in articles */
  url: string;
  alt: string;
  originalName: string;
  /** "1600 × 1067 px" */
  dimensions: string;
  /** "2.4 MB uploaded (JPEG) · 412 KB stored as WebP" */
  sizeLabel: string;
  uploader: string;
  createdAt: string;
  createdLabel: string;
  markdown: string;
  uses: MediaUseVM[];
  /** the upload just made */
  fresh: boolean;
}

export interface MediaPageVM {
  site: SiteVM;
  meta: PageMeta;
  csrf: string;
  errors: Record<string, string>;
  values: { alt: string };
  /** the upload the page was redirected to after a form post */
  uploaded: { markdown: string; name: string } | undefined;
  items: MediaItemVM[];
  total: number;
  /** false: only the actor's own uploads are listed */
  all: boolean;
  maxLabel: string;
  altMax: number;
  pagination: PaginationVM;
}

/** The file input, framed like the other fields (label, hint, error tied by aria-describedby). */
function FileField({ error, hint }: { error: string | undefined; hint: string }): JSX.Element {
  const id = fieldId('file');
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label class="field-label" for={id}>
        Image
      </label>
      <p class="field-hint" id={`${id}-hint`} safe>
        {hint}
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
        name="file"
        type="file"
        accept="image/jpeg,image/png,image/webp,image/gif"
        required
        aria-describedby={describedBy}
        aria-invalid={error ? 'true' : undefined}
      />
    </div>
  );
}

function UploadForm({ vm }: { vm: MediaPageVM }): JSX.Element {
  return (
    <section class="account-section" aria-labelledby="upload-title">
      <h2 id="upload-title">Upload an image</h2>
      <form class="account-form admin-inline-form" method="post" action="/editor/media" enctype="multipart/form-data">
        <CsrfInput token={vm.csrf} />
        <FileField error={vm.errors.file} hint={`JPEG, PNG, WebP or GIF, up to ${vm.maxLabel}. SVG is not accepted. Location and camera data are removed.`} />
        <Field
          name="alt"
          label="Description (alt text)"
          value={vm.values.alt}
          error={vm.errors.alt}
          hint="What the image shows, for readers who cannot see it. You can change it in the article’s Markdown."
          required={false}
          maxlength={vm.altMax}
        />
        <SubmitButton label="Upload" />
      </form>
    </section>
  );
}

function Uses({ uses }: { uses: MediaUseVM[] }): JSX.Element {
  if (uses.length === 0) return <span class="media-unused">Not used yet</span>;
  return (
    <ul class="media-uses">
      {uses.map((u) => (
        <li>
          <a href={attr(u.url)} safe>
            {u.label}
          </a>
          <span class="admin-tag" safe>
            {u.note}
          </span>
        </li>
      ))}
    </ul>
  );
}

function MediaTable({ vm }: { vm: MediaPageVM }): JSX.Element {
  return (
    <div class="admin-table-wrap" role="region" aria-label="Uploads" tabindex="0">
      <table class="admin-table media-table">
        <caption class="sr-only">Uploaded images, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Image</th>
            <th scope="col">File</th>
            <th scope="col">Uploaded</th>
            <th scope="col">Used in</th>
            <th scope="col">Markdown</th>
          </tr>
        </thead>
        <tbody>
          {vm.items.map((m) => (
            <tr id={`media-${m.id}`} class={m.fresh ? 'media-fresh' : undefined} data-media-id={String(m.id)}>
              <td data-label="Image">
                <a href={attr(m.url)}>
                  <img
                    src={attr(m.thumbUrl)}
                    width={String(m.thumbWidth)}
                    height={String(m.thumbHeight)}
                    alt={attr(m.alt ? m.alt : `Uploaded image ${m.originalName}`)}
                    loading="lazy"
                    decoding="async"
                  />
                </a>
              </td>
              <th scope="row" data-label="File">
                <span class="admin-email" safe>
                  {m.originalName || `Image ${m.id}`}
                </span>
                <br />
                <span class="media-facts" safe>
                  {`${m.dimensions} · ${m.sizeLabel}`}
                </span>
              </th>
              <td data-label="Uploaded">
                <span safe>{m.uploader}</span>
                <br />
                <time datetime={attr(m.createdAt)} safe>
                  {m.createdLabel}
                </time>
              </td>
              <td data-label="Used in">
                <Uses uses={m.uses} />
              </td>
              <td data-label="Markdown">
                <code class="admin-email" safe>
                  {m.markdown}
                </code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function renderMediaPage(vm: MediaPageVM): string {
  const noun = vm.total === 1 ? 'image' : 'images';
  return toDocument(
    <DeskPage site={vm.site} meta={vm.meta} current="media" title="Media">
      <ErrorSummary errors={errorList(vm.errors, ['file', 'alt'])} />
      {vm.uploaded ? (
        <Notice kind="success">
          <p safe>{`${vm.uploaded.name} was uploaded. To show it in an article, paste this into the body:`}</p>
          <p>
            <code class="admin-email" safe>
              {vm.uploaded.markdown}
            </code>
          </p>
        </Notice>
      ) : (
        ''
      )}
      <UploadForm vm={vm} />
      <section class="account-section" aria-labelledby="uploads-title">
        <h2 id="uploads-title">{vm.all ? 'All uploads' : 'Your uploads'}</h2>
        <p class="admin-count" safe>
          {`${vm.total} ${noun}`}
        </p>
        {vm.items.length === 0 ? (
          <div class="empty-state">
            <p class="empty-state-title">No images yet.</p>
            <p>
              Upload one with the form above, or drop an image onto the article editor: it is resized for phones and wide screens, and the
              Markdown to show it appears here.
            </p>
          </div>
        ) : (
          <MediaTable vm={vm} />
        )}
        <Pagination pagination={vm.pagination} labels={{ prev: 'Newer', next: 'Older' }} />
      </section>
    </DeskPage>,
  );
}
