import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../../../domain/accounts/policy.js';
import { loadForEdit, restoreVersion } from '../../../domain/articles/desk.service.js';
import { findVersion, listVersions, type VersionEntry, type VersionKind } from '../../../domain/versions/versions.queries.js';
import { snapshotDiff } from '../../../domain/versions/word-diff.js';
import { AppError, NotFoundError } from '../../../shared/errors.js';
import { formatDateTimeInZone } from '../../../shared/time-zone.js';
import { renderHistory, type HistoryDiffVM, type VersionRowVM } from '../../pages/editor/history-page.js';
import { pageGuard } from '../../plugins/session.js';
import type { WebDeps } from '../deps.js';
import { deskChrome, idParam, sendDesk } from './desk-common.js';

// GET /editor/articles/{id}/history (?from=V&to=W for a diff) and the POST that
// restores a version. loadForEdit decides who may see a piece's history: the
// same people who may open its edit form.

export const KIND_LABELS: Record<VersionKind, string> = {
  save: 'Saved',
  autosave: 'Autosaved',
  publish: 'Published',
  schedule: 'Scheduled',
  unpublish: 'Unpublished',
  trash: 'Moved to trash',
  untrash: 'Restored from trash',
  restore: 'Restored version',
  import: 'Imported',
};

const versionNumber = z.coerce.number().int().min(1).max(2_147_483_647);
const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);

/** `from`/`to` of the query: absent, or a version number; anything else is a 400 that says what to send. */
function versionParam(query: unknown, key: 'from' | 'to'): number | undefined {
  const raw = first(query && typeof query === 'object' ? (query as Record<string, unknown>)[key] : undefined);
  if (raw === undefined || raw === '') return undefined;
  const parsed = versionNumber.safeParse(raw);
  if (!parsed.success) {
    throw new AppError(400, `bad ${key} version`, `“${key}” must be a version number from the list, such as ?from=1&to=2.`);
  }
  return parsed.data;
}

export function registerHistoryRoutes(app: FastifyInstance, web: WebDeps): void {
  const { ctx } = web;
  const guard = { preHandler: pageGuard('article.create') };

  app.get('/editor/articles/:id/history', guard, async (request, reply) => {
    const actor = request.actor as Actor;
    const id = idParam(request, 'article');
    const article = await loadForEdit(ctx, actor, id);
    const fromParam = versionParam(request.query, 'from');
    const toParam = versionParam(request.query, 'to');
    const [versions, chrome] = await Promise.all([listVersions(ctx.db, id), deskChrome(web, `History: ${article.title}`, `/editor/articles/${id}/history`)]);
    const timeZone = chrome.site.timeZone;
    const known = new Set(versions.map((v) => v.number));
    for (const n of [fromParam, toParam]) {
      if (n !== undefined && !known.has(n)) throw new NotFoundError(`version ${n} of this article`);
    }
    // Default: the latest against the one before it; `from` alone is compared with the latest, `to` alone with the one before it.
    const latest = versions[0]?.number;
    const before = (n: number): number | undefined => versions.find((v) => v.number < n)?.number;
    const to = toParam ?? latest;
    const from = fromParam ?? (to !== undefined ? before(to) : undefined);
    const who = (v: VersionEntry) => v.userName || (v.userId === null ? 'Automatic (scheduler or import)' : 'Someone');
    const label = (v: VersionEntry) => `version ${v.number}, ${formatDateTimeInZone(v.createdAt, timeZone)}, ${who(v)}`;
    let diff: HistoryDiffVM | undefined;
    if (from !== undefined && to !== undefined) {
      const [a, b] = await Promise.all([findVersion(ctx.db, id, from), findVersion(ctx.db, id, to)]);
      // findVersion answers the latest version ≤ n: only an exact match is the one asked for.
      if (!a || a.number !== from || !b || b.number !== to) throw new NotFoundError('version');
      const fields = snapshotDiff(a.snapshot, b.snapshot);
      diff = {
        from,
        to,
        fromLabel: label(a),
        toLabel: label(b),
        changed: fields.filter((f) => f.changed),
        unchanged: fields.filter((f) => !f.changed).map((f) => f.label),
      };
    }
    const restoreBlocked = article.status === 'trash' ? 'This article is in the trash: restore it from the trash (on the articles list) before restoring a version.' : undefined;
    const rows: VersionRowVM[] = versions.map((v, i) => {
      const previous = versions[i + 1];
      return {
        number: v.number,
        createdAt: v.createdAt,
        createdLabel: formatDateTimeInZone(v.createdAt, timeZone),
        who: who(v),
        kindLabel: KIND_LABELS[v.kind] ?? v.kind,
        summary: v.summary || '—',
        compareUrl: previous ? `/editor/articles/${id}/history?from=${previous.number}&to=${v.number}#diff` : undefined,
        restorable: i > 0 && !restoreBlocked,
      };
    });
    return sendDesk(
      reply,
      renderHistory({
        ...chrome,
        csrf: reply.csrfToken(),
        articleId: id,
        title: article.title || '(untitled)',
        editUrl: `/editor/articles/${id}/`,
        versions: rows,
        restoreBlocked,
        diff,
        compare: {
          from: from !== undefined ? String(from) : '',
          to: to !== undefined ? String(to) : '',
          options: versions.map((v) => ({ value: String(v.number), label: `${v.number}: ${KIND_LABELS[v.kind] ?? v.kind}, ${formatDateTimeInZone(v.createdAt, timeZone)}` })),
        },
      }),
    );
  });

  app.post('/editor/articles/:id/history/restore', guard, async (request, reply) => {
    const id = idParam(request, 'article');
    const body = (request.body ?? {}) as Record<string, unknown>;
    const parsed = versionNumber.safeParse(first(body.version));
    if (!parsed.success) throw new AppError(400, 'bad version', 'Choose the version to restore from the history list.');
    await restoreVersion(ctx, request.actor, id, parsed.data);
    return reply.redirect(`/editor/articles/${id}/?saved=restored`, 303);
  });
}
