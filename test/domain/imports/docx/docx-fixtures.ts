import { readFileSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';
import {
  AlignmentType,
  Document,
  EndnoteReferenceRun,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import sharp from 'sharp';
import yauzl from 'yauzl';

// Word files for the import's tests, made here: real documents written by the
// `docx` package (as Word would lay them out), and hostile zips written byte by
// byte, so each case is exactly the attack it names and stays a few KB on disk.

export const FIXTURES = new URL('../../../fixtures/docx/', import.meta.url);
export const libreOfficeDocx = (): Buffer => readFileSync(new URL('libreoffice-harbour-notes.docx', FIXTURES));

export async function bluePng(width = 64, height = 40): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#1d5c8a' } }).png().toBuffer();
}

/** A document with everything the converter keeps, and the hostile text and links it must neutralise. */
export async function richDocx(png: Buffer): Promise<Buffer> {
  const doc = new Document({
    footnotes: {
      1: { children: [new Paragraph('Measured at the harbour wall, 1903.')] },
      2: { children: [new Paragraph({ children: [new TextRun('See the '), new TextRun({ text: 'tide book', italics: true }), new TextRun('.')] })] },
    },
    endnotes: { 1: { children: [new Paragraph('All times are local.')] } },
    numbering: {
      config: [
        {
          reference: 'steps',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
            { level: 1, format: LevelFormat.LOWER_LETTER, text: '%2.', alignment: AlignmentType.START },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Tides of the Northern Harbour', style: 'Title' }),
          new Paragraph({ text: 'Why the tide matters', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [
              new TextRun('The harbour floods '),
              new TextRun({ text: 'twice', bold: true }),
              new TextRun(' a day, '),
              new TextRun({ text: 'without fail', italics: true }),
              new TextRun('.'),
              new FootnoteReferenceRun(1),
              new TextRun(' Pilots know it well.'),
              new FootnoteReferenceRun(2),
              new TextRun(' Visitors do not.'),
              new EndnoteReferenceRun(1),
            ],
          }),
          new Paragraph({ text: 'Reading a table', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ children: [new TextRun('Typed, not markup: <script>alert("tide")</script> and <b>bold?</b> & 3 < 4.')] }),
          new Paragraph({
            children: [
              new ExternalHyperlink({ link: 'https://tides.example.org/north?station=7', children: [new TextRun('the tide service')] }),
              new TextRun(', '),
              new ExternalHyperlink({ link: 'javascript:alert(document.cookie)', children: [new TextRun('a trap link')] }),
              new TextRun(', '),
              new ExternalHyperlink({ link: 'data:text/html,<script>alert(1)</script>', children: [new TextRun('a data link')] }),
              new TextRun(' and '),
              new ExternalHyperlink({ link: 'mailto:harbourmaster@example.org', children: [new TextRun('the harbourmaster')] }),
              new TextRun('.'),
            ],
          }),
          new Paragraph({ text: 'Ropes', bullet: { level: 0 } }),
          new Paragraph({ text: 'Mooring lines', bullet: { level: 1 } }),
          new Paragraph({ text: 'Fenders', bullet: { level: 0 } }),
          new Paragraph({ text: 'Check the gauge', numbering: { reference: 'steps', level: 0 } }),
          new Paragraph({ text: 'Note the height', numbering: { reference: 'steps', level: 1 } }),
          new Paragraph({ text: 'Open the gate', numbering: { reference: 'steps', level: 0 } }),
          new Table({
            rows: [
              new TableRow({ children: [new TableCell({ children: [new Paragraph('Station')] }), new TableCell({ children: [new Paragraph('High water')] })] }),
              new TableRow({ children: [new TableCell({ children: [new Paragraph('North pier')] }), new TableCell({ children: [new Paragraph('06:12 | 18:40')] })] }),
            ],
          }),
          new Paragraph({
            children: [new ImageRun({ type: 'png', data: png, transformation: { width: 64, height: 40 }, altText: { name: 'gauge', title: 'Gauge', description: 'The tide gauge at dawn' } })],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** A few paragraphs, no Title style: the file name gives the title. */
export async function plainDocx(text = 'A short note about the ferry timetable.', extra: Array<Paragraph | Table> = []): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph(text), ...extra] }] }));
}

/** An endnote cited before any footnote: the endnote still gets the number after the footnotes'. */
export async function endnoteFirstDocx(): Promise<Buffer> {
  return Packer.toBuffer(
    new Document({
      footnotes: { 1: { children: [new Paragraph('A footnote.')] } },
      endnotes: { 1: { children: [new Paragraph('An endnote.')] }, 2: { children: [new Paragraph('Another endnote.')] } },
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun('First'), new EndnoteReferenceRun(1), new TextRun(' then'), new FootnoteReferenceRun(1), new TextRun(' last'), new EndnoteReferenceRun(2)] }),
          ],
        },
      ],
    }),
  );
}

export async function imageDocx(image: Buffer, type: 'png' | 'jpg' | 'gif' = 'png'): Promise<Buffer> {
  return Packer.toBuffer(
    new Document({
      sections: [
        {
          children: [
            new Paragraph('The chart follows.'),
            new Paragraph({ children: [new ImageRun({ type, data: image, transformation: { width: 40, height: 40 }, altText: { name: 'chart', title: 'Chart', description: 'A chart' } })] }),
          ],
        },
      ],
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Zips written by hand.

export interface ZipEntrySpec {
  name: string;
  data: Buffer | string;
  /** deflate (default) or store */
  method?: 'deflate' | 'store';
  /** what the headers claim the inflated size is (a lie, for bombs) */
  declaredSize?: number;
  /** general-purpose flag bit 0: "encrypted" */
  encrypted?: boolean;
}

/** A zip file: local headers and data, then the central directory, then its end record. */
export function zip(entries: ZipEntrySpec[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const raw = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : e.data;
    const store = e.method === 'store';
    const body = store ? raw : deflateRawSync(raw);
    const name = Buffer.from(e.name, 'utf8');
    const size = e.declaredSize ?? raw.length;
    const flags = (e.encrypted ? 1 : 0) | 0x800;
    const crc = crc32(raw) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(store ? 0 : 8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(store ? 0 : 8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Every entry of a zip, inflated (for rebuilding a real .docx with a change). */
export async function unzip(buffer: Buffer): Promise<Array<{ name: string; data: Buffer }>> {
  const file = await yauzl.fromBufferPromise(buffer, { lazyEntries: true, autoClose: false });
  const out: Array<{ name: string; data: Buffer }> = [];
  for await (const entry of file.eachEntry()) {
    const chunks: Buffer[] = [];
    for await (const chunk of await file.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
    out.push({ name: entry.fileName, data: Buffer.concat(chunks) });
  }
  file.close();
  return out;
}

export const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

/** The same document saved as a macro-enabled .docm: a VBA project and the macro content type. */
export async function docmFrom(docx: Buffer, options: { withProject?: boolean; withContentType?: boolean } = {}): Promise<Buffer> {
  const entries = await unzip(docx);
  const specs: ZipEntrySpec[] = entries.map((e) => {
    if (e.name === '[Content_Types].xml' && options.withContentType !== false) {
      const xml = e.data
        .toString('utf8')
        .replace('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml', 'application/vnd.ms-word.document.macroEnabled.main+xml');
      return { name: e.name, data: xml };
    }
    return { name: e.name, data: e.data };
  });
  if (options.withProject !== false) specs.push({ name: 'word/vbaProject.bin', data: Buffer.from('not really VBA, but named so') });
  return zip(specs);
}
