import { AppError, ValidationError } from '../../shared/errors.js';
import { addressee, sendEmailChangeLink, sendEmailChangeNotice, sendPasswordChanged } from './account-emails.js';
import { DeadLinkError, TooManyAttemptsError, type AccountDeps, type RequestMeta } from './accounts.service.js';
import { audit } from './audit.js';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.js';
import { requireCan, type Actor } from './policy.js';
import { LIMITS, hitAndCheck } from './rate-limits.js';
import { countSignInFailure, signInBlocked } from './sign-in-limits.js';
import { deleteUserSessions } from './sessions.js';
import { consumeToken, issueToken, revokeAllTokens, revokeTokens } from './tokens.js';
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
  // This browser is signed in to the account: the account-wide limit does not apply to it.
  if (await signInBlocked(deps.ctx.db, user.email, meta.ip, at, true)) {
    throw new TooManyAttemptsError('Too many wrong passwords. Wait 15 minutes and try again.');
  }
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, current))) {
    await countSignInFailure(deps.ctx.db, user.email, meta.ip, at);
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
  // Hashed before the transaction: it takes tens of milliseconds and needs no lock.
  const passwordHash = await hashPassword(input.password);
  await deps.ctx.db.transaction().execute(async (tx) => {
    await updateUser(tx, user.id, { passwordHash }, at.toISOString());
    // A reset or confirmation link mailed before the change must not undo it.
    await revokeAllTokens(tx, user.id, at);
    await deleteUserSessions(tx, user.id, input.keepSessionIdHash);
    await audit(tx, { action: 'password.changed', actorUserId: user.id, targetUserId: user.id, ip: meta.ip }, at);
  });
  await sendPasswordChanged(deps, user.email, addressee(user));
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
  await sendEmailChangeNotice(deps, user.email, addressee(user), user.emailVerifiedAt ? next : null, false);
  if (await findUserByEmail(deps.ctx.db, next)) return;
  // Only the newest requested address can be confirmed.
  const token = await deps.ctx.db.transaction().execute(async (tx) => {
    await revokeTokens(tx, user.id, 'change_email', at);
    return issueToken(tx, user.id, 'change_email', at, next);
  });
  // Not yet confirmed by anyone: no name in it.
  await sendEmailChangeLink(deps, next, token);
}

/**
 * Spends a change-of-address link: the new address becomes the (verified) sign-in
 * address, and in the same transaction every other outstanding link of the account
 * dies (a reset link mailed to the old address must not take the account back).
 */
export async function confirmEmailChange(deps: AccountDeps, token: string): Promise<User> {
  const db = deps.ctx.db;
  const at = now(deps);
  const changed = await db.transaction().execute(async (tx) => {
    const spent = await consumeToken(tx, token, 'change_email', at);
    if (!spent?.newEmail) return { dead: true as const };
    const user = await findUserById(tx, spent.userId);
    if (!user) return { dead: true as const };
    // The link stays spent even when the address was taken meanwhile: it can never work again.
    if (await findUserByEmail(tx, spent.newEmail)) return { taken: true as const };
    await updateUser(tx, user.id, { email: spent.newEmail, emailVerifiedAt: at.toISOString() }, at.toISOString());
    await revokeAllTokens(tx, user.id, at);
    await audit(tx, { action: 'email.changed', actorUserId: user.id, targetUserId: user.id, detail: `${user.email} → ${spent.newEmail}` }, at);
    return { user, old: user.email, newEmail: spent.newEmail };
  });
  if ('dead' in changed) throw new DeadLinkError();
  if ('taken' in changed) throw new AppError(409, 'email taken', 'That address now belongs to another account, so it cannot be used.');
  await sendEmailChangeNotice(deps, changed.old, addressee(changed.user), changed.user.emailVerifiedAt ? changed.newEmail : null, true);
  return (await findUserById(db, changed.user.id)) ?? changed.user;
}

/** Deletes every session of the account, this one included. */
export async function signOutEverywhere(deps: AccountDeps, actor: Actor | null, meta: RequestMeta): Promise<number> {
  const user = await ownAccount(deps, actor);
  const n = await deleteUserSessions(deps.ctx.db, user.id);
  await audit(deps.ctx.db, { action: 'signout.everywhere', actorUserId: user.id, targetUserId: user.id, ip: meta.ip, detail: `${n} sessions` }, now(deps));
  return n;
}
