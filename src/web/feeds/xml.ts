// XML text helpers shared by the feeds and the sitemap. Article text can hold
// anything a paste brought in, including control characters that make an XML
// 1.0 document unparseable for every feed reader, so those are dropped first.

// Everything outside XML 1.0's Char production: C0 controls other than tab, LF
// and CR, lone surrogates, U+FFFE and U+FFFF.
const INVALID_XML_CHARS = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function stripInvalidXmlChars(s: string): string {
  return s.replace(INVALID_XML_CHARS, '');
}

/** Escapes text for element content or a quoted attribute value. */
export function escapeXml(s: string): string {
  return stripInvalidXmlChars(s).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** A CDATA section; "]]>" inside is split across two sections so it cannot end the first. */
export function cdata(s: string): string {
  return `<![CDATA[${stripInvalidXmlChars(s).replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

export function parseDate(iso: string): Date {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new RangeError(`feeds: invalid date "${iso}"`);
  return d;
}

/** RFC 822 (with a four-digit year), as RSS 2.0 wants: "Wed, 14 Oct 2026 09:30:00 GMT". */
export function rfc822(iso: string): string {
  return parseDate(iso).toUTCString();
}

/** RFC 3339 in UTC without milliseconds: "2026-10-14T09:30:00Z". */
export function rfc3339(iso: string): string {
  return parseDate(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `<name>escaped text</name>` */
export function element(name: string, text: string): string {
  return `<${name}>${escapeXml(text)}</${name}>`;
}
