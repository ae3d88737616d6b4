import type { DomainContext } from '../context.js';
import { AppError, ValidationError } from '../../shared/errors.js';
import { CliUserAdd } from './accounts.schemas.js';
import { audit } from './audit.js';
import { hashPassword, passwordProblem } from './passwords.js';
import { ForbiddenError, requireCan, type Actor, type Role } from './policy.js';
import { deleteUserSessions } from './sessions.js';
import { findUserByEmail, findUserById, insertUser, updateUser, type User } from './users.queries.js';
import type { RequestMeta } from './accounts.service.js';

// What editors and admins do to other accounts. Each call checks the policy and
// leaves an audit entry; the admin screens only call these.

async function target(ctx: DomainContext, userId: number): Promise<User> {
  const user = await findUserById(ctx.db, userId);
  if (!user) throw new AppError(404, 'no such user', 'We couldn’t find that account.');
  return user;
}

export async function changeRole(ctx: DomainContext, actor: Actor | null, userId: number, role: Role, meta: RequestMeta): Promise<void> {
  requireCan(actor, 'admin.roles');
  if (actor.userId === userId) throw new ForbiddenError('You cannot change your own role; ask another admin.');
  const user = await target(ctx, userId);
  if (user.role === role) return;
  const at = ctx.clock.now();
  await updateUser(ctx.db, userId, { role }, at.toISOString());
  await audit(ctx.db, { action: 'role.changed', actorUserId: actor.userId, targetUserId: userId, ip: meta.ip, detail: `${user.role} → ${role}` }, at);
}

/** Disabling ends every session at once; the account cannot sign in until enabled again. */
export async function setAccountDisabled(ctx: DomainContext, actor: Actor | null, userId: number, disabled: boolean, meta: RequestMeta): Promise<void> {
  requireCan(actor, 'admin.users');
  if (actor.userId === userId) throw new ForbiddenError('You cannot disable your own account.');
  const user = await target(ctx, userId);
  const at = ctx.clock.now();
  await updateUser(ctx.db, userId, { status: disabled ? 'disabled' : 'active' }, at.toISOString());
  if (disabled) await deleteUserSessions(ctx.db, userId);
  if ((user.status === 'disabled') !== disabled) {
    await audit(ctx.db, { action: disabled ? 'account.disabled' : 'account.enabled', actorUserId: actor.userId, targetUserId: userId, ip: meta.ip }, at);
  }
}

/** Trusted accounts' profile links are shown on public author pages. */
export async function setTrusted(ctx: DomainContext, actor: Actor | null, userId: number, trusted: boolean, meta: RequestMeta): Promise<void> {
  requireCan(actor, 'user.trust');
  await target(ctx, userId);
  const at = ctx.clock.now();
  await updateUser(ctx.db, userId, { trusted }, at.toISOString());
  await audit(ctx.db, { action: trusted ? 'account.trusted' : 'account.untrusted', actorUserId: actor.userId, targetUserId: userId, ip: meta.ip }, at);
}

/**
 * `masthead user add`: a verified, trusted account with any role, validated like
 * registration. Used to create the first admin, so there is no actor to check.
 */
export async function createUserFromCli(ctx: DomainContext, input: { email: string; name: string; role: string; password: string }): Promise<User> {
  const parsed = CliUserAdd.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ValidationError(`--${String(issue?.path[0] ?? 'input')}: ${issue?.message ?? 'invalid'}`);
  }
  const { email, name, role } = parsed.data;
  const problem = passwordProblem(input.password, { email, name });
  if (problem) throw new ValidationError(`password: ${problem}`);
  if (await findUserByEmail(ctx.db, email)) throw new ValidationError(`an account with the email ${email} already exists`);
  const at = ctx.clock.now();
  const id = await insertUser(
    ctx.db,
    { email, name, role, passwordHash: await hashPassword(input.password), verifiedAt: at.toISOString(), trusted: true },
    at.toISOString(),
  );
  await audit(ctx.db, { action: 'account.created_cli', targetUserId: id, detail: `role ${role}` }, at);
  const user = await findUserById(ctx.db, id);
  if (!user) throw new Error('account vanished after insert');
  return user;
}
