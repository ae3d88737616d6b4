import type { Config } from '../../config.js';
import type { DomainContext } from '../../domain/context.js';
import type { MailDeps } from '../../domain/mail/mailer.js';
import type { VisitRecorder } from '../../domain/views/visit-recorder.js';
import type { PageCache } from '../cache/page-cache.js';
import type { ThemeAssets } from '../theme/assets.js';
import type { SiteChrome } from '../view/site.js';

/** What route modules get from app.ts. */
export interface WebDeps {
  config: Config;
  ctx: DomainContext;
  visits: VisitRecorder;
  theme: ThemeAssets;
  chrome: SiteChrome;
  /** undefined when PAGE_CACHE=0 */
  pageCache: PageCache | undefined;
  /** outgoing mail: always the outbox table, and SMTP when SMTP_URL is set */
  mail: MailDeps;
  /** key for signing anonymous CSRF and form-timing tokens (SECRET_KEY, or one generated and kept in the database) */
  secret: string;
}

const MINUTE = 60_000;

/** How long a page may be kept here, and what shared caches and browsers are told. */
export function cachePolicy(config: Config, kind: 'home' | 'listing' | 'search' | 'feed'): { ttlMs: number; cacheControl: string } {
  const ttlMs = { home: MINUTE, listing: 60 * MINUTE, search: 10 * MINUTE, feed: 60 * MINUTE }[kind];
  const cacheControl = config.cdnMode
    ? `public, max-age=0, s-maxage=${config.cdnMaxAge}, stale-while-revalidate=${config.cdnMaxAge}`
    : 'public, max-age=0, must-revalidate';
  return { ttlMs, cacheControl };
}
