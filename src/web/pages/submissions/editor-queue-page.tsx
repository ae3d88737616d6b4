import { attr, Pagination } from '../components.js';
import { SelectField, type Option } from '../forms.js';
import { toDocument } from '../layout.js';
import type { PageMeta, PaginationVM, SiteVM } from '../view-models.js';
import { DeskEmpty, DeskPage } from '../editor/desk-nav.js';

// /editor/submissions/: the queue of sent submissions, oldest activity first, with
// one link per status (and its count), filters for section, handling editor and
// age, and the rows that need attention marked in words, not colour alone.

export interface QueueTabVM {
  label: string;
  count: number;
  url: string;
  current: boolean;
}

export interface QueueRowVM {
  id: number;
  title: string;
  status: string;
  statusLabel: string;
  section: string;
  author: string;
  handlingEditor: string | null;
  waitingSince: string;
  waitingLabel: string;
  /** plain-word warnings: "Revision overdue", "2 reviews overdue" */
  flags: string[];
}

export interface QueueVM {
  site: SiteVM;
  meta: PageMeta;
  notice?: string;
  tabs: QueueTabVM[];
  filters: { status: string; section: string; editor: string; age: string };
  sectionChoices: Option[];
  editorChoices: Option[];
  ageChoices: Option[];
  filtered: boolean;
  total: number;
  rows: QueueRowVM[];
  emptyText: string;
  pagination: PaginationVM;
}

function Row({ r }: { r: QueueRowVM }): JSX.Element {
  return (
    <tr data-submission-id={String(r.id)} data-status={attr(r.status)}>
      <th scope="row">
        <a href={`/editor/submissions/${r.id}/`} safe>
          {r.title || 'Untitled'}
        </a>
        {r.flags.map((f) => (
          <>
            {' '}
            <span class="desk-flag" data-flag="attention" safe>
              {f}
            </span>
          </>
        ))}
      </th>
      <td data-label="Status">
        <span class="desk-badge" data-status={attr(r.status)} safe>
          {r.statusLabel}
        </span>
      </td>
      <td data-label="Author" safe>
        {r.author}
      </td>
      <td data-label="Section" safe>
        {r.section}
      </td>
      <td data-label="Handled by">
        {r.handlingEditor !== null ? (
          <span safe>{r.handlingEditor}</span>
        ) : (
          <span class="desk-flag" data-flag="unassigned">
            Unassigned
          </span>
        )}
      </td>
      <td data-label="Last change">
        <time datetime={attr(r.waitingSince)} safe>
          {r.waitingLabel}
        </time>
      </td>
    </tr>
  );
}

export function renderQueue(vm: QueueVM): string {
  const f = vm.filters;
  return toDocument(
    <DeskPage site={vm.site} meta={vm.meta} current="submissions" title="Submissions" notice={vm.notice}>
      <p class="account-lede">
        Manuscripts sent by authors, the longest waiting first. Open one to read it, see its checks and reviews, invite reviewers and decide.
      </p>
      <nav aria-label="Submissions by status">
        <ul class="desk-tabs">
          {vm.tabs.map((t) => (
            <li>
              <a href={attr(t.url)} aria-current={t.current ? 'page' : undefined}>
                <span safe>{t.label}</span> <span class="desk-tab-count" safe>{`(${t.count})`}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <form class="desk-filters" method="get" action="/editor/submissions/" role="search" aria-label="Filter submissions">
        {f.status ? <input type="hidden" name="status" value={attr(f.status)} /> : ''}
        <SelectField name="section" label="Section" value={f.section} options={[{ value: '', label: 'All sections' }, ...vm.sectionChoices]} />
        <SelectField name="editor" label="Handled by" value={f.editor} options={[{ value: '', label: 'Anyone' }, { value: 'unassigned', label: 'Nobody yet (unassigned)' }, ...vm.editorChoices]} />
        <SelectField name="age" label="Waiting" value={f.age} options={[{ value: '', label: 'Any time' }, ...vm.ageChoices]} />
        <button type="submit" class="button">
          Filter
        </button>
      </form>
      <p class="admin-count" role="status">
        <span safe>{`${vm.total.toLocaleString('en-GB')} ${vm.total === 1 ? 'submission' : 'submissions'}`}</span>
        {vm.filtered ? (
          <>
            {' · '}
            <a href={attr(f.status ? `/editor/submissions/?status=${f.status}` : '/editor/submissions/')}>Clear filters</a>
          </>
        ) : (
          ''
        )}
      </p>
      {vm.rows.length === 0 ? (
        <DeskEmpty text={vm.emptyText} />
      ) : (
        <div class="admin-table-wrap" role="region" aria-label="Submissions" tabindex="0">
          <table class="admin-table desk-table">
            <caption class="sr-only">Submissions, longest waiting first</caption>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Status</th>
                <th scope="col">Author</th>
                <th scope="col">Section</th>
                <th scope="col">Handled by</th>
                <th scope="col">Last change</th>
              </tr>
            </thead>
            <tbody>
              {vm.rows.map((r) => (
                <Row r={r} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination pagination={vm.pagination} labels={{ prev: 'Previous', next: 'Next' }} />
    </DeskPage>,
  );
}
