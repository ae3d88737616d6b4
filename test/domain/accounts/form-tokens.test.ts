import assert from 'node:assert/strict';
import { test } from 'node:test';
import { anonymousCsrfToken, checkAnonymousCsrfToken, checkFormTimeToken, formTimeToken, newPreSessionId } from '../../../src/domain/accounts/form-tokens.js';
import { safeNext } from '../../../src/domain/accounts/accounts.schemas.js';

const secret = 'test-secret-for-signing';
const t0 = new Date('2026-11-20T12:00:00.000Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

test('form time tokens: too fast, fine, expired, forged, for another form', () => {
  const token = formTimeToken(secret, 'register', t0);
  assert.equal(checkFormTimeToken(secret, 'register', token, at(1500)), 'too-fast');
  assert.equal(checkFormTimeToken(secret, 'register', token, at(2000)), 'ok');
  assert.equal(checkFormTimeToken(secret, 'register', token, at(2 * 3600 * 1000)), 'ok');
  assert.equal(checkFormTimeToken(secret, 'register', token, at(2 * 3600 * 1000 + 1)), 'expired');
  assert.equal(checkFormTimeToken('other-secret', 'register', token, at(5000)), 'invalid');
  assert.equal(checkFormTimeToken(secret, 'contact', token, at(5000)), 'invalid');
  const [issued, mac] = token.split('.');
  assert.equal(checkFormTimeToken(secret, 'register', `${Number(issued) - 60_000}.${mac}`, at(5000)), 'invalid', 'the time cannot be moved back');
  assert.equal(checkFormTimeToken(secret, 'register', '', at(5000)), 'invalid');
});

test('anonymous CSRF tokens fit only their own pre-session id', () => {
  const a = newPreSessionId();
  const b = newPreSessionId();
  assert.notEqual(a, b);
  const token = anonymousCsrfToken(secret, a);
  assert.equal(checkAnonymousCsrfToken(secret, a, token), true);
  assert.equal(checkAnonymousCsrfToken(secret, b, token), false);
  assert.equal(checkAnonymousCsrfToken('other', a, token), false);
});

test('safeNext keeps same-site paths only', () => {
  assert.equal(safeNext('/dashboard/account'), '/dashboard/account');
  for (const bad of ['//evil.example', 'https://evil.example', '/\\evil', 'javascript:x', '/login', '/logout', ' /x']) assert.equal(safeNext(bad), '/dashboard/', bad);
});
