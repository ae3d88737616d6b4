import { ArticleCard, EmptyState, formatCount, Pagination, SearchForm } from './components.js';
import { Layout, toDocument } from './layout.js';
import type { PaginationVM, SearchVM } from './view-models.js';

// Search: a blank form, a results list, or an empty state with tips. The query
// is reader input, so it is escaped wherever it appears (value, summary, links).

export function searchUrl(query: string, page: number): string {
  const q = `/search?q=${encodeURIComponent(query)}`;
  return page > 1 ? `${q}&page=${page}` : q;
}

/** Pagination links always carry the query, whatever the handler passed. */
function withQuery(p: PaginationVM, query: string): PaginationVM {
  return {
    page: p.page,
    totalPages: p.totalPages,
    prevUrl: p.prevUrl !== undefined || p.page > 1 ? searchUrl(query, p.page - 1) : undefined,
    nextUrl: p.nextUrl !== undefined || p.page < p.totalPages ? searchUrl(query, p.page + 1) : undefined,
  };
}

function resultsLabel(n: number): string {
  return `${formatCount(n)} ${n === 1 ? 'result' : 'results'}`;
}

function Tips(): JSX.Element {
  return (
    <ul class="search-tips">
      <li>Check the spelling, or try a shorter query with fewer words.</li>
      <li>Search for a place, a person or a policy rather than a whole sentence.</li>
      <li>
        Put a phrase in quotes to find those words together, e.g. <kbd>"water rights"</kbd>.
      </li>
      <li>Browse the sections in the navigation above.</li>
    </ul>
  );
}

export function renderSearch(vm: SearchVM): string {
  const { site, meta, results, total, pagination } = vm;
  const query = vm.query.trim();
  return toDocument(
    <Layout site={site} meta={{ ...meta, noindex: meta.noindex ?? true }} bodyClass="page-search">
      <div class="search-page">
        <header class="archive-header">
          <p class="archive-kind">Search</p>
          <h1 class="archive-title">Search the archive</h1>
          <SearchForm query={query} id="search-q" />
        </header>
        {query === '' ? (
          <div class="search-blank">
            <p>
              Type a few words above to search every article, essay and research paper published by{' '}
              <span safe>{site.name}</span>.
            </p>
            <Tips />
          </div>
        ) : results.length === 0 ? (
          <EmptyState title={`No results for “${query}”`}>
            <p>Nothing we have published matches that search. Some ideas:</p>
            <Tips />
          </EmptyState>
        ) : (
          <>
            <p class="search-summary" role="status">
              <span safe>{resultsLabel(total)}</span> for “<span safe>{query}</span>”
            </p>
            <div class="archive-list search-results">
              {results.map((r) => (
                <ArticleCard card={r.card} level={2} variant="row" snippetHtml={r.snippetHtml} />
              ))}
            </div>
            <Pagination pagination={withQuery(pagination, query)} labels={{ prev: 'Previous', next: 'Next' }} />
          </>
        )}
      </div>
    </Layout>,
  );
}
