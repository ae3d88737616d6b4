import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { can, type Actor } from '../../../domain/accounts/policy.js';
import { ConflictError } from '../../../domain/articles/articles.service.js';
import type { ArticleInput } from '../../../domain/articles/articles.types.js';
import { renderMarkdown } from '../../../domain/articles/content/markdown.js';
import { authorChoices, findDeskArticle, type DeskArticle } from '../../../domain/articles/desk.queries.js';
import { canEditArticle, loadForEdit, submitArticle, type DeskIntent } from '../../../domain/articles/desk.service.js';
import { findAuthorByUserId } from '../../../domain/authors/authors.js';
import { MediaError, storeImage } from '../../../domain/media/media.service.js';
import { getSiteSettings } from '../../../domain/settings/settings.js';
import { listCategories } from '../../../domain/taxonomy/taxonomy.queries.js';
import { AppError, NotFoundError, ValidationError } from '../../../shared/errors.js';
import { formatDateTimeInZone, utcToZonedInput, zonedInputToUtc } from '../../../shared/time-zone.js';
import { renderDocxUpload } from '../../pages/editor/docx-page.js';
import { renderArticleForm, type ArticleFormValues, type ArticleFormVM } from '../../pages/editor/article-form-page.js';
import { allowEditorStyles } from '../../plugins/editor-csp.js';
import { multipartForm } from '../../plugins/multipart-form.js';
import { pageGuard } from '../../plugins/session.js';
import type { WebDeps } from '../deps.js';
import { idParam, sendDesk } from './desk-common.js';
import { deskRelatedPicks, saveRelatedPicks } from './article-related.js';

// The article editor: new and edit forms, their saves, and the server-side
// preview. Each handler reads the form, calls submitArticle (which asks the
// policy), and redirects, or answers the same form with messages.

const INTENTS = ['preview', 'save', 'autosave', 'publish', 'schedule', 'unpublish', 'trash'] as const;
type FormIntent = (typeof INTENTS)[number];

const SAVED: Record<string, string> = {
  save: 'Saved.',
  autosave: 'Saved.',
  publish: 'Published: the article is live.',
  schedule: 'Scheduled.',
  unpublish: 'Unpublished: the article is a draft again and no longer on the site.',
  trash: 'Moved to the trash. It is deleted for good after 30 days unless restored.',
  restored: 'That version is the newest one again.',
  created: 'Draft created.',
  imported: 'The Word file is now this draft. Check the text, the notes and the pictures before publishing.',
};

const one = (v: unknown): string => {
  const x = Array.isArray(v) ? v[0] : v;
  return typeof x === 'string' ? x : '';
};
const many = (v: unknown): string[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');

function wantsJson(request: FastifyRequest): boolean {
  return (request.headers.accept ?? '').includes('application/json');
}

function formValues(body: unknown): ArticleFormValues {
  const b = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  return {
    title: one(b.title).slice(0, 2000),
    slug: one(b.slug).trim().slice(0, 500),
    dek: one(b.dek).slice(0, 5000),
    body: one(b.body),
    authors: many(b.authors).filter((a) => /^\d{1,10}$/.test(a)),
    newAuthor: one(b.new_author).slice(0, 200),
    categories: many(b.categories).filter((c) => /^\d{1,10}$/.test(c)),
    tags: one(b.tags).slice(0, 2000),
    coverUrl: safeCoverUrl(one(b.cover_url).slice(0, 500)) ?? '',
    coverMediaId: one(b.cover_media_id).slice(0, 12),
    coverAlt: one(b.cover_alt).slice(0, 1000),
    coverCaption: one(b.cover_caption).slice(0, 2000),
    metaDescription: one(b.meta_description).slice(0, 1000),
    publishAt: one(b.publish_at).slice(0, 40),
  };
}

function valuesOf(a: DeskArticle, timeZone: string): ArticleFormValues {
  return {
    title: a.title,
    slug: a.slug,
    dek: a.dek,
    body: a.bodyMarkdown,
    authors: a.authors.map((x) => String(x.id)),
    newAuthor: '',
    categories: a.categories.map((c) => String(c.id)),
    tags: a.tags.map((t) => t.name).join(', '),
    coverUrl: a.coverImageUrl ?? '',
    coverMediaId: a.coverMediaId ? String(a.coverMediaId) : '',
    coverAlt: a.coverAlt,
    coverCaption: a.coverCaption,
    metaDescription: a.metaDescription,
    publishAt: a.publishAt ? utcToZonedInput(a.publishAt, timeZone) : '',
  };
}

/** Only our own uploads or ordinary web addresses may be a cover. */
function safeCoverUrl(url: string): string | null {
  if (!url) return null;
  if (/^\/(media|static)\/[\w./-]+$/.test(url) && !url.includes('..')) return url;
  if (/^https?:\/\/[^\s"<>]+$/i.test(url)) return url;
  return null;
}

export function statusLabel(a: Pick<DeskArticle, 'status' | 'publishedAt' | 'publishAt' | 'trashedAt'>, timeZone: string): string {
  switch (a.status) {
    case 'published':
      return a.publishedAt ? `Published ${formatDateTimeInZone(a.publishedAt, timeZone)}` : 'Published';
    case 'scheduled':
      return a.publishAt ? `Scheduled for ${formatDateTimeInZone(a.publishAt, timeZone)}` : 'Scheduled';
    case 'trash':
      return 'In the trash';
    default:
      return a.publishedAt ? 'Draft (was published)' : 'Draft';
  }
}

function counts(markdown: string, wordCount?: number, minutes?: number): ArticleFormVM['counts'] {
  const words = wordCount ?? (markdown.trim() ? markdown.trim().split(/\s+/).length : 0);
  const reading = minutes ?? Math.max(1, Math.round(words / 230));
  return { words: `${words.toLocaleString('en-GB')} ${words === 1 ? 'word' : 'words'}`, reading: `${reading} min read` };
}

export function registerEditorArticleRoutes(app: FastifyInstance, web: WebDeps): void {
  const { ctx, chrome } = web;

  async function formPage(
    request: FastifyRequest,
    reply: FastifyReply,
    article: DeskArticle | undefined,
    values: ArticleFormValues,
    extra: Partial<Pick<ArticleFormVM, 'errors' | 'previewHtml' | 'conflict' | 'notice'>> = {},
    status = 200,
  ): Promise<FastifyReply> {
    const actor = request.actor as Actor;
    const [site, settings, authors, categories] = await Promise.all([chrome.site(), getSiteSettings(ctx.db), authorChoices(ctx.db), listCategories(ctx.db)]);
    const path = article ? `/editor/articles/${article.id}/` : '/editor/articles/new';
    const vm: ArticleFormVM = {
      site,
      meta: { title: article ? `Edit: ${article.title}` : 'New article', description: 'The article editor', canonical: chrome.absolute(path), noindex: true },
      csrf: reply.csrfToken(),
      action: path,
      ...(article
        ? {
            article: {
              id: article.id,
              status: article.status,
              statusLabel: statusLabel(article, settings.timeZone),
              version: extra.conflict ? extra.conflict.currentVersion : article.version,
              ...(article.status === 'published' ? { publicUrl: `/${article.slug}/` } : {}),
              historyUrl: `/editor/articles/${article.id}/history`,
            },
            related: await deskRelatedPicks(ctx.db, article),
          }
        : {}),
      values,
      authorChoices: authors.map((a) => ({ value: String(a.id), label: a.name })),
      categoryChoices: categories.map((c) => ({ value: String(c.id), label: c.name })),
      canPublish: can(actor, 'article.publish'),
      errors: extra.errors ?? {},
      notice: extra.notice,
      ...(extra.previewHtml !== undefined ? { previewHtml: extra.previewHtml } : {}),
      ...(extra.conflict ? { conflict: extra.conflict } : {}),
      timeZone: settings.timeZone,
      styleNonce: allowEditorStyles(reply),
      counts: article && values.body === article.bodyMarkdown ? counts(values.body, article.wordCount, article.readingMinutes) : counts(values.body),
    };
    return sendDesk(reply, renderArticleForm(vm), status);
  }

  async function handleSubmit(request: FastifyRequest, reply: FastifyReply, id: number | undefined): Promise<FastifyReply> {
    const actor = request.actor as Actor;
    const existing = id === undefined ? undefined : await loadForEditOrNull(id, actor);
    const values = formValues(request.body);
    const b = (request.body ?? {}) as Record<string, unknown>;
    const intentRaw = one(b.intent) || 'save';
    const intent: FormIntent = (INTENTS as readonly string[]).includes(intentRaw) ? (intentRaw as FormIntent) : 'save';
    const json = wantsJson(request);
    if (intent === 'preview') {
      return formPage(request, reply, existing, values, { previewHtml: renderMarkdown(values.body).html });
    }
    const settings = await getSiteSettings(ctx.db);
    try {
      let coverUrl = one(b.cover_remove) ? null : safeCoverUrl(values.coverUrl);
      let coverMediaId = coverUrl && /^\d+$/.test(values.coverMediaId) ? Number(values.coverMediaId) : null;
      const upload = request.uploads?.get('cover');
      if (upload && upload.data.length > 0) {
        const stored = await storeImage(ctx.db, { data: upload.data, originalName: upload.filename, uploadedBy: actor.userId, now: ctx.clock.now().toISOString(), alt: values.coverAlt });
        coverUrl = stored.url;
        coverMediaId = stored.id;
        values.coverUrl = stored.url;
        values.coverMediaId = String(stored.id);
      }
      const publishAt = values.publishAt ? zonedInputToUtc(values.publishAt, settings.timeZone) : undefined;
      if (values.publishAt && !publishAt) throw new ValidationError('The date could not be read.', { publish_at: 'Use the form YYYY-MM-DDTHH:MM, e.g. 2026-12-24T09:30.' });
      const input: ArticleInput = {
        title: values.title,
        ...(values.slug ? { slug: values.slug } : {}),
        dek: values.dek,
        bodyMarkdown: values.body,
        authorIds: [...new Set(values.authors.map(Number))],
        categoryIds: values.categories.map(Number),
        tags: values.tags.split(',').map((t) => t.trim()).filter(Boolean).slice(0, 30),
        coverImageUrl: coverUrl,
        coverMediaId,
        coverAlt: values.coverAlt,
        coverCaption: values.coverCaption,
        metaDescription: values.metaDescription,
      };
      const baseRaw = one(b.base_version);
      const base = baseRaw === '' ? Number.NaN : Number(baseRaw);
      const result = await submitArticle(ctx, actor, {
        ...(id !== undefined ? { id } : {}),
        input,
        ...(id !== undefined && Number.isInteger(base) && base >= 0 ? { baseVersion: base } : {}),
        intent: intent as DeskIntent,
        ...(publishAt ? { publishAt } : {}),
        ...(values.newAuthor.trim() ? { newAuthorName: values.newAuthor } : {}),
      });
      if (intent !== 'trash' && 'related_pin' in b && can(actor, 'article.publish')) await saveRelatedPicks(ctx, result, many(b.related_pin), many(b.related_hide));
      const editUrl = `/editor/articles/${result.id}/`;
      if (json) return reply.header('cache-control', 'no-store').send({ ok: true, id: result.id, version: result.version, editUrl, savedAt: ctx.clock.now().toISOString() });
      const where = intent === 'trash' ? `/editor/articles/?status=trash&saved=trash` : `${editUrl}?saved=${id === undefined && intent === 'save' ? 'created' : intent}`;
      return reply.redirect(where, 303);
    } catch (err) {
      if (err instanceof ConflictError) {
        const diffs = err.theirChanges;
        if (json) return reply.code(409).header('cache-control', 'no-store').send({ ok: false, conflict: true, message: err.publicMessage });
        return formPage(request, reply, err.current, values, { conflict: { message: err.publicMessage, diffs, currentVersion: err.current.version } }, 409);
      }
      if (err instanceof ValidationError) {
        // An upload's message belongs by the cover field of this form.
        const raw = err instanceof MediaError ? { [err.fields.alt ? 'cover_alt' : 'cover']: err.fields.alt ?? err.fields.file ?? err.publicMessage } : err.fields;
        const fields = Object.keys(raw).length > 0 ? raw : { form: err.publicMessage };
        if (json) return reply.code(400).header('cache-control', 'no-store').send({ ok: false, message: err.publicMessage, fields });
        return formPage(request, reply, existing, values, { errors: fields }, 400);
      }
      if (json && err instanceof AppError) return reply.code(err.statusCode).header('cache-control', 'no-store').send({ ok: false, message: err.publicMessage });
      throw err;
    }
  }

  async function loadForEditOrNull(id: number, actor: Actor): Promise<DeskArticle> {
    const article = await findDeskArticle(ctx.db, id);
    if (!article || (!can(actor, 'article.edit_any') && article.ownerUserId !== actor.userId)) throw new NotFoundError('article');
    return article;
  }

  async function docxUploadPage(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    const site = await chrome.site();
    return sendDesk(
      reply,
      renderDocxUpload({
        site,
        meta: { title: 'New from a Word file', description: 'Import a Word document as a draft', canonical: chrome.absolute('/editor/articles/new?from=docx'), noindex: true },
        csrf: reply.csrfToken(),
      }),
    );
  }

  const upload = multipartForm({ maxFileBytes: 10 * 1024 * 1024, tooLarge: 'The cover image is larger than 10 MB. Choose a smaller image.' });

  app.get('/editor/articles/new', { preHandler: pageGuard('article.create') }, async (request, reply) => {
    const query = (request.query ?? {}) as Record<string, unknown>;
    if (one(query.from) === 'docx') return docxUploadPage(request, reply);
    const own = await findAuthorByUserId(ctx.db, (request.actor as Actor).userId);
    const blank: ArticleFormValues = {
      title: '', slug: '', dek: '', body: '', authors: own ? [String(own.id)] : [], newAuthor: '', categories: [], tags: '',
      coverUrl: '', coverMediaId: '', coverAlt: '', coverCaption: '', metaDescription: '', publishAt: '',
    };
    return formPage(request, reply, undefined, blank);
  });

  app.post('/editor/articles/new', { preValidation: upload, preHandler: pageGuard('article.create') }, (request, reply) => handleSubmit(request, reply, undefined));

  app.get('/editor/articles/:id/', { preHandler: pageGuard('article.create') }, async (request, reply) => {
    const article = await loadForEdit(ctx, request.actor, idParam(request, 'article'));
    const settings = await getSiteSettings(ctx.db);
    const saved = one((request.query as Record<string, unknown> | undefined)?.saved);
    return formPage(request, reply, article, valuesOf(article, settings.timeZone), { notice: SAVED[saved] });
  });

  app.post('/editor/articles/:id/', { preValidation: upload, preHandler: pageGuard('article.create') }, async (request, reply) => {
    const id = idParam(request, 'article');
    const article = await loadForEditOrNull(id, request.actor as Actor);
    // Authors may keep editing their own drafts only; status actions are checked in submitArticle.
    if (!canEditArticle(request.actor, article) && !can(request.actor, 'article.publish')) await loadForEdit(ctx, request.actor, id);
    return handleSubmit(request, reply, id);
  });

  // The live preview: Markdown in, the body HTML out, through the very pipeline that publishes it.
  app.post('/editor/preview', { preHandler: pageGuard('article.create') }, async (request, reply) => {
    const body = one(((request.body ?? {}) as Record<string, unknown>).body);
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(renderMarkdown(body).html);
  });
}
