import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { can, type Actor } from '../../../domain/accounts/policy.js';
import {
  ALT_MAX,
  findUploadFor,
  listMediaFor,
  markdownFor,
  MEDIA_MAX_BYTES,
  MEDIA_TOO_LARGE,
  uploadImage,
  type MediaListItem,
  type StoredMedia,
} from '../../../domain/media/media.service.js';
import { mediaUrl, variantWidths } from '../../../domain/media/media-urls.js';
import { AppError, NotFoundError, ValidationError } from '../../../shared/errors.js';
import { renderMediaPage, type MediaItemVM, type MediaPageVM } from '../../pages/editor/media-page.js';
import { multipartForm } from '../../plugins/multipart-form.js';
import { pageGuard } from '../../plugins/session.js';
import { paginate } from '../../view/cards.js';
import { parsePage } from '../../view/query.js';
import type { WebDeps } from '../deps.js';
import { sendDesk } from './desk-common.js';

// The desk's media library: GET lists uploads with where each is used; POST
// takes one image as a multipart form (browsers: 303 back to the list) or from
// the editor's toolbar and drag and drop (accept: application/json: the stored
// image as JSON). A refused file writes nothing and says why, next to the field.

const PER_PAGE = 24;
const FORMAT_LABELS: Record<string, string> = { jpeg: 'JPEG', png: 'PNG', webp: 'WebP', gif: 'GIF' };
const STATUS_LABELS: Record<string, string> = { draft: 'Draft', scheduled: 'Scheduled', published: 'Published', trash: 'In the trash' };

const timeLabel = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${Math.round(n / 1024)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}

function wantsJson(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? '';
  return accept.includes('application/json') && !accept.includes('text/html');
}

function bodyText(body: unknown, key: string): string {
  const v = body && typeof body === 'object' ? (body as Record<string, unknown>)[key] : undefined;
  const first = Array.isArray(v) ? v[0] : v;
  return typeof first === 'string' ? first : '';
}

function itemVM(m: MediaListItem, freshId: number | undefined): MediaItemVM {
  const hash16 = m.hash.slice(0, 16);
  const thumb = variantWidths(m.width)[0] ?? m.width;
  const shownWidth = Math.min(120, m.width);
  return {
    id: m.id,
    thumbUrl: mediaUrl(hash16, m.width, m.height, thumb),
    thumbWidth: shownWidth,
    thumbHeight: Math.max(1, Math.round((m.height * shownWidth) / m.width)),
    url: m.url,
    alt: m.alt,
    originalName: m.originalName,
    dimensions: `${m.width} × ${m.height} px`,
    sizeLabel: `${formatBytes(m.bytes)} uploaded (${FORMAT_LABELS[m.sourceFormat] ?? m.sourceFormat}) · ${formatBytes(m.storedBytes)} stored as WebP`,
    uploader: m.uploaderName ?? 'Deleted account',
    createdAt: m.createdAt,
    createdLabel: `${timeLabel.format(new Date(m.createdAt))} UTC`,
    markdown: markdownFor(m),
    uses: m.uses.map((u) =>
      u.kind === 'article'
        ? { label: u.title, url: `/editor/articles/${u.id}/`, note: STATUS_LABELS[u.status] ?? u.status }
        : { label: u.title, url: `/author/${u.status}/`, note: 'Author photo' },
    ),
    fresh: m.id === freshId,
  };
}

export function registerDeskMediaRoutes(app: FastifyInstance, web: WebDeps): void {
  const { ctx, chrome } = web;
  // Errors that are not about the upload (CSRF, sign-in, policy) go to the app's one handler.
  const fallbackErrorHandler = app.errorHandler;

  async function page(request: FastifyRequest, reply: FastifyReply, opts: { errors?: Record<string, string>; alt?: string; status?: number } = {}) {
    const actor = request.actor as Actor;
    const pageNo = parsePage(request.query);
    const { total, items, all } = await listMediaFor(ctx, actor, { limit: PER_PAGE, offset: (pageNo - 1) * PER_PAGE });
    if (pageNo > 1 && items.length === 0) throw new NotFoundError('page');
    const query = request.query as Record<string, unknown> | undefined;
    const uploadedParam = typeof query?.uploaded === 'string' && /^[1-9][0-9]{0,9}$/.test(query.uploaded) ? Number(query.uploaded) : undefined;
    const visible = uploadedParam !== undefined ? await findUploadFor(ctx, actor, uploadedParam) : undefined;
    const vm: MediaPageVM = {
      site: await chrome.site(),
      meta: { title: 'Media', description: 'Uploaded images', canonical: chrome.absolute('/editor/media/'), noindex: true },
      csrf: reply.csrfToken(),
      errors: opts.errors ?? {},
      values: { alt: opts.alt ?? '' },
      uploaded: visible ? { markdown: markdownFor(visible), name: visible.originalName || 'The image' } : undefined,
      items: items.map((m) => itemVM(m, visible?.id)),
      total,
      all,
      maxLabel: formatBytes(MEDIA_MAX_BYTES),
      altMax: ALT_MAX,
      pagination: paginate('/editor/media/', pageNo, total, PER_PAGE),
    };
    return sendDesk(reply, renderMediaPage(vm), opts.status ?? 200);
  }

  function refuse(request: FastifyRequest, reply: FastifyReply, status: number, fields: Record<string, string>) {
    if (wantsJson(request)) {
      const message = fields.file ?? fields.alt ?? Object.values(fields)[0] ?? 'The upload was refused.';
      return reply.code(status).header('cache-control', 'no-store').send({ error: message, fields });
    }
    return page(request, reply, { errors: fields, alt: bodyText(request.body, 'alt').slice(0, ALT_MAX * 2), status });
  }

  app.get('/editor/media/', { preHandler: pageGuard('media.upload') }, async (request, reply) => page(request, reply));

  app.post(
    '/editor/media',
    {
      preValidation: multipartForm({ maxFileBytes: MEDIA_MAX_BYTES, tooLarge: MEDIA_TOO_LARGE }),
      preHandler: pageGuard('media.upload'),
      // A file over the limit is refused while the form is read, before the handler: answer it like any other
      // refusal. The editor's script reads `error` from JSON, so it gets every refusal (CSRF, policy) that way.
      errorHandler: (error: FastifyError | AppError, request, reply) => {
        if (error instanceof AppError && error.statusCode === 413 && can(request.actor, 'media.upload')) {
          return refuse(request, reply, 413, { file: error.publicMessage });
        }
        if (error instanceof AppError && error.statusCode < 500 && wantsJson(request)) {
          return reply.code(error.statusCode).header('cache-control', 'no-store').send({ error: error.publicMessage });
        }
        return fallbackErrorHandler.call(app, error as FastifyError, request, reply);
      },
    },
    async (request, reply) => {
      const upload = request.uploads?.get('file');
      const alt = bodyText(request.body, 'alt');
      if (!upload) return refuse(request, reply, 400, { file: 'Choose an image to upload.' });
      let media: StoredMedia;
      try {
        media = await uploadImage(ctx, request.actor, { data: upload.data, originalName: upload.filename, alt });
      } catch (err) {
        if (err instanceof ValidationError) return refuse(request, reply, 400, err.fields);
        throw err;
      }
      if (wantsJson(request)) {
        return reply
          .header('cache-control', 'no-store')
          .send({ id: media.id, url: media.url, width: media.width, height: media.height, alt: media.alt, markdown: markdownFor(media) });
      }
      return reply.redirect(`/editor/media/?uploaded=${media.id}`, 303);
    },
  );
}
