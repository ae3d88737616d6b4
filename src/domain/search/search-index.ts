import type { Dialect } from '../../db/database.js';
import { postgresSearchIndex } from './search.postgres.js';
import { sqliteSearchIndex } from './search.sqlite.js';
import type { SearchIndex } from './search.types.js';

/** The search provider for a database engine; both index published articles only. */
export function searchIndexFor(dialect: Dialect): SearchIndex {
  return dialect === 'postgres' ? postgresSearchIndex : sqliteSearchIndex;
}
