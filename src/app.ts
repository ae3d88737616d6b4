import { constants as zlib } from 'node:zlib';
import compress from '@fastify/compress';
import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import Fastify, { LogController, type FastifyInstance, type FastifyServerFactory } from 'fastify';
import type { Config } from './config.js';
import { loadOrCreateSecret } from './domain/accounts/secrets.js';
import type { DomainContext } from './domain/context.js';
import { mailDepsFromConfig, type MailDeps } from './domain/mail/mailer.js';
import type { VisitRecorder } from './domain/views/visit-recorder.js';
import { createFastPath, type FastPath } from './web/cache/fast-path.js';
import { trustFunction } from './web/client-address.js';
import { applyConnectionLimits, serverTimeoutOptions, type ServerLimits } from './web/connection-limits.js';
import { PageCache } from './web/cache/page-cache.js';
import { registerCsrf } from './web/plugins/csrf.js';
import { registerRedirectCacheControl } from './web/plugins/redirect-cache.js';
import { registerErrorHandling } from './web/plugins/errors.js';
import { registerSecurityHeaders, securityHeaders } from './web/plugins/security-headers.js';
import { registerSession } from './web/plugins/session.js';
import { registerAccountRoutes } from './web/routes/accounts/index.js';
import { registerAdminExportRoutes } from './web/routes/admin-export.routes.js';
import { registerAdminRoutes } from './web/routes/admin.routes.js';
import { registerAdminReminderRoutes } from './web/routes/admin-reminders.routes.js';
import { registerArchiveRoutes } from './web/routes/archive.routes.js';
import { registerEditorArticleRoutes } from './web/routes/editor/articles.routes.js';
import { registerDocxImportRoutes } from './web/routes/editor/docx.routes.js';
import type { WebDeps } from './web/routes/deps.js';
import { registerFeedRoutes } from './web/routes/feeds.routes.js';
import { registerIconRoutes } from './web/routes/icon.routes.js';
import { registerMediaRoutes } from './web/routes/media.routes.js';
import { registerDeskMediaRoutes } from './web/routes/editor/media.routes.js';
import { registerAuthorDeskRoutes } from './web/routes/editor/authors.routes.js';
import { registerRedirectDeskRoutes } from './web/routes/editor/redirects.routes.js';
import { registerArticleListRoutes } from './web/routes/editor/articles-list.routes.js';
import { registerDeskHomeRoutes } from './web/routes/editor/desk-home.routes.js';
import { registerHistoryRoutes } from './web/routes/editor/history.routes.js';
import { registerTaxonomyDeskRoutes } from './web/routes/editor/taxonomy.routes.js';
import { registerProfileRoutes } from './web/routes/profile.routes.js';
import { registerReadingRoutes } from './web/routes/reading.routes.js';
import { registerReviewRoutes } from './web/routes/submissions/review-routes.js';
import { registerEditorSubmissionDesk } from './web/routes/submissions/editor-routes.js';
import { registerAuthorSubmissionRoutes } from './web/routes/submissions/author-routes.js';
import { registerSearchRoutes } from './web/routes/search.routes.js';
import { registerSystemRoutes } from './web/routes/system.routes.js';
import type { ThemeAssets } from './web/theme/assets.js';
import { SiteChrome } from './web/view/site.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** every route registered, in order: the role × route matrix test checks none escapes it */
    routeList: ReadonlyArray<{ method: string; url: string }>;
    /** the cached-article fast path, when the page cache is on (outside CDN mode) */
    fastPath: FastPath | undefined;
  }
}

export interface AppDeps {
  config: Config;
  ctx: DomainContext;
  visits: VisitRecorder;
  theme: ThemeAssets;
  /** outgoing mail; built from config (SMTP_URL) when not given */
  mail?: MailDeps;
  logger?: boolean;
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const https = deps.config.siteUrl.startsWith('https:');
  const headers = securityHeaders({ https });
  const pageCache = deps.config.pageCache ? new PageCache() : undefined;
  if (pageCache) deps.ctx.events.on(() => pageCache.clear());
  // Cached article pages with their counter are answered in front of the framework (see
  // fast-path.ts); CDN mode caches whole pages instead and leaves them to Fastify.
  const fastPath =
    pageCache && !deps.config.cdnMode
      ? createFastPath({ pageCache, visits: deps.visits, trustProxy: deps.config.trustProxy, securityHeaders: headers })
      : undefined;
  const limits: ServerLimits = {
    requestTimeoutMs: deps.config.requestTimeoutMs,
    headersTimeoutMs: deps.config.headersTimeoutMs,
    keepAliveTimeoutMs: deps.config.keepAliveTimeoutMs,
    maxConnectionsPerAddress: deps.config.maxConnectionsPerAddress,
    trustProxy: deps.config.trustProxy,
  };
  const app = Fastify({
    logger: deps.logger === false ? false : { level: deps.config.logLevel },
    // The same trust function as clientAddress() (client-address.ts), so request.ip and the
    // fast path's visitor address agree; never `true` (that believes any client).
    trustProxy: deps.config.trustProxy === false ? false : trustFunction(deps.config.trustProxy),
    bodyLimit: 1024 * 1024,
    // Errors are logged by the error handler; a line per request would dominate the log.
    logController: new LogController({ disableRequestLogging: true }),
    routerOptions: { maxParamLength: 200 },
    serverFactory: limitedServer(limits, fastPath),
  });
  app.decorate('fastPath', fastPath);
  const chrome = new SiteChrome(deps.ctx, deps.config.siteUrl, deps.theme);
  const mail = deps.mail ?? mailDepsFromConfig(deps.config, deps.ctx.db, deps.ctx.clock);
  const secret = await loadOrCreateSecret(deps.ctx.db, 'forms', deps.ctx.clock.now(), deps.config.secretKey);
  const web: WebDeps = { config: deps.config, ctx: deps.ctx, visits: deps.visits, theme: deps.theme, chrome, pageCache, mail, secret };

  const routeList: Array<{ method: string; url: string }> = [];
  app.decorate('routeList', routeList);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routeList.push({ method, url: route.url });
  });

  registerSecurityHeaders(app, headers);
  if (deps.config.cdnMode) registerRedirectCacheControl(app, deps.config.cdnMaxAge);
  await app.register(formbody, { bodyLimit: 1024 * 1024 });
  // Uploads are streamed, not buffered by Fastify: these limits are what bounds them.
  // The photo is the only upload so far; larger ones (Word files) pass their own limits.
  await app.register(multipart, { limits: { fileSize: 2 * 1024 * 1024, files: 1, fields: 40, fieldSize: 20_000, parts: 45 } });
  // Brotli's default quality (11) costs tens of milliseconds per page; 4 is still smaller than gzip.
  await app.register(compress, {
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } },
  });

  // Filled by multipartForm() on the routes that take uploads.
  app.decorateRequest('uploads', null);
  app.decorateRequest('uploadRefused', null);
  registerErrorHandling(app, chrome, deps.ctx.db);
  // Before any route: the session sets request.actor, and the CSRF check guards every
  // state-changing request, including routes other modules register later.
  await registerSession(app, { ctx: deps.ctx, secure: https });
  registerCsrf(app, { secret, secure: https, siteUrl: deps.config.siteUrl });
  registerAccountRoutes(app, web);
  registerProfileRoutes(app, web);
  registerAdminRoutes(app, web);
  registerAdminReminderRoutes(app, web);
  registerAdminExportRoutes(app, web);
  registerMediaRoutes(app, web);
  registerDeskMediaRoutes(app, web);
  registerEditorArticleRoutes(app, web);
  registerDocxImportRoutes(app, web);
  registerAuthorDeskRoutes(app, web);
  registerRedirectDeskRoutes(app, web);
  registerTaxonomyDeskRoutes(app, web);
  registerSystemRoutes(app, web);
  registerAuthorSubmissionRoutes(app, web);
  registerFeedRoutes(app, web);
  registerSearchRoutes(app, web);
  registerDeskHomeRoutes(app, web);
  registerArticleListRoutes(app, web);
  registerHistoryRoutes(app, web);
  registerReviewRoutes(app, web);
  registerEditorSubmissionDesk(app, web);
  registerArchiveRoutes(app, web);
  registerIconRoutes(app, web);
  registerReadingRoutes(app, web);
  return app;
}

/**
 * The HTTP server Fastify would make, with timeouts and connection limits (see
 * connection-limits.ts) that cover the fast path too, and the fast path, when there is
 * one, asked first.
 */
function limitedServer(limits: ServerLimits, fastPath: FastPath | undefined): FastifyServerFactory {
  return (handler, options) => {
    const fallback = (req: IncomingMessage, res: ServerResponse) => handler(req, res);
    const server = createServer(
      { ...(options.http ?? {}), ...serverTimeoutOptions(limits) },
      fastPath
        ? (req, res) => {
            if (!fastPath.handle(req, res, fallback)) handler(req, res);
          }
        : handler,
    );
    applyConnectionLimits(server, limits);
    return server;
  };
}
