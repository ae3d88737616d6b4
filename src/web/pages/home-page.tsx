import { ArticleCard, attr, EmptyState, formatCount, Pagination } from './components.js';
import { Layout, toDocument } from './layout.js';
import type { HomeVM } from './view-models.js';

// The front page: one lead story, the latest pieces in a grid, and the week's
// most read as a numbered list beside them.

function viewsLabel(n: number): string {
  return `${formatCount(n)} ${n === 1 ? 'view' : 'views'}`;
}

function MostRead({ items }: { items: HomeVM['mostRead'] }): JSX.Element {
  if (items.length === 0) return '';
  return (
    <aside class="most-read" aria-labelledby="most-read-heading">
      <h2 class="section-label" id="most-read-heading">
        Most read this week
      </h2>
      <ol>
        {items.map(({ card, views }) => (
          <li>
            <a href={attr(card.url)} safe>
              {card.title}
            </a>
            <span class="most-read-meta">
              {card.authors.length > 0 ? (
                <span class="most-read-author" safe>
                  {card.authors.map((a) => a.name).join(', ')}
                </span>
              ) : (
                ''
              )}
              <span class="most-read-views" safe>
                {viewsLabel(views)}
              </span>
            </span>
          </li>
        ))}
      </ol>
    </aside>
  );
}

export function renderHome(vm: HomeVM): string {
  const { site, meta, lead, latest, mostRead, pagination } = vm;
  const empty = !lead && latest.length === 0;
  return toDocument(
    <Layout site={site} meta={meta} isHome bodyClass="page-home">
      {empty ? (
        <div class="page-narrow">
          <EmptyState title="Nothing published yet">
            <p>
              The first pieces are on their way. In the meantime, read <a href="/submit/">how to submit your work</a>.
            </p>
          </EmptyState>
        </div>
      ) : (
        <div class={mostRead.length > 0 ? 'home' : 'home home-single'}>
          <div class="home-main">
            {lead ? (
              <section class="lead-story" aria-label="Lead story">
                <ArticleCard card={lead} level={2} variant="lead" />
              </section>
            ) : (
              ''
            )}
            {latest.length > 0 ? (
              <section class="latest" aria-labelledby="latest-heading">
                <h2 class="section-label" id="latest-heading">
                  {pagination.page > 1 ? `Latest, page ${pagination.page}` : 'Latest'}
                </h2>
                <div class="card-grid">
                  {latest.map((card) => (
                    <ArticleCard card={card} level={3} />
                  ))}
                </div>
              </section>
            ) : (
              ''
            )}
            <Pagination pagination={pagination} />
          </div>
          <MostRead items={mostRead} />
        </div>
      )}
    </Layout>,
  );
}
