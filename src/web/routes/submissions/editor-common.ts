import type { preHandlerAsyncHookHandler } from 'fastify';
import { can } from '../../../domain/accounts/policy.js';
import { NotFoundError } from '../../../shared/errors.js';
import { pageGuard } from '../../plugins/session.js';

/**
 * The editors' submission pages: anonymous visitors go to the sign-in page (as on every
 * guarded page); signed-in people without the queue's permission get "not found",
 * so the pages do not tell outsiders which submissions exist.
 */
export function submissionDeskGuard(): preHandlerAsyncHookHandler {
  const signIn = pageGuard('submission.queue');
  return async function guard(request, reply) {
    if (request.actor && !can(request.actor, 'submission.queue')) throw new NotFoundError('page');
    return signIn.call(this, request, reply);
  };
}
