// A small, strict XML 1.0 well-formedness checker for the feed tests. It parses
// into a minimal tree so tests can look at what a reader would see, and throws
// on anything a conforming parser would reject: unbalanced or crossed tags,
// bad names, unquoted or duplicate attributes, a raw "<" or a stray "&" in text
// or attribute values, "]]>" in text, characters outside XML's Char range,
// content outside the single root element.

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const NAME = /^[A-Za-z_][\w.:-]*$/;
const INVALID_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function parseXml(xml: string): XmlElement {
  const bad = INVALID_CHAR.exec(xml);
  if (bad) throw new Error(`invalid XML character U+${bad[0].codePointAt(0)?.toString(16)} at ${bad.index}`);
  let pos = 0;
  if (xml.startsWith('<?xml')) pos = expectEnd(xml, pos, '?>');
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;

  while (pos < xml.length) {
    const lt = xml.indexOf('<', pos);
    const text = xml.slice(pos, lt < 0 ? xml.length : lt);
    if (text !== '') addText(text, stack, pos);
    if (lt < 0) break;
    pos = lt;
    if (xml.startsWith('<!--', pos)) {
      const end = expectEnd(xml, pos, '-->');
      if (xml.slice(pos + 4, end - 3).includes('--')) throw new Error(`"--" inside a comment at ${pos}`);
      pos = end;
    } else if (xml.startsWith('<![CDATA[', pos)) {
      if (stack.length === 0) throw new Error(`CDATA outside the root at ${pos}`);
      const end = expectEnd(xml, pos, ']]>');
      (stack[stack.length - 1] as XmlElement).children.push(xml.slice(pos + 9, end - 3));
      pos = end;
    } else if (xml.startsWith('<?', pos)) {
      pos = expectEnd(xml, pos, '?>');
    } else if (xml.startsWith('</', pos)) {
      const end = expectEnd(xml, pos, '>');
      const name = xml.slice(pos + 2, end - 1).trim();
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`</${name}> closes <${open?.name ?? 'nothing'}> at ${pos}`);
      if (stack.length === 0) root = open;
      pos = end;
    } else {
      const end = tagEnd(xml, pos);
      const selfClosing = xml[end - 2] === '/';
      const el = parseTag(xml.slice(pos + 1, selfClosing ? end - 2 : end - 1), pos);
      if (stack.length === 0 && root) throw new Error(`second root element <${el.name}> at ${pos}`);
      if (stack.length > 0) (stack[stack.length - 1] as XmlElement).children.push(el);
      if (selfClosing) {
        if (stack.length === 0) root = el;
      } else stack.push(el);
      pos = end;
    }
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.map((e) => e.name).join('> <')}>`);
  if (!root) throw new Error('no root element');
  return root;
}

function addText(raw: string, stack: XmlElement[], at: number): void {
  if (stack.length === 0) {
    if (raw.trim() !== '') throw new Error(`text outside the root at ${at}`);
    return;
  }
  if (raw.includes(']]>')) throw new Error(`"]]>" in text at ${at}`);
  (stack[stack.length - 1] as XmlElement).children.push(decode(raw, at));
}

function parseTag(inner: string, at: number): XmlElement {
  const m = /^([^\s/>]+)([\s\S]*)$/.exec(inner);
  if (!m || !NAME.test(m[1] as string)) throw new Error(`bad tag name in <${inner}> at ${at}`);
  const attrs: Record<string, string> = {};
  let rest = (m[2] as string).trim();
  while (rest !== '') {
    const a = /^([^\s=]+)\s*=\s*("([^"<]*)"|'([^'<]*)')\s*/.exec(rest);
    if (!a || !NAME.test(a[1] as string)) throw new Error(`bad attribute in <${inner}> at ${at}`);
    const name = a[1] as string;
    if (name in attrs) throw new Error(`duplicate attribute ${name} at ${at}`);
    attrs[name] = decode(a[3] ?? a[4] ?? '', at);
    rest = rest.slice(a[0].length);
  }
  return { name: m[1] as string, attrs, children: [] };
}

function decode(raw: string, at: number): string {
  return raw.replace(/&([^;\s&<]*);?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) throw new Error(`stray "&" at ${at}`);
    if (ref in PREDEFINED) return PREDEFINED[ref] as string;
    const num = /^#(\d+)$/.exec(ref) ?? /^#x([0-9a-fA-F]+)$/.exec(ref);
    if (num) return String.fromCodePoint(parseInt(num[1] as string, ref.startsWith('#x') ? 16 : 10));
    throw new Error(`unknown entity &${ref}; at ${at}`);
  });
}

function expectEnd(xml: string, from: number, marker: string): number {
  const i = xml.indexOf(marker, from + 2);
  if (i < 0) throw new Error(`unterminated markup at ${from}`);
  return i + marker.length;
}

/** End of a start tag, skipping ">" inside quoted attribute values. */
function tagEnd(xml: string, from: number): number {
  let quote: string | null = null;
  for (let i = from + 1; i < xml.length; i += 1) {
    const c = xml[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '<') throw new Error(`"<" inside a tag at ${i}`);
    else if (c === '>') return i + 1;
  }
  throw new Error(`unterminated tag at ${from}`);
}

/** Every element with this name, depth first. */
export function findAll(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of el.children) {
    if (typeof child === 'string') continue;
    if (child.name === name) out.push(child);
    out.push(...findAll(child, name));
  }
  return out;
}

export function find(el: XmlElement, name: string): XmlElement {
  const hit = findAll(el, name)[0];
  if (!hit) throw new Error(`no <${name}>`);
  return hit;
}

/** Concatenated text content (CDATA included), as a reader would see it. */
export function textOf(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}
