import type { WxrAuthor } from './wxr.types.js';

// WordPress keeps a user's roles in the `{prefix}capabilities` user meta, a PHP-serialized
// array such as a:1:{s:6:"editor";b:1;}. WordPress's own export (WXR) does not carry user
// meta: its <wp:author> holds id, login, email and names only. Some exporters and plugins add
// the meta inside <wp:author> (as <wp:usermeta>, the same key/value shape as wp:postmeta) or a
// plain <wp:author_role>; the reader keeps both (wxr-reader.ts) and this decides the role.
// Without either, a user who wrote becomes an author and anyone else a reader: never more
// power than the export proves. Pure; the unserializer reads only what it must and never
// instantiates anything (PHP objects are refused).

export type MastheadRole = 'admin' | 'editor' | 'author' | 'reader';

/** Most powerful first: a user with several roles gets the first one found here. */
const KNOWN: ReadonlyArray<[string, MastheadRole]> = [
  ['administrator', 'admin'],
  ['editor', 'editor'],
  ['author', 'author'],
  ['contributor', 'author'],
  ['subscriber', 'reader'],
];

type PhpValue = string | number | boolean | null | PhpArray;
interface PhpArray {
  entries: Array<[string | number, PhpValue]>;
}

class PhpSyntax extends Error {}

/**
 * Parses PHP's serialize() output: N; b: i: d: s: and a:. String lengths count UTF-8 bytes,
 * as PHP writes them. Throws PhpSyntax on anything else (objects included) or trailing junk.
 */
export function unserializePhp(text: string): PhpValue {
  const buf = Buffer.from(text, 'utf8');
  let at = 0;
  const expect = (ch: string) => {
    if (buf[at] !== ch.charCodeAt(0)) throw new PhpSyntax(`expected "${ch}" at byte ${at}`);
    at += 1;
  };
  const until = (ch: string): string => {
    const end = buf.indexOf(ch.charCodeAt(0), at);
    if (end === -1) throw new PhpSyntax(`unterminated value at byte ${at}`);
    const s = buf.toString('latin1', at, end);
    at = end + 1;
    return s;
  };
  const value = (depth: number): PhpValue => {
    if (depth > 32) throw new PhpSyntax('nested too deeply');
    const type = String.fromCharCode(buf[at] ?? 0);
    at += 1;
    if (type === 'N') {
      expect(';');
      return null;
    }
    expect(':');
    if (type === 'b') return until(';') === '1';
    if (type === 'i' || type === 'd') {
      const n = Number(until(';'));
      if (!Number.isFinite(n)) throw new PhpSyntax('bad number');
      return n;
    }
    if (type === 's') {
      const len = Number(until(':'));
      if (!Number.isSafeInteger(len) || len < 0 || at + len + 2 > buf.length) throw new PhpSyntax('bad string length');
      expect('"');
      const s = buf.toString('utf8', at, at + len);
      at += len;
      expect('"');
      expect(';');
      return s;
    }
    if (type === 'a') {
      const count = Number(until(':'));
      if (!Number.isSafeInteger(count) || count < 0 || count > 10_000) throw new PhpSyntax('bad array size');
      expect('{');
      const entries: Array<[string | number, PhpValue]> = [];
      for (let i = 0; i < count; i++) {
        const key = value(depth + 1);
        if (typeof key !== 'string' && typeof key !== 'number') throw new PhpSyntax('bad array key');
        entries.push([key, value(depth + 1)]);
      }
      expect('}');
      return { entries };
    }
    throw new PhpSyntax(`unsupported type "${type}"`);
  };
  const out = value(0);
  if (at !== buf.length) throw new PhpSyntax('trailing data');
  return out;
}

/** The role names a capabilities value grants: keys whose value is true (PHP), or a JSON object/array of the same. */
export function rolesFromCapabilities(raw: string): string[] | undefined {
  const text = raw.trim();
  if (!text) return undefined;
  try {
    if (text.startsWith('{') || text.startsWith('[')) {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed)) return parsed.filter((r): r is string => typeof r === 'string');
      if (parsed && typeof parsed === 'object') return Object.entries(parsed).filter(([, v]) => v === true || v === 1 || v === '1').map(([k]) => k);
      return undefined;
    }
    const parsed = unserializePhp(text);
    if (!parsed || typeof parsed !== 'object') return undefined;
    return parsed.entries.filter(([, v]) => v === true || v === 1 || v === '1').map(([k]) => String(k));
  } catch {
    return undefined;
  }
}

/** `wp_capabilities`, `wp_2_capabilities` (multisite), `mysite_capabilities` (another table prefix). */
const CAPABILITIES_KEY = /^[a-z0-9_]*capabilities$/i;

/** Every WordPress role the export gives this user, or undefined when it gives none (plain WXR). */
export function wpRolesOf(author: Pick<WxrAuthor, 'meta' | 'roleNames'>): string[] | undefined {
  let found: string[] | undefined;
  for (const m of author.meta) {
    if (!CAPABILITIES_KEY.test(m.key)) continue;
    // Unreadable capabilities count as none given: a reader, with the warning for empty ones.
    found = [...(found ?? []), ...(rolesFromCapabilities(m.value) ?? [])];
  }
  if (author.roleNames.length > 0) found = [...(found ?? []), ...author.roleNames];
  return found?.map((r) => r.trim().toLowerCase()).filter(Boolean);
}

export interface RoleDecision {
  role: MastheadRole;
  /** set when the export named only roles Masthead does not know, or unreadable capabilities */
  warning?: string;
}

/** The Masthead role for a user: the most powerful known WordPress role; unknown ones → reader with a warning; none → by whether they wrote. */
export function roleForUser(wpRoles: string[] | undefined, wrote: boolean): RoleDecision {
  if (wpRoles === undefined) return { role: wrote ? 'author' : 'reader' };
  for (const [wp, ours] of KNOWN) if (wpRoles.includes(wp)) return { role: ours };
  const names = [...new Set(wpRoles)].slice(0, 5).map((r) => `"${r.slice(0, 40)}"`).join(', ');
  return {
    role: 'reader',
    warning: wpRoles.length === 0 ? 'has no WordPress role (its capabilities are empty or unreadable): made a reader' : `has the WordPress role ${names}, which Masthead does not know: made a reader; change it on /admin/users if they should do more`,
  };
}
