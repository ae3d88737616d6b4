import type { DomainContext } from '../context.js';
import type { DeskArticle } from '../articles/desk.queries.js';
import { TransitionRefusedError } from './submission-access.js';
import { systemTransition } from './workflow.service.js';

// When the desk schedules or publishes the article an accepted submission became,
// the submission follows: accepted → scheduled → published. Runs after the
// article's own transaction; the submission's update is conditional on its status,
// so two instances (or the scheduler and an editor) cannot record it twice.

type StatusPart = Pick<DeskArticle, 'id' | 'status'>;

export async function submissionFollowsArticle(ctx: DomainContext, before: StatusPart, after: StatusPart): Promise<void> {
  if (before.status === after.status) return;
  const move = after.status === 'published' ? 'publish' : after.status === 'scheduled' ? 'schedule' : undefined;
  if (!move) return;
  const from = move === 'publish' ? ['accepted', 'scheduled'] : ['accepted'];
  const linked = await ctx.db
    .selectFrom('submissions')
    .select('id')
    .where('article_id', '=', after.id)
    .where('status', 'in', from)
    .execute();
  for (const s of linked) {
    try {
      await systemTransition(ctx, s.id, move, move === 'publish' ? 'The article was published.' : 'The article was scheduled.');
    } catch (err) {
      // Another instance moved it first: nothing left to do.
      if (!(err instanceof TransitionRefusedError)) throw err;
    }
  }
}
