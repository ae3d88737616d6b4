import { randomBytes } from 'node:crypto';
import type { Actor, Role } from '../../../src/domain/accounts/policy.js';
import { insertUser } from '../../../src/domain/accounts/users.queries.js';
import type { DomainContext } from '../../../src/domain/context.js';

const tag = () => randomBytes(4).toString('hex');

/** A stored account and the actor it signs in as. */
export async function makeActor(ctx: DomainContext, role: Role, overrides: Partial<Actor> = {}): Promise<Actor> {
  const name = overrides.name ?? `${role[0]?.toUpperCase()}${role.slice(1)} ${tag()}`;
  const email = `${role}-${tag()}@example.org`;
  const now = ctx.clock.now().toISOString();
  const verified = overrides.verified ?? true;
  const userId = await insertUser(ctx.db, { email, name, role, passwordHash: 'x', verifiedAt: verified ? now : null }, now);
  return { userId, role, name, email, trusted: false, verified, ...overrides };
}

/** A submission row put straight into a status, for tests about what may happen from there. */
export async function insertSubmissionIn(ctx: DomainContext, ownerUserId: number, status: string): Promise<number> {
  const now = ctx.clock.now().toISOString();
  const row = await ctx.db
    .insertInto('submissions')
    .values({
      owner_user_id: ownerUserId,
      status,
      title: `On tidal mills ${tag()}`,
      dek: 'How millers used the sea.',
      body: 'Millers along the estuary used the tide.\n\n## Ponds\n\nThe pond filled at high water.',
      body_html: '<p>Millers along the estuary used the tide.</p>',
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
