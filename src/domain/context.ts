import type { Db, Dialect } from '../db/database.js';
import type { Clock } from '../shared/clock.js';
import type { ContentEvents } from '../shared/events.js';
import type { SearchIndex } from './search/search.types.js';

/** What domain services need; built once in main and in tests. */
export interface DomainContext {
  db: Db;
  dialect: Dialect;
  clock: Clock;
  search: SearchIndex;
  events: ContentEvents;
}
