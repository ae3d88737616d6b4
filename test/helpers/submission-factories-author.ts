import { randomBytes } from 'node:crypto';
import type { Actor, Role } from '../../src/domain/accounts/policy.js';
import type { DomainContext } from '../../src/domain/context.js';
import type { TestApp } from './app.js';
import { Client, hiddenValue, makeUser } from '../web/accounts-client.js';

// The author's side of submissions, for HTTP tests: a signed-in browser, and review
// assignments put straight into the table (the reviewers' pages are another module's).

export interface SignedInAuthor {
  client: Client;
  actor: Actor;
  password: string;
  /** the CSRF token of this browser's session, read from a form */
  csrf(): Promise<string>;
}

export async function signedInAs(app: () => TestApp, role: Role = 'reader', name = `Author ${randomBytes(3).toString('hex')}`): Promise<SignedInAuthor> {
  const user = await makeUser(app().ctx, { role, name });
  const client = new Client(app);
  await client.signIn(user.email, user.password);
  return {
    client,
    password: user.password,
    actor: { userId: user.id, role, name, email: user.email, trusted: false, verified: true },
    csrf: async () => hiddenValue((await client.get('/dashboard/account')).body, '_csrf'),
  };
}

export async function addReview(
  ctx: DomainContext,
  submissionId: number,
  o: { round: number; status: 'invited' | 'accepted' | 'declined' | 'submitted' | 'cancelled'; toAuthor?: string; email?: string; recommendation?: string },
): Promise<number> {
  const now = ctx.clock.now().toISOString();
  const row = await ctx.db
    .insertInto('review_assignments')
    .values({
      submission_id: submissionId,
      round: o.round,
      reviewer_user_id: null,
      reviewer_email: o.email ?? `reviewer-${randomBytes(3).toString('hex')}@example.org`,
      invite_token_hash: null,
      status: o.status,
      due_on: null,
      invited_by_user_id: null,
      invited_at: now,
      responded_at: o.status === 'invited' ? null : now,
      submitted_at: o.status === 'submitted' ? now : null,
      recommendation: o.status === 'submitted' ? (o.recommendation ?? 'minor') : null,
      to_author: o.toAuthor ?? '',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A submission owned by this account, put straight into a status (drafts have round 0). */
export async function ownSubmission(ctx: DomainContext, ownerUserId: number, status = 'draft'): Promise<number> {
  const now = ctx.clock.now().toISOString();
  const row = await ctx.db
    .insertInto('submissions')
    .values({
      owner_user_id: ownerUserId,
      status,
      title: `Matrix submission ${randomBytes(3).toString('hex')}`,
      body: 'A paragraph of the manuscript.',
      body_html: '<p>A paragraph of the manuscript.</p>',
      declare_original: 1,
      declare_exclusive: 1,
      round: status === 'draft' ? 0 : 1,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
