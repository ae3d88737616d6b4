// The Masthead site archive, written by `masthead export` and read by `masthead restore`.
//
// Format "masthead-export", version 1. A gzip-compressed POSIX tar (ustar) holding, in order:
//
//   manifest.json            always the first entry; see `Manifest` below
//   tables/<table>.ndjson    one per exported table, in an order that satisfies foreign keys
//                            (a table comes after every table it references)
//   media/avatars/<file>     the author photos kept on disk under MEDIA_DIR/avatars, if any
//
// Each NDJSON file holds one JSON object per line, one line per row, its keys the table's
// columns in the order of the manifest, rows ordered by primary key (text keys in byte order,
// so both engines write the same bytes). Values are encoded by the column's `kind`:
//   integer  a JSON number (flags are 0/1 integers on both engines; booleans are written as 0/1)
//   real     a JSON number, written with the shortest representation that reads back as the same
//            double (JavaScript's own number formatting), so scores round-trip bit for bit
//   text     a JSON string (timestamps are ISO-8601 text in this schema)
//   blob     a base64 string (standard alphabet, padded). Uploaded images are stored in the
//            database (`media_variants.data`), so their bytes travel inside the NDJSON: one
//            mechanism for every binary column, whatever later migrations add.
//   null     JSON null, for every kind
//
// What is left out, and why (EXCLUDED_TABLES): secrets (sessions, sign-in and reset tokens,
// app_secrets: a restored site makes a new key), ephemera that expire within a day (rate_limits,
// leases, visit_seen and visit_salts: who was already counted today), the outbox (queued mail may
// hold live sign-in and password-reset links; it is left out whole rather than redacted), the
// migration bookkeeping (the manifest lists the migrations instead), and the search index
// (article_search and, on SQLite, its FTS5 shadow tables), which restore rebuilds from the
// articles. Everything else found in the database catalog is exported, so tables added by later
// migrations need no change here. Account rows keep their password hashes so people can still
// sign in after a restore: treat an archive as confidential.
//
// Every file's SHA-256 and size are in the manifest; restore checks all of them, the format
// version and the migration list before it writes anything.

export const ARCHIVE_FORMAT = 'masthead-export';
export const ARCHIVE_FORMAT_VERSION = 1;
export const MANIFEST_NAME = 'manifest.json';
export const AVATAR_FOLDER = 'avatars';

export const EXCLUDED_TABLES: ReadonlySet<string> = new Set([
  'sessions',
  'auth_tokens',
  'rate_limits',
  'app_secrets',
  'leases',
  'outbox',
  'visit_seen',
  'visit_salts',
  // submission forms kept across an expired session for 24 hours (useless without the browser's cookie)
  'form_stashes',
  'article_search',
  'kysely_migration',
  'kysely_migration_lock',
]);

/** The kinds a column's value is encoded by (see the header). */
export type ColumnKind = 'integer' | 'real' | 'text' | 'blob';

export interface ColumnInfo {
  name: string;
  kind: ColumnKind;
}

export interface ManifestTable {
  name: string;
  file: string;
  columns: ColumnInfo[];
  rows: number;
  bytes: number;
  sha256: string;
}

export interface ManifestFile {
  name: string;
  bytes: number;
  sha256: string;
}

export interface Manifest {
  format: typeof ARCHIVE_FORMAT;
  formatVersion: number;
  mastheadVersion: string;
  createdAt: string;
  /** the engine it was exported from (informational: restore works into either) */
  sourceDialect: string;
  /** the migrations applied to the exported database, by name */
  migrations: string[];
  tables: ManifestTable[];
  files: ManifestFile[];
}

export const tableFile = (table: string) => `tables/${table}.ndjson`;

/** A column's declared type (SQLite's declared type or PostgreSQL's data_type) as a kind. */
export function columnKind(declared: string): ColumnKind {
  const t = declared.toLowerCase();
  if (t === 'bytea' || t.includes('blob') || t === '') return 'blob';
  if (t.includes('int') || t.includes('bool')) return 'integer';
  if (t.includes('real') || t.includes('floa') || t.includes('doub') || t === 'numeric' || t.startsWith('decimal')) return 'real';
  return 'text';
}

/** A value as read from either engine, in the archive's JSON form. */
export function encodeValue(value: unknown, kind: ColumnKind): unknown {
  if (value === null || value === undefined) return null;
  if (Buffer.isBuffer(value) || value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.toISOString();
  if (kind === 'text' && typeof value === 'object') return JSON.stringify(value);
  return value;
}

/** The archive's JSON form back to a value both drivers bind. */
export function decodeValue(value: unknown, kind: ColumnKind): unknown {
  if (value === null || value === undefined) return null;
  if (kind === 'blob' && typeof value === 'string') return Buffer.from(value, 'base64');
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}
