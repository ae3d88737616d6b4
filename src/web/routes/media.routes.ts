import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { AVATAR_FILE_PATTERN } from '../../domain/authors/avatar.js';
import { NotFoundError } from '../../shared/errors.js';
import type { WebDeps } from './deps.js';

// Uploaded media from config.mediaDir. Only known folders, only names that our
// own code generates (so no path can climb out of the folder), and a type fixed
// by the folder rather than guessed from the file. Names carry a content hash,
// so a file never changes under its URL and may be cached for a year.

const FOLDERS: Record<string, { pattern: RegExp; contentType: string }> = {
  avatars: { pattern: AVATAR_FILE_PATTERN, contentType: 'image/webp' },
};

export function registerMediaRoutes(app: FastifyInstance, deps: WebDeps): void {
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
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .send(body);
  });
}
