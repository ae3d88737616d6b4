import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Dialect, Executor } from '../../db/database.js';
import { columnKind, EXCLUDED_TABLES, type ColumnInfo } from './archive-format.js';

// The database catalog read generically (sqlite_master / pg_catalog), so every table a
// migration adds is exported and restored without code changes. Dialect differences stay here.

// Kysely<any>: these queries name tables and columns discovered at run time.
type AnyDb = Kysely<any>;
const anyDb = (db: Executor) => db as unknown as AnyDb;

export interface TableInfo {
  name: string;
  columns: ColumnInfo[];
  /** primary-key columns in key order (empty: none, the rows are paged by every column) */
  primaryKey: string[];
  /** the tables this one references (itself excluded) */
  references: string[];
}

async function tableNames(db: Executor, dialect: Dialect): Promise<string[]> {
  if (dialect === 'sqlite') {
    const rows = await sql<{ name: string; sql: string | null }>`SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name`.execute(db);
    // A virtual table (FTS5) keeps its data in shadow tables named after it: skip both.
    const virtual = rows.rows.filter((r) => /^\s*create\s+virtual/i.test(r.sql ?? '')).map((r) => r.name);
    return rows.rows
      .map((r) => r.name)
      .filter((n) => !n.startsWith('sqlite_') && !virtual.some((v) => n === v || n.startsWith(`${v}_`)));
  }
  const rows = await sql<{ name: string }>`SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`.execute(db);
  return rows.rows.map((r) => r.name);
}

async function describeTable(db: Executor, dialect: Dialect, name: string): Promise<TableInfo> {
  if (dialect === 'sqlite') {
    // table_info leaves out generated columns, which are never inserted.
    const cols = await sql<{ name: string; type: string; pk: number }>`SELECT name, type, pk FROM pragma_table_info(${name}) ORDER BY cid`.execute(db);
    const fks = await sql<{ table: string }>`SELECT DISTINCT "table" FROM pragma_foreign_key_list(${name})`.execute(db);
    return {
      name,
      columns: cols.rows.map((c) => ({ name: c.name, kind: columnKind(c.type) })),
      primaryKey: cols.rows.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name),
      references: fks.rows.map((f) => f.table).filter((t) => t !== name),
    };
  }
  const cols = await sql<{ name: string; type: string }>`SELECT column_name AS name, data_type AS type FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name = ${name} AND is_generated = 'NEVER' ORDER BY ordinal_position`.execute(db);
  const pk = await sql<{ name: string }>`SELECT a.attname AS name FROM pg_index i
    JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
    WHERE i.indrelid = ${name}::regclass AND i.indisprimary ORDER BY array_position(i.indkey::int2[], a.attnum)`.execute(db);
  const fks = await sql<{ ref: string }>`SELECT DISTINCT c.confrelid::regclass::text AS ref FROM pg_constraint c
    WHERE c.contype = 'f' AND c.conrelid = ${name}::regclass`.execute(db);
  return {
    name,
    columns: cols.rows.map((c) => ({ name: c.name, kind: columnKind(c.type) })),
    primaryKey: pk.rows.map((r) => r.name),
    references: fks.rows.map((r) => r.ref.replace(/^"|"$/g, '')).filter((t) => t !== name),
  };
}

/** Referenced tables before the tables that reference them; ties (and any cycle) by name. */
export function foreignKeyOrder(tables: TableInfo[]): TableInfo[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const out: TableInfo[] = [];
  const visit = (t: TableInfo) => {
    if (done.has(t.name) || visiting.has(t.name)) return;
    visiting.add(t.name);
    for (const ref of [...t.references].sort()) {
      const r = byName.get(ref);
      if (r) visit(r);
    }
    visiting.delete(t.name);
    done.add(t.name);
    out.push(t);
  };
  for (const t of [...tables].sort((a, b) => a.name.localeCompare(b.name))) visit(t);
  return out;
}

/** Every table that belongs in an archive, described, in foreign-key order. */
export async function archivedTables(db: Executor, dialect: Dialect): Promise<TableInfo[]> {
  const names = (await tableNames(db, dialect)).filter((n) => !EXCLUDED_TABLES.has(n));
  const tables: TableInfo[] = [];
  for (const name of names) tables.push(await describeTable(db, dialect, name));
  return foreignKeyOrder(tables);
}

export async function appliedMigrations(db: Executor): Promise<string[]> {
  const rows = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db);
  return rows.rows.map((r) => r.name);
}

/** A key column for ordering: text keys compare by bytes on PostgreSQL too, as on SQLite. */
function keyRef(table: TableInfo, column: string, dialect: Dialect): RawBuilder<unknown> {
  const kind = table.columns.find((c) => c.name === column)?.kind;
  return dialect === 'postgres' && kind === 'text' ? sql`${sql.ref(column)} COLLATE "C"` : sql`${sql.ref(column)}`;
}

/**
 * One page of rows after `after` (the previous page's last row), ordered by primary key:
 * keyset paging, so a large table is never held in memory and each page is an index seek.
 */
export async function readPage(
  db: Executor,
  dialect: Dialect,
  table: TableInfo,
  after: Record<string, unknown> | undefined,
  limit: number,
  offset: number,
): Promise<Record<string, unknown>[]> {
  const cols = sql.join(table.columns.map((c) => sql.ref(c.name)));
  const keys = table.primaryKey.length ? table.primaryKey : table.columns.map((c) => c.name);
  const order = sql.join(keys.map((k) => keyRef(table, k, dialect)));
  if (!table.primaryKey.length) {
    // No key to seek by (no such table today): ordered by every column, paged by offset.
    const rows = await sql<Record<string, unknown>>`SELECT ${cols} FROM ${sql.table(table.name)} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`.execute(db);
    return rows.rows;
  }
  const where = after ? sql`WHERE (${order}) > (${sql.join(keys.map((k) => sql`${after[k]}`))})` : sql``;
  const rows = await sql<Record<string, unknown>>`SELECT ${cols} FROM ${sql.table(table.name)} ${where} ORDER BY ${order} LIMIT ${limit}`.execute(db);
  return rows.rows;
}

export async function countRows(db: Executor, table: string): Promise<number> {
  const r = await sql<{ n: number }>`SELECT COUNT(*) AS n FROM ${sql.table(table)}`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}

/** The content tables whose rows make a database "in use"; restore refuses one that has any. */
export const CONTENT_TABLES = ['articles', 'authors', 'users', 'settings'] as const;

export async function nonEmptyContentTables(db: Executor): Promise<string[]> {
  const found: string[] = [];
  for (const t of CONTENT_TABLES) {
    const r = await sql`SELECT 1 AS one FROM ${sql.table(t)} LIMIT 1`.execute(db);
    if (r.rows.length) found.push(t);
  }
  return found;
}

export async function deleteAllRows(db: Executor, table: string): Promise<void> {
  await sql`DELETE FROM ${sql.table(table)}`.execute(db);
}

export async function insertRows(db: Executor, table: string, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length) await anyDb(db).insertInto(table).values(rows).execute();
}

/** Explicit ids leave PostgreSQL's serial sequences behind: move each past the largest id. */
export async function resetSequences(db: Executor, table: TableInfo): Promise<void> {
  for (const col of table.columns.filter((c) => c.kind === 'integer')) {
    const r = await sql<{ seq: string | null }>`SELECT pg_get_serial_sequence(${table.name}, ${col.name}) AS seq`.execute(db);
    const seq = r.rows[0]?.seq;
    if (!seq) continue;
    await sql`SELECT setval(${seq}, COALESCE((SELECT MAX(${sql.ref(col.name)}) FROM ${sql.table(table.name)}), 0) + 1, false)`.execute(db);
  }
}

/** SQLite checks foreign keys at COMMIT instead of per row (for rows that point forward in their own table). */
export async function deferForeignKeys(db: Executor, dialect: Dialect): Promise<void> {
  if (dialect === 'sqlite') await sql`PRAGMA defer_foreign_keys = ON`.execute(db);
}
