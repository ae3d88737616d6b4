import type { IncomingMessage } from 'node:http';
import type { TrustProxy } from '../config.js';
import type { VisitInput } from '../domain/views/visit-recorder.js';
import { clientAddress } from './client-address.js';

/**
 * What the visit recorder needs from a request. The address comes from clientAddress(),
 * the same function (and trust setting) behind Fastify's `request.ip`, so a reader hashes to
 * the same visitor whether the fast path or a Fastify route answers.
 */
export function visitInput(raw: IncomingMessage, trustProxy: TrustProxy, articleId: number): VisitInput {
  const purpose = raw.headers['sec-purpose'] ?? raw.headers.purpose;
  return {
    articleId,
    clientAddress: clientAddress(raw, trustProxy),
    method: raw.method ?? 'GET',
    userAgent: raw.headers['user-agent'],
    purpose: (Array.isArray(purpose) ? purpose.join(',') : purpose) || undefined,
  };
}
