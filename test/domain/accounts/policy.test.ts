import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ACTIONS, POLICY_TABLE, ROLES, can, requireCan, type Actor, type Role } from '../../../src/domain/accounts/policy.js';

const actor = (role: Role, overrides: Partial<Actor> = {}): Actor => ({ userId: 7, role, name: 'A', email: 'a@example.org', trusted: false, verified: true, ...overrides });

test('anonymous visitors can do nothing in the table', () => {
  for (const action of ACTIONS) assert.equal(can(null, action), false, action);
});

test('every role gets exactly the actions the table lists for it', () => {
  for (const action of ACTIONS) {
    for (const role of ROLES) {
      const rule = POLICY_TABLE[action] as { roles: readonly Role[] };
      assert.equal(can(actor(role), action), rule.roles.includes(role), `${role} ${action}`);
    }
  }
});

test('the table has the actions later work relies on', () => {
  for (const a of ['dashboard.view', 'submission.create', 'submission.view_own', 'review.view_assigned', 'review.submit', 'editor.desk', 'article.publish', 'article.edit_any', 'admin.users', 'admin.roles', 'admin.settings', 'admin.outbox', 'profile.edit_own', 'account.manage_own']) {
    assert.ok(ACTIONS.includes(a as never), a);
  }
});

test('own and assigned scopes check the resource; staff override where the table says', () => {
  assert.equal(can(actor('author'), 'submission.view_own', { ownerUserId: 7 }), true);
  assert.equal(can(actor('author'), 'submission.view_own', { ownerUserId: 8 }), false);
  assert.equal(can(actor('editor'), 'submission.view_own', { ownerUserId: 8 }), true);
  assert.equal(can(actor('reviewer'), 'review.view_assigned', { assignedUserIds: [7] }), true);
  assert.equal(can(actor('reviewer'), 'review.view_assigned', { assignedUserIds: [9] }), false);
  assert.equal(can(actor('editor'), 'review.submit', { assignedUserIds: [9] }), false, 'only the assigned reviewer submits');
  assert.equal(can(actor('reader'), 'account.manage_own', { ownerUserId: 9 }), false);
});

test('submitting needs a confirmed email address', () => {
  assert.equal(can(actor('reader', { verified: false }), 'submission.create'), false);
  assert.throws(() => requireCan(actor('reader', { verified: false }), 'submission.create'), /forbidden/);
  assert.equal(can(actor('reader'), 'submission.create'), true);
});

test('requireCan: 401 for anonymous, 403 for the wrong role', () => {
  assert.throws(() => requireCan(null, 'dashboard.view'), { statusCode: 401 });
  assert.throws(() => requireCan(actor('author'), 'admin.users'), { statusCode: 403 });
  assert.doesNotThrow(() => requireCan(actor('admin'), 'admin.users'));
});
