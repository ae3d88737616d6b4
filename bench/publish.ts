// Saving and publishing at scale: fresh articles with realistic bodies are saved as
// drafts and published through the real domain functions (render, version, search
// index, related reading, cache event) on a copy of the dataset, so the cached dataset
// is never altered. The copy is a file copy on SQLite and a template database on
// PostgreSQL.
import { copyFileSync, rmSync } from 'node:fs';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../src/db/database.js';
import { publishArticle, saveArticle } from '../src/domain/articles/articles.service.js';
import { refreshRelatedFor, stopBackgroundRelated } from '../src/domain/articles/related.service.js';
import { domainContext } from '../src/runtime.js';
import { distribution, type Distribution } from './measure.js';
import { PLACEHOLDER, makeBodyMarkdown, makeDek, makeIntro, makeTitle } from './text-gen.js';
import { between, buildVocabulary, pick, seededRandom } from './vocabulary.js';

export interface PublishResult {
  engine: 'SQLite' | 'PostgreSQL';
  /** published articles in the dataset before the run */
  published: number;
  articles: number;
  wordsMean: number;
  save: Distribution;
  publish: Distribution;
  /** refreshRelatedFor alone, run again right after each publish */
  related: Distribution;
  /** how many of the published articles had their related reading stored when publish returned */
  relatedOnReturn: number;
  /** how many cache events the publishes emitted */
  cacheEvents: number;
}

const WARMUP = 3;

/** Realistic inputs: the dataset's own generator, with existing authors, sections and tags. */
async function inputs(handle: DatabaseHandle, count: number) {
  const vocab = buildVocabulary();
  const r = seededRandom(20261203);
  const authors = (await handle.db.selectFrom('authors').select('id').orderBy('id').limit(300).execute()).map((a) => a.id);
  const categories = (await handle.db.selectFrom('categories').select('id').execute()).map((c) => c.id);
  const tags = (await handle.db.selectFrom('tags').select('name').orderBy('id').limit(200).execute()).map((t) => t.name);
  return Array.from({ length: count }, (_, i) => {
    const { markdown } = makeBodyMarkdown(r, vocab);
    const body = `${makeIntro(r, vocab)}\n\n${markdown.replace(PLACEHOLDER, () => vocab.draw(r))}`;
    return {
      title: `${makeTitle(r, vocab)} (${i + 1})`,
      dek: makeDek(r, vocab),
      bodyMarkdown: body,
      authorIds: [pick(r, authors)],
      categoryIds: [pick(r, categories)],
      tags: [...new Set(Array.from({ length: between(r, 2, 4) }, () => pick(r, tags)))],
    };
  });
}

async function measure(handle: DatabaseHandle, engine: PublishResult['engine'], count: number): Promise<PublishResult> {
  const ctx = domainContext(handle);
  let cacheEvents = 0;
  ctx.events.on(() => {
    cacheEvents += 1;
  });
  const published = Number(
    (await handle.db.selectFrom('articles').select((eb) => eb.fn.countAll().as('n')).where('status', '=', 'published').executeTakeFirst())?.n ?? 0,
  );
  const all = await inputs(handle, count + WARMUP);
  const save: number[] = [];
  const publish: number[] = [];
  const related: number[] = [];
  let relatedOnReturn = 0;
  let words = 0;
  for (const [i, input] of all.entries()) {
    const t0 = performance.now();
    const id = await saveArticle(ctx, input);
    const t1 = performance.now();
    await publishArticle(ctx, id);
    const t2 = performance.now();
    const picks = await handle.db.selectFrom('related_articles').select('related_id').where('article_id', '=', id).execute();
    const t3 = performance.now();
    await refreshRelatedFor(handle.db, id);
    const t4 = performance.now();
    if (i < WARMUP) continue;
    save.push(t1 - t0);
    publish.push(t2 - t1);
    related.push(t4 - t3);
    if (picks.length > 0) relatedOnReturn += 1;
    words += input.bodyMarkdown.split(/\s+/).length;
  }
  // Publishing schedules the background recomputation for large sites: it must not run here.
  await stopBackgroundRelated();
  return {
    engine,
    published,
    articles: count,
    wordsMean: words / count,
    save: distribution(save),
    publish: distribution(publish),
    related: distribution(related),
    relatedOnReturn,
    cacheEvents,
  };
}

/** On a copy of the SQLite dataset file (checkpointed first), deleted afterwards. */
export async function publishLatencySqlite(datasetPath: string, count: number): Promise<PublishResult> {
  const source = openDatabase({ kind: 'sqlite', path: datasetPath });
  await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(source.db);
  await source.close();
  const copy = `${datasetPath}.publish-${process.pid}`;
  const remove = () => {
    for (const suffix of ['', '-wal', '-shm']) rmSync(copy + suffix, { force: true });
  };
  remove();
  copyFileSync(datasetPath, copy);
  const handle = openDatabase({ kind: 'sqlite', path: copy });
  try {
    return await measure(handle, 'SQLite', count);
  } finally {
    await handle.close();
    remove();
  }
}

/**
 * On a copy of the PostgreSQL dataset (`CREATE DATABASE … TEMPLATE`, file copy), dropped
 * afterwards. Nothing else may be connected to the dataset's database meanwhile.
 */
export async function publishLatencyPostgres(url: string, count: number): Promise<PublishResult> {
  const name = `masthead_publish_${process.pid}`;
  const dataset = new URL(url).pathname.slice(1) || 'postgres';
  const admin = new pg.Client({ connectionString: url.replace(/\/[^/]*$/, '/template1') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${dataset} STRATEGY FILE_COPY`);
    const handle = openDatabase({ kind: 'postgres', url: url.replace(/\/[^/]*$/, `/${name}`) });
    try {
      return await measure(handle, 'PostgreSQL', count);
    } finally {
      await handle.close();
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
  }
}
