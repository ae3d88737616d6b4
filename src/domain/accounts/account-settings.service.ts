import { AppError, ValidationError } from '../../shared/errors.js';
import { sendEmailChangeLink, sendEmailChangeNotice, sendPasswordChanged } from './account-emails.js';
import { DeadLinkError, TooManyAttemptsError, type AccountDeps, type RequestMeta } from './accounts.service.js';
import { audit } from './audit.js';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.js';
import { requireCan, type Actor } from './policy.js';
import { LIMITS, hit, hitAndCheck, isLimited } from './rate-limits.js';
import { deleteUserSessions } from './sessions.js';
import { consumeToken, issueToken } from './tokens.js';
import { findUserByEmail, findUserById, normalizeEmail, updateUser, type User } from './users.queries.js';

// What a signed-in person changes about their own account.

const now = (deps: AccountDeps) => deps.ctx.clock.now();

async function ownAccount(deps: AccountDeps, actor: Actor | null): Promise<User> {
  requireCan(actor, 'account.manage_own', { ownerUserId: actor?.userId ?? null });
  const user = await findUserById(deps.ctx.db, actor.userId);
  if (!user) throw new AppError(404, 'account gone', 'That account no longer exists.');
  return user;
}

/** Wrong current passwords count like failed sign-ins, so a stolen session cannot guess the password. */
async function checkCurrentPassword(deps: AccountDeps, user: User, current: string, meta: RequestMeta): Promise<void> {
  const at = now(deps);
  if (await isLimited(deps.ctx.db, LIMITS.signInAccount, user.email, at)) {
    throw new TooManyAttemptsError('Too many wrong passwords. Wait 15 minutes and try again.');
  }
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, current))) {
    await hit(deps.ctx.db, LIMITS.signInAccount, user.email, at);
    await audit(deps.ctx.db, { action: 'signin.failed', actorUserId: user.id, targetUserId: user.id, ip: meta.ip, detail: 'wrong current password' }, at);
    throw new ValidationError('Your current password is not right.', { current: 'Your current password is not right.' });
  }
}

export async function changeName(deps: AccountDeps, actor: Actor | null, name: string): Promise<void> {
  const user = await ownAccount(deps, actor);
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > 100) throw new ValidationError('Enter your name.', { name: 'Enter your name (at most 100 characters).' });
  await updateUser(deps.ctx.db, user.id, { name: trimmed }, now(deps).toISOString());
}

/** Changes the password and signs out every other session (the current one stays). */
export async function changePassword(
  deps: AccountDeps,
  actor: Actor | null,
  input: { current: string; password: string; keepSessionIdHash?: string },
  meta: RequestMeta,
): Promise<void> {
  const user = await ownAccount(deps, actor);
  await checkCurrentPassword(deps, user, input.current, meta);
  const problem = passwordProblem(input.password, { email: user.email, name: user.name });
  if (problem) throw new ValidationError(problem, { password: problem });
  const at = now(deps);
  await updateUser(deps.ctx.db, user.id, { passwordHash: await hashPassword(input.password) }, at.toISOString());
  await deleteUserSessions(deps.ctx.db, user.id, input.keepSessionIdHash);
  await audit(deps.ctx.db, { action: 'password.changed', actorUserId: user.id, targetUserId: user.id, ip: meta.ip }, at);
  await sendPasswordChanged(deps, user.email, user.name);
}

/**
 * Starts a change of address: a link goes to the NEW address, a notice to the old
 * one. An address that is already taken gets no link, but the answer looks the same.
 */
export async function requestEmailChange(
  deps: AccountDeps,
  actor: Actor | null,
  input: { email: string; current: string },
  meta: RequestMeta,
): Promise<void> {
  const user = await ownAccount(deps, actor);
  await checkCurrentPassword(deps, user, input.current, meta);
  const next = normalizeEmail(input.email);
  if (next === user.email) throw new ValidationError('That is already your address.', { email: 'That is already your email address.' });
  const at = now(deps);
  if (await hitAndCheck(deps.ctx.db, LIMITS.mailAccount, String(user.id), at)) {
    throw new TooManyAttemptsError('We have sent several links already. Wait an hour and try again.');
  }
  await audit(deps.ctx.db, { action: 'email.change_requested', actorUserId: user.id, targetUserId: user.id, ip: meta.ip, detail: next }, at);
  await sendEmailChangeNotice(deps, user.email, user.name, next, false);
  if (await findUserByEmail(deps.ctx.db, next)) return;
  const token = await issueToken(deps.ctx.db, user.id, 'change_email', at, next);
  await sendEmailChangeLink(deps, next, user.name, token);
}

/** Spends a change-of-address link: the new address becomes the (verified) sign-in address. */
export async function confirmEmailChange(deps: AccountDeps, token: string): Promise<User> {
  const db = deps.ctx.db;
  const at = now(deps);
  const spent = await consumeToken(db, token, 'change_email', at);
  if (!spent?.newEmail) throw new DeadLinkError();
  const user = await findUserById(db, spent.userId);
  if (!user) throw new DeadLinkError();
  if (await findUserByEmail(db, spent.newEmail)) {
    throw new AppError(409, 'email taken', 'That address now belongs to another account, so it cannot be used.');
  }
  const old = user.email;
  await updateUser(db, user.id, { email: spent.newEmail, emailVerifiedAt: at.toISOString() }, at.toISOString());
  await audit(db, { action: 'email.changed', actorUserId: user.id, targetUserId: user.id, detail: `${old} → ${spent.newEmail}` }, at);
  await sendEmailChangeNotice(deps, old, user.name, spent.newEmail, true);
  return (await findUserById(db, user.id)) ?? user;
}

/** Deletes every session of the account, this one included. */
export async function signOutEverywhere(deps: AccountDeps, actor: Actor | null, meta: RequestMeta): Promise<number> {
  const user = await ownAccount(deps, actor);
  const n = await deleteUserSessions(deps.ctx.db, user.id);
  await audit(deps.ctx.db, { action: 'signout.everywhere', actorUserId: user.id, targetUserId: user.id, ip: meta.ip, detail: `${n} sessions` }, now(deps));
  return n;
}
