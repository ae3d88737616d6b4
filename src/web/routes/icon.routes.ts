import type { FastifyInstance, FastifyReply } from 'fastify';
import { ICON_FILES, iconPath, renderIconSet, webManifest, type IconFile, type IconSet } from '../../domain/settings/site-icon.js';
import { NotFoundError } from '../../shared/errors.js';
import type { WebDeps } from './deps.js';

// The site icon's files: /favicon.ico and /apple-touch-icon.png where browsers look by
// themselves, and /icons/<version>/<file> (linked from every page, cacheable forever,
// since a new icon is a new version). Rendered once per process and version, and dropped
// when the settings change (the upload emits a settings event on every instance).
// Registered before the reading routes so /:slug never sees these paths; none of this
// runs on the article path.

const IMMUTABLE = 'public, max-age=31536000, immutable';
/** unversioned URLs: a day, so an icon change reaches browsers that found the file by convention */
const A_DAY = 'public, max-age=86400';
const ICON_CSP = "default-src 'none'; sandbox";

export function registerIconRoutes(app: FastifyInstance, deps: WebDeps): void {
  const { ctx, chrome } = deps;
  let current: Promise<IconSet> | undefined;
  ctx.events.on((change) => {
    if (change.kind === 'settings' || change.kind === 'all') current = undefined;
  });
  const iconSet = (): Promise<IconSet> => {
    if (!current) {
      const pending = chrome.load().then(({ settings }) => renderIconSet(ctx.db, settings.name));
      // A failed render is not kept: the next request tries again.
      pending.catch(() => {
        if (current === pending) current = undefined;
      });
      current = pending;
    }
    return current;
  };

  const sendFile = async (reply: FastifyReply, file: IconFile, cacheControl: (set: IconSet) => string) => {
    const set = await iconSet();
    const found = set.files.get(file);
    if (!found) throw new NotFoundError('file');
    return reply
      .type(found.contentType)
      .header('cache-control', cacheControl(set))
      .header('content-security-policy', ICON_CSP)
      .header('etag', `"${set.version}-${file}"`)
      .send(found.body);
  };

  app.get('/favicon.ico', async (_request, reply) => sendFile(reply, 'favicon.ico', () => A_DAY));
  for (const path of ['/apple-touch-icon.png', '/apple-touch-icon-precomposed.png']) {
    app.get(path, async (_request, reply) => sendFile(reply, 'apple-touch-icon.png', () => A_DAY));
  }

  app.get<{ Params: { version: string; file: string } }>('/icons/:version/:file', async (request, reply) => {
    const { version, file } = request.params;
    // An old version's URL (a page cached elsewhere) gets today's icon, briefly cached.
    const cacheFor = (set: IconSet) => (set.version === version ? IMMUTABLE : A_DAY);
    if (file === 'site.webmanifest') {
      const set = await iconSet();
      const { settings } = await chrome.load();
      const body = webManifest({ name: settings.name, version: set.version, iconUrl: (f) => iconPath(set.version, f) });
      return reply.type('application/manifest+json; charset=utf-8').header('cache-control', cacheFor(set)).send(body);
    }
    if (!(ICON_FILES as readonly string[]).includes(file)) throw new NotFoundError('file');
    return sendFile(reply, file as IconFile, cacheFor);
  });
}
