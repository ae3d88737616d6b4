import { attr } from '../components.js';
import { Field, fieldId, type Option } from '../forms.js';
import type { ArticleFormVM } from './article-form-page.js';

// The article form's compound fields: the ordered byline, the sections, the cover.

export function AuthorsField({ vm }: { vm: ArticleFormVM }): JSX.Element {
  const error = vm.errors.authors;
  // Three byline slots plus the ones already chosen: ordered without JavaScript.
  const slots = Math.max(3, vm.values.authors.length + 1);
  const options: Option[] = [{ value: '', label: '(none)' }, ...vm.authorChoices];
  return (
    <fieldset class={error ? 'field field-invalid desk-authors' : 'field desk-authors'} id={attr(fieldId('authors'))} aria-describedby={error ? 'f-authors-error' : undefined}>
      <legend class="field-label">Authors, in byline order</legend>
      <p class="field-hint">Left empty, the piece is signed with your own author profile.</p>
      {error ? (
        <p class="field-error" id="f-authors-error">
          <span class="sr-only">Error: </span>
          <span safe>{error}</span>
        </p>
      ) : (
        ''
      )}
      {Array.from({ length: slots }, (_, i) => (
        <div class="desk-author-slot">
          <label for={attr(`f-authors-${i}`)} safe>{`Author ${i + 1}`}</label>
          <select class="field-input" id={attr(`f-authors-${i}`)} name="authors">
            {options.map((o) => (
              <option value={attr(o.value)} selected={o.value !== '' && vm.values.authors[i] === o.value} safe>
                {o.label}
              </option>
            ))}
          </select>
        </div>
      ))}
      <div class="desk-author-slot">
        <label for="f-new_author">Or add a guest author by name</label>
        <input class="field-input" id="f-new_author" name="new_author" value={attr(vm.values.newAuthor)} maxlength="120" autocomplete="off" />
      </div>
    </fieldset>
  );
}

export function CategoriesField({ vm }: { vm: ArticleFormVM }): JSX.Element {
  if (vm.categoryChoices.length === 0) {
    return (
      <p class="field-hint">
        No sections yet: <a href="/editor/categories/">create one</a>.
      </p>
    );
  }
  return (
    <fieldset class="field desk-categories" id={attr(fieldId('categories'))}>
      <legend class="field-label">Sections</legend>
      {vm.categoryChoices.map((c) => (
        <label class="checkbox">
          <input type="checkbox" name="categories" value={attr(c.value)} checked={vm.values.categories.includes(c.value)} /> <span safe>{c.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

export function CoverField({ vm }: { vm: ArticleFormVM }): JSX.Element {
  const error = vm.errors.cover;
  return (
    <fieldset class="field desk-cover">
      <legend class="field-label">Cover image</legend>
      {vm.values.coverUrl ? (
        <figure class="desk-cover-current">
          <img src={attr(vm.values.coverUrl)} alt={attr(vm.values.coverAlt)} width="240" loading="lazy" />
          <figcaption>
            <label class="checkbox">
              <input type="checkbox" name="cover_remove" value="1" /> Remove this cover
            </label>
          </figcaption>
        </figure>
      ) : (
        ''
      )}
      <input type="hidden" name="cover_url" value={attr(vm.values.coverUrl)} />
      <input type="hidden" name="cover_media_id" value={attr(vm.values.coverMediaId)} />
      <div class={error ? 'field field-invalid' : 'field'}>
        <label class="field-label" for="f-cover">
          {vm.values.coverUrl ? 'Replace with another image' : 'Upload an image'}
        </label>
        <p class="field-hint" id="f-cover-hint">
          JPEG, PNG, WebP or GIF, up to 10 MB.
        </p>
        {error ? (
          <p class="field-error" id="f-cover-error">
            <span class="sr-only">Error: </span>
            <span safe>{error}</span>
          </p>
        ) : (
          ''
        )}
        <input class="field-input" type="file" id="f-cover" name="cover" accept="image/jpeg,image/png,image/webp,image/gif" aria-describedby={error ? 'f-cover-hint f-cover-error' : 'f-cover-hint'} />
      </div>
      <Field name="cover_alt" label="Alt text (required with an image)" value={vm.values.coverAlt} error={vm.errors.cover_alt} required={false} maxlength={300} hint="What the image shows, for readers who cannot see it." />
      <Field name="cover_caption" label="Caption (optional)" value={vm.values.coverCaption} error={vm.errors.cover_caption} required={false} maxlength={600} />
    </fieldset>
  );
}
