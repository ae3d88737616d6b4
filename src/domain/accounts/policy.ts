import { AppError } from '../../shared/errors.js';

// The one place that decides who may do what. Services call `requireCan`, pages
// call `can` to decide what to offer, and tests iterate POLICY_TABLE. Nothing
// else in the code base compares roles.

export const ROLES = ['reader', 'author', 'reviewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export interface Actor {
  userId: number;
  role: Role;
  name: string;
  email: string;
  /** an editor has vouched for the account: its public profile links are shown */
  trusted: boolean;
  /** the email address has been confirmed through a link */
  verified: boolean;
}

/**
 * What an action may be about. `ownerUserId` is the account that owns the thing
 * (a submission, a profile); `assignedUserIds` the accounts it is assigned to (reviews).
 */
export interface PolicyResource {
  ownerUserId?: number | null;
  assignedUserIds?: readonly number[];
}

export interface PolicyRule {
  description: string;
  /** roles that may perform the action at all */
  roles: readonly Role[];
  /**
   * 'own': with a resource, only its owner (or an overrideRoles holder) passes;
   * 'assigned': only someone in assignedUserIds (or an overrideRoles holder).
   * Without a resource the check is "may do this to their own things".
   */
  scope?: 'own' | 'assigned';
  overrideRoles?: readonly Role[];
  /** the email address must be confirmed first */
  requiresVerified?: boolean;
}

const everyone: readonly Role[] = ROLES;
const staff: readonly Role[] = ['editor', 'admin'];
const admins: readonly Role[] = ['admin'];
// Those who write articles at the desk: authors their own drafts, editors everything.
const writers: readonly Role[] = ['author', 'editor', 'admin'];

export const POLICY_TABLE = {
  'dashboard.view': { description: 'see the personal dashboard', roles: everyone },
  'account.manage_own': { description: 'change own name, email, password and sessions', roles: everyone, scope: 'own' },
  'profile.edit_own': { description: 'edit the author profile linked to the account', roles: ['author', 'reviewer', 'editor', 'admin'], scope: 'own', overrideRoles: staff },
  'submission.create': { description: 'submit a piece', roles: everyone, requiresVerified: true },
  'submission.view_own': { description: 'follow own submissions', roles: everyone, scope: 'own', overrideRoles: staff },
  // No staff override on these two: only the owner edits, sends, resubmits or withdraws a manuscript.
  'submission.edit_own': { description: 'edit, send and resubmit own manuscripts', roles: everyone, scope: 'own', requiresVerified: true },
  'submission.withdraw_own': { description: 'withdraw own submission until it is accepted', roles: everyone, scope: 'own' },
  'submission.queue': { description: 'see the queue of submissions', roles: staff },
  'submission.decide': { description: 'move submissions through review and decide on them', roles: staff },
  'review.invite': { description: 'invite reviewers to a submission', roles: staff },
  // Any account may be invited to review: the assignment decides (scope 'assigned'), not the role,
  // so accepting an invitation needs no role change. No staff override: a review page is its reviewer's alone.
  'review.view_assigned': { description: 'read submissions assigned for review', roles: everyone, scope: 'assigned' },
  'review.submit': { description: 'answer an invitation and submit a review of an assigned piece', roles: everyone, scope: 'assigned' },
  'editor.desk': { description: 'run the editorial desk', roles: staff },
  'article.create': { description: 'write a new article as a draft', roles: writers },
  'article.edit_own': { description: 'edit own drafts (any article for editors)', roles: writers, scope: 'own', overrideRoles: staff },
  'article.publish': { description: 'publish, schedule, unpublish and trash articles', roles: staff },
  'article.edit_any': { description: 'edit any article', roles: staff },
  'media.upload': { description: 'upload images for articles', roles: writers },
  'desk.media': { description: 'list and manage every upload', roles: staff },
  'desk.authors': { description: 'create, edit and merge author profiles', roles: staff },
  'desk.taxonomy': { description: 'create, rename, order and merge sections and tags', roles: staff },
  'desk.redirects': { description: 'list, add and remove redirects', roles: staff },
  'user.trust': { description: 'trust an account so its profile links are shown', roles: staff },
  'admin.view': { description: 'open the administration area', roles: admins },
  'admin.users': { description: 'list, search, disable and link accounts', roles: admins },
  'admin.roles': { description: 'change account roles', roles: admins },
  'admin.settings': { description: 'change site settings', roles: admins },
  'admin.outbox': { description: 'read the mail outbox', roles: admins },
  'admin.audit': { description: 'read the audit log', roles: admins },
} as const satisfies Record<string, PolicyRule>;

export type Action = keyof typeof POLICY_TABLE;
export const ACTIONS = Object.keys(POLICY_TABLE) as Action[];

export function can(actor: Actor | null | undefined, action: Action, resource?: PolicyResource): boolean {
  if (!actor) return false;
  const rule: PolicyRule = POLICY_TABLE[action];
  if (!rule.roles.includes(actor.role)) return false;
  if (rule.requiresVerified && !actor.verified) return false;
  if (!resource || !rule.scope) return true;
  if (rule.overrideRoles?.includes(actor.role)) return true;
  if (rule.scope === 'own') return resource.ownerUserId === actor.userId;
  return (resource.assignedUserIds ?? []).includes(actor.userId);
}

/** Anonymous visitor on something that needs an account: pages turn this into a redirect to /login. */
export class SignInRequiredError extends AppError {
  constructor() {
    super(401, 'sign-in required', 'Sign in to continue.');
    this.name = 'SignInRequiredError';
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'Your account is not allowed to do that.') {
    super(403, 'forbidden', message);
    this.name = 'ForbiddenError';
  }
}

/** Throws SignInRequiredError (no actor) or ForbiddenError (not allowed); narrows actor otherwise. */
export function requireCan(actor: Actor | null | undefined, action: Action, resource?: PolicyResource): asserts actor is Actor {
  if (!actor) throw new SignInRequiredError();
  if (!can(actor, action, resource)) {
    const rule: PolicyRule = POLICY_TABLE[action];
    if (rule.requiresVerified && !actor.verified && rule.roles.includes(actor.role)) {
      throw new ForbiddenError('Confirm your email address first: use the link we sent you, or ask for a new one on your account page.');
    }
    throw new ForbiddenError();
  }
}
