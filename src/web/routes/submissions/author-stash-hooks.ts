import type { FastifyReply, FastifyRequest, preValidationAsyncHookHandler } from 'fastify';
import { dropStash, findStash, stashForm, STASH_HOURS } from '../../../domain/submissions/author-stash.js';
import type { SubmissionFormValues } from '../../pages/submissions/author-form-page.js';
import { sameSiteCheck } from '../../plugins/csrf.js';
import type { WebDeps } from '../deps.js';
import { bodyOf, formValues, stashCookieName } from './author-form.js';

// The submission form across an expired session: the POST is kept (author-stash.ts)
// before the CSRF check can refuse it, the author signs in, and the form's GET with
// ?restore=1 shows the kept text again; a successful save forgets it.

export interface FormStashHooks {
  /** a preValidation hook: runs after the (multipart) body is read and before every preHandler, the CSRF check included */
  keepIfSignedOut: preValidationAsyncHookHandler;
  /** the kept values for this form, when the request asks for them (?restore=1) and this browser has some */
  restored(request: FastifyRequest, path: string): Promise<SubmissionFormValues | undefined>;
  forget(request: FastifyRequest, reply: FastifyReply): Promise<void>;
}

export function formStash(web: WebDeps): FormStashHooks {
  const { ctx, config } = web;
  const secure = config.siteUrl.startsWith('https:');
  const fromThisSite = sameSiteCheck(config.siteUrl);
  const cookie = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure };

  return {
    async keepIfSignedOut(request, reply) {
      if (request.actor) return;
      const b = bodyOf(request);
      const path = request.url.split('?')[0] ?? request.url;
      // Only a form that came from one of our pages (it carries a token) and from this site is kept.
      if (typeof b._csrf === 'string' && b._csrf !== '' && fromThisSite(request)) {
        try {
          const id = await stashForm(ctx.db, path, b, ctx.clock.now());
          reply.setCookie(stashCookieName(secure), id, { ...cookie, maxAge: STASH_HOURS * 3600 });
        } catch (err) {
          // Too large to keep: the sign-in redirect still happens, as for any guarded page.
          if (!(err instanceof RangeError)) throw err;
        }
      }
      await reply.redirect(`/login?next=${encodeURIComponent(`${path}?restore=1`)}`, 303);
      return reply;
    },

    async restored(request, path) {
      const q = request.query as Record<string, unknown>;
      if (q.restore !== '1') return undefined;
      const stash = await findStash(ctx.db, request.cookies[stashCookieName(secure)], ctx.clock.now());
      return stash && stash.path === path ? formValues(stash.fields) : undefined;
    },

    async forget(request, reply) {
      const id = request.cookies[stashCookieName(secure)];
      if (!id) return;
      await dropStash(ctx.db, id);
      reply.clearCookie(stashCookieName(secure), cookie);
    },
  };
}
