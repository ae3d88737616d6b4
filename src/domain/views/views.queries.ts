import { randomBytes } from 'node:crypto';
import type { Executor } from '../../db/database.js';
import { visitorBytes } from './visitor.js';

export interface VisitTotals {
  total: number;
  today: number;
}

/** The day's salt, shared by every app instance through the database. */
export async function dailySalt(db: Executor, day: string): Promise<string> {
  await db
    .insertInto('visit_salts')
    .values({ day, salt: randomBytes(32).toString('hex') })
    .onConflict((oc) => oc.column('day').doNothing())
    .execute();
  const row = await db.selectFrom('visit_salts').select('salt').where('day', '=', day).executeTakeFirstOrThrow();
  return row.salt;
}

/** Forget past salts and who was seen before today: yesterday's visitors become unlinkable. */
export async function pruneVisitorData(db: Executor, today: string): Promise<void> {
  await db.deleteFrom('visit_salts').where('day', '<', today).execute();
  await db.deleteFrom('visit_seen').where('day', '<', today).execute();
}

export async function visitTotals(db: Executor, articleId: number, today: string): Promise<VisitTotals> {
  const rows = await db
    .selectFrom('visit_days')
    .select(['day', 'count'])
    .where('article_id', '=', articleId)
    .execute();
  let total = 0;
  let todayCount = 0;
  for (const r of rows) {
    total += r.count;
    if (r.day === today) todayCount += r.count;
  }
  return { total, today: todayCount };
}

export async function visitsInRange(db: Executor, articleId: number, fromDay: string, toDay: string): Promise<number> {
  const row = await db
    .selectFrom('visit_days')
    .select((eb) => eb.fn.sum<number>('count').as('n'))
    .where('article_id', '=', articleId)
    .where('day', '>=', fromDay)
    .where('day', '<=', toDay)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function mostVisited(
  db: Executor,
  fromDay: string,
  limit: number,
): Promise<Array<{ articleId: number; views: number }>> {
  const rows = await db
    .selectFrom('visit_days as v')
    .innerJoin('articles as a', 'a.id', 'v.article_id')
    .select(['v.article_id', (eb) => eb.fn.sum<number>('v.count').as('views')])
    .where('v.day', '>=', fromDay)
    .where('a.status', '=', 'published')
    .groupBy('v.article_id')
    .orderBy('views', 'desc')
    .orderBy('v.article_id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ articleId: r.article_id, views: Number(r.views) }));
}

export interface PendingVisit {
  day: string;
  /** the visitor id as `visitorHash` returns it (latin1, one character per byte) */
  visitor: string;
  articleId: number;
}

/** New visits per article and day, as a batch added them. */
export type WrittenVisits = Array<{ articleId: number; day: string; n: number }>;

/**
 * Writes a batch atomically. The visit_seen primary key decides, across restarts and
 * across app instances, whether a visitor was already counted for that article today.
 * Returns the new visits per article and day.
 */
export async function writeVisitBatch(
  db: Executor,
  batch: PendingVisit[],
): Promise<WrittenVisits> {
  if (batch.length === 0) return [];
  return db.transaction().execute(async (tx) => {
    const increments = new Map<string, { articleId: number; day: string; n: number }>();
    for (let i = 0; i < batch.length; i += 300) {
      const chunk = batch.slice(i, i + 300);
      const inserted = await tx
        .insertInto('visit_seen')
        .values(chunk.map((v) => ({ day: v.day, article_id: v.articleId, visitor: visitorBytes(v.visitor) })))
        .onConflict((oc) => oc.columns(['day', 'article_id', 'visitor']).doNothing())
        .returning(['article_id', 'day'])
        .execute();
      for (const r of inserted) {
        const key = `${r.article_id}:${r.day}`;
        const inc = increments.get(key) ?? { articleId: r.article_id, day: r.day, n: 0 };
        inc.n++;
        increments.set(key, inc);
      }
    }
    // One multi-row upsert per chunk: a busy second touches thousands of articles.
    const rows = [...increments.values()].map((inc) => ({ article_id: inc.articleId, day: inc.day, count: inc.n }));
    for (let i = 0; i < rows.length; i += 300) {
      await tx
        .insertInto('visit_days')
        .values(rows.slice(i, i + 300))
        .onConflict((oc) =>
          oc.columns(['article_id', 'day']).doUpdateSet((eb) => ({ count: eb('visit_days.count', '+', eb.ref('excluded.count')) })),
        )
        .execute();
    }
    return [...increments.values()];
  });
}
