import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { DocxError, megabytes, type DocxLimits } from './docx-errors.js';

// Everything a .docx must pass before mammoth (which inflates every part in
// memory with JSZip, trusting the sizes it finds) is allowed to open it. The
// order matters: first the bytes at the start (what the file really is, whatever
// its name), then the zip's central directory alone (entry count, the inflated
// sizes it declares, encryption, macros), and only then the parts themselves,
// inflated as streams that stop at the declared size. A zip that lies about its
// sizes is caught there, by yauzl's size validation, long before it could fill memory.

const SAVE_AS = 'In Word, choose File › Save As and pick “Word Document (.docx)”, then upload that file.';

export interface DocxPackageInfo {
  entryCount: number;
  /** all parts inflated */
  uncompressedBytes: number;
  /** embedded images (word/media/…) */
  mediaCount: number;
}

const startsWith = (buffer: Buffer, bytes: number[]): boolean => bytes.every((b, i) => buffer[i] === b);

/** Names what a file that is not a zip really is, for a message better than "not a .docx". */
function notAZip(buffer: Buffer): DocxError {
  if (startsWith(buffer, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // Word saves a password-protected .docx as an OLE compound file holding an encrypted package.
    if (buffer.includes(Buffer.from('EncryptionInfo', 'utf16le'))) {
      return new DocxError('This document is protected by a password, so it cannot be read. Remove the password in Word (File › Info › Protect Document), save, and upload it again.');
    }
    return new DocxError(`This is an older Word 97–2003 document (.doc), not a .docx. ${SAVE_AS}`);
  }
  const head = buffer.subarray(0, 16).toString('latin1');
  if (head.startsWith('%PDF')) return new DocxError('This is a PDF, not a Word document. Upload the .docx the PDF was made from.');
  if (head.startsWith('{\\rtf')) return new DocxError(`This is a Rich Text (.rtf) file, not a .docx. ${SAVE_AS}`);
  return new DocxError(`This file is not a Word document (.docx), whatever its name says. ${SAVE_AS}`);
}

/** What a zip that is not a Word document is, from its entries' names. */
function notWord(names: Set<string>, mimetype: string): DocxError {
  if (mimetype.startsWith('application/vnd.oasis.opendocument.text')) {
    return new DocxError('This is an OpenDocument text (.odt), not a .docx. In LibreOffice, choose File › Save As and pick “Word 2007–365 (.docx)”, then upload that file.');
  }
  if (names.has('xl/workbook.xml')) return new DocxError('This is an Excel workbook, not a Word document. Upload a .docx.');
  if (names.has('ppt/presentation.xml')) return new DocxError('This is a PowerPoint presentation, not a Word document. Upload a .docx.');
  return new DocxError(`This file is a zip archive but not a Word document (.docx). ${SAVE_AS}`);
}

const damaged = (): DocxError =>
  new DocxError('This Word file is damaged and cannot be read. Open it in Word, save it again as .docx, and upload the new file.');

const macros = (): DocxError =>
  new DocxError('This document contains macros, which we never open. In Word, save it as “Word Document (.docx)” (not .docm) and upload that file.');

function bomb(limits?: DocxLimits): DocxError {
  const over = limits ? ` (over ${megabytes(limits.maxUncompressedBytes)}, or parts compressed beyond belief)` : '';
  return new DocxError(`This file would unpack to far more than a Word document holds${over}: it looks like a “zip bomb”, so it was not opened.`);
}

async function openZip(buffer: Buffer): Promise<ZipFile> {
  try {
    return await yauzl.fromBufferPromise(buffer, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false });
  } catch {
    throw damaged();
  }
}

/** Reads an entry as a stream, stopping as soon as more than `max` bytes came out. */
async function readEntry(zip: ZipFile, entry: Entry, max: number, keep: boolean): Promise<{ bytes: number; head: Buffer }> {
  let stream: Readable;
  try {
    stream = await zip.openReadStreamPromise(entry);
  } catch {
    throw damaged();
  }
  let bytes = 0;
  const kept: Buffer[] = [];
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      if (bytes > max) {
        stream.destroy();
        throw bomb();
      }
      // The start of an XML part is enough to see a DOCTYPE (it must come before the root element).
      if (keep || kept.length === 0) kept.push(chunk);
    }
  } catch (err) {
    if (err instanceof DocxError) throw err;
    // yauzl: "too many bytes in the stream": the part inflates to more than the zip declared, as a bomb's parts do.
    if (/too many bytes/i.test((err as Error).message ?? '')) throw bomb();
    throw damaged(); // a bad deflate stream, a short file
  }
  return { bytes, head: Buffer.concat(kept) };
}

/**
 * Checks that `buffer` is a Word document mammoth may open; throws DocxError saying why not.
 * Nothing is inflated until the central directory has passed every check.
 */
export async function checkDocx(buffer: Buffer, limits: DocxLimits): Promise<DocxPackageInfo> {
  if (buffer.length === 0) throw new DocxError('The file is empty. Choose a Word document (.docx).');
  if (buffer.length > limits.maxFileBytes) {
    throw new DocxError(`The file is larger than ${megabytes(limits.maxFileBytes)}. Make it smaller (for example by compressing its pictures in Word) and upload it again.`);
  }
  // A zip starts with a local file header ("PK\x03\x04").
  if (!startsWith(buffer, [0x50, 0x4b, 0x03, 0x04])) throw notAZip(buffer);
  const zip = await openZip(buffer);
  try {
    if (zip.entryCount > limits.maxEntries) {
      throw new DocxError(`This file holds ${zip.entryCount} parts, more than a Word document has (at most ${limits.maxEntries} are accepted), so it was not opened.`);
    }
    const entries: Entry[] = [];
    let declared = 0;
    let mediaCount = 0;
    try {
      for await (const entry of zip.eachEntry()) entries.push(entry);
    } catch {
      throw damaged();
    }
    const names = new Set(entries.map((e) => e.fileName));
    for (const entry of entries) {
      const name = entry.fileName;
      if (/(^|\/)vbaProject\.bin$/i.test(name) || /^word\/vbaData\.xml$/i.test(name) || /^word\/activeX\//i.test(name)) throw macros();
      if (entry.isEncrypted()) {
        throw new DocxError('This file is encrypted, so it cannot be read. Remove the password, save it as .docx, and upload it again.');
      }
      if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) throw damaged();
      declared += entry.uncompressedSize;
      const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
      if (declared > limits.maxUncompressedBytes || (entry.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio)) {
        throw bomb(limits);
      }
      if (name.startsWith('word/media/')) {
        mediaCount++;
        if (entry.uncompressedSize > limits.maxImageBytes) {
          const label = name.slice('word/media/'.length);
          throw new DocxError(`The picture “${label}” in this document is larger than ${megabytes(limits.maxImageBytes)}. Compress the pictures in Word (Picture Format › Compress Pictures) and upload it again.`);
        }
      }
    }
    if (!names.has('[Content_Types].xml') || !names.has('word/document.xml')) {
      const mimetypeEntry = entries.find((e) => e.fileName === 'mimetype' && e.uncompressedSize < 200);
      const mimetype = mimetypeEntry ? (await readEntry(zip, mimetypeEntry, 200, true)).head.toString('latin1').trim() : '';
      throw notWord(names, mimetype);
    }
    // Every part inflated once, as a stream held to its declared size: yauzl fails a part that produces more.
    let inflated = 0;
    for (const entry of entries) {
      if (entry.fileName.endsWith('/')) continue;
      const isTypes = entry.fileName === '[Content_Types].xml';
      const isXml = /\.(xml|rels)$/i.test(entry.fileName);
      const { bytes, head } = await readEntry(zip, entry, limits.maxUncompressedBytes - inflated, isTypes);
      inflated += bytes;
      if (isTypes && /macroEnabled|vbaProject/i.test(head.toString('utf8'))) throw macros();
      // Office never writes a DTD; one in a part can only be an entity-expansion attack on the XML parser.
      if (isXml && /<!DOCTYPE|<!ENTITY/i.test(head.subarray(0, 65_536).toString('utf8'))) throw damaged();
    }
    return { entryCount: entries.length, uncompressedBytes: inflated, mediaCount };
  } finally {
    zip.close();
  }
}
