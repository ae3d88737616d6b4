import { attr, Pagination } from '../components.js';
import { CsrfInput, ErrorSummary, errorList, Field, SubmitButton } from '../forms.js';
import { toDocument } from '../layout.js';
import type { PageMeta, PaginationVM, SiteVM } from '../view-models.js';
import { DeskEmpty, DeskPage, DeskSearch } from './desk-nav.js';

// /editor/redirects/: every redirect the site answers (changed slugs, merged
// profiles, renamed sections and tags, hand-made ones), the form to add one and
// a button to remove each.

export interface RedirectRowVM {
  id: number;
  from: string;
  to: string;
  statusCode: number;
  sourceLabel: string;
  createdAt: string;
  createdLabel: string;
}

export interface RedirectsVM {
  site: SiteVM;
  meta: PageMeta;
  csrf: string;
  notice?: string;
  errors: Record<string, string>;
  values: { from: string; to: string };
  q: string;
  total: number;
  items: RedirectRowVM[];
  pagination: PaginationVM;
}

export function renderRedirects(vm: RedirectsVM): string {
  return toDocument(
    <DeskPage site={vm.site} meta={vm.meta} current="redirects" title="Redirects" notice={vm.notice}>
      <p class="account-lede">
        When an address would show “page not found”, the site looks here first and sends the visitor on with a permanent (301) redirect, keeping any ?query.
        Changed article, author, section and tag addresses are added automatically.
      </p>
      <section class="account-section" aria-labelledby="add-title">
        <h2 id="add-title">Add a redirect</h2>
        <ErrorSummary errors={errorList(vm.errors, ['from', 'to'])} />
        <form class="account-form" method="post" action="/editor/redirects/" novalidate>
          <CsrfInput token={vm.csrf} />
          <Field name="from" label="Old address" value={vm.values.from} error={vm.errors.from} hint="A path on this site, such as /2019/05/old-title/" maxlength={500} />
          <Field name="to" label="Send visitors to" value={vm.values.to} error={vm.errors.to} hint="A path on this site, such as /new-title/" maxlength={500} />
          <SubmitButton label="Add redirect" />
        </form>
      </section>
      <section class="account-section" aria-labelledby="list-title">
        <h2 id="list-title">All redirects</h2>
        <DeskSearch action="/editor/redirects/" label="Find by address" q={vm.q} />
        <p class="admin-count" safe>
          {`${vm.total} ${vm.total === 1 ? 'redirect' : 'redirects'}`}
        </p>
        {vm.items.length === 0 ? (
          <DeskEmpty text={vm.q ? 'No redirect matches that address.' : 'No redirects yet. They appear here when an address changes, or when you add one above.'} />
        ) : (
          <div class="admin-table-wrap" role="region" aria-label="Redirects" tabindex="0">
            <table class="admin-table">
              <caption class="sr-only">Redirects, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">From</th>
                  <th scope="col">To</th>
                  <th scope="col">Why</th>
                  <th scope="col">Added</th>
                  <th scope="col">
                    <span class="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {vm.items.map((r) => (
                  <tr data-redirect-id={String(r.id)}>
                    <th scope="row">
                      <code safe>{r.from}</code>
                    </th>
                    <td data-label="To">
                      <a href={attr(r.to)}>
                        <code safe>{r.to}</code>
                      </a>
                      {r.statusCode !== 301 ? <span class="admin-tag" safe>{String(r.statusCode)}</span> : ''}
                    </td>
                    <td data-label="Why" safe>
                      {r.sourceLabel}
                    </td>
                    <td data-label="Added">
                      <time datetime={attr(r.createdAt)} safe>
                        {r.createdLabel}
                      </time>
                    </td>
                    <td data-label="Actions">
                      <form class="action-form" method="post" action={`/editor/redirects/${r.id}/delete`}>
                        <CsrfInput token={vm.csrf} />
                        <button type="submit" class="button" aria-label={attr(`Remove the redirect from ${r.from}`)}>
                          Remove
                        </button>
                      </form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Pagination pagination={vm.pagination} labels={{ prev: 'Newer', next: 'Older' }} />
      </section>
    </DeskPage>,
  );
}
