import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform, type Writable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { sql } from 'kysely';
import tar from 'tar-stream';
import type { Dialect, Executor } from '../../db/database.js';
import type { Clock } from '../../shared/clock.js';
import { AVATAR_FILE_PATTERN } from '../authors/avatar.js';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  AVATAR_FOLDER,
  encodeValue,
  MANIFEST_NAME,
  tableFile,
  type Manifest,
  type ManifestFile,
  type ManifestTable,
} from './archive-format.js';
import { appliedMigrations, archivedTables, readPage, type TableInfo } from './backup.queries.js';

// Writes the whole site to one archive (format: archive-format.ts). Rows are paged out by
// primary key into temporary NDJSON files (a tar header needs each file's size before its
// bytes, and the manifest needs every checksum), then packed and gzipped into `out`.

export interface ExportDeps {
  db: Executor;
  dialect: Dialect;
  clock: Clock;
  /** config.mediaDir: avatars are read from <mediaDir>/avatars */
  mediaDir: string;
}

export interface ExportSummary {
  tables: number;
  rows: number;
  files: number;
  /** bytes of the gzipped archive written to `out` */
  bytes: number;
  manifest: Manifest;
}

const PAGE_ROWS = 500;
// Pages of a table with binary columns (images) are kept small: a page is held in memory.
const BLOB_PAGE_ROWS = 16;

async function mastheadVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL('../../../package.json', import.meta.url), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}

function writeChunk(out: WriteStream, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (out.write(chunk)) return resolve();
    const onDrain = () => {
      out.off('error', onError);
      resolve();
    };
    const onError = (err: Error) => {
      out.off('drain', onDrain);
      reject(err);
    };
    out.once('drain', onDrain);
    out.once('error', onError);
  });
}

async function dumpTable(db: Executor, dialect: Dialect, table: TableInfo, path: string): Promise<ManifestTable> {
  const out = createWriteStream(path);
  const hash = createHash('sha256');
  let rows = 0;
  let bytes = 0;
  const limit = table.columns.some((c) => c.kind === 'blob') ? BLOB_PAGE_ROWS : PAGE_ROWS;
  let after: Record<string, unknown> | undefined;
  for (;;) {
    const page = await readPage(db, dialect, table, after, limit, rows);
    if (!page.length) break;
    let text = '';
    for (const row of page) {
      const line: Record<string, unknown> = {};
      for (const c of table.columns) line[c.name] = encodeValue(row[c.name], c.kind);
      text += `${JSON.stringify(line)}\n`;
    }
    const buf = Buffer.from(text, 'utf8');
    hash.update(buf);
    bytes += buf.length;
    await writeChunk(out, text);
    rows += page.length;
    after = page[page.length - 1];
    if (page.length < limit) break;
  }
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  return { name: table.name, file: tableFile(table.name), columns: table.columns, rows, bytes, sha256: hash.digest('hex') };
}

async function fileDigest(path: string): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { bytes, sha256: hash.digest('hex') };
}

async function avatarFiles(mediaDir: string): Promise<string[]> {
  try {
    return (await readdir(join(mediaDir, AVATAR_FOLDER))).filter((f) => AVATAR_FILE_PATTERN.test(f)).sort();
  } catch {
    return []; // no avatars folder yet
  }
}

/** Every table's rows, read in one snapshot (repeatable read on PostgreSQL). */
async function dumpDatabase(deps: ExportDeps, dir: string): Promise<{ tables: ManifestTable[]; migrations: string[] }> {
  const run = async (tx: Executor) => {
    const tables: ManifestTable[] = [];
    for (const table of await archivedTables(tx, deps.dialect)) {
      tables.push(await dumpTable(tx, deps.dialect, table, join(dir, `${tables.length}.ndjson`)));
    }
    return { tables, migrations: await appliedMigrations(tx) };
  };
  if (deps.dialect === 'postgres') {
    return deps.db.transaction().setIsolationLevel('repeatable read').execute(async (tx) => {
      await sql`SET TRANSACTION READ ONLY`.execute(tx);
      return run(tx);
    });
  }
  return deps.db.transaction().execute(run);
}

function addEntry(pack: tar.Pack, mtime: Date, name: string, size: number, path: string | undefined, content?: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const entry = pack.entry({ name, size, mtime }, (err) => (err ? reject(err) : resolve()));
    if (content) entry.end(content);
    else if (path) createReadStream(path).on('error', reject).pipe(entry);
  });
}

/** Writes the archive to `out` (which it ends) and says what went in. */
export async function exportSite(deps: ExportDeps, out: Writable): Promise<ExportSummary> {
  const dir = await mkdtemp(join(tmpdir(), 'masthead-export-'));
  try {
    const { tables, migrations } = await dumpDatabase(deps, dir);
    const avatarNames = await avatarFiles(deps.mediaDir);
    const files: Array<ManifestFile & { path: string }> = [];
    for (const name of avatarNames) {
      const path = join(deps.mediaDir, AVATAR_FOLDER, name);
      if (!(await stat(path)).isFile()) continue;
      files.push({ name: `media/${AVATAR_FOLDER}/${name}`, path, ...(await fileDigest(path)) });
    }
    const manifest: Manifest = {
      format: ARCHIVE_FORMAT,
      formatVersion: ARCHIVE_FORMAT_VERSION,
      mastheadVersion: await mastheadVersion(),
      createdAt: deps.clock.now().toISOString(),
      sourceDialect: deps.dialect,
      migrations,
      tables,
      files: files.map(({ name, bytes, sha256 }) => ({ name, bytes, sha256 })),
    };
    let bytes = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        bytes += chunk.length;
        done(null, chunk);
      },
    });
    const pack = tar.pack();
    const written = pipeline(pack, createGzip(), counter, out);
    const mtime = new Date(manifest.createdAt);
    const feed = async () => {
      const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
      await addEntry(pack, mtime, MANIFEST_NAME, manifestBytes.length, undefined, manifestBytes);
      for (const [i, t] of tables.entries()) await addEntry(pack, mtime, t.file, t.bytes, join(dir, `${i}.ndjson`));
      for (const f of files) await addEntry(pack, mtime, f.name, f.bytes, f.path);
      pack.finalize();
    };
    // If the output fails (a closed download), stop at once rather than wait for entries to drain.
    await Promise.all([
      feed().catch((err: unknown) => {
        pack.destroy(err as Error);
        throw err;
      }),
      written,
    ]);
    return { tables: tables.length, rows: tables.reduce((n, t) => n + t.rows, 0), files: files.length, bytes, manifest };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
