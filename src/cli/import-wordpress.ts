import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Config } from '../config.js';
import { migrateToLatest, openDatabase } from '../db/database.js';
import { importWordpress, type WpImportSummary } from '../domain/imports/wordpress/wp-import.service.js';
import { readWxr } from '../domain/imports/wordpress/wxr-reader.js';
import { WxrError } from '../domain/imports/wordpress/wxr.types.js';
import { domainContext } from '../runtime.js';
import { ValidationError } from '../shared/errors.js';

// `masthead import wordpress FILE.xml [--uploads DIR] [--dry-run]`. Progress goes to
// stderr (a bar on a terminal, a line now and then otherwise), the summary to stdout.
// A file the reader refuses prints one line with its line:column and exits 1, having
// written nothing.

export const WORDPRESS_USAGE = 'masthead import wordpress FILE.xml [--uploads DIR] [--dry-run]';

export const WORDPRESS_HELP = `Usage: ${WORDPRESS_USAGE}

Imports a WordPress export (Tools → Export → All content, WXR 1.1 or 1.2) in one
transaction: users (as accounts with no password: each claims theirs through
"Forgot password"), authors and Co-Authors Plus guest authors, categories (as
sections), tags, posts and pages (both become articles), featured images and body
images, view counters, and redirects from every old permalink and /?p=ID.
Running it again with the same file updates what changed and duplicates nothing.
Old feed addresses (/feed/, /category/x/feed/, /?feed=rss2 …) lead to the
matching feeds, and posts still scheduled in WordPress go live on their date.

Roles: WordPress's own export does not carry them. Where the file has each user's
wp_capabilities meta inside <wp:author> (some export plugins add it), administrators
become admins, editors editors, authors and contributors authors, and subscribers
readers (an unknown role: a reader, with a warning). Otherwise whoever posted is an
author and everyone else a reader; raise editors and admins on /admin/users.

Options:
  --uploads DIR   the site's wp-content/uploads folder; images are copied from it
                  (never downloaded). Without it, images are listed as warnings.
  --dry-run       do everything, print the summary, then roll it all back
  --help          show this text`;

export interface WordpressArgs {
  file: string;
  uploads?: string;
  dryRun: boolean;
}

/** Parses the arguments; undefined means "print the help". */
export function parseWordpressArgs(args: string[]): WordpressArgs | undefined {
  let file: string | undefined;
  let uploads: string | undefined;
  let dryRun = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--help' || arg === '-h') return undefined;
    const eq = /^--uploads=(.*)$/s.exec(arg);
    if (eq) uploads = eq[1] ?? '';
    else if (arg === '--uploads') {
      if (i + 1 >= args.length) throw new ValidationError(`--uploads needs a folder; usage: ${WORDPRESS_USAGE}`);
      uploads = args[++i] ?? '';
    } else if (arg === '--dry-run') dryRun = true;
    else if (arg.startsWith('--')) throw new ValidationError(`unexpected option "${arg}"; usage: ${WORDPRESS_USAGE}`);
    else if (file === undefined) file = arg;
    else throw new ValidationError(`unexpected argument "${arg}" (one export at a time); usage: ${WORDPRESS_USAGE}`);
  }
  if (!file) throw new ValidationError(`which export file? usage: ${WORDPRESS_USAGE}`);
  return { file, ...(uploads ? { uploads } : {}), dryRun };
}

async function mustBe(path: string, what: 'file' | 'folder'): Promise<void> {
  try {
    const info = await stat(path);
    if (what === 'file' ? !info.isFile() : !info.isDirectory()) throw new ValidationError(`${path} is not a ${what}`);
  } catch (err) {
    if (err instanceof ValidationError) throw err;
    throw new ValidationError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (err as Error).message}`);
  }
}

/** Items done, rate and time left: a redrawn bar on a terminal, a plain line every 10% elsewhere. */
export function progressReporter(out: NodeJS.WriteStream, clock: () => number = Date.now) {
  const started = clock();
  let lastTenth = -1;
  let lastRead = 0;
  return {
    update(phase: 'read' | 'write', done: number, total?: number): void {
      const seconds = Math.max((clock() - started) / 1000, 0.001);
      const rate = done / seconds;
      if (phase === 'read' || total === undefined) {
        if (out.isTTY) out.write(`\rreading the export: ${done} records`);
        else if (done - lastRead >= 5000) {
          lastRead = done;
          out.write(`reading the export: ${done} records\n`);
        }
        return;
      }
      const left = rate > 0 ? Math.round((total - done) / rate) : 0;
      if (out.isTTY) {
        const width = 30;
        const filled = Math.round((done / Math.max(total, 1)) * width);
        out.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} posts, ${rate.toFixed(0)}/s, ${left}s left   `);
        if (done === total) out.write('\n');
        return;
      }
      const tenth = Math.floor((done / Math.max(total, 1)) * 10);
      if (tenth !== lastTenth) {
        lastTenth = tenth;
        out.write(`imported ${done}/${total} posts (${rate.toFixed(0)}/s, about ${left}s left)\n`);
      }
    },
  };
}

export function formatSummary(s: WpImportSummary): string {
  const c = s.counts;
  const lines = [
    `${s.dryRun ? 'dry run (nothing was written) of' : 'imported'} ${s.source}:`,
    `  accounts ${c.accounts}, authors ${c.authors}, guest authors ${c.guestAuthors}`,
    `  sections ${c.sections}, tags ${c.tags}, posts ${c.posts}, pages ${c.pages}`,
    `  media ${c.media}, redirects ${c.redirects} new, view totals ${c.viewTotals}`,
    `  articles created or changed: ${c.changed}`,
  ];
  if (s.warnings.length === 0) lines.push('no warnings');
  else {
    lines.push(`${s.warnings.length} warning(s):`);
    for (const w of s.warnings) lines.push(`  ${w.wpId !== undefined ? `[post ${w.wpId}] ` : ''}${w.message}`);
  }
  return lines.join('\n');
}

/** Runs the command; a refused input throws ValidationError (the import dispatch prints it, exit 1). */
export async function runImportWordpress(config: Config, args: string[]): Promise<void> {
  const parsed = parseWordpressArgs(args);
  if (!parsed) {
    console.log(WORDPRESS_HELP);
    return;
  }
  await mustBe(parsed.file, 'file');
  if (parsed.uploads) await mustBe(parsed.uploads, 'folder');
  const handle = openDatabase(config.database);
  try {
    await migrateToLatest(handle);
    const ctx = domainContext(handle);
    const progress = progressReporter(process.stderr);
    const summary = await importWordpress(ctx, () => readWxr(createReadStream(parsed.file)), {
      ...(parsed.uploads ? { uploadsDir: parsed.uploads } : {}),
      dryRun: parsed.dryRun,
      onProgress: (phase, done, total) => progress.update(phase, done, total),
    });
    console.log(formatSummary(summary));
  } catch (err) {
    if (err instanceof WxrError) {
      // The reader's message may already start with its position.
      const message = err.message.replace(/^\d+:\d+:\s*/, '');
      throw new ValidationError(`${parsed.file}:${err.line}:${err.column}: ${message}; nothing was imported`);
    }
    throw err;
  } finally {
    await handle.close();
  }
}
