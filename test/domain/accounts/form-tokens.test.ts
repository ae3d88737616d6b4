import assert from 'node:assert/strict';
import { test } from 'node:test';
import { anonymousCsrfToken, checkAnonymousCsrfToken, checkFormTimeToken, formTimeToken, newPreSessionId, spendFormTimeToken } from '../../../src/domain/accounts/form-tokens.js';
import { describeEachDialect } from '../../helpers/db.js';

const secret = 'test-secret-for-signing';
const t0 = new Date('2026-11-20T12:00:00.000Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

test('form time tokens: too fast, fine, expired, forged, for another form or another visitor', () => {
  const token = formTimeToken(secret, 'register', t0, 'pre:a');
  assert.equal(checkFormTimeToken(secret, 'register', token, at(1500), 'pre:a'), 'too-fast');
  assert.equal(checkFormTimeToken(secret, 'register', token, at(2000), 'pre:a'), 'ok');
  assert.equal(checkFormTimeToken(secret, 'register', token, at(2 * 3600 * 1000), 'pre:a'), 'ok');
  assert.equal(checkFormTimeToken(secret, 'register', token, at(2 * 3600 * 1000 + 1), 'pre:a'), 'expired');
  assert.equal(checkFormTimeToken('other-secret', 'register', token, at(5000), 'pre:a'), 'invalid');
  assert.equal(checkFormTimeToken(secret, 'contact', token, at(5000), 'pre:a'), 'invalid');
  assert.equal(checkFormTimeToken(secret, 'register', token, at(5000), 'pre:b'), 'invalid', 'bound to the visitor it was shown to');
  const [issued, nonce, mac] = token.split('.');
  assert.equal(checkFormTimeToken(secret, 'register', `${Number(issued) - 60_000}.${nonce}.${mac}`, at(5000), 'pre:a'), 'invalid', 'the time cannot be moved back');
  assert.equal(checkFormTimeToken(secret, 'register', `${issued}.${'x'.repeat(43)}.${mac}`, at(5000), 'pre:a'), 'invalid', 'nor the nonce changed');
  assert.equal(checkFormTimeToken(secret, 'register', `${issued}.${mac}`, at(5000), 'pre:a'), 'invalid', 'the old two-part form is refused');
  assert.equal(checkFormTimeToken(secret, 'register', '', at(5000), 'pre:a'), 'invalid');
  assert.notEqual(formTimeToken(secret, 'register', t0, 'pre:a'), token, 'every form shown gets its own token');
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

describeEachDialect('form time tokens are spent once', (db) => {
  test('the first spend wins, a replay loses, another token is unaffected', async () => {
    const a = formTimeToken(secret, 'register', t0, 'pre:a');
    const b = formTimeToken(secret, 'register', t0, 'pre:a');
    assert.equal(await spendFormTimeToken(db().db, a), true);
    assert.equal(await spendFormTimeToken(db().db, a), false);
    const racing = await Promise.all([spendFormTimeToken(db().db, b), spendFormTimeToken(db().db, b)]);
    assert.deepEqual(racing.sort(), [false, true], 'two sends racing: exactly one wins');
  });
});
