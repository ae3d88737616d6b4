import type { Dialect } from '../../db/database.js';
import { createPostgresSearchIndex } from './search.postgres.js';
import { createSqliteSearchIndex } from './search.sqlite.js';
import type { SearchIndex, SearchTuning } from './search.types.js';

/** The search provider for a database engine. Only published articles are ever upserted. */
export function searchIndexFor(dialect: Dialect, tuning: SearchTuning = {}): SearchIndex {
  return dialect === 'postgres' ? createPostgresSearchIndex(tuning) : createSqliteSearchIndex(tuning);
}
