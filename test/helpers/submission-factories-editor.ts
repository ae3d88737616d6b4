import { randomBytes } from 'node:crypto';
import type { Actor, Role } from '../../src/domain/accounts/policy.js';
import type { DomainContext } from '../../src/domain/context.js';
import { saveDraft } from '../../src/domain/submissions/drafts.service.js';
import { submitSubmission } from '../../src/domain/submissions/workflow.service.js';
import { makeUser } from '../web/accounts-client.js';

// Submissions as the editors' pages meet them: sent by an author through the real
// services, so their rows, rounds and events are what the site itself would store.

const tag = () => randomBytes(3).toString('hex');

export interface Person {
  actor: Actor;
  email: string;
  password: string;
}

/** An account that can sign in over HTTP, and the actor the services see for it. */
export async function makePerson(ctx: DomainContext, role: Role, name = `${role} ${tag()}`): Promise<Person> {
  const u = await makeUser(ctx, { role, name });
  return { actor: { userId: u.id, role, name, email: u.email, trusted: true, verified: true }, email: u.email, password: u.password };
}

export const manuscriptBody = (topic: string): string => `Tide mills along the ${topic} estuary ground grain twice a day, when the pond emptied through the wheel.[^1]

## The pond

Millers closed the sluice at high water and waited for the ebb before the stones could turn again.

[^1]: Field notes, https://example.org/mills/${topic}`;

export async function sentSubmission(
  ctx: DomainContext,
  owner: Actor,
  overrides: Partial<{ title: string; dek: string; body: string; categoryId: number | null; coauthors: Array<{ name: string; email?: string; authorId?: number }> }> = {},
): Promise<number> {
  const t = tag();
  const draft = await saveDraft(ctx, owner, {
    title: overrides.title ?? `Tide mills of the ${t} coast`,
    dek: overrides.dek ?? 'How millers used the sea to grind grain.',
    body: overrides.body ?? manuscriptBody(t),
    categoryId: overrides.categoryId ?? null,
    declareOriginal: true,
    declareExclusive: true,
    ...(overrides.coauthors ? { coauthors: overrides.coauthors } : {}),
  });
  await submitSubmission(ctx, owner, draft.id);
  return draft.id;
}
