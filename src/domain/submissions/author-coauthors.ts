import type { Executor } from '../../db/database.js';

// Finding co-authors who already have an author profile, by name, so the byline links
// to their page on acceptance. Only what a byline shows: name and affiliation.

export interface ProfileMatch {
  id: number;
  name: string;
  affiliation: string;
}

// LIKE's wildcards and escape differ between the engines: they are simply dropped from the query.
const plain = (s: string) => s.replace(/[\\%_]/g, ' ').replace(/\s+/g, ' ');

export async function findProfiles(db: Executor, query: string, limit = 8): Promise<ProfileMatch[]> {
  const q = plain(query).trim().toLowerCase().slice(0, 100);
  if (q.length < 2) return [];
  const rows = await db
    .selectFrom('authors')
    .select(['id', 'name', 'affiliation'])
    .where((eb) => eb(eb.fn('lower', [eb.ref('name')]), 'like', `%${q}%`))
    .orderBy('name')
    .limit(limit)
    .execute();
  return rows;
}

export async function profilesByIds(db: Executor, ids: number[]): Promise<ProfileMatch[]> {
  const wanted = [...new Set(ids.filter((n) => Number.isSafeInteger(n) && n > 0))].slice(0, 20);
  if (wanted.length === 0) return [];
  return db.selectFrom('authors').select(['id', 'name', 'affiliation']).where('id', 'in', wanted).orderBy('name').execute();
}
