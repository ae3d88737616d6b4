import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { AVATAR_FILE_PATTERN } from '../../domain/authors/avatar.js';
import { readMediaVariant } from '../../domain/media/media.service.js';
import { parseMediaKey } from '../../domain/media/media-urls.js';
import { VariantCache } from '../../domain/media/variant-cache.js';
import { NotFoundError } from '../../shared/errors.js';
import type { WebDeps } from './deps.js';

// Uploaded images from the database under /media/i/ (see media-urls.ts), and
// author photos from config.mediaDir. Only known folders, only names that our
// own code generates (so no path can climb out of the folder), and a type fixed
// by the folder rather than guessed from the file. Names carry a content hash,
// so a file never changes under its URL and may be cached for a year.

const FOLDERS: Record<string, { pattern: RegExp; contentType: string }> = {
  avatars: { pattern: AVATAR_FILE_PATTERN, contentType: 'image/webp' },
};

const IMMUTABLE = 'public, max-age=31536000, immutable';
const MEDIA_CSP = "default-src 'none'; sandbox";

export function registerMediaRoutes(app: FastifyInstance, deps: WebDeps): void {
  // Uploaded images live in the database (so every instance serves them); the hot ones are kept here too.
  const variants = new VariantCache();

  app.get<{ Params: { key: string; file: string } }>('/media/i/:key/:file', async (request, reply) => {
    const { key, file } = request.params;
    const parts = parseMediaKey(key, file);
    if (!parts) throw new NotFoundError('file');
    const cacheKey = `${key}/${file}`;
    let found = variants.get(cacheKey);
    if (!found) {
      found = await readMediaVariant(deps.ctx.db, parts);
      if (!found) throw new NotFoundError('file');
      variants.set(cacheKey, found);
    }
    // The name carries the content hash, so the name itself is a strong validator.
    const etag = `"${parts.hash}-${parts.width}x${parts.height}-${parts.variantWidth}"`;
    reply.header('cache-control', IMMUTABLE).header('content-security-policy', MEDIA_CSP).header('etag', etag);
    const match = request.headers['if-none-match'];
    if (typeof match === 'string' && match.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) return reply.code(304).send();
    return reply.type(found.contentType).send(found.data);
  });

  app.get<{ Params: { folder: string; file: string } }>('/media/:folder/:file', async (request, reply) => {
    const { folder, file } = request.params;
    const kind = Object.hasOwn(FOLDERS, folder) ? FOLDERS[folder] : undefined;
    if (!kind || !kind.pattern.test(file)) throw new NotFoundError('file');
    let body: Buffer;
    try {
      body = await readFile(join(deps.config.mediaDir, folder, file));
    } catch {
      throw new NotFoundError('file');
    }
    return reply
      .type(kind.contentType)
      .header('cache-control', IMMUTABLE)
      .header('content-security-policy', MEDIA_CSP)
      .send(body);
  });
}
