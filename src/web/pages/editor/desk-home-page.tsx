import { attr } from '../components.js';
import { Layout, toDocument } from '../layout.js';
import type { PageMeta, SiteVM } from '../view-models.js';
import { DeskNav } from './desk-nav.js';

// /editor/: what needs attention today. Pieces going live in the coming week,
// drafts that moved lately, what was just published and how it is read, and
// the size of each pile, each linking to the list that holds the rest.

export interface DeskHomeItemVM {
  id: number;
  title: string;
  editUrl: string;
  /** e.g. "24 Dec 2026, 09:30" */
  when: string;
  whenIso: string;
  authors: string;
  /** "1,265 visits", for published pieces */
  visits?: string | undefined;
  /** a scheduled piece whose time has passed (the scheduler has not run yet) */
  overdue?: boolean | undefined;
}

export interface DeskHomeCountVM {
  label: string;
  count: string;
  url: string;
  status: string;
}

export interface DeskHomeVM {
  site: SiteVM;
  meta: PageMeta;
  today: string;
  timeZone: string;
  counts: DeskHomeCountVM[];
  upcoming: DeskHomeItemVM[];
  drafts: DeskHomeItemVM[];
  published: DeskHomeItemVM[];
  /** nothing on the desk at all */
  empty: boolean;
}

function Items(p: { items: DeskHomeItemVM[]; whenPrefix: string; empty: string; more: { url: string; label: string } }): JSX.Element {
  return (
    <>
      {p.items.length === 0 ? (
        <div class="empty-state">
          <p safe>{p.empty}</p>
        </div>
      ) : (
        <ul class="desk-home-list">
          {p.items.map((i) => (
            <li data-article-id={String(i.id)} data-overdue={i.overdue ? 'true' : undefined}>
              <a class="desk-home-title" href={attr(i.editUrl)} safe>
                {i.title}
              </a>
              <div class="desk-home-meta">
                <span safe>{i.overdue ? 'Due since ' : p.whenPrefix}</span>
                <time datetime={attr(i.whenIso)} safe>
                  {i.when}
                </time>
                {i.authors ? <span safe>{` · ${i.authors}`}</span> : ''}
                {i.visits ? <span class="desk-home-visits" safe>{` · ${i.visits}`}</span> : ''}
              </div>
            </li>
          ))}
        </ul>
      )}
      <p class="desk-home-more">
        <a href={attr(p.more.url)} safe>
          {p.more.label}
        </a>
      </p>
    </>
  );
}

export function renderDeskHome(vm: DeskHomeVM): string {
  return toDocument(
    <Layout site={vm.site} meta={{ ...vm.meta, noindex: true }} bodyClass="page-account page-admin page-desk" desk>
      <div class="account account-wide admin desk desk-home">
        <DeskNav />
        <h1 class="account-title">Editorial desk</h1>
        <p class="account-lede">
          <span safe>{`What needs attention today, ${vm.today}.`}</span> Times are in the site’s time zone (<span safe>{vm.timeZone}</span>).
        </p>
        <p class="desk-actions">
          <a class="button button-primary" href="/editor/articles/new">
            New article
          </a>
          <a class="button" href="/editor/articles/new?from=docx">
            New from Word file
          </a>
          <a class="button" href="/editor/articles/">
            All articles
          </a>
        </p>
        <section class="account-section" aria-labelledby="counts-title">
          <h2 id="counts-title">On the desk</h2>
          <ul class="desk-counts-list">
            {vm.counts.map((c) => (
              <li data-status={attr(c.status)}>
                <a href={attr(c.url)}>
                  <strong class="desk-count" safe>
                    {c.count}
                  </strong>{' '}
                  <span safe>{c.label}</span>
                </a>
              </li>
            ))}
          </ul>
          {vm.empty ? <p>The desk is empty: nothing has been written yet. Start with a new article, or bring one in from a Word file.</p> : ''}
        </section>
        <section class="account-section" aria-labelledby="upcoming-title">
          <h2 id="upcoming-title">Going live in the next 7 days</h2>
          <Items
            items={vm.upcoming}
            whenPrefix="Goes live "
            empty="Nothing is scheduled for the coming week. Schedule a finished draft from its edit page."
            more={{ url: '/editor/articles/?status=scheduled', label: 'Everything scheduled' }}
          />
        </section>
        <section class="account-section" aria-labelledby="drafts-title">
          <h2 id="drafts-title">Drafts changed recently</h2>
          <Items items={vm.drafts} whenPrefix="Changed " empty="No drafts in progress." more={{ url: '/editor/articles/?status=draft', label: 'All drafts' }} />
        </section>
        <section class="account-section" aria-labelledby="published-title">
          <h2 id="published-title">Recently published</h2>
          <Items
            items={vm.published}
            whenPrefix="Published "
            empty="Nothing has been published yet."
            more={{ url: '/editor/articles/?status=published&sort=published', label: 'Everything published' }}
          />
        </section>
      </div>
    </Layout>,
  );
}
