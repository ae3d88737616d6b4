// Stored mail must not keep links that sign someone in, reset a password or confirm an
// address: an admin reading the outbox, or anyone holding a copy of the database, could use
// them. Once a message is delivered its stored copy is redacted, and the admin view redacts
// whatever it shows. Pure functions, so the rule is tested on its own.

export const REDACTED_LINK_TEXT = '[link removed after delivery]';
/** what the admin outbox shows instead of a link in a message not (yet) delivered */
export const HIDDEN_LINK_TEXT = '[link hidden: it carries a personal token]';
/** what a redacted href points at: nowhere */
export const REDACTED_HREF = '#link-removed';

// Query parameters that carry a capability, whatever their value looks like.
const SECRET_PARAM = /^(token|code|key|secret|sig|signature|claim|invite|invitation|otp|auth|access_token)$/i;

/**
 * Whether a value looks like a random secret rather than a word or a slug: long, from the
 * URL-safe alphabet, and either mixed case with a digit-or-symbol (base64url) or long hex.
 * Slugs are lower case, so "my-long-article-title-2026" is not taken for one.
 */
export function looksLikeSecret(value: string): boolean {
  if (value.length < 20 || !/^[A-Za-z0-9_~.=-]+$/.test(value)) return false;
  if (/^[0-9a-f]{32,}$/i.test(value)) return true;
  return /[A-Z]/.test(value) && /[a-z]/.test(value) && /[0-9_-]/.test(value);
}

/** Whether an absolute http(s) URL carries a token in its query or its path. */
export function isTokenLink(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  for (const [name, value] of parsed.searchParams) {
    if (SECRET_PARAM.test(name) || looksLikeSecret(value)) return true;
  }
  const segments = parsed.pathname.split('/').map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
  // A file extension does not make a token public: "/p/<hex>.gif" still identifies someone.
  return segments.some((seg) => looksLikeSecret(seg) || looksLikeSecret(seg.replace(/\.[A-Za-z0-9]{1,5}$/, ''))) || (parsed.hash.length > 1 && looksLikeSecret(parsed.hash.slice(1)));
}

// A URL runs to the first space, quote or angle bracket; trailing punctuation belongs to the
// sentence, not the link.
const URL_IN_TEXT = /https?:\/\/[^\s<>"']+/gi;
const TRAILING = /[.,;:!?)\]]+$/;

function replaceUrls(input: string, decode: (s: string) => string, replacement: string): string {
  return input.replace(URL_IN_TEXT, (match) => {
    const trail = match.match(TRAILING)?.[0] ?? '';
    const url = trail ? match.slice(0, -trail.length) : match;
    return isTokenLink(decode(url)) ? `${replacement}${trail}` : match;
  });
}

const unescapeAttr = (s: string): string =>
  s.replace(/&amp;/g, '&').replace(/&#x26;/gi, '&').replace(/&#38;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/** Plain text with every token-bearing link replaced by a neutral note. */
export function redactText(text: string, note = REDACTED_LINK_TEXT): string {
  return replaceUrls(text, (s) => s, note);
}

/**
 * HTML with every token-bearing link removed: href/src attributes point nowhere and the
 * visible address becomes the neutral note. Works on the markup our mail layout writes
 * (attributes in double or single quotes, entities escaped), without parsing the document.
 */
export function redactHtml(html: string, note = REDACTED_LINK_TEXT): string {
  const attrs = html.replace(/(\b(?:href|src|action)\s*=\s*)(["'])(.*?)\2/gi, (whole, prefix: string, quote: string, value: string) =>
    isTokenLink(unescapeAttr(value).trim()) ? `${prefix}${quote}${REDACTED_HREF}${quote}` : whole,
  );
  return replaceUrls(attrs, unescapeAttr, escapeNote(note));
}

const escapeNote = (note: string): string => note.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Both bodies of a message, redacted; `note` replaces each link. */
export function redactLinks(mail: { text: string; html: string }, note = REDACTED_LINK_TEXT): { text: string; html: string } {
  return { text: redactText(mail.text, note), html: redactHtml(mail.html, note) };
}
