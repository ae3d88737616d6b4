import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Config } from '../config.js';
import { migrateToLatest, openDatabase } from '../db/database.js';
import { can } from '../domain/accounts/policy.js';
import { findUserByEmail, toActor } from '../domain/accounts/users.queries.js';
import { DOCX_LIMITS, DocxError } from '../domain/imports/docx/docx-to-markdown.js';
import { importDocxDraft } from '../domain/imports/docx/docx-import.service.js';
import { domainContext } from '../runtime.js';
import { runImportWordpress, WORDPRESS_USAGE } from './import-wordpress.js';
import { ValidationError } from '../shared/errors.js';

// `masthead import <kind> …`: bringing content in from elsewhere. Each kind is its
// own function below; `import docx FILE.docx --author EMAIL` makes one draft owned
// by that account and prints its editor URL on the last line, so a script can
// take it with `tail -n 1`. A refused file prints one line and exits 1.

const DOCX_USAGE = 'masthead import docx FILE.docx --author EMAIL';
const usage = `usage: ${DOCX_USAGE}`;

/** `FILE --author EMAIL` in either order, `--author=EMAIL` too. */
export function parseDocxArgs(args: string[]): { file: string; author: string } {
  let file: string | undefined;
  let author: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const eq = /^--author=(.*)$/s.exec(arg);
    if (eq) author = eq[1] ?? '';
    else if (arg === '--author') {
      if (i + 1 >= args.length) throw new ValidationError(`--author needs an email address; ${usage}`);
      author = args[++i] ?? '';
    } else if (arg.startsWith('--')) throw new ValidationError(`unexpected option "${arg}"; ${usage}`);
    else if (file === undefined) file = arg;
    else throw new ValidationError(`unexpected argument "${arg}" (one file at a time); ${usage}`);
  }
  if (!file) throw new ValidationError(`which Word file? ${usage}`);
  if (!author?.trim()) throw new ValidationError(`--author EMAIL is required: the account that will own the draft; ${usage}`);
  return { file, author: author.trim() };
}

async function readWordFile(path: string): Promise<Buffer> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new ValidationError(`${path} is not a file`);
    size = info.size;
  } catch (err) {
    if (err instanceof ValidationError) throw err;
    throw new ValidationError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
  // Refused before it is read: a file of gigabytes never reaches memory.
  if (size > DOCX_LIMITS.maxFileBytes) {
    throw new DocxError(`The file is larger than ${DOCX_LIMITS.maxFileBytes / (1024 * 1024)} MB. Make it smaller (for example by compressing its pictures in Word) and import it again.`);
  }
  return readFile(path);
}

async function importDocx(config: Config, args: string[]): Promise<void> {
  const { file, author } = parseDocxArgs(args);
  const data = await readWordFile(file);
  const handle = openDatabase(config.database);
  try {
    await migrateToLatest(handle);
    const ctx = domainContext(handle);
    const user = await findUserByEmail(ctx.db, author);
    if (!user) throw new ValidationError(`no account has the email ${author}; create one first with: masthead user add --email ${author} --name NAME --role author`);
    if (user.status !== 'active') throw new ValidationError(`the account ${user.email} is disabled; enable it before giving it a draft`);
    if (!can(toActor(user), 'article.create')) {
      throw new ValidationError(`the account ${user.email} is a ${user.role}, who cannot write articles; give it the author, editor or admin role first`);
    }
    const result = await importDocxDraft(ctx, {
      data,
      filename: basename(file),
      ownerUserId: user.id,
      ownerName: user.name,
      by: { userId: user.id, name: user.name },
    });
    for (const warning of result.warnings) console.error(`masthead import: warning: ${warning}`);
    console.log(`imported ${basename(file)} as a draft owned by ${user.email} (article ${result.articleId})`);
    console.log(`${config.siteUrl}/editor/articles/${result.articleId}/`);
  } finally {
    await handle.close();
  }
}

/** Runs `masthead import KIND …`; a refused input prints one line and sets exit code 1 (other errors propagate). */
export async function runImport(config: Config, args: string[]): Promise<void> {
  const [kind, ...rest] = args;
  try {
    switch (kind) {
      case 'docx':
        return await importDocx(config, rest);
      case 'wordpress':
        return await runImportWordpress(config, rest);
      default:
        throw new ValidationError(`unknown import "${kind ?? ''}"; ${usage}, or ${WORDPRESS_USAGE}`);
    }
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    console.error(`masthead import: ${err.message}`);
    process.exitCode = 1;
  }
}
