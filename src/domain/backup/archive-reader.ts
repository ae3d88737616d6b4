import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import tar from 'tar-stream';
import { z } from 'zod';
import { ValidationError } from '../../shared/errors.js';
import { AVATAR_FILE_PATTERN } from '../authors/avatar.js';
import { ARCHIVE_FORMAT, ARCHIVE_FORMAT_VERSION, AVATAR_FOLDER, MANIFEST_NAME, tableFile, type Manifest } from './archive-format.js';

// Reading an archive: the manifest checked against its schema, every entry against the
// manifest's size and SHA-256. Used twice by restore: once to verify before writing anything,
// once to load (checking again, so a file changed in between rolls the load back).

/** A refused archive: restore prints the message alone and writes nothing. */
export class ArchiveError extends ValidationError {}

const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;
const SAFE_NAME = /^[a-z_][a-z0-9_]*$/;
const AVATAR_ENTRY = new RegExp(`^media/${AVATAR_FOLDER}/(.+)$`);

const ManifestSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  formatVersion: z.number().int().min(1),
  mastheadVersion: z.string(),
  createdAt: z.string(),
  sourceDialect: z.string(),
  migrations: z.array(z.string()),
  tables: z.array(
    z.object({
      name: z.string().regex(SAFE_NAME),
      file: z.string(),
      columns: z.array(z.object({ name: z.string().regex(SAFE_NAME), kind: z.enum(['integer', 'real', 'text', 'blob']) })),
      rows: z.number().int().min(0),
      bytes: z.number().int().min(0),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  ),
  files: z.array(
    z.object({
      name: z.string().refine((n) => AVATAR_FILE_PATTERN.test(n.match(AVATAR_ENTRY)?.[1] ?? ''), 'an unexpected media file'),
      bytes: z.number().int().min(0),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  ),
});

export interface ArchiveVisitor {
  /** one NDJSON line of a table, in file order */
  row?(table: string, line: string): Promise<void> | void;
  /** a media file's bytes (small: author photos) */
  file?(name: string, data: Buffer): Promise<void> | void;
  /** called once the manifest is read, before any other entry */
  manifest?(manifest: Manifest): Promise<void> | void;
}

function damaged(reason: string): ArchiveError {
  return new ArchiveError(`the archive is damaged: ${reason}; nothing was restored`);
}

function parseManifest(bytes: Buffer): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw damaged('manifest.json is not valid JSON');
  }
  const format = (json as { format?: unknown; formatVersion?: unknown } | null) ?? {};
  if (format.format !== ARCHIVE_FORMAT) throw new ArchiveError('this is not a Masthead export (manifest.json names another format); nothing was restored');
  if (typeof format.formatVersion === 'number' && format.formatVersion > ARCHIVE_FORMAT_VERSION) {
    throw new ArchiveError(
      `the archive has format version ${format.formatVersion}, newer than this Masthead reads (${ARCHIVE_FORMAT_VERSION}): upgrade Masthead first; nothing was restored`,
    );
  }
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success) throw damaged(`manifest.json is malformed (${parsed.error.issues[0]?.path.join('.') ?? ''})`);
  for (const t of parsed.data.tables) if (t.file !== tableFile(t.name)) throw damaged(`manifest.json names ${t.file} for table ${t.name}`);
  return parsed.data as Manifest;
}

/** Streams through the archive, checking every entry; calls the visitor on the way. */
export async function readArchive(path: string, visitor: ArchiveVisitor = {}): Promise<Manifest> {
  const source = createReadStream(path);
  const gunzip = createGunzip();
  const extract = tar.extract();
  source.on('error', (err) => extract.destroy(err));
  gunzip.on('error', (err) => extract.destroy(err));
  source.pipe(gunzip).pipe(extract);
  let manifest: Manifest | undefined;
  const expected = new Map<string, { bytes: number; sha256: string; rows?: number; table?: string }>();
  try {
    for await (const entry of extract) {
      const name = entry.header.name;
      if (!manifest) {
        if (name !== MANIFEST_NAME) throw damaged(`its first entry is ${name}, not ${MANIFEST_NAME}`);
        const chunks: Buffer[] = [];
        let size = 0;
        for await (const chunk of entry) {
          size += (chunk as Buffer).length;
          if (size > MAX_MANIFEST_BYTES) throw damaged('manifest.json is too large');
          chunks.push(chunk as Buffer);
        }
        manifest = parseManifest(Buffer.concat(chunks));
        for (const t of manifest.tables) expected.set(t.file, { bytes: t.bytes, sha256: t.sha256, rows: t.rows, table: t.name });
        for (const f of manifest.files) expected.set(f.name, { bytes: f.bytes, sha256: f.sha256 });
        await visitor.manifest?.(manifest);
        continue;
      }
      const want = expected.get(name);
      if (!want) throw damaged(`it holds ${name}, which the manifest does not list`);
      expected.delete(name);
      const hash = createHash('sha256');
      let bytes = 0;
      let lines = 0;
      if (want.table) {
        const decoder = new StringDecoder('utf8');
        let rest = '';
        for await (const chunk of entry) {
          hash.update(chunk as Buffer);
          bytes += (chunk as Buffer).length;
          const parts = (rest + decoder.write(chunk as Buffer)).split('\n');
          rest = parts.pop() ?? '';
          for (const line of parts) {
            lines++;
            await visitor.row?.(want.table, line);
          }
        }
        if (rest + decoder.end() !== '') throw damaged(`${name} does not end with a line break`);
      } else {
        const chunks: Buffer[] = [];
        for await (const chunk of entry) {
          hash.update(chunk as Buffer);
          bytes += (chunk as Buffer).length;
          chunks.push(chunk as Buffer);
        }
        await visitor.file?.(name, Buffer.concat(chunks));
      }
      if (bytes !== want.bytes || hash.digest('hex') !== want.sha256) throw damaged(`the checksum of ${name} does not match the manifest`);
      if (want.rows !== undefined && lines !== want.rows) throw damaged(`${name} holds ${lines} rows, the manifest says ${want.rows}`);
    }
  } catch (err) {
    source.destroy();
    if (err instanceof ArchiveError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ArchiveError(`cannot read ${path}: no such file`);
    if (code === 'EISDIR' || code === 'EACCES') throw new ArchiveError(`cannot read ${path} (${code})`);
    if (typeof code === 'string' && code.startsWith('Z_')) throw damaged(`it is not a complete gzip file (${(err as Error).message})`);
    if (err instanceof ValidationError) throw err;
    // tar-stream's own errors (a cut-off tar, a bad header) and anything else while reading.
    if (err instanceof Error && /tar|header|unexpected end|premature/i.test(err.message)) throw damaged(err.message);
    throw err;
  }
  if (!manifest) throw damaged('it is empty (no manifest.json)');
  const missing = [...expected.keys()];
  if (missing.length) throw damaged(`it ends before ${missing[0]} (${missing.length} file(s) missing)`);
  return manifest;
}
