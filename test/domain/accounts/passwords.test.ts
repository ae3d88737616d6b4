import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  CURRENT_HASH_PARAMS,
  hashPassword,
  isCommonPassword,
  needsRehash,
  passwordProblem,
  verifyPassword,
} from '../../../src/domain/accounts/passwords.js';

test('at least 10 characters, at most 256', () => {
  assert.match(passwordProblem('short-one') ?? '', /at least 10/);
  assert.equal(passwordProblem('ten chars!'), null);
  assert.match(passwordProblem('x'.repeat(257)) ?? '', /at most 256/);
});

test('common passwords are refused whatever their case', () => {
  for (const p of ['password123', 'PASSWORD123', 'Qwertyuiop', '1q2w3e4r5t', 'iloveyou2020', 'football1234', 'aaaaaaaaaa', 'Jennifer1990']) {
    assert.equal(isCommonPassword(p), true, p);
    assert.match(passwordProblem(p) ?? '', /too common/, p);
  }
  assert.equal(isCommonPassword('copper-kettle-meadow-41'), false);
});

test('a password equal to the email, its local part or the name is refused', () => {
  const person = { email: 'Ada.Lovelace@Example.org', name: 'Ada Lovelace' };
  assert.match(passwordProblem('ada.lovelace@example.org', person) ?? '', /email/);
  assert.match(passwordProblem('ADA.LOVELACE', person) ?? '', /email/);
  assert.match(passwordProblem('Ada Lovelace', person) ?? '', /name/);
  assert.match(passwordProblem('adalovelace', person) ?? '', /name/);
  assert.equal(passwordProblem('analytical engine notes', person), null);
});

test('argon2id hashes keep their parameters and verify', async () => {
  const stored = await hashPassword('copper-kettle-meadow-41');
  assert.match(stored, /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  assert.equal(await verifyPassword(stored, 'copper-kettle-meadow-41'), true);
  assert.equal(await verifyPassword(stored, 'copper-kettle-meadow-42'), false);
  assert.equal(await verifyPassword('not a hash', 'anything'), false);
  assert.equal(needsRehash(stored), false);
});

test('needsRehash flags hashes made with weaker parameters', async () => {
  const weak = await hashPassword('copper-kettle-meadow-41', { memoryCost: 8192, timeCost: 1, parallelism: 1 });
  assert.equal(needsRehash(weak), true);
  assert.equal(needsRehash(weak, { memoryCost: 8192, timeCost: 1, parallelism: 1 }), false);
  assert.equal(needsRehash('garbage'), true);
  assert.deepEqual(CURRENT_HASH_PARAMS, { memoryCost: 19456, timeCost: 2, parallelism: 1 });
});

test('the common-password list is a data file in the form its generator writes', () => {
  // data/generate-common-passwords.mjs writes one lower-case password of 8+ characters a line,
  // sorted, no repeats; a hand edit that breaks the form would make lookups miss.
  const text = readFileSync(new URL('../../../src/domain/accounts/data/common-passwords.txt', import.meta.url), 'utf8');
  assert.ok(text.endsWith('\n'));
  const words = text.slice(0, -1).split('\n');
  assert.ok(words.length > 20_000, `${words.length} passwords`);
  assert.deepEqual(words, [...new Set(words)].sort());
  for (const w of words) assert.ok(w.length >= 8 && w === w.toLowerCase() && !/\s/.test(w), w);
  assert.equal(isCommonPassword(words[words.length - 1]!), true);
});
