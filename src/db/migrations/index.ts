import type { Migration, MigrationProvider } from 'kysely';
import { contentModel } from './2026-11-28-01-content-model.js';
import { searchHead } from './2026-11-28-02-search.js';
import { accounts } from './2026-11-28-03-accounts.js';
import { visitSeenCompact } from './2026-11-28-04-visit-seen-compact.js';
import { searchPrefix } from './2026-11-28-05-search-prefix.js';
import { editorialDesk } from './2026-12-03-06-editorial-desk.js';
import { relatedTerms } from './2026-12-03-07-related-terms.js';
import { wordpressImport } from './2026-12-03-08-wordpress-import.js';
import { similarity } from './2026-12-03-09-similarity.js';
import { submissions } from './2026-12-03-10-submissions.js';
import { mailQueue } from './2026-12-03-11-mail-queue.js';
import { formStash } from './2026-12-03-12-form-stash.js';
import type { MigrationDialect } from './dialect.js';

// Listed explicitly (not read from the folder) so the same list works from src/ and dist/.
export function migrationProvider(dialect: MigrationDialect): MigrationProvider {
  return {
    async getMigrations(): Promise<Record<string, Migration>> {
      return {
        '2026-11-28-01-content-model': contentModel(dialect),
        '2026-11-28-02-search': searchHead(dialect),
        '2026-11-28-03-accounts': accounts(dialect),
        '2026-11-28-04-visit-seen-compact': visitSeenCompact(dialect),
        '2026-11-28-05-search-prefix': searchPrefix(dialect),
        '2026-12-03-06-editorial-desk': editorialDesk(dialect),
        '2026-12-03-07-related-terms': relatedTerms(dialect),
        '2026-12-03-08-wordpress-import': wordpressImport(dialect),
        '2026-12-03-09-similarity': similarity(dialect),
        '2026-12-03-10-submissions': submissions(dialect),
        '2026-12-03-11-mail-queue': mailQueue(dialect),
        '2026-12-03-12-form-stash': formStash(dialect),
      };
    },
  };
}
