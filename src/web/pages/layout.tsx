import type { Children } from '@kitajs/html';
import { iconPath } from '../../domain/settings/site-icon.js';
import { attr, toHtml } from './components.js';
import type { PageMeta, SiteVM } from './view-models.js';

// The one document shell every public page renders through. Pages stay free of
// <head> concerns; everything a crawler or a feed reader needs lives here.
// Strict CSP: no inline script or style, only the hashed assets.

export interface LayoutProps {
  site: SiteVM;
  meta: PageMeta;
  /** the home page keeps its title bare instead of appending the site name */
  isHome?: boolean;
  /** a class on <body> so the theme can vary the page chrome, e.g. "page-article" */
  bodyClass?: string;
  /** an editorial desk page: adds the desk stylesheet and script (never on public pages) */
  desk?: boolean;
  /**
   * the response's CSP style nonce (allowEditorStyles in plugins/editor-csp.ts), put on the
   * desk script so the CodeMirror editor can give it to the <style> element it writes
   */
  styleNonce?: string;
  children?: Children;
}

export function documentTitle(site: SiteVM, meta: PageMeta, isHome: boolean): string {
  if (isHome || meta.title === '' || meta.title === site.name) return meta.title || site.name;
  return `${meta.title} — ${site.name}`;
}

const feedTypes = { rss: 'application/rss+xml', atom: 'application/atom+xml' } as const;

interface HeadProps {
  site: SiteVM;
  meta: PageMeta;
  title: string;
  desk: boolean;
  styleNonce: string | undefined;
}

/** The site icon in every size browsers look for; versioned, so a new upload shows at once. */
function IconLinks({ version }: { version: string }): JSX.Element {
  // Without a version (a view model built by hand) the unversioned files still answer.
  if (!version) return <link rel="icon" href="/favicon.ico" sizes="48x48" />;
  return (
    <>
      <link rel="icon" href={attr(iconPath(version, 'favicon.ico'))} sizes="48x48" />
      <link rel="icon" href={attr(iconPath(version, 'icon-32.png'))} type="image/png" sizes="32x32" />
      <link rel="icon" href={attr(iconPath(version, 'icon-192.png'))} type="image/png" sizes="192x192" />
      <link rel="apple-touch-icon" href={attr(iconPath(version, 'apple-touch-icon.png'))} />
      <link rel="manifest" href={attr(iconPath(version, 'site.webmanifest'))} />
    </>
  );
}

function Head({ site, meta, title, desk, styleNonce }: HeadProps): JSX.Element {
  const safeJsonLd = meta.jsonLd;
  return (
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="color-scheme" content="light dark" />
      <title safe>{title}</title>
      <meta name="description" content={attr(meta.description)} />
      <link rel="canonical" href={attr(meta.canonical)} />
      {meta.noindex ? <meta name="robots" content="noindex" /> : ''}
      {site.assets.fontSerif ? (
        <link rel="preload" href={attr(site.assets.fontSerif)} as="font" type="font/woff2" crossorigin="anonymous" />
      ) : (
        ''
      )}
      <link rel="stylesheet" href={attr(site.assets.css)} />
      <IconLinks version={site.iconVersion ?? ''} />
      <script src={attr(site.assets.js)} defer></script>
      {desk && site.assets.deskCss ? <link rel="stylesheet" href={attr(site.assets.deskCss)} /> : ''}
      {desk && site.assets.deskJs ? (
        <script src={attr(site.assets.deskJs)} defer nonce={styleNonce ? attr(styleNonce) : undefined}></script>
      ) : (
        ''
      )}
      <meta property="og:title" content={attr(meta.title || site.name)} />
      <meta property="og:description" content={attr(meta.description)} />
      <meta property="og:url" content={attr(meta.canonical)} />
      <meta property="og:type" content={meta.ogType ?? 'website'} />
      <meta property="og:site_name" content={attr(site.name)} />
      {meta.image ? <meta property="og:image" content={attr(meta.image)} /> : ''}
      <meta name="twitter:card" content={meta.image ? 'summary_large_image' : 'summary'} />
      <meta name="twitter:title" content={attr(meta.title || site.name)} />
      <meta name="twitter:description" content={attr(meta.description)} />
      {meta.image ? <meta name="twitter:image" content={attr(meta.image)} /> : ''}
      {(meta.metaTags ?? []).map(([name, content]) => (
        <meta name={attr(name)} content={attr(content)} />
      ))}
      {(meta.feeds ?? []).map((feed) => (
        <link rel="alternate" type={feedTypes[feed.type]} title={attr(feed.title)} href={attr(feed.url)} />
      ))}
      {safeJsonLd ? <script type="application/ld+json">{safeJsonLd}</script> : ''}
    </head>
  );
}

function isCurrent(meta: PageMeta, site: SiteVM, url: string): boolean {
  const path = meta.canonical.startsWith(site.url) ? meta.canonical.slice(site.url.length) : meta.canonical;
  return path.split('?')[0] === url;
}

function Masthead({ site, meta, isHome }: { site: SiteVM; meta: PageMeta; isHome: boolean }): JSX.Element {
  const submitCurrent = isCurrent(meta, site, '/submit/');
  return (
    <header class="masthead">
      <div class="masthead-bar">
        <p class="masthead-links">
          <a href="/submit/">Write for us</a>
          <span aria-hidden="true"> · </span>
          <a href="/feed/">RSS</a>
          <span aria-hidden="true"> · </span>
          {/* The same link for everyone: public pages are cached and shared, so no per-visitor content here. */}
          <a href="/dashboard/">Account</a>
        </p>
        <form class="search-form search-form-compact" role="search" aria-label="Site" action="/search" method="get">
          <label class="sr-only" for="masthead-q">
            Search articles
          </label>
          <input type="search" id="masthead-q" name="q" placeholder="Search" autocomplete="off" />
          <button type="submit">Search</button>
        </form>
      </div>
      <div class="masthead-title">
        {isHome ? (
          <h1 class="site-name">
            <a href="/" safe>
              {site.name}
            </a>
          </h1>
        ) : (
          <p class="site-name">
            <a href="/" safe>
              {site.name}
            </a>
          </p>
        )}
        {site.tagline ? (
          <p class="site-tagline" safe>
            {site.tagline}
          </p>
        ) : (
          ''
        )}
      </div>
      <nav class="site-nav" aria-label="Sections">
        <ul>
          {site.categories.map((cat) => (
            <li>
              <a href={attr(cat.url)} aria-current={isCurrent(meta, site, cat.url) ? 'page' : undefined} safe>
                {cat.name}
              </a>
            </li>
          ))}
          <li class="site-nav-submit">
            <a href="/submit/" aria-current={submitCurrent ? 'page' : undefined}>
              Submit
            </a>
          </li>
        </ul>
      </nav>
    </header>
  );
}

function SiteFooter({ site }: { site: SiteVM }): JSX.Element {
  return (
    <footer class="site-footer">
      <div class="site-footer-inner">
        <p class="site-footer-name">
          <a href="/" safe>
            {site.name}
          </a>
        </p>
        {site.disclaimer ? (
          <p class="site-footer-disclaimer" safe>
            {site.disclaimer}
          </p>
        ) : (
          ''
        )}
        <ul class="site-footer-links">
          <li>
            <a href="/submit/">Submit your work</a>
          </li>
          <li>
            <a href="/feed/">RSS feed</a>
          </li>
          <li>
            <a href="/feed/atom/">Atom feed</a>
          </li>
          <li>
            <a href="/search">Search</a>
          </li>
          <li>
            <a href="/dashboard/">Your account</a>
          </li>
        </ul>
        <p class="site-footer-copy">
          © {site.year} <span safe>{site.name}</span>
        </p>
      </div>
    </footer>
  );
}

export function Layout({ site, meta, isHome = false, bodyClass, desk = false, styleNonce, children }: LayoutProps): JSX.Element {
  const title = documentTitle(site, meta, isHome);
  return (
    <html lang="en">
      <Head site={site} meta={meta} title={title} desk={desk} styleNonce={styleNonce} />
      <body class={bodyClass}>
        <a class="skip-link" href="#main">
          Skip to content
        </a>
        <Masthead site={site} meta={meta} isHome={isHome} />
        <main id="main" tabindex="-1">
          {children}
        </main>
        <SiteFooter site={site} />
      </body>
    </html>
  );
}

/** Wraps a rendered <html> element in a full document. */
export function toDocument(html: JSX.Element): string {
  return `<!doctype html>\n${toHtml(html)}`;
}
