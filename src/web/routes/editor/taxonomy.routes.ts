import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  createSection,
  deleteSection,
  deleteTag,
  findSection,
  findTag,
  findTagByNameOrSlug,
  listSections,
  listTags,
  mergeTags,
  moveSection,
  parseSectionForm,
  parseTagForm,
  renameTag,
  updateSection,
} from '../../../domain/taxonomy/taxonomy-desk.service.js';
import { getSectionSettings, parseSectionSettings, sectionSettingsValues } from '../../../domain/submissions/editor-section-settings.js';
import { NotFoundError, ValidationError } from '../../../shared/errors.js';
import { renderSectionEdit, renderSections, renderTagEdit, renderTags } from '../../pages/editor/taxonomy-pages.js';
import { pageGuard } from '../../plugins/session.js';
import { paginate } from '../../view/cards.js';
import { parsePage } from '../../view/query.js';
import type { WebDeps } from '../deps.js';
import { DESK_PER_PAGE, deskChrome, formValues, idParam, queryText, savedNotice, sendDesk } from './desk-common.js';

// /editor/categories/ (sections) and /editor/tags/. Handlers validate, call one
// service, and redirect (303) or re-render the form as typed with messages (400).

const SECTION_SAVED = {
  created: 'The section was created. It is in the navigation now.',
  saved: 'The section was saved.',
  moved: 'The navigation order was changed.',
  deleted: 'The section was deleted.',
};
const TAG_SAVED = { saved: 'The tag was saved.', merged: 'The tags were merged: the old address redirects here.', deleted: 'The tag was deleted.' };

const sectionValues = (v: Record<string, string>) => ({ name: v.name ?? '', slug: v.slug ?? '', description: v.description ?? '' });
const status = (errors: Record<string, string>) => (Object.keys(errors).length > 0 ? 400 : 200);

export function registerTaxonomyDeskRoutes(app: FastifyInstance, web: WebDeps): void {
  const { ctx } = web;
  const guard = { preHandler: pageGuard('desk.taxonomy') };

  // ---------- Sections ----------

  async function sectionsPage(request: FastifyRequest, reply: FastifyReply, errors: Record<string, string> = {}, values = sectionValues({})) {
    const notice = savedNotice(request, SECTION_SAVED);
    const sections = await listSections(ctx.db);
    const html = renderSections({
      ...(await deskChrome(web, 'Sections', '/editor/categories/')),
      csrf: reply.csrfToken(),
      ...(notice ? { notice } : {}),
      errors,
      sections,
      values,
    });
    return sendDesk(reply, html, status(errors));
  }

  async function sectionPage(request: FastifyRequest, reply: FastifyReply, id: number, errors: Record<string, string> = {}, typed?: Record<string, string>) {
    const section = await findSection(ctx.db, id);
    if (!section) throw new NotFoundError('section');
    const notice = savedNotice(request, SECTION_SAVED);
    const submissionValues = typed ?? sectionSettingsValues(await getSectionSettings(ctx.db, id));
    const html = renderSectionEdit({
      submission: {
        guidelines: submissionValues.submission_guidelines ?? '',
        minWords: submissionValues.min_words ?? '',
        maxWords: submissionValues.max_words ?? '',
        reviewMode: submissionValues.review_mode ?? 'single',
      },
      ...(await deskChrome(web, section.name, `/editor/categories/${id}/`)),
      csrf: reply.csrfToken(),
      ...(notice ? { notice } : {}),
      errors,
      section,
      values: typed ? sectionValues(typed) : { name: section.name, slug: section.slug, description: section.description },
    });
    return sendDesk(reply, html, status(errors));
  }

  app.get('/editor/categories/', guard, async (request, reply) => sectionsPage(request, reply));

  app.post('/editor/categories/', guard, async (request, reply) => {
    const typed = formValues(request.body, 2000);
    const form = parseSectionForm(typed);
    try {
      if (!form.ok) throw new ValidationError('invalid', form.fields);
      await createSection(ctx, request.actor, form.data);
    } catch (err) {
      if (err instanceof ValidationError) return sectionsPage(request, reply, err.fields, sectionValues(typed));
      throw err;
    }
    return reply.redirect('/editor/categories/?saved=created', 303);
  });

  app.get('/editor/categories/:id/', guard, async (request, reply) => sectionPage(request, reply, idParam(request, 'section')));

  app.post('/editor/categories/:id/', guard, async (request, reply) => {
    const id = idParam(request, 'section');
    const typed = formValues(request.body, 25_000);
    const form = parseSectionForm(typed);
    const settings = parseSectionSettings(typed);
    try {
      if (!form.ok || !settings.ok) throw new ValidationError('invalid', { ...(form.ok ? {} : form.fields), ...(settings.ok ? {} : settings.fields) });
      await updateSection(ctx, request.actor, id, { ...form.data, submission: settings.data });
    } catch (err) {
      if (err instanceof ValidationError) return sectionPage(request, reply, id, err.fields, typed);
      throw err;
    }
    return reply.redirect(`/editor/categories/${id}/?saved=saved`, 303);
  });

  app.post('/editor/categories/:id/move', guard, async (request, reply) => {
    const id = idParam(request, 'section');
    const direction = formValues(request.body).direction;
    if (direction !== 'up' && direction !== 'down') return sectionsPage(request, reply, { form: 'Choose to move the section up or down.' });
    await moveSection(ctx, request.actor, id, direction);
    return reply.redirect('/editor/categories/?saved=moved', 303);
  });

  app.post('/editor/categories/:id/delete', guard, async (request, reply) => {
    const id = idParam(request, 'section');
    try {
      await deleteSection(ctx, request.actor, id);
    } catch (err) {
      if (err instanceof ValidationError) return sectionsPage(request, reply, err.fields);
      throw err;
    }
    return reply.redirect('/editor/categories/?saved=deleted', 303);
  });

  // ---------- Tags ----------

  app.get('/editor/tags/', guard, async (request, reply) => {
    const page = parsePage(request.query);
    const q = queryText(request.query, 'q');
    const { total, items } = await listTags(ctx.db, { ...(q ? { q } : {}), limit: DESK_PER_PAGE, offset: (page - 1) * DESK_PER_PAGE });
    if (page > 1 && items.length === 0) throw new NotFoundError('page');
    const notice = savedNotice(request, TAG_SAVED);
    return sendDesk(
      reply,
      renderTags({
        ...(await deskChrome(web, 'Tags', '/editor/tags/')),
        csrf: reply.csrfToken(),
        ...(notice ? { notice } : {}),
        errors: {},
        q,
        total,
        tags: items,
        pagination: paginate('/editor/tags/', page, total, DESK_PER_PAGE, q ? { q } : {}),
      }),
    );
  });

  async function tagPage(request: FastifyRequest, reply: FastifyReply, id: number, errors: Record<string, string> = {}, typed: Record<string, string> = {}) {
    const tag = await findTag(ctx.db, id);
    if (!tag) throw new NotFoundError('tag');
    const notice = savedNotice(request, TAG_SAVED);
    const html = renderTagEdit({
      ...(await deskChrome(web, tag.name, `/editor/tags/${id}/`)),
      csrf: reply.csrfToken(),
      ...(notice ? { notice } : {}),
      errors,
      tag,
      values: { name: typed.name ?? tag.name, slug: typed.slug ?? tag.slug, into: typed.into ?? '' },
    });
    return sendDesk(reply, html, status(errors));
  }

  app.get('/editor/tags/:id/', guard, async (request, reply) => tagPage(request, reply, idParam(request, 'tag')));

  app.post('/editor/tags/:id/', guard, async (request, reply) => {
    const id = idParam(request, 'tag');
    const typed = formValues(request.body, 500);
    const form = parseTagForm(typed);
    try {
      if (!form.ok) throw new ValidationError('invalid', form.fields);
      await renameTag(ctx, request.actor, id, form.data);
    } catch (err) {
      if (err instanceof ValidationError) return tagPage(request, reply, id, err.fields, { name: typed.name ?? '', slug: typed.slug ?? '' });
      throw err;
    }
    return reply.redirect(`/editor/tags/${id}/?saved=saved`, 303);
  });

  app.post('/editor/tags/:id/merge', guard, async (request, reply) => {
    const id = idParam(request, 'tag');
    const into = (formValues(request.body, 500).into ?? '').trim();
    try {
      if (!into) throw new ValidationError('no target', { into: 'Enter the name or address of the tag to keep.' });
      const target = await findTagByNameOrSlug(ctx.db, into);
      if (!target) throw new ValidationError('no such tag', { into: `No tag is called “${into}”. Check the spelling, or find it in the list of tags.` });
      await mergeTags(ctx, request.actor, id, target.id);
      return reply.redirect(`/editor/tags/${target.id}/?saved=merged`, 303);
    } catch (err) {
      if (err instanceof ValidationError) return tagPage(request, reply, id, err.fields, { into });
      throw err;
    }
  });

  app.post('/editor/tags/:id/delete', guard, async (request, reply) => {
    await deleteTag(ctx, request.actor, idParam(request, 'tag'));
    return reply.redirect('/editor/tags/?saved=deleted', 303);
  });
}
