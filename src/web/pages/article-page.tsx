import { escapeHtml } from '../../shared/html.js';
import { attr, AuthorLinks, Avatar, formatCount, Kicker, readingTime, safeHref, Time } from './components.js';
import { responsiveImage } from '../../domain/media/media-urls.js';
import { Layout, toDocument } from './layout.js';
import type { ArticleVM, AuthorBoxVM, CitationVM, SiteVM, TocEntryVM } from './view-models.js';

// The article page. The order of the blocks and their class names are the
// stable hooks in DESIGN.md: scrapers, tests and themes depend on them.

/** The cover: our own uploads get srcset, sizes and their intrinsic size (no layout shift); it is not lazy, it is at the top. */
function CoverImage({ url, alt }: { url: string; alt: string }): JSX.Element {
  const image = responsiveImage(url, 'cover');
  if (!image) return <img src={safeHref(url)} alt={attr(alt)} decoding="async" />;
  // @kitajs/html's img type lacks `sizes`; the spread keeps it typed as a plain string attribute.
  const sizes: Record<string, string> = { sizes: attr(image.sizes) };
  return (
    <img
      src={attr(image.src)}
      srcset={attr(image.srcset)}
      {...sizes}
      width={String(image.width)}
      height={String(image.height)}
      alt={attr(alt)}
      decoding="async"
      fetchpriority="high"
    />
  );
}

/** "Visited 1,265 times, 1 visit today" */
export function formatVisits(total: number, today: number): string {
  const times = total === 1 ? 'time' : 'times';
  const visits = today === 1 ? 'visit' : 'visits';
  return `Visited ${formatCount(total)} ${times}, ${formatCount(today)} ${visits} today`;
}

/**
 * The counter paragraph. Its exact bytes matter: the page cache splices a fresh one
 * into a cached page on every view, finding this markup by its opening tag.
 * In CDN mode `beaconUrl` is set and the client script refreshes the numbers.
 */
export function viewsCounterHtml(views: { total: number; today: number; beaconUrl?: string }): string {
  const beacon = views.beaconUrl ? ` data-beacon="${escapeHtml(views.beaconUrl)}"` : '';
  const noscript = views.beaconUrl
    ? `<noscript><img class="beacon" src="${escapeHtml(views.beaconUrl)}.gif" alt="" width="1" height="1"></noscript>`
    : '';
  return `<p class="views" data-views-total="${views.total}" data-views-today="${views.today}"${beacon}>${escapeHtml(
    formatVisits(views.total, views.today),
  )}</p>${noscript}`;
}

type Article = ArticleVM['article'];

function Byline({ article }: { article: Article }): JSX.Element {
  return (
    <p class="byline">
      {article.authors.length > 0 ? (
        <span class="byline-authors">
          By <AuthorLinks authors={article.authors} />
        </span>
      ) : (
        ''
      )}
      <span class="byline-date">
        <Time iso={article.publishedAt} label={article.publishedLabel} />
      </span>
      {article.updatedAt && article.updatedLabel ? (
        <span class="byline-updated">
          Updated <Time iso={article.updatedAt} label={article.updatedLabel} />
        </span>
      ) : (
        ''
      )}
      <span class="byline-reading" safe>
        {readingTime(article.readingMinutes)}
      </span>
      {article.categories.length > 0 ? (
        <span class="byline-categories">
          {article.categories.map((c, i) => (
            <>
              {i > 0 ? ', ' : ''}
              <a rel="category tag" href={attr(`/category/${c.slug}/`)} safe>
                {c.name}
              </a>
            </>
          ))}
        </span>
      ) : (
        ''
      )}
    </p>
  );
}

function Toc({ entries }: { entries: TocEntryVM[] }): JSX.Element {
  return (
    <nav class="toc" aria-label="Contents">
      <p class="toc-title" aria-hidden="true">
        Contents
      </p>
      <ol>
        {entries.map((entry) => (
          <li class={`toc-depth-${Math.min(4, Math.max(2, entry.depth))}`}>
            <a href={attr(`#${entry.id}`)} safe>
              {entry.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

function AuthorBox({ box }: { box: AuthorBoxVM }): JSX.Element {
  const safeBio = box.bioHtml;
  return (
    <section class="author-box">
      <Avatar name={box.name} photoUrl={box.photoUrl} initials={box.initials} />
      <div class="author-box-text">
        <h3 class="author-box-name">
          <a href={attr(box.url)} safe>
            {box.name}
          </a>
        </h3>
        {box.affiliation ? (
          <p class="author-box-affiliation" safe>
            {box.affiliation}
          </p>
        ) : (
          ''
        )}
        {safeBio ? <div class="author-box-bio">{safeBio}</div> : ''}
        <p class="author-box-more">
          <a href={attr(box.moreUrl)}>
            More by <span safe>{box.name}</span>
            <span aria-hidden="true"> →</span>
          </a>
        </p>
      </div>
    </section>
  );
}

function CallToSubmit({ site }: { site: SiteVM }): JSX.Element {
  return (
    <aside class="call-to-submit" aria-label="Write for us">
      <p class="call-to-submit-label">Write for us</p>
      <p class="call-to-submit-text" safe>
        {site.callToSubmit || `${site.name} publishes commentary and research by outside contributors.`}
      </p>
      <p>
        <a class="button" href="/submit/">
          How to submit your work
        </a>
      </p>
    </aside>
  );
}

function Cite({ citation }: { citation: CitationVM }): JSX.Element {
  const safeApa = citation.apaHtml;
  const safeMla = citation.mlaHtml;
  const safeChicago = citation.chicagoHtml;
  return (
    <details class="cite" id="cite">
      <summary>Cite this article</summary>
      <dl class="cite-styles">
        <div>
          <dt>APA</dt>
          <dd>{safeApa}</dd>
        </div>
        <div>
          <dt>MLA</dt>
          <dd>{safeMla}</dd>
        </div>
        <div>
          <dt>Chicago</dt>
          <dd>{safeChicago}</dd>
        </div>
      </dl>
      <p class="cite-downloads">
        Download the reference: <a href={attr(citation.bibtexUrl)}>BibTeX</a> · <a href={attr(citation.risUrl)}>RIS</a>
      </p>
    </details>
  );
}

function PrevNext({ article }: { article: Article }): JSX.Element {
  if (!article.prev && !article.next) return '';
  return (
    <nav class="article-nav" aria-label="Previous and next articles">
      {article.prev ? (
        <a class="article-nav-prev" rel="prev" href={attr(article.prev.url)}>
          <span class="article-nav-label">Previous</span>
          <span class="article-nav-title" safe>
            {article.prev.title}
          </span>
        </a>
      ) : (
        <span></span>
      )}
      {article.next ? (
        <a class="article-nav-next" rel="next" href={attr(article.next.url)}>
          <span class="article-nav-label">Next</span>
          <span class="article-nav-title" safe>
            {article.next.title}
          </span>
        </a>
      ) : (
        <span></span>
      )}
    </nav>
  );
}

export function renderArticle(vm: ArticleVM): string {
  const { site, meta, article } = vm;
  const safeBody = article.bodyHtml;
  return toDocument(
    <Layout site={site} meta={meta} bodyClass="page-article">
      <article class="article" data-article-id={String(article.id)}>
        <header class="article-header">
          <Kicker categories={article.categories} />
          <h1 class="article-title" safe>
            {article.title}
          </h1>
          {article.dek ? (
            <p class="dek" safe>
              {article.dek}
            </p>
          ) : (
            ''
          )}
          <Byline article={article} />
          {viewsCounterHtml(article.views) as 'safe'}
        </header>
        {article.coverImage ? (
          <figure class="article-cover">
            <CoverImage url={article.coverImage.url} alt={article.coverImage.alt} />
            {article.coverImage.caption ? <figcaption safe>{article.coverImage.caption}</figcaption> : ''}
          </figure>
        ) : (
          ''
        )}
        {article.toc ? <Toc entries={article.toc} /> : ''}
        <div class="article-body">{safeBody}</div>
        <footer class="article-footer">
          {article.tags.length > 0 ? (
            <div class="tags">
              <h2 class="tags-label">Tags</h2>
              <ul>
                {article.tags.map((t) => (
                  <li>
                    <a rel="tag" href={attr(t.url)} safe>
                      {t.name}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            ''
          )}
          {article.authorBoxes.length > 0 ? (
            <div class="author-boxes">
              <h2 class="section-label">{article.authorBoxes.length > 1 ? 'About the authors' : 'About the author'}</h2>
              {article.authorBoxes.map((box) => (
                <AuthorBox box={box} />
              ))}
            </div>
          ) : (
            ''
          )}
          <p class="disclaimer" safe>
            {site.disclaimer ||
              `The views expressed are the author's own and do not necessarily reflect those of ${site.name}.`}
          </p>
          <CallToSubmit site={site} />
          <Cite citation={article.citation} />
        </footer>
      </article>
      <PrevNext article={article} />
    </Layout>,
  );
}
