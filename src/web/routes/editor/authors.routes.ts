import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  createDeskAuthor,
  DESK_AUTHOR_LIMITS,
  deskAuthorFormValues,
  findDeskAuthor,
  linkDeskAuthorAccount,
  listDeskAuthors,
  listMergeTargets,
  mergeAuthors,
  parseDeskAuthorForm,
  updateDeskAuthor,
  type DeskAuthor,
  type PhotoChange,
} from '../../../domain/authors/author-desk.service.js';
import { initials } from '../../../domain/authors/authors.js';
import { formatOrcid } from '../../../domain/authors/orcid.js';
import { MEDIA_MAX_BYTES } from '../../../domain/media/media.service.js';
import { NotFoundError, ValidationError } from '../../../shared/errors.js';
import { renderAuthorForm, renderAuthorsList } from '../../pages/editor/authors-pages.js';
import { multipartForm } from '../../plugins/multipart-form.js';
import { pageGuard } from '../../plugins/session.js';
import { paginate } from '../../view/cards.js';
import { parsePage } from '../../view/query.js';
import type { WebDeps } from '../deps.js';
import { DESK_PER_PAGE, deskChrome, formValues, idParam, queryText, savedNotice, sendDesk } from './desk-common.js';

// /editor/authors/: profiles at the desk. The profile form is multipart (it may
// carry a photo) and read whole before the CSRF check by multipartForm().

const SAVED = {
  created: 'The profile was created.',
  saved: 'The profile was saved. Bylines and the author page show it now.',
  linked: 'The account was linked to this profile.',
  unlinked: 'The account was unlinked: this is a guest profile now.',
  merged: 'The profiles were merged: the bylines moved here and the old address redirects to this profile.',
};

const withPhoto = multipartForm({ maxFileBytes: MEDIA_MAX_BYTES, tooLarge: `Photos may be up to ${MEDIA_MAX_BYTES / (1024 * 1024)} MB.` });

function photoChange(request: FastifyRequest, values: Record<string, string>): PhotoChange {
  const upload = request.uploads?.get('photo');
  if (upload && upload.data.length > 0) return { kind: 'upload', data: upload.data, originalName: upload.filename };
  return values.remove_photo === 'on' ? { kind: 'remove' } : { kind: 'keep' };
}

const status = (errors: Record<string, string>) => (Object.keys(errors).length > 0 ? 400 : 200);

export function registerAuthorDeskRoutes(app: FastifyInstance, web: WebDeps): void {
  const { ctx } = web;
  const guard = pageGuard('desk.authors');

  app.get('/editor/authors/', { preHandler: guard }, async (request, reply) => {
    const page = parsePage(request.query);
    const q = queryText(request.query, 'q');
    const { total, items } = await listDeskAuthors(ctx.db, { ...(q ? { q } : {}), limit: DESK_PER_PAGE, offset: (page - 1) * DESK_PER_PAGE });
    if (page > 1 && items.length === 0) throw new NotFoundError('page');
    const notice = savedNotice(request, SAVED);
    return sendDesk(
      reply,
      renderAuthorsList({
        ...(await deskChrome(web, 'Authors', '/editor/authors/')),
        ...(notice ? { notice } : {}),
        q,
        total,
        authors: items.map((a) => ({ id: a.id, name: a.name, slug: a.slug, affiliation: a.affiliation, articleCount: a.articleCount, accountEmail: a.account?.email ?? null })),
        pagination: paginate('/editor/authors/', page, total, DESK_PER_PAGE, q ? { q } : {}),
      }),
    );
  });

  interface FormState {
    errors?: Record<string, string>;
    values?: Record<string, string>;
    accountEmail?: string;
    mergeInto?: string;
  }

  async function formPage(request: FastifyRequest, reply: FastifyReply, author: DeskAuthor | null, state: FormState = {}) {
    const errors = state.errors ?? {};
    const stored = author ? { ...deskAuthorFormValues(author), orcid: author.orcid ? formatOrcid(author.orcid) : '' } : {};
    const notice = savedNotice(request, SAVED);
    const title = author ? author.name : 'New author profile';
    const html = renderAuthorForm({
      ...(await deskChrome(web, title, author ? `/editor/authors/${author.id}/` : '/editor/authors/new')),
      csrf: reply.csrfToken(),
      ...(notice ? { notice } : {}),
      errors,
      author: author
        ? {
            id: author.id,
            name: author.name,
            slug: author.slug,
            photoUrl: author.photoUrl,
            initials: initials(author.name),
            articleCount: author.articleCount,
            account: author.account ? { name: author.account.name, email: author.account.email } : null,
          }
        : null,
      values: state.values ?? stored,
      accountEmail: state.accountEmail ?? author?.account?.email ?? '',
      mergeOptions: author ? (await listMergeTargets(ctx.db, author.id)).map((o) => ({ value: String(o.id), label: `${o.name} (/author/${o.slug}/)` })) : [],
      mergeInto: state.mergeInto ?? '',
      limits: DESK_AUTHOR_LIMITS,
    });
    return sendDesk(reply, html, status(errors));
  }

  async function authorOr404(request: FastifyRequest): Promise<DeskAuthor> {
    const author = await findDeskAuthor(ctx.db, idParam(request, 'author profile'));
    if (!author) throw new NotFoundError('author profile');
    return author;
  }

  app.get('/editor/authors/new', { preHandler: guard }, async (request, reply) => formPage(request, reply, null));

  app.post('/editor/authors/new', { preValidation: withPhoto, preHandler: guard }, async (request, reply) => {
    const values = formValues(request.body);
    const form = parseDeskAuthorForm(values);
    try {
      if (!form.ok) throw new ValidationError('invalid', form.fields);
      const id = await createDeskAuthor(ctx, request.actor, form.data, photoChange(request, values));
      return reply.redirect(`/editor/authors/${id}/?saved=created`, 303);
    } catch (err) {
      if (err instanceof ValidationError) return formPage(request, reply, null, { errors: err.fields, values });
      throw err;
    }
  });

  app.get('/editor/authors/:id/', { preHandler: guard }, async (request, reply) => formPage(request, reply, await authorOr404(request)));

  app.post('/editor/authors/:id/', { preValidation: withPhoto, preHandler: guard }, async (request, reply) => {
    const author = await authorOr404(request);
    const values = formValues(request.body);
    const form = parseDeskAuthorForm(values);
    try {
      if (!form.ok) throw new ValidationError('invalid', form.fields);
      await updateDeskAuthor(ctx, request.actor, author.id, form.data, photoChange(request, values));
      return reply.redirect(`/editor/authors/${author.id}/?saved=saved`, 303);
    } catch (err) {
      if (err instanceof ValidationError) return formPage(request, reply, author, { errors: err.fields, values });
      throw err;
    }
  });

  app.post('/editor/authors/:id/account', { preHandler: guard }, async (request, reply) => {
    const author = await authorOr404(request);
    const email = (formValues(request.body, 300).account_email ?? '').trim();
    try {
      await linkDeskAuthorAccount(ctx, request.actor, author.id, email, request.ip);
    } catch (err) {
      if (err instanceof ValidationError) return formPage(request, reply, author, { errors: err.fields, accountEmail: email });
      throw err;
    }
    return reply.redirect(`/editor/authors/${author.id}/?saved=${email ? 'linked' : 'unlinked'}`, 303);
  });

  app.post('/editor/authors/:id/merge', { preHandler: guard }, async (request, reply) => {
    const author = await authorOr404(request);
    const into = (formValues(request.body, 20).into ?? '').trim();
    try {
      if (!/^[1-9][0-9]{0,9}$/.test(into)) throw new ValidationError('no target', { into: 'Choose the profile to keep from the list.' });
      const result = await mergeAuthors(ctx, request.actor, author.id, Number(into));
      return reply.redirect(`/editor/authors/${result.into.id}/?saved=merged`, 303);
    } catch (err) {
      if (err instanceof ValidationError) return formPage(request, reply, author, { errors: err.fields, mergeInto: into });
      throw err;
    }
  });
}
