import { randomBytes } from 'node:crypto';
import type { FastifyReply } from 'fastify';

// The article editor (CodeMirror 6) writes its layout rules into one <style> element
// at run time, which the site-wide policy (style-src 'self') refuses. Editor pages get
// a fresh nonce for style elements only: scripts stay 'self', style attributes stay
// refused, and every other page keeps the strict policy untouched. The nonce goes on
// the desk <script> (Layout's `styleNonce`), where the script reads it and hands it to
// CodeMirror (EditorView.cspNonce); the browser hides it from the page's markup.

/** The policy with `'nonce-…'` added to its style-src directive. */
export function withStyleNonce(policy: string, nonce: string): string {
  let found = false;
  const directives = policy.split(';').map((directive) => {
    const trimmed = directive.trim();
    if (!/^style-src\s/i.test(trimmed) && trimmed.toLowerCase() !== 'style-src') return directive;
    found = true;
    return `${trimmed} 'nonce-${nonce}'`;
  });
  if (!found) directives.push(`style-src 'self' 'nonce-${nonce}'`);
  return directives.join(';');
}

/**
 * Call from an editor page's handler before sending: sets this response's CSP to allow
 * style elements carrying the returned nonce; pass the nonce to the Layout as `styleNonce`.
 */
export function allowEditorStyles(reply: FastifyReply): string {
  const nonce = randomBytes(16).toString('base64');
  const current = reply.getHeader('content-security-policy');
  if (typeof current === 'string') reply.header('content-security-policy', withStyleNonce(current, nonce));
  return nonce;
}
