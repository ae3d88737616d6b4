import type { Config } from '../config.js';
import { migrateToLatest, openDatabase } from '../db/database.js';
import { rebuildSearchIndex } from '../domain/articles/articles.service.js';
import { refreshRelated } from '../domain/articles/related.service.js';
import { indexPublishedArticlesForSimilarity } from '../domain/submissions/checks/similarity.js';
import { domainContext } from '../runtime.js';

export async function runReindex(config: Config): Promise<void> {
  const handle = openDatabase(config.database);
  try {
    await migrateToLatest(handle);
    const ctx = domainContext(handle);
    const started = Date.now();
    const indexed = await rebuildSearchIndex(ctx);
    await refreshRelated(ctx.db);
    await indexPublishedArticlesForSimilarity(ctx);
    console.log(`reindexed ${indexed} published articles, their related reading and the near-duplicate index in ${Date.now() - started} ms`);
  } finally {
    await handle.close();
  }
}
