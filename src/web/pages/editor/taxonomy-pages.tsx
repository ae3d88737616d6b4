import { attr, Pagination } from '../components.js';
import { CsrfInput, ErrorSummary, errorList, Field, SubmitButton, TextAreaField } from '../forms.js';
import { toDocument } from '../layout.js';
import type { PageMeta, PaginationVM, SiteVM } from '../view-models.js';
import { DeskEmpty, DeskPage, DeskSearch } from './desk-nav.js';
import { SECTION_SUBMISSION_FIELDS, SectionSubmissionFields, type SectionSubmissionFieldsVM } from '../submissions/editor-section-fields.js';

// The desk's sections (/editor/categories/) and tags (/editor/tags/): lists,
// the forms to create, rename and describe, the navigation order, merges and
// deletes. Every form works without script.

interface DeskBaseVM {
  site: SiteVM;
  meta: PageMeta;
  csrf: string;
  notice?: string;
  errors: Record<string, string>;
}

const articles = (n: number) => `${n} ${n === 1 ? 'article' : 'articles'}`;

// ---------- Sections ----------

export interface SectionRowVM {
  id: number;
  name: string;
  slug: string;
  description: string;
  articleCount: number;
}

export interface SectionsVM extends DeskBaseVM {
  sections: SectionRowVM[];
  /** the new-section form as typed */
  values: { name: string; slug: string; description: string };
}

function MoveButton({ id, direction, name, csrf }: { id: number; direction: 'up' | 'down'; name: string; csrf: string }): JSX.Element {
  return (
    <form class="action-form" method="post" action={`/editor/categories/${id}/move`}>
      <CsrfInput token={csrf} />
      <input type="hidden" name="direction" value={direction} />
      <button type="submit" class="button" aria-label={attr(`Move ${name} ${direction}`)}>
        {direction === 'up' ? 'Move up' : 'Move down'}
      </button>
    </form>
  );
}

function SectionFields({ values, errors }: { values: { name: string; slug: string; description: string }; errors: Record<string, string> }): JSX.Element {
  return (
    <>
      <Field name="name" label="Name" value={values.name} error={errors.name} maxlength={80} hint="As shown in the navigation and on each article." />
      <Field name="slug" label="Address" value={values.slug} error={errors.slug} maxlength={60} required={false} hint="The part after /category/. Made from the name when left empty." />
      <TextAreaField name="description" label="Description" value={values.description} error={errors.description} maxlength={500} rows={3} hint="Shown at the top of the section’s page." />
    </>
  );
}

export function renderSections(vm: SectionsVM): string {
  const last = vm.sections.length - 1;
  return toDocument(
    <DeskPage site={vm.site} meta={vm.meta} current="categories" title="Sections" notice={vm.notice}>
      <p class="account-lede">Sections appear in the masthead navigation in this order. Renaming one keeps its old address working.</p>
      {vm.errors.form ? <ErrorSummary errors={[{ field: 'form', message: vm.errors.form }]} /> : ''}
      {vm.sections.length === 0 ? (
        <DeskEmpty text="No sections yet. Create the first one below; articles can then be filed under it." />
      ) : (
        <div class="admin-table-wrap" role="region" aria-label="Sections" tabindex="0">
          <table class="admin-table">
            <caption class="sr-only">Sections in navigation order</caption>
            <thead>
              <tr>
                <th scope="col">Order</th>
                <th scope="col">Section</th>
                <th scope="col">Address</th>
                <th scope="col">Articles</th>
                <th scope="col">
                  <span class="sr-only">Move</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {vm.sections.map((s, i) => (
                <tr data-section-id={String(s.id)}>
                  <td data-label="Order">{i + 1}</td>
                  <th scope="row">
                    <a href={`/editor/categories/${s.id}/`} safe>
                      {s.name}
                    </a>
                  </th>
                  <td data-label="Address">
                    <a href={attr(`/category/${s.slug}/`)}>
                      <code safe>{`/category/${s.slug}/`}</code>
                    </a>
                  </td>
                  <td data-label="Articles">{s.articleCount}</td>
                  <td data-label="Move">
                    {i > 0 ? <MoveButton id={s.id} direction="up" name={s.name} csrf={vm.csrf} /> : ''}
                    {i < last ? <MoveButton id={s.id} direction="down" name={s.name} csrf={vm.csrf} /> : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section class="account-section" aria-labelledby="new-title">
        <h2 id="new-title">New section</h2>
        <ErrorSummary errors={errorList(vm.errors, ['name', 'slug', 'description']).filter((e) => e.field !== 'form')} />
        <form class="account-form" method="post" action="/editor/categories/" novalidate>
          <CsrfInput token={vm.csrf} />
          <SectionFields values={vm.values} errors={vm.errors} />
          <SubmitButton label="Create section" />
        </form>
      </section>
    </DeskPage>,
  );
}

export interface SectionEditVM extends DeskBaseVM {
  section: SectionRowVM;
  values: { name: string; slug: string; description: string };
  /** what the section asks of submissions, as stored or as typed */
  submission: SectionSubmissionFieldsVM;
}

export function renderSectionEdit(vm: SectionEditVM): string {
  const s = vm.section;
  return toDocument(
    <DeskPage site={vm.site} meta={vm.meta} current="categories" title={s.name} notice={vm.notice} back={{ url: '/editor/categories/', label: 'All sections' }}>
      <ErrorSummary errors={errorList(vm.errors, ['name', 'slug', 'description', ...SECTION_SUBMISSION_FIELDS])} />
      <p>
        <a href={attr(`/category/${s.slug}/`)} safe>
          {`View /category/${s.slug}/`}
        </a>
        <span safe>{` · ${articles(s.articleCount)}`}</span>
      </p>
      <form class="account-form" method="post" action={`/editor/categories/${s.id}/`} novalidate>
        <CsrfInput token={vm.csrf} />
        <SectionFields values={vm.values} errors={vm.errors} />
        <SectionSubmissionFields values={vm.submission} errors={vm.errors} />
        <SubmitButton label="Save section" />
      </form>
      <section class="account-section" aria-labelledby="delete-title">
        <h2 id="delete-title">Delete this section</h2>
        {s.articleCount > 0 ? (
          <p safe>{`It cannot be deleted while ${articles(s.articleCount)} (drafts and trash included) are filed under it. Move them to another section first.`}</p>
        ) : (
          <>
            <p>No article is filed under it. Its address will show “page not found” afterwards.</p>
            <form class="action-form" method="post" action={`/editor/categories/${s.id}/delete`}>
              <CsrfInput token={vm.csrf} />
              <SubmitButton label="Delete section" secondary />
            </form>
          </>
        )}
      </section>
    </DeskPage>,
  );
}

// ---------- Tags ----------

export interface TagRowVM {
  id: number;
  name: string;
  slug: string;
  articleCount: number;
}

export interface TagsVM extends DeskBaseVM {
  q: string;
  total: number;
  tags: TagRowVM[];
  pagination: PaginationVM;
}

export function renderTags(vm: TagsVM): string {
  return toDocument(
    <DeskPage site={vm.site} meta={vm.meta} current="tags" title="Tags" notice={vm.notice}>
      <p class="account-lede">Tags are made as articles are tagged. Open one to rename it, merge it into another, or delete it.</p>
      <DeskSearch action="/editor/tags/" label="Find a tag" q={vm.q} />
      <p class="admin-count" safe>
        {`${vm.total} ${vm.total === 1 ? 'tag' : 'tags'}`}
      </p>
      {vm.tags.length === 0 ? (
        <DeskEmpty text={vm.q ? 'No tag matches.' : 'No tags yet: they appear when articles are tagged.'} />
      ) : (
        <div class="admin-table-wrap" role="region" aria-label="Tags" tabindex="0">
          <table class="admin-table">
            <caption class="sr-only">Tags by name</caption>
            <thead>
              <tr>
                <th scope="col">Tag</th>
                <th scope="col">Address</th>
                <th scope="col">Articles</th>
              </tr>
            </thead>
            <tbody>
              {vm.tags.map((t) => (
                <tr data-tag-id={String(t.id)}>
                  <th scope="row">
                    <a href={`/editor/tags/${t.id}/`} safe>
                      {t.name}
                    </a>
                  </th>
                  <td data-label="Address">
                    <code safe>{`/tag/${t.slug}/`}</code>
                  </td>
                  <td data-label="Articles">{t.articleCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination pagination={vm.pagination} labels={{ prev: 'Previous', next: 'Next' }} />
    </DeskPage>,
  );
}

export interface TagEditVM extends DeskBaseVM {
  tag: TagRowVM;
  values: { name: string; slug: string; into: string };
}

export function renderTagEdit(vm: TagEditVM): string {
  const t = vm.tag;
  return toDocument(
    <DeskPage site={vm.site} meta={vm.meta} current="tags" title={t.name} notice={vm.notice} back={{ url: '/editor/tags/', label: 'All tags' }}>
      <ErrorSummary errors={errorList(vm.errors, ['name', 'slug', 'into'])} />
      <p>
        <a href={attr(`/tag/${t.slug}/`)} safe>
          {`View /tag/${t.slug}/`}
        </a>
        <span safe>{` · ${articles(t.articleCount)}`}</span>
      </p>
      <section class="account-section" aria-labelledby="rename-title">
        <h2 id="rename-title">Rename</h2>
        <form class="account-form" method="post" action={`/editor/tags/${t.id}/`} novalidate>
          <CsrfInput token={vm.csrf} />
          <Field name="name" label="Name" value={vm.values.name} error={vm.errors.name} maxlength={80} />
          <Field name="slug" label="Address" value={vm.values.slug} error={vm.errors.slug} maxlength={60} required={false} hint="The part after /tag/. The old address will redirect here." />
          <SubmitButton label="Save tag" />
        </form>
      </section>
      <section class="account-section" aria-labelledby="merge-title">
        <h2 id="merge-title">Merge into another tag</h2>
        <p>Its articles get the other tag instead, its address redirects there, and this tag is deleted.</p>
        <form class="account-form" method="post" action={`/editor/tags/${t.id}/merge`} novalidate>
          <CsrfInput token={vm.csrf} />
          <Field name="into" label="Tag to keep" value={vm.values.into} error={vm.errors.into} maxlength={100} hint="Its name or its address, such as climate or /tag/climate/." />
          <SubmitButton label="Merge tags" secondary />
        </form>
      </section>
      <section class="account-section" aria-labelledby="delete-title">
        <h2 id="delete-title">Delete this tag</h2>
        <p>{t.articleCount > 0 ? `It is taken off ${articles(t.articleCount)}; the articles stay as they are otherwise.` : 'No article carries it.'}</p>
        <form class="action-form" method="post" action={`/editor/tags/${t.id}/delete`}>
          <CsrfInput token={vm.csrf} />
          <SubmitButton label="Delete tag" secondary />
        </form>
      </section>
    </DeskPage>,
  );
}
