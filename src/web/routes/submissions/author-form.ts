import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Submission, SubmissionDetail, DraftInput } from '../../../domain/submissions/submissions.types.js';
import type { CoauthorValues, SubmissionFormValues } from '../../pages/submissions/author-form-page.js';

// Reading the submission form into values the page can show again unchanged, and
// into the DraftInput the service saves. Nothing is lost on the way back: every
// field is echoed as typed (capped so a page never echoes megabytes).

export const INTENTS = ['save', 'check', 'submit', 'resubmit', 'find'] as const;
export type AuthorIntent = (typeof INTENTS)[number];

export const STASH_COOKIE = 'masthead_stash';
export const stashCookieName = (secure: boolean): string => (secure ? `__Host-${STASH_COOKIE}` : STASH_COOKIE);

const one = (b: Record<string, unknown>, k: string, max = 20_000): string => {
  const v = b[k];
  const x = Array.isArray(v) ? v[0] : v;
  return typeof x === 'string' ? x.slice(0, max) : '';
};

export function bodyOf(request: FastifyRequest): Record<string, unknown> {
  return request.body && typeof request.body === 'object' ? (request.body as Record<string, unknown>) : {};
}

export function intentOf(b: Record<string, unknown>): AuthorIntent {
  const i = one(b, 'intent');
  return (INTENTS as readonly string[]).includes(i) ? (i as AuthorIntent) : 'save';
}

export function formValues(b: Record<string, unknown>): SubmissionFormValues {
  const coauthors: CoauthorValues[] = [];
  for (let i = 0; i < 20; i++) {
    const c = { name: one(b, `coauthor_${i}_name`, 200), email: one(b, `coauthor_${i}_email`, 300).trim(), authorId: one(b, `coauthor_${i}_author_id`, 12) };
    if (!/^\d{1,10}$/.test(c.authorId)) c.authorId = '';
    // Blank rows are dropped here, so the service's coauthor_{i} messages match the rows shown again.
    if (c.name.trim() || c.email || c.authorId) coauthors.push(c);
  }
  return {
    title: one(b, 'title', 2000),
    dek: one(b, 'dek', 5000),
    category: /^\d{1,10}$/.test(one(b, 'category')) ? one(b, 'category') : '',
    tags: one(b, 'tags', 2000),
    body: one(b, 'body', 1_100_000),
    declareOriginal: one(b, 'declare_original') === 'on',
    declareExclusive: one(b, 'declare_exclusive') === 'on',
    coauthors,
    version: /^\d{1,10}$/.test(one(b, 'version')) ? one(b, 'version') : '',
    coverMediaId: /^\d{1,10}$/.test(one(b, 'cover_media_id')) && one(b, 'cover_remove') !== 'on' ? one(b, 'cover_media_id') : '',
    coverAlt: one(b, 'cover_alt', 300),
  };
}

/** response_{assignmentId} fields, by assignment id */
export function responsesOf(b: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of Object.keys(b)) {
    const m = /^response_(\d{1,10})$/.exec(k);
    if (m?.[1]) out[m[1]] = one(b, k, 50_000);
  }
  return out;
}

export function draftInput(v: SubmissionFormValues): DraftInput {
  return {
    title: v.title,
    dek: v.dek,
    body: v.body,
    categoryId: v.category ? Number(v.category) : null,
    tags: v.tags.split(',').map((t) => t.trim()).filter(Boolean),
    declareOriginal: v.declareOriginal,
    declareExclusive: v.declareExclusive,
    coverMediaId: v.coverMediaId ? Number(v.coverMediaId) : null,
    coauthors: v.coauthors.map((c) => ({ name: c.name, email: c.email || null, authorId: c.authorId ? Number(c.authorId) : null })),
  };
}

export function valuesOfSubmission(s: Submission | SubmissionDetail): SubmissionFormValues {
  return {
    title: s.title,
    dek: s.dek,
    category: s.categoryId === null ? '' : String(s.categoryId),
    tags: s.tags.join(', '),
    body: s.body,
    declareOriginal: s.declareOriginal,
    declareExclusive: s.declareExclusive,
    coauthors: 'coauthors' in s ? s.coauthors.map((c) => ({ name: c.name, email: c.email ?? '', authorId: c.authorId === null ? '' : String(c.authorId) })) : [],
    version: String(s.version),
    coverMediaId: s.coverMediaId === null ? '' : String(s.coverMediaId),
    coverAlt: '',
  };
}

export function sendPage(reply: FastifyReply, html: string, status = 200): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
}

/** Every value of a repeated field (checkboxes). */
export function manyOf(b: Record<string, unknown>, k: string): string[] {
  const v = b[k];
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');
}
