import { ArticleCard, attr, Avatar, EmptyState, formatCount, Pagination, safeHref } from './components.js';
import { Layout, toDocument } from './layout.js';
import type { ArchiveVM, AuthorProfileVM } from './view-models.js';

// Category, tag and author archives share one page: a header that says what
// the list is, then the list. Author pages open with the contributor's profile.

const kindLabel = { category: 'Section', tag: 'Topic', author: 'Contributor' } as const;

function articlesCount(n: number): string {
  return `${formatCount(n)} ${n === 1 ? 'article' : 'articles'}`;
}

function Profile({ author, heading }: { author: AuthorProfileVM; heading: string }): JSX.Element {
  const safeBio = author.bioHtml;
  return (
    <div class="profile">
      <Avatar name={author.name} photoUrl={author.photoUrl} initials={author.initials} size="lg" />
      <div class="profile-text">
        <p class="archive-kind">{kindLabel.author}</p>
        <h1 class="archive-title" safe>
          {heading}
        </h1>
        {author.affiliation ? (
          <p class="profile-affiliation" safe>
            {author.affiliation}
          </p>
        ) : (
          ''
        )}
        {safeBio ? <div class="profile-bio">{safeBio}</div> : ''}
        {author.links.length > 0 ? (
          <ul class="profile-links">
            {author.links.map((link) => (
              <li>
                <a href={safeHref(link.url)} rel="me noopener" safe>
                  {link.name}
                </a>
              </li>
            ))}
          </ul>
        ) : (
          ''
        )}
      </div>
    </div>
  );
}

export function renderArchive(vm: ArchiveVM): string {
  const { site, meta, kind, heading, description, author, items, total, pagination, feedUrl } = vm;
  return toDocument(
    <Layout site={site} meta={meta} bodyClass={`page-archive page-archive-${kind}`}>
      <div class={`archive archive-${kind}`}>
        <header class="archive-header">
          {kind === 'author' && author ? (
            <Profile author={author} heading={heading} />
          ) : (
            <>
              <p class="archive-kind">{kindLabel[kind]}</p>
              <h1 class="archive-title" safe>
                {heading}
              </h1>
              {description ? (
                <p class="archive-description" safe>
                  {description}
                </p>
              ) : (
                ''
              )}
            </>
          )}
          <p class="archive-meta">
            <span safe>{articlesCount(total)}</span>
            {feedUrl ? (
              <a class="feed-link" href={attr(feedUrl)}>
                Follow by feed
              </a>
            ) : (
              ''
            )}
          </p>
        </header>
        {items.length > 0 ? (
          <div class="archive-list">
            {items.map((card) => (
              <ArticleCard card={card} level={2} variant="row" />
            ))}
          </div>
        ) : (
          <EmptyState title={pagination.page > 1 ? 'This page is empty' : 'Nothing here yet'}>
            <p>
              {pagination.page > 1 ? (
                <>
                  There are fewer pages than that. <a href="?page=1">Go to the first page</a>.
                </>
              ) : (
                <>
                  No articles have been published here so far. Browse <a href="/">the latest pieces</a> or{' '}
                  <a href="/search">search the archive</a>.
                </>
              )}
            </p>
          </EmptyState>
        )}
        <Pagination pagination={pagination} />
      </div>
    </Layout>,
  );
}
