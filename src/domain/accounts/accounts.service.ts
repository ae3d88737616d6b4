import { AppError, ValidationError } from '../../shared/errors.js';
import {
  addressee,
  sendAlreadyRegistered,
  sendPasswordReset,
  sendVerification,
  type AccountMailDeps,
} from './account-emails.js';
import type { RegisterInput } from './accounts.schemas.js';
import { UNKNOWN_ACCOUNT_DETAIL, audit } from './audit.js';
import { hashPassword, needsRehash, passwordProblem, verifyAgainstDummy, verifyPassword } from './passwords.js';
import { LIMITS, hitAndCheck } from './rate-limits.js';
import { clearAccountFailures, clearPairFailures, countSignInFailure, signInBlocked } from './sign-in-limits.js';
import { deleteUserSessions } from './sessions.js';
import { consumeToken, issueToken, peekToken, revokeAllTokens } from './tokens.js';
import { findUserByEmail, findUserById, insertUser, normalizeEmail, updateUser, type User } from './users.queries.js';

// Registration, email verification, sign-in and password reset. No HTTP here:
// the routes pass in what they read from the request and render what comes back.

export type AccountDeps = AccountMailDeps;

export interface RequestMeta {
  /** client address (request.ip) */
  ip: string;
  userAgent?: string;
  /** the account a valid device cookie of this browser names (see device-tokens.ts), if any */
  deviceUserId?: number | null;
}

export class TooManyAttemptsError extends AppError {
  constructor(message = 'Too many attempts from your network. Wait an hour and try again.') {
    super(429, 'rate limited', message);
    this.name = 'TooManyAttemptsError';
  }
}

const now = (deps: AccountDeps) => deps.ctx.clock.now();

/**
 * Creates a reader account and mails a verification link. When the address is
 * already registered, the owner gets a note instead and the caller sees the same
 * outcome, so the form cannot be used to find out who has an account. Both paths do
 * the same costly work (one password hash, one lookup, one message queued), so the
 * time the answer takes does not tell them apart either (issue 14.3).
 */
export async function registerAccount(deps: AccountDeps, input: RegisterInput, meta: RequestMeta): Promise<{ userId: number | null }> {
  const db = deps.ctx.db;
  const at = now(deps);
  // Refused passwords are not counted: typos should not lock out a campus behind one address.
  const problem = passwordProblem(input.password, { email: input.email, name: input.name });
  if (problem) throw new ValidationError(problem, { password: problem });
  if (await hitAndCheck(db, LIMITS.register, meta.ip, at)) throw new TooManyAttemptsError();
  // Hashed whether or not the address is taken: this is most of the work, and skipping
  // it for a known address made that answer measurably faster.
  const passwordHash = await hashPassword(input.password);
  const email = normalizeEmail(input.email);
  const existing = await findUserByEmail(db, email);
  if (existing) {
    await sendAlreadyRegistered(deps, existing.email, addressee(existing));
    return { userId: null };
  }
  let created: { userId: number; token: string } | undefined;
  try {
    created = await db.transaction().execute(async (tx) => {
      const userId = await insertUser(tx, { email: input.email, name: input.name, role: 'reader', passwordHash }, at.toISOString());
      const token = await issueToken(tx, userId, 'verify_email', at);
      await audit(tx, { action: 'register', actorUserId: userId, targetUserId: userId, ip: meta.ip }, at);
      return { userId, token };
    });
  } catch (err) {
    // Two registrations of one address racing: the loser is told the same as everyone else.
    const winner = await findUserByEmail(db, email);
    if (!winner) throw err;
    await sendAlreadyRegistered(deps, winner.email, addressee(winner));
    return { userId: null };
  }
  // The name typed in the form is not in this message: the address is not confirmed yet.
  await sendVerification(deps, email, created.token);
  return { userId: created.userId };
}

/** Sends a fresh verification link to a signed-in, unverified account. */
export async function resendVerification(deps: AccountDeps, userId: number): Promise<void> {
  const db = deps.ctx.db;
  const user = await findUserById(db, userId);
  if (!user || user.emailVerifiedAt) return;
  if (await hitAndCheck(db, LIMITS.mailAccount, String(userId), now(deps))) throw new TooManyAttemptsError('We have sent several links already. Wait an hour and try again.');
  const token = await issueToken(db, userId, 'verify_email', now(deps));
  await sendVerification(deps, user.email, token);
}

/** Spends a verification link; returns the account it confirmed, or undefined for a dead link. */
export async function verifyEmail(deps: AccountDeps, token: string): Promise<User | undefined> {
  const db = deps.ctx.db;
  const spent = await consumeToken(db, token, 'verify_email', now(deps));
  if (!spent) return undefined;
  const user = await findUserById(db, spent.userId);
  if (!user) return undefined;
  if (!user.emailVerifiedAt) {
    await updateUser(db, user.id, { emailVerifiedAt: now(deps).toISOString() }, now(deps).toISOString());
    await audit(db, { action: 'email.verified', actorUserId: user.id, targetUserId: user.id }, now(deps));
  }
  return (await findUserById(db, user.id)) ?? user;
}

export type SignInResult = { ok: true; user: User } | { ok: false; reason: 'invalid' | 'locked' | 'disabled' };

/**
 * Checks a password. Failures count per account and address, per account and per
 * address (sign-in-limits.ts); over a limit the answer is "locked" whether or not the
 * account exists. Over the account-wide limit only a browser whose device cookie names
 * the account is still let through to the password check.
 */
export async function signIn(deps: AccountDeps, email: string, password: string, meta: RequestMeta): Promise<SignInResult> {
  const db = deps.ctx.db;
  const key = normalizeEmail(email);
  const at = now(deps);
  const user = await findUserByEmail(db, key);
  const knownDevice = user !== undefined && meta.deviceUserId === user.id;
  const blocked = await signInBlocked(db, key, meta.ip, at, knownDevice);
  if (blocked) {
    await audit(db, { action: 'signin.locked', targetUserId: user?.id ?? null, ip: meta.ip, detail: user ? `${key} (${blocked})` : UNKNOWN_ACCOUNT_DETAIL }, at);
    return { ok: false, reason: 'locked' };
  }
  let valid = false;
  if (user?.passwordHash) valid = await verifyPassword(user.passwordHash, password);
  else await verifyAgainstDummy(password);
  if (!user || !valid) {
    await countSignInFailure(db, key, meta.ip, at);
    // What was typed for an unknown account is not kept: it is often a password typed
    // into the wrong field. A known account is named by its id (and its address).
    await audit(db, { action: 'signin.failed', targetUserId: user?.id ?? null, ip: meta.ip, detail: user ? key : UNKNOWN_ACCOUNT_DETAIL }, at);
    return { ok: false, reason: 'invalid' };
  }
  if (user.status !== 'active') {
    await audit(db, { action: 'signin.failed', targetUserId: user.id, ip: meta.ip, detail: 'disabled account' }, at);
    return { ok: false, reason: 'disabled' };
  }
  if (user.passwordHash && needsRehash(user.passwordHash)) {
    await updateUser(db, user.id, { passwordHash: await hashPassword(password) }, at.toISOString());
  }
  await clearPairFailures(db, key, meta.ip);
  await audit(db, { action: 'signin', actorUserId: user.id, targetUserId: user.id, ip: meta.ip }, at);
  return { ok: true, user };
}

/**
 * Mails a reset link when the address belongs to an active account. The caller
 * shows the same message either way; only the per-address limit is visible.
 */
export async function requestPasswordReset(deps: AccountDeps, email: string, meta: RequestMeta): Promise<void> {
  const db = deps.ctx.db;
  const at = now(deps);
  if (await hitAndCheck(db, LIMITS.resetAddress, meta.ip, at)) throw new TooManyAttemptsError();
  const key = normalizeEmail(email);
  // Over the per-email limit the request is dropped silently, so nobody can flood one inbox.
  if (await hitAndCheck(db, LIMITS.resetEmail, key, at)) return;
  const user = await findUserByEmail(db, key);
  if (!user || user.status !== 'active') return;
  const token = await issueToken(db, user.id, 'reset_password', at);
  await audit(db, { action: 'password.reset_requested', targetUserId: user.id, ip: meta.ip }, at);
  await sendPasswordReset(deps, user.email, addressee(user), token);
}

export async function resetLinkIsLive(deps: AccountDeps, token: string): Promise<boolean> {
  return (await peekToken(deps.ctx.db, token, 'reset_password', now(deps))) !== undefined;
}

export class DeadLinkError extends AppError {
  constructor() {
    super(400, 'dead link', 'This link has expired or has already been used. Ask for a new one.');
    this.name = 'DeadLinkError';
  }
}

/**
 * Sets a new password from a reset link. In one transaction the link is spent, every
 * other outstanding link of the account (older resets, verification, change of address)
 * dies, and so does every session.
 */
export async function resetPassword(deps: AccountDeps, token: string, password: string, meta: RequestMeta): Promise<User> {
  const at = now(deps);
  // The password is checked before the link is spent, so a refused password can be corrected.
  const ownerId = await peekToken(deps.ctx.db, token, 'reset_password', at);
  const user = ownerId === undefined ? undefined : await findUserById(deps.ctx.db, ownerId);
  if (!user) throw new DeadLinkError();
  const problem = passwordProblem(password, { email: user.email, name: user.name });
  if (problem) throw new ValidationError(problem, { password: problem });
  // Hashed outside the transaction: it takes tens of milliseconds and holds no lock.
  const passwordHash = await hashPassword(password);
  await deps.ctx.db.transaction().execute(async (tx) => {
    const spent = await consumeToken(tx, token, 'reset_password', at);
    if (!spent || spent.userId !== user.id) throw new DeadLinkError();
    await updateUser(tx, user.id, { passwordHash, ...(user.emailVerifiedAt ? {} : { emailVerifiedAt: at.toISOString() }) }, at.toISOString());
    await revokeAllTokens(tx, user.id, at);
    await deleteUserSessions(tx, user.id);
    await clearAccountFailures(tx, user.email, meta.ip);
    await audit(tx, { action: 'password.reset', actorUserId: user.id, targetUserId: user.id, ip: meta.ip }, at);
  });
  return user;
}
