import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hash, parseOptions, verify, type Algorithm } from '@node-rs/argon2';

// Password rules and hashing. argon2id's PHC string carries its own parameters
// (m, t, p), so raising them later only needs `needsRehash` at the next sign-in.

export const PASSWORD_MIN_LENGTH = 10;
/** Long enough for any passphrase; bounded so a megabyte "password" cannot tie up the hasher. */
export const PASSWORD_MAX_LENGTH = 256;

// The const enum cannot be read under isolatedModules; 2 is Algorithm.Argon2id.
const ARGON2ID = 2 as Algorithm;

export interface HashParams {
  memoryCost: number;
  timeCost: number;
  parallelism: number;
}

/** OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane): ~100 ms here. */
export const CURRENT_HASH_PARAMS: HashParams = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

let common: Set<string> | undefined;

/**
 * The list is data, not code (data/generate-common-passwords.mjs rebuilds it): read once, at
 * the first check. From src/ it sits in data/ beside this file; the build copies it to
 * dist/data/, beside the chunks (and one level up from the CLI's entry in dist/cli/).
 */
function commonPasswordsFile(): string {
  for (const name of ['./data/common-passwords.txt', '../data/common-passwords.txt']) {
    const path = fileURLToPath(new URL(name, import.meta.url));
    if (existsSync(path)) return path;
  }
  // Never check against an empty list in silence: that would let every common password in.
  throw new Error('data/common-passwords.txt is missing: run `npm run build` again');
}

export function isCommonPassword(password: string): boolean {
  common ??= new Set(readFileSync(commonPasswordsFile(), 'utf8').split('\n').filter(Boolean));
  return common.has(password.toLowerCase());
}

/** Returns what is wrong with a new password, or null when it is acceptable. */
export function passwordProblem(password: string, person: { email?: string; name?: string } = {}): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  if (password.length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  const lower = password.trim().toLowerCase();
  const email = person.email?.trim().toLowerCase();
  const name = person.name?.trim().toLowerCase();
  if (email && (lower === email || lower === email.split('@')[0])) return 'Your password must not be your email address.';
  if (name && (lower === name || lower === name.replace(/\s+/g, ''))) return 'Your password must not be your name.';
  if (isCommonPassword(password)) return 'That password is too common and easy to guess. Choose another one; a few unrelated words work well.';
  return null;
}

export function hashPassword(password: string, params: HashParams = CURRENT_HASH_PARAMS): Promise<string> {
  return hash(password, { algorithm: ARGON2ID, ...params });
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    // A malformed stored hash must not become a 500 or, worse, a match.
    return false;
  }
}

/** True when the stored hash was made with other (older or weaker) parameters than the current ones. */
export function needsRehash(stored: string, params: HashParams = CURRENT_HASH_PARAMS): boolean {
  try {
    const o = parseOptions(stored);
    return o.algorithm !== ARGON2ID || o.memoryCost !== params.memoryCost || o.timeCost !== params.timeCost || o.parallelism !== params.parallelism;
  } catch {
    return true;
  }
}

let dummy: Promise<string> | undefined;

/** Spends the time a real verification would, so "no such account" is not faster than "wrong password". */
export async function verifyAgainstDummy(password: string): Promise<void> {
  dummy ??= hashPassword('masthead-timing-equaliser-not-a-password');
  await verifyPassword(await dummy, password);
}
