import { loadConfig } from '../config.js';
import { exitOnStartupError } from '../main.js';
import { runExport } from './export.command.js';
import { runImport } from './import.command.js';
import { runMigrate } from './migrate.command.js';
import { runReindex } from './reindex.command.js';
import { runRestore } from './restore.command.js';
import { runSeed } from './seed.command.js';
import { runServe } from './serve.command.js';
import { runUser } from './user.command.js';

const usage = `Usage: masthead <command> [options]

Commands:
  serve              migrate, seed the demo into an empty database (MASTHEAD_DEMO=1), and serve
  migrate            bring the database schema up to date
  seed [--demo]      seed the demo magazine into an empty database
  user add --email E --name N --role R
                     create a verified account (reader, author, reviewer, editor or admin);
                     the password is read from standard input
  reindex            rebuild the search index, related reading and the near-duplicate index
  import docx FILE.docx --author EMAIL
                     make a draft from a Word file, owned by that account and bylined to its
                     author profile; prints the draft's editor URL on the last line
  import wordpress FILE.xml [--uploads DIR] [--dry-run]
                     import a WordPress export (WXR): authors, sections, tags, posts, pages,
                     images from DIR (wp-content/uploads), view totals and old permalinks
  export FILE        write the whole site (content, media, settings; no sessions or secrets)
                     to one .tar.gz archive; - writes it to standard output
  restore FILE       load an export into an empty database (SQLite or PostgreSQL)

Configuration comes from the environment: DATABASE_URL, PORT, HOST, SITE_URL, SMTP_URL,
MASTHEAD_DEMO, TRUST_PROXY (see the README).`;

export async function runCli(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'serve':
        return await runServe();
      case 'migrate':
        return await runMigrate(loadConfig());
      case 'seed':
        return await runSeed(loadConfig(), rest);
      case 'user':
        return await runUser(loadConfig(), rest);
      case 'reindex':
        return await runReindex(loadConfig());
      case 'import':
        return await runImport(loadConfig(), rest);
      case 'export':
        return await runExport(loadConfig(), rest);
      case 'restore':
        return await runRestore(loadConfig(), rest);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        console.log(usage);
        return;
      default:
        console.error(`masthead: unknown command "${command}"\n\n${usage}`);
        process.exitCode = 2;
    }
  } catch (err) {
    exitOnStartupError(err);
  }
}
