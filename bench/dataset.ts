// Writes a benchmark dataset into a migrated database, in bulk: multi-row inserts in
// transactions, then the search index filled by one INSERT … SELECT per engine (FTS5 on
// SQLite, to_tsvector computed in SQL on PostgreSQL). The SQLite file is cached under
// bench/output/, keyed by article count, schema and generator version.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { migrateToLatest, openDatabase, type DatabaseHandle, type Db } from '../src/db/database.js';
import { migrationProvider } from '../src/db/migrations/index.js';
import { loadDemoContent } from '../src/demo/demo-content.js';
import { refreshRelated } from '../src/domain/articles/related.service.js';
import { saveSiteSettings } from '../src/domain/settings/settings.js';
import { GENERATOR_VERSION, buildPlan, type DatasetPlan } from './dataset-plan.js';

export interface DatasetOptions {
  articles: number;
  seed?: number;
  poolSize?: number;
  authors?: number;
  log?: (message: string) => void;
}

export interface DatasetSummary {
  articles: number;
  published: number;
  authors: number;
  categories: number;
  tags: number;
  seconds: number;
}

const CHUNK = 250;

async function insertChunks<T>(rows: T[], size: number, insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

async function writeFixedRows(db: Db, plan: DatasetPlan, categories: Array<{ slug: string; name: string; description: string }>) {
  const site = loadDemoContent().site;
  await saveSiteSettings(db, { ...site, name: `${site.name} (benchmark)` });
  const now = new Date(Date.UTC(2011, 0, 1)).toISOString();
  await db
    .insertInto('categories')
    .values(categories.map((c, i) => ({ id: i + 1, slug: c.slug, name: c.name, description: c.description, position: i })))
    .execute();
  await insertChunks(plan.authors, 200, (chunk) =>
    db.insertInto('authors').values(chunk.map((a) => ({ ...a, created_at: now, updated_at: now }))).execute(),
  );
  await insertChunks(plan.tags, 500, (chunk) => db.insertInto('tags').values(chunk).execute());
}

/** Writes articles [from, to] and their links in one transaction. */
async function writeArticles(db: Db, plan: DatasetPlan, from: number, to: number): Promise<void> {
  const batch = Array.from({ length: to - from + 1 }, (_, i) => plan.article(from + i));
  await db.transaction().execute(async (tx) => {
    await insertChunks(batch, CHUNK, (chunk) => tx.insertInto('articles').values(chunk.map((b) => b.article)).execute());
    const authors = batch.flatMap((b) => b.authorIds.map((author_id, position) => ({ article_id: b.article.id, author_id, position })));
    await insertChunks(authors, 2000, (chunk) => tx.insertInto('article_authors').values(chunk).execute());
    const cats = batch.flatMap((b) => b.categoryIds.map((category_id, position) => ({ article_id: b.article.id, category_id, position })));
    await insertChunks(cats, 2000, (chunk) => tx.insertInto('article_categories').values(chunk).execute());
    const tags = batch.flatMap((b) => b.tagIds.map((tag_id) => ({ article_id: b.article.id, tag_id })));
    await insertChunks(tags, 3000, (chunk) => tx.insertInto('article_tags').values(chunk).execute());
  });
}

async function writeRelated(db: Db, plan: DatasetPlan, from: number, to: number): Promise<void> {
  const rows: Array<{ article_id: number; related_id: number; position: number; score: number; source: string }> = [];
  for (let id = from; id <= to; id++) {
    for (const [position, related_id] of plan.related(id).entries()) {
      rows.push({ article_id: id, related_id, position, score: 1 / (position + 1), source: 'auto' });
    }
  }
  await db.transaction().execute((tx) => insertChunks(rows, 1500, (chunk) => tx.insertInto('related_articles').values(chunk).execute()));
}

async function fillSearchSqlite(db: Db): Promise<void> {
  await sql`INSERT INTO article_search (rowid, title, dek, body, authors)
    SELECT a.id, a.title, a.dek, a.plain_text,
      (SELECT group_concat(name, ', ') FROM (
        SELECT x.name FROM article_authors aa JOIN authors x ON x.id = aa.author_id
        WHERE aa.article_id = a.id ORDER BY aa.position))
    FROM articles a WHERE a.status = 'published' ORDER BY a.id`.execute(db);
  // Merge the index into one b-tree, as a freshly rebuilt index would be.
  await sql`INSERT INTO article_search (article_search) VALUES ('optimize')`.execute(db);
}

async function fillSearchPostgres(db: Db, from: number, to: number): Promise<void> {
  // The same document the app's upsert builds, computed by the server instead of per row.
  await sql`INSERT INTO article_search (article_id, title, dek, body, authors, document)
    SELECT a.id, a.title, a.dek, a.plain_text, au.names,
      setweight(to_tsvector('english', replace(a.title, '<', ' ')), 'A') ||
      setweight(to_tsvector('english', replace(au.names, '<', ' ')), 'A') ||
      setweight(to_tsvector('english', replace(a.dek, '<', ' ')), 'B') ||
      setweight(to_tsvector('english', replace(left(a.plain_text, 400000), '<', ' ')), 'C')
    FROM articles a
    CROSS JOIN LATERAL (
      SELECT coalesce(string_agg(x.name, ', ' ORDER BY aa.position), '') AS names
      FROM article_authors aa JOIN authors x ON x.id = aa.author_id WHERE aa.article_id = a.id) au
    WHERE a.status = 'published' AND a.id BETWEEN ${from} AND ${to}`.execute(db);
}

/** Runs `work` over [1, n] in ranges of `size`, `parallel` ranges at a time. */
async function inRanges(n: number, size: number, parallel: number, work: (from: number, to: number) => Promise<void>): Promise<void> {
  let next = 1;
  const worker = async () => {
    while (next <= n) {
      const from = next;
      next += size;
      await work(from, Math.min(n, from + size - 1));
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}

/** Fills an empty, migrated database with `articles` generated articles. */
export async function generateDataset(handle: DatabaseHandle, options: DatasetOptions): Promise<DatasetSummary> {
  const log = options.log ?? (() => undefined);
  const started = performance.now();
  const db = handle.db;
  const categories = loadDemoContent().categories;
  const plan = buildPlan({
    articles: options.articles,
    categoryIds: categories.map((_, i) => i + 1),
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.poolSize !== undefined ? { poolSize: options.poolSize } : {}),
    ...(options.authors !== undefined ? { authors: options.authors } : {}),
  });
  log(`rendered ${plan.pool.length} pool bodies and ${plan.authors.length} author bios in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const pg = handle.dialect === 'postgres';
  if (pg) await sql`DROP INDEX IF EXISTS article_search_document`.execute(db);
  await writeFixedRows(db, plan, categories);
  let done = 0;
  let lastLog = performance.now();
  // PostgreSQL takes two writers (the machine has two cores); SQLite has one writer anyway.
  await inRanges(options.articles, 2000, pg ? 2 : 1, async (from, to) => {
    await writeArticles(db, plan, from, to);
    done += to - from + 1;
    if (performance.now() - lastLog > 5000) {
      lastLog = performance.now();
      log(`  ${done.toLocaleString('en-US')} / ${options.articles.toLocaleString('en-US')} articles written`);
    }
  });
  await inRanges(options.articles, 20_000, pg ? 2 : 1, (from, to) => writeRelated(db, plan, from, to));
  // Real related reading and the statistics its incremental path reads at publish time,
  // computed as `masthead reindex` does (it replaces the placeholder picks written above).
  const relatedStarted = performance.now();
  await refreshRelated(db);
  log(`related reading computed in ${((performance.now() - relatedStarted) / 1000).toFixed(1)} s`);
  log(`articles written in ${((performance.now() - started) / 1000).toFixed(1)} s; building the search index`);
  if (pg) {
    await inRanges(options.articles, 5000, 2, (from, to) => fillSearchPostgres(db, from, to));
    await db.connection().execute(async (c) => {
      await sql`SET maintenance_work_mem = '512MB'`.execute(c);
      await sql`CREATE INDEX article_search_document ON article_search USING gin (document)`.execute(c);
    });
    for (const table of ['articles', 'authors', 'categories', 'tags']) {
      await sql`SELECT setval(pg_get_serial_sequence(${table}, 'id'), (SELECT max(id) FROM ${sql.table(table)}))`.execute(db);
    }
    await sql`ANALYZE`.execute(db);
  } else {
    await fillSearchSqlite(db);
    await sql`ANALYZE`.execute(db);
  }
  const seconds = (performance.now() - started) / 1000;
  log(`dataset ready in ${seconds.toFixed(1)} s`);
  return {
    articles: options.articles,
    published: plan.publishedCount,
    authors: plan.authors.length,
    categories: categories.length,
    tags: plan.tags.length,
    seconds,
  };
}

/** A short key for the schema: the migration names, so a new migration invalidates the cache. */
export async function schemaKey(): Promise<string> {
  const names = Object.keys(await migrationProvider('sqlite').getMigrations()).join('\n');
  return createHash('sha256').update(names).digest('hex').slice(0, 8);
}

export interface CachedDataset {
  path: string;
  generated: boolean;
  summary?: DatasetSummary;
}

/**
 * The SQLite dataset for `articles`, generated on first use and reused after that. It is
 * generated into a temporary file with journaling off, then renamed, so an interrupted run
 * never leaves a half-written cache behind.
 */
export async function cachedSqliteDataset(outputDir: string, options: DatasetOptions): Promise<CachedDataset> {
  mkdirSync(outputDir, { recursive: true });
  const path = join(outputDir, `dataset-${options.articles}-g${GENERATOR_VERSION}-s${await schemaKey()}.sqlite`);
  if (existsSync(path)) return { path, generated: false };
  const temp = `${path}.tmp-${process.pid}`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(temp + suffix, { force: true });
  const handle = openDatabase({ kind: 'sqlite', path: temp });
  try {
    await sql`PRAGMA journal_mode = OFF`.execute(handle.db);
    await sql`PRAGMA synchronous = OFF`.execute(handle.db);
    await sql`PRAGMA foreign_keys = OFF`.execute(handle.db);
    await sql`PRAGMA cache_size = -262144`.execute(handle.db);
    await migrateToLatest(handle);
    const summary = await generateDataset(handle, options);
    await sql`PRAGMA journal_mode = WAL`.execute(handle.db);
    await handle.close();
    renameSync(temp, path);
    return { path, generated: true, summary };
  } catch (err) {
    await handle.close().catch(() => undefined);
    for (const suffix of ['', '-wal', '-shm']) rmSync(temp + suffix, { force: true });
    throw err;
  }
}

/** Forgets visits left by an earlier run, so every run counts from zero with fresh visitors. */
export async function resetVisits(db: Db): Promise<void> {
  await db.deleteFrom('visit_days').execute();
  await db.deleteFrom('visit_seen').execute();
  await db.deleteFrom('visit_salts').execute();
}
