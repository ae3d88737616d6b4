import type { Executor } from '../../db/database.js';
import { slugify } from '../../shared/slugify.js';

export interface Category {
  id: number;
  slug: string;
  name: string;
  description: string;
}

export interface Tag {
  id: number;
  slug: string;
  name: string;
}

export async function listCategories(db: Executor): Promise<Category[]> {
  return db.selectFrom('categories').select(['id', 'slug', 'name', 'description']).orderBy('position').orderBy('id').execute();
}

export async function findCategoryBySlug(db: Executor, slug: string): Promise<Category | undefined> {
  return db.selectFrom('categories').select(['id', 'slug', 'name', 'description']).where('slug', '=', slug).executeTakeFirst();
}

export async function upsertCategory(
  db: Executor,
  input: { slug: string; name: string; description?: string; position?: number },
): Promise<number> {
  const existing = await findCategoryBySlug(db, input.slug);
  if (existing) {
    await db
      .updateTable('categories')
      .set({ name: input.name, description: input.description ?? existing.description, position: input.position ?? 0 })
      .where('id', '=', existing.id)
      .execute();
    return existing.id;
  }
  const row = await db
    .insertInto('categories')
    .values({ slug: input.slug, name: input.name, description: input.description ?? '', position: input.position ?? 0 })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findTagBySlug(db: Executor, slug: string): Promise<Tag | undefined> {
  return db.selectFrom('tags').select(['id', 'slug', 'name']).where('slug', '=', slug).executeTakeFirst();
}

/** Tag ids for names, creating the tags that do not exist yet. */
export async function ensureTags(db: Executor, names: string[]): Promise<number[]> {
  const ids: number[] = [];
  const seen = new Set<string>();
  for (const raw of names) {
    const name = raw.trim();
    if (!name) continue;
    const slug = slugify(name, 60);
    if (seen.has(slug)) continue;
    seen.add(slug);
    const found = await findTagBySlug(db, slug);
    if (found) {
      ids.push(found.id);
      continue;
    }
    const row = await db.insertInto('tags').values({ slug, name }).returning('id').executeTakeFirstOrThrow();
    ids.push(row.id);
  }
  return ids;
}
