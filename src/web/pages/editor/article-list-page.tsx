import { attr, Pagination } from '../components.js';
import { CsrfInput, SelectField, type Option } from '../forms.js';
import { toDocument } from '../layout.js';
import type { PageMeta, PaginationVM, SiteVM } from '../view-models.js';
import { DeskEmpty, DeskPage } from './desk-nav.js';

// /editor/articles/: every piece the visitor may see at the desk, filtered by
// status (tabs), text, section and author, newest change first. The filter is a
// plain GET form, so it works without JavaScript and every view has a URL.

export interface ArticleRowVM {
  id: number;
  editUrl: string;
  /** the public page, for published pieces */
  publicUrl?: string | undefined;
  title: string;
  status: string;
  statusLabel: string;
  authors: string;
  sections: string;
  updatedAt: string;
  updatedLabel: string;
  visits: string;
  /** a "Restore" button is offered (trashed, and the visitor may restore) */
  restorable: boolean;
}

export interface StatusTabVM {
  label: string;
  count: string;
  url: string;
  current: boolean;
}

export interface ArticleListFilterVM {
  status: string;
  q: string;
  category: string;
  author: string;
  sort: string;
}

export interface ArticleListVM {
  site: SiteVM;
  meta: PageMeta;
  csrf: string;
  notice?: string | undefined;
  heading: string;
  lede: string;
  filters: ArticleListFilterVM;
  /** any filter other than the status tab is in use */
  filtered: boolean;
  tabs: StatusTabVM[];
  categoryChoices: Option[];
  authorChoices: Option[];
  total: number;
  rows: ArticleRowVM[];
  emptyText: string;
  pagination: PaginationVM;
}

function Filters({ vm }: { vm: ArticleListVM }): JSX.Element {
  const f = vm.filters;
  return (
    <form class="desk-filters" method="get" action="/editor/articles/" role="search" aria-label="Filter articles">
      {f.status ? <input type="hidden" name="status" value={attr(f.status)} /> : ''}
      <div class="field">
        <label class="field-label" for="f-q">
          Title or address
        </label>
        <input class="field-input" type="search" id="f-q" name="q" value={attr(f.q)} maxlength="100" />
      </div>
      <SelectField name="category" label="Section" value={f.category} options={[{ value: '', label: 'All sections' }, ...vm.categoryChoices]} />
      <SelectField name="author" label="Author" value={f.author} options={[{ value: '', label: 'All authors' }, ...vm.authorChoices]} />
      <SelectField
        name="sort"
        label="Order"
        value={f.sort}
        options={[
          { value: 'updated', label: 'Last changed first' },
          { value: 'published', label: 'Last published first' },
        ]}
      />
      <button type="submit" class="button">
        Filter
      </button>
    </form>
  );
}

function Tabs({ tabs }: { tabs: StatusTabVM[] }): JSX.Element {
  return (
    <nav aria-label="Articles by status">
      <ul class="desk-tabs">
        {tabs.map((t) => (
          <li>
            <a href={attr(t.url)} aria-current={t.current ? 'page' : undefined}>
              <span safe>{t.label}</span> <span class="desk-tab-count" safe>{`(${t.count})`}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Row({ r, csrf }: { r: ArticleRowVM; csrf: string }): JSX.Element {
  return (
    <tr data-article-id={String(r.id)} data-status={attr(r.status)}>
      <th scope="row">
        <a href={attr(r.editUrl)} safe>
          {r.title}
        </a>
        {r.publicUrl ? (
          <>
            {' '}
            <a class="desk-row-public" href={attr(r.publicUrl)} aria-label={attr(`View “${r.title}” on the site`)}>
              View
            </a>
          </>
        ) : (
          ''
        )}
      </th>
      <td data-label="Status">
        <span class="desk-badge" data-status={attr(r.status)} safe>
          {r.statusLabel}
        </span>
      </td>
      <td data-label="Authors" safe>
        {r.authors}
      </td>
      <td data-label="Sections" safe>
        {r.sections}
      </td>
      <td data-label="Updated">
        <time datetime={attr(r.updatedAt)} safe>
          {r.updatedLabel}
        </time>
      </td>
      <td data-label="Visits" class="num" safe>
        {r.visits}
      </td>
      <td data-label="Actions">
        {r.restorable ? (
          <form class="action-form" method="post" action={attr(`/editor/articles/${r.id}/untrash`)}>
            <CsrfInput token={csrf} />
            <button type="submit" class="button" aria-label={attr(`Restore “${r.title}” from the trash`)}>
              Restore
            </button>
          </form>
        ) : (
          ''
        )}
      </td>
    </tr>
  );
}

export function renderArticleList(vm: ArticleListVM): string {
  return toDocument(
    <DeskPage site={vm.site} meta={vm.meta} current="articles" title={vm.heading} notice={vm.notice}>
      <p class="account-lede" safe>
        {vm.lede}
      </p>
      <p class="desk-actions">
        <a class="button button-primary" href="/editor/articles/new">
          New article
        </a>
        <a class="button" href="/editor/articles/new?from=docx">
          New from Word file
        </a>
      </p>
      <Tabs tabs={vm.tabs} />
      <Filters vm={vm} />
      <p class="admin-count" role="status">
        <span safe>{`${vm.total.toLocaleString('en-GB')} ${vm.total === 1 ? 'article' : 'articles'}`}</span>
        {vm.filtered ? (
          <>
            {' · '}
            <a href={attr(vm.filters.status ? `/editor/articles/?status=${vm.filters.status}` : '/editor/articles/')}>Clear filters</a>
          </>
        ) : (
          ''
        )}
      </p>
      {vm.rows.length === 0 ? (
        <DeskEmpty text={vm.emptyText} />
      ) : (
        <div class="admin-table-wrap" role="region" aria-label="Articles" tabindex="0">
          <table class="admin-table desk-table">
            <caption class="sr-only">{vm.filters.sort === 'published' ? 'Articles, last published first' : 'Articles, last changed first'}</caption>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Status</th>
                <th scope="col">Authors</th>
                <th scope="col">Sections</th>
                <th scope="col">Updated</th>
                <th scope="col">Visits</th>
                <th scope="col">
                  <span class="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {vm.rows.map((r) => (
                <Row r={r} csrf={vm.csrf} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination pagination={vm.pagination} labels={{ prev: 'Previous page', next: 'Next page' }} />
    </DeskPage>,
  );
}
