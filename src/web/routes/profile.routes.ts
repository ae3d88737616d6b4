import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../domain/accounts/policy.js';
import { initials, type Author } from '../../domain/authors/authors.js';
import { inspectAvatar } from '../../domain/authors/avatar.js';
import {
  PROFILE_LIMITS,
  createOwnProfile,
  ownProfile,
  parseProfileForm,
  profileFormValues,
  updateOwnProfile,
  type AvatarChange,
  type ProfileFormValues,
} from '../../domain/authors/profile.service.js';
import { ValidationError } from '../../shared/errors.js';
import { renderProfileEditor } from '../pages/profile-pages.js';
import { multipartForm } from '../plugins/multipart-form.js';
import { pageGuard } from '../plugins/session.js';
import type { WebDeps } from './deps.js';

// /dashboard/profile: the signed-in author edits the profile linked to their
// account. Thin: read the (multipart) form, call the profile service, render
// or redirect. A refused photo comes back as a 400 with the form still filled.

const SAVED: Record<string, string> = {
  created: 'Your author profile was created. Add a biography and a photo below.',
  saved: 'Your profile was saved. The public pages show it now.',
};

const TOO_LARGE = 'The photo is larger than 2 MB. Choose a smaller image.';

interface ProfileSubmission {
  values: ProfileFormValues;
  upload: Buffer | undefined;
  /** set when the upload had to be refused while reading it */
  uploadError: string | undefined;
}

/**
 * The form, multipart (browsers, with the photo) or urlencoded (no photo). Multipart is
 * read before the CSRF check by multipartForm(), so the token travels in the body.
 */
function readSubmission(request: FastifyRequest): ProfileSubmission {
  const values: ProfileFormValues = {};
  const body = request.body && typeof request.body === 'object' ? (request.body as Record<string, unknown>) : {};
  for (const [k, v] of Object.entries(body)) {
    const first = Array.isArray(v) ? (v as unknown[])[0] : v;
    if (typeof first === 'string') values[k] = first;
  }
  const upload = request.uploadRefused ? undefined : request.uploads?.get('avatar')?.data;
  return { values, upload, uploadError: request.uploadRefused ?? undefined };
}

export function registerProfileRoutes(app: FastifyInstance, web: WebDeps): void {
  const { ctx, chrome, config } = web;
  const guard = { preHandler: pageGuard('profile.edit_own') };
  const withPhoto = { ...guard, preValidation: multipartForm({ maxFileBytes: 2 * 1024 * 1024, maxFieldBytes: 20_000, tooLarge: TOO_LARGE, refuseInForm: true }) };

  function send(reply: FastifyReply, html: string, status = 200): FastifyReply {
    return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
  }

  async function page(request: FastifyRequest, reply: FastifyReply, profile: Author | undefined, values?: ProfileFormValues, errors: Record<string, string> = {}) {
    const actor = request.actor as Actor;
    const query = request.query as Record<string, unknown> | undefined;
    const note = typeof query?.saved === 'string' ? SAVED[query.saved] : undefined;
    const failed = Object.keys(errors).length > 0;
    return send(
      reply,
      renderProfileEditor({
        site: await chrome.site(),
        meta: { title: 'Your author profile', description: 'Edit your author profile', canonical: chrome.absolute('/dashboard/profile'), noindex: true },
        csrf: reply.csrfToken(),
        ...(note && !failed ? { notice: note } : {}),
        errors,
        limits: PROFILE_LIMITS,
        profile: profile
          ? { name: profile.name, url: `/author/${profile.slug}/`, initials: initials(profile.name), ...(profile.photoUrl ? { photoUrl: profile.photoUrl } : {}) }
          : null,
        values: values ?? (profile ? profileFormValues(profile) : {}),
        accountName: actor.name,
        trusted: actor.trusted,
      }),
      failed ? 400 : 200,
    );
  }

  app.get('/dashboard/profile', guard, async (request, reply) => page(request, reply, await ownProfile(ctx, request.actor)));

  app.post('/dashboard/profile/create', guard, async (request, reply) => {
    await createOwnProfile(ctx, request.actor, { ip: request.ip, userAgent: request.headers['user-agent'] ?? '' });
    return reply.redirect('/dashboard/profile?saved=created', 303);
  });

  app.post('/dashboard/profile', withPhoto, async (request, reply) => {
    const profile = await ownProfile(ctx, request.actor);
    const submission = readSubmission(request);
    if (!profile) return reply.redirect('/dashboard/profile', 303);
    const form = parseProfileForm(submission.values);
    const errors: Record<string, string> = form.ok ? {} : { ...form.fields };
    if (submission.uploadError) errors.avatar = submission.uploadError;
    else if (!form.ok && submission.upload) {
      // Say everything that is wrong at once, the photo included.
      await inspectAvatar(submission.upload).catch((err: unknown) => {
        if (err instanceof ValidationError && err.fields.avatar) errors.avatar = err.fields.avatar;
      });
    }
    if (!form.ok || Object.keys(errors).length > 0) return page(request, reply, profile, submission.values, errors);
    const avatar: AvatarChange = submission.upload
      ? { kind: 'upload', data: submission.upload }
      : submission.values.remove_photo === 'on'
        ? { kind: 'remove' }
        : { kind: 'keep' };
    try {
      await updateOwnProfile({ ctx, mediaDir: config.mediaDir }, request.actor, form.data, avatar);
    } catch (err) {
      if (err instanceof ValidationError) return page(request, reply, profile, submission.values, err.fields);
      throw err;
    }
    return reply.redirect('/dashboard/profile?saved=saved', 303);
  });
}
