import { randomBytes } from 'node:crypto';
import { randomToken, sha256 } from '../../src/domain/accounts/crypto.js';
import type { Role } from '../../src/domain/accounts/policy.js';
import { createSession, sessionCookieName } from '../../src/domain/accounts/sessions.js';
import { insertUser } from '../../src/domain/accounts/users.queries.js';
import type { DomainContext } from '../../src/domain/context.js';
import { addDays, dayKey } from '../../src/shared/clock.js';
import { Client } from '../web/accounts-client.js';
import type { TestApp } from './app.js';

// Review assignments and the submissions behind them, put straight into the tables so the
// reviewer's tests do not wait for the editors' invitation code. Names and addresses are
// distinctive, so a test can search whole responses for them (blindness).

const tag = (): string => randomBytes(4).toString('hex');

export interface Person {
  id: number;
  name: string;
  email: string;
}

export async function makePerson(ctx: DomainContext, options: { role?: Role; verified?: boolean; name?: string; email?: string } = {}): Promise<Person> {
  const t = tag();
  const name = options.name ?? `Person ${t}`;
  const email = options.email ?? `person-${t}@example.org`;
  const now = ctx.clock.now().toISOString();
  const id = await insertUser(ctx.db, { email, name, role: options.role ?? 'reader', passwordHash: 'x', verifiedAt: options.verified === false ? null : now }, now);
  return { id, name, email };
}

export interface BlindSubmission {
  id: number;
  owner: Person;
  /** every name and address that must never reach a reviewer */
  secrets: string[];
  title: string;
}

/** A submission with an owner and two co-authors (one with an address), in the given status, with its round-1 snapshot. */
export async function makeReviewSubmission(ctx: DomainContext, options: { status?: string; reviewMode?: 'single' | 'double' } = {}): Promise<BlindSubmission> {
  const t = tag();
  const owner = await makePerson(ctx, { name: `Ottoline Quarrendon ${t}`, email: `oquarrendon-${t}@example.org` });
  const category = await ctx.db
    .insertInto('categories')
    .values({ slug: `review-section-${t}`, name: `Estuaries ${t}`, description: '', position: 0, review_mode: options.reviewMode ?? 'single' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const now = ctx.clock.now().toISOString();
  const title = `Salt marsh sediment budgets ${t}`;
  const body = 'Marsh platforms keep pace with the sea when enough sediment arrives.\n\n## Method\n\nWe cored twelve sites across the estuary.';
  const bodyHtml = '<p>Marsh platforms keep pace with the sea when enough sediment arrives.</p>\n<h2>Method</h2>\n<p>We cored twelve sites across the estuary.</p>';
  const row = await ctx.db
    .insertInto('submissions')
    .values({
      owner_user_id: owner.id,
      status: options.status ?? 'in_review',
      title,
      dek: 'Where the mud comes from, and whether it is enough.',
      body,
      body_html: bodyHtml,
      category_id: category.id,
      declare_original: 1,
      declare_exclusive: 1,
      round: 1,
      created_at: now,
      updated_at: now,
      submitted_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await ctx.db
    .insertInto('submission_rounds')
    .values({ submission_id: row.id, round: 1, title, dek: 'Where the mud comes from, and whether it is enough.', body, body_html: bodyHtml, created_at: now })
    .execute();
  const co1 = { name: `Peregrine Vauxhollow ${t}`, email: `pvauxhollow-${t}@example.org` };
  const co2 = { name: `Isaura Blenkinsop ${t}` };
  await ctx.db
    .insertInto('submission_coauthors')
    .values([
      { submission_id: row.id, position: 1, name: co1.name, email: co1.email },
      { submission_id: row.id, position: 2, name: co2.name, email: null },
    ])
    .execute();
  return { id: row.id, owner, title, secrets: [owner.name, owner.email, co1.name, co1.email, co2.name] };
}

export interface MadeAssignment {
  id: number;
  token: string;
  submissionId: number;
}

/** An invitation (or a later state of one) to `email`, claimed by `reviewerUserId` when given. */
export async function makeAssignment(
  ctx: DomainContext,
  submissionId: number,
  options: { email: string; reviewerUserId?: number | null; status?: string; dueOn?: string; invitedAt?: string; round?: number },
): Promise<MadeAssignment> {
  const token = randomToken();
  const row = await ctx.db
    .insertInto('review_assignments')
    .values({
      submission_id: submissionId,
      round: options.round ?? 1,
      reviewer_user_id: options.reviewerUserId ?? null,
      reviewer_email: options.email.toLowerCase(),
      invite_token_hash: sha256(token),
      status: options.status ?? 'invited',
      due_on: options.dueOn ?? addDays(dayKey(ctx.clock.now()), 21),
      invited_at: options.invitedAt ?? ctx.clock.now().toISOString(),
      ...(options.status && options.status !== 'invited' ? { responded_at: ctx.clock.now().toISOString() } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, token, submissionId };
}

/** A browser-like client already signed in as `userId` (a session row, no password round trip). */
export async function signedInClient(app: () => TestApp, userId: number): Promise<Client & { csrf: string }> {
  const session = await createSession(app().ctx.db, userId, { persistent: false }, app().clock.now());
  const client = new Client(app);
  client.cookies.set(sessionCookieName(true), session.token);
  // The session's CSRF secret is the token its forms carry.
  return Object.assign(client, { csrf: session.csrfSecret });
}
