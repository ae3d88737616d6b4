import assert from 'node:assert/strict';
import { test } from 'node:test';
import { listAudit, audit } from '../../../src/domain/accounts/audit.js';
import { LIMITS, hit, hitAndCheck, isLimited } from '../../../src/domain/accounts/rate-limits.js';
import { loadOrCreateSecret } from '../../../src/domain/accounts/secrets.js';
import { createSession, deleteUserSessions, resolveSession } from '../../../src/domain/accounts/sessions.js';
import { consumeToken, issueToken, peekToken } from '../../../src/domain/accounts/tokens.js';
import { insertUser, listUsers, updateUser } from '../../../src/domain/accounts/users.queries.js';
import { sha256 } from '../../../src/domain/accounts/crypto.js';
import { describeEachDialect } from '../../helpers/db.js';

const now = new Date('2026-11-20T12:00:00.000Z');
const later = (ms: number) => new Date(now.getTime() + ms);
let n = 0;
const email = () => `store-${Date.now()}-${n++}@example.org`;

describeEachDialect('accounts storage', (db) => {
  const newUser = (name = 'Store Person') => insertUser(db().db, { email: email(), name, role: 'reader', passwordHash: 'x' }, now.toISOString());

  test('sessions: only the hash is stored; expiry and disabled accounts are enforced', async () => {
    const id = await newUser();
    const s = await createSession(db().db, id, { persistent: false, ip: '10.0.0.1' }, now);
    const row = await db().db.selectFrom('sessions').selectAll().where('user_id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.id_hash, sha256(s.token));
    assert.notEqual(row.id_hash, s.token);
    assert.equal((await resolveSession(db().db, s.token, later(1000)))?.actor.userId, id);
    assert.equal(await resolveSession(db().db, s.token, later(12 * 3600 * 1000)), undefined);
    const p = await createSession(db().db, id, { persistent: true }, now);
    assert.ok(await resolveSession(db().db, p.token, later(29 * 24 * 3600 * 1000)));
    await updateUser(db().db, id, { status: 'disabled' }, now.toISOString());
    assert.equal(await resolveSession(db().db, p.token, later(1000)), undefined);
    assert.equal(await deleteUserSessions(db().db, id), 1);
    assert.equal(await resolveSession(db().db, 'not a token', now), undefined);
  });

  test('tokens: single use, purpose-bound, expiring', async () => {
    const id = await newUser();
    const t = await issueToken(db().db, id, 'reset_password', now);
    assert.equal(await consumeToken(db().db, t, 'verify_email', later(1000)), undefined, 'wrong purpose');
    assert.equal(await peekToken(db().db, t, 'reset_password', later(1000)), id);
    assert.deepEqual(await consumeToken(db().db, t, 'reset_password', later(1000)), { userId: id, newEmail: null });
    assert.equal(await consumeToken(db().db, t, 'reset_password', later(2000)), undefined, 'used');
    const t2 = await issueToken(db().db, id, 'reset_password', now);
    assert.equal(await consumeToken(db().db, t2, 'reset_password', later(3600 * 1000)), undefined, 'expired at one hour');
    const t3 = await issueToken(db().db, id, 'change_email', now, 'new@example.org');
    assert.deepEqual(await consumeToken(db().db, t3, 'change_email', later(1000)), { userId: id, newEmail: 'new@example.org' });
  });

  test('rate limits count per bucket and window, atomically', async () => {
    const key = `10.1.1.${n++}`;
    for (let i = 1; i <= LIMITS.register.max; i++) assert.equal(await hit(db().db, LIMITS.register, key, now), i);
    assert.equal(await isLimited(db().db, LIMITS.register, key, now), true);
    assert.equal(await hitAndCheck(db().db, LIMITS.register, key, now), true);
    assert.equal(await isLimited(db().db, LIMITS.register, 'another', now), false);
    assert.equal(await isLimited(db().db, LIMITS.register, key, later(3600 * 1000)), false, 'a new window');
    const counts = await Promise.all(Array.from({ length: 10 }, () => hit(db().db, LIMITS.signInAddress, `race-${key}`, now)));
    assert.deepEqual([...counts].sort((a, b) => a - b), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  test('audit log keeps actor, target, address and time', async () => {
    const id = await newUser();
    await audit(db().db, { action: 'role.changed', actorUserId: 1, targetUserId: id, ip: '10.9.9.9', detail: 'reader → editor' }, now);
    const [entry] = await listAudit(db().db, { targetUserId: id, limit: 5 });
    assert.deepEqual({ ...entry, id: 0 }, { id: 0, at: now.toISOString(), action: 'role.changed', actorUserId: 1, targetUserId: id, ip: '10.9.9.9', detail: 'reader → editor' });
  });

  test('the signing secret is made once and shared', async () => {
    const a = await loadOrCreateSecret(db().db, 'test-secret', now);
    const b = await loadOrCreateSecret(db().db, 'test-secret', now);
    assert.equal(a, b);
    assert.equal(await loadOrCreateSecret(db().db, 'test-secret', now, 'configured'), 'configured');
  });

  test('users can be listed and searched by name or email', async () => {
    const id = await newUser('Quintessa Marlowe');
    const { users, total } = await listUsers(db().db, { q: 'quintessa', limit: 10, offset: 0 });
    assert.equal(total, 1);
    assert.equal(users[0]?.id, id);
    assert.equal((await listUsers(db().db, { q: '%', limit: 10, offset: 0 })).total >= 1, true, 'wildcards are inert');
  });
});
