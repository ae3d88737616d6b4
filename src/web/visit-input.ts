import type { IncomingMessage } from 'node:http';
import type { VisitInput } from '../domain/views/visit-recorder.js';

/**
 * The client's address as Fastify's `request.ip` gives it: with TRUST_PROXY every hop is
 * trusted, so the first X-Forwarded-For entry is the reader; without it, the socket's peer.
 * Both the Fastify routes and the cached-page fast path use this, so a reader hashes to
 * the same visitor whichever of them answers.
 */
export function clientAddress(raw: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = raw.headers['x-forwarded-for'];
    const value = Array.isArray(forwarded) ? forwarded.join(',') : forwarded;
    if (value) {
      for (const part of value.split(',')) {
        const address = part.trim();
        if (address) return address;
      }
    }
  }
  return raw.socket.remoteAddress ?? '';
}

export function visitInput(raw: IncomingMessage, trustProxy: boolean, articleId: number): VisitInput {
  const purpose = raw.headers['sec-purpose'] ?? raw.headers.purpose;
  return {
    articleId,
    clientAddress: clientAddress(raw, trustProxy),
    method: raw.method ?? 'GET',
    userAgent: raw.headers['user-agent'],
    purpose: (Array.isArray(purpose) ? purpose.join(',') : purpose) || undefined,
  };
}
