// Rebuilds common-passwords.txt, the list of common and easily guessed passwords that
// passwords.ts refuses: one lower-case password of 8 or more characters a line, sorted,
// no repeats. Written for Masthead (frequent words and names with the digits, years and
// symbols people append, keyboard walks, repeated characters, "leet" spellings), not
// copied from a breach corpus.
//
// Usage: node src/domain/accounts/data/generate-common-passwords.mjs [more.txt ...]
// Reads the current list and any files given (words separated by spaces or lines; a line
// starting with # is a comment), adds new words and writes the file back in its canonical
// form. `--drop file.txt` removes the words listed in that file instead.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const target = fileURLToPath(new URL('./common-passwords.txt', import.meta.url));
const MIN_LENGTH = 8;

function words(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .flatMap((line) => line.split(/\s+/))
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w.length >= MIN_LENGTH);
}

const args = process.argv.slice(2);
const list = new Set(existsSync(target) ? words(target) : []);
const before = list.size;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--drop') {
    for (const w of words(args[++i])) list.delete(w);
  } else {
    for (const w of words(args[i])) list.add(w);
  }
}
// Default (UTF-16) order, the same on every machine whatever its locale.
const sorted = [...list].sort();
writeFileSync(target, sorted.join('\n') + '\n');
console.log(`common-passwords.txt: ${sorted.length} passwords (was ${before})`);
