import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { can, type Actor } from '../../../domain/accounts/policy.js';
import { importDocxDraft } from '../../../domain/imports/docx/docx-import.service.js';
import { DOCX_LIMITS } from '../../../domain/imports/docx/docx-to-markdown.js';
import { AppError, ValidationError } from '../../../shared/errors.js';
import { renderDocxUpload } from '../../pages/editor/docx-page.js';
import { multipartForm } from '../../plugins/multipart-form.js';
import { pageGuard } from '../../plugins/session.js';
import type { WebDeps } from '../deps.js';
import { deskChrome, sendDesk } from './desk-common.js';

// POST /editor/articles/new/docx: "New from a Word file". The form itself is served
// by GET /editor/articles/new?from=docx (articles.routes.ts calls renderDocxUpload).
// The draft is owned by whoever uploads it and bylined to their own author profile,
// made from their name when they have none. A refused file answers the same form
// with the reason by the file field, having written nothing.

const MAX_LABEL = `${DOCX_LIMITS.maxFileBytes / (1024 * 1024)} MB`;
const TOO_LARGE = `The file is larger than ${MAX_LABEL}. Make it smaller (for example by compressing its pictures in Word) and upload it again.`;

export function registerDocxImportRoutes(app: FastifyInstance, web: WebDeps): void {
  const { ctx } = web;
  // Errors that are not about the file (CSRF, sign-in, policy) go to the app's one handler.
  const fallbackErrorHandler = app.errorHandler;

  async function refuse(reply: FastifyReply, error: string, status: number): Promise<FastifyReply> {
    const { site, meta } = await deskChrome(web, 'New from a Word file', '/editor/articles/new?from=docx');
    return sendDesk(reply, renderDocxUpload({ site, meta, csrf: reply.csrfToken(), error, maxLabel: MAX_LABEL }), status);
  }

  app.post(
    '/editor/articles/new/docx',
    {
      preValidation: multipartForm({ maxFileBytes: DOCX_LIMITS.maxFileBytes, tooLarge: TOO_LARGE }),
      preHandler: pageGuard('article.create'),
      // A file over the limit is refused while the form is read, before the guard: answer it like any other refusal.
      errorHandler: (error: FastifyError | AppError, request: FastifyRequest, reply: FastifyReply) => {
        if (error instanceof AppError && error.statusCode === 413 && can(request.actor, 'article.create')) {
          return refuse(reply, error.publicMessage, 413);
        }
        return fallbackErrorHandler.call(app, error as FastifyError, request, reply);
      },
    },
    async (request, reply) => {
      const upload = request.uploads?.get('manuscript');
      if (!upload) return refuse(reply, 'Choose a Word file (.docx) to import.', 400);
      const actor = request.actor as Actor;
      try {
        const { articleId } = await importDocxDraft(ctx, {
          data: upload.data,
          filename: upload.filename,
          ownerUserId: actor.userId,
          ownerName: actor.name,
          by: { userId: actor.userId, name: actor.name },
        });
        return reply.redirect(`/editor/articles/${articleId}/?saved=imported`, 303);
      } catch (err) {
        if (err instanceof ValidationError) return refuse(reply, err.fields.manuscript ?? Object.values(err.fields)[0] ?? err.message, 400);
        throw err;
      }
    },
  );
}
