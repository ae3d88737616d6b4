import type { Executor } from '../../db/database.js';
import { parseSnapshot, type ArticleSnapshot } from './snapshot.js';

export type VersionKind = 'save' | 'autosave' | 'publish' | 'schedule' | 'unpublish' | 'trash' | 'untrash' | 'restore' | 'import';

export interface VersionEntry {
  number: number;
  createdAt: string;
  userId: number | null;
  userName: string;
  kind: VersionKind;
  summary: string;
}

export interface Version extends VersionEntry {
  snapshot: ArticleSnapshot;
}

/** Consecutive autosaves by one person within this long share one history entry. */
export const AUTOSAVE_MERGE_MS = 10 * 60_000;

export interface NewVersion {
  articleId: number;
  number: number;
  now: string;
  userId: number | null;
  userName: string;
  kind: VersionKind;
  summary: string;
  snapshot: ArticleSnapshot;
}

/**
 * Records a version. An autosave right after the same person's previous autosave
 * replaces it (renumbered), so typing for an hour leaves a readable history.
 */
export async function insertVersion(db: Executor, v: NewVersion): Promise<void> {
  const values = {
    number: v.number,
    created_at: v.now,
    user_id: v.userId,
    user_name: v.userName,
    kind: v.kind,
    summary: v.summary,
    snapshot: JSON.stringify(v.snapshot),
  };
  if (v.kind === 'autosave') {
    const last = await db
      .selectFrom('article_versions')
      .select(['id', 'kind', 'user_id', 'created_at'])
      .where('article_id', '=', v.articleId)
      .orderBy('number', 'desc')
      .limit(1)
      .executeTakeFirst();
    const recent = last && Date.parse(v.now) - Date.parse(last.created_at) < AUTOSAVE_MERGE_MS;
    if (last && last.kind === 'autosave' && last.user_id === v.userId && recent) {
      await db.updateTable('article_versions').set(values).where('id', '=', last.id).execute();
      return;
    }
  }
  await db.insertInto('article_versions').values({ article_id: v.articleId, ...values }).execute();
}

export async function listVersions(db: Executor, articleId: number): Promise<VersionEntry[]> {
  const rows = await db
    .selectFrom('article_versions')
    .select(['number', 'created_at', 'user_id', 'user_name', 'kind', 'summary'])
    .where('article_id', '=', articleId)
    .orderBy('number', 'desc')
    .execute();
  return rows.map((r) => ({
    number: r.number,
    createdAt: r.created_at,
    userId: r.user_id,
    userName: r.user_name,
    kind: r.kind as VersionKind,
    summary: r.summary,
  }));
}

/** The version with this number, or (when autosaves were merged away) the latest one before it. */
export async function findVersion(db: Executor, articleId: number, number: number): Promise<Version | undefined> {
  const r = await db
    .selectFrom('article_versions')
    .selectAll()
    .where('article_id', '=', articleId)
    .where('number', '<=', number)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!r) return undefined;
  return {
    number: r.number,
    createdAt: r.created_at,
    userId: r.user_id,
    userName: r.user_name,
    kind: r.kind as VersionKind,
    summary: r.summary,
    snapshot: parseSnapshot(r.snapshot),
  };
}

export async function latestVersion(db: Executor, articleId: number): Promise<Version | undefined> {
  return findVersion(db, articleId, Number.MAX_SAFE_INTEGER);
}
