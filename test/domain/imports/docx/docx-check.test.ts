import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import { convertDocx, DocxError } from '../../../../src/domain/imports/docx/docx-to-markdown.js';
import { ValidationError } from '../../../../src/shared/errors.js';
import { bluePng, CONTENT_TYPES, docmFrom, plainDocx, richDocx, unzip, zip } from './docx-fixtures.js';

// Every file the Word import must refuse, each with the message the person gets by the
// `manuscript` field. (That nothing is written is checked in docx-import.service.test.ts.)

async function refused(file: Buffer, message: RegExp, limits?: Parameters<typeof convertDocx>[1]): Promise<DocxError> {
  let caught: unknown;
  try {
    await convertDocx(file, limits);
  } catch (err) {
    caught = err;
  }
  assert.ok(caught instanceof DocxError, `expected a DocxError, got ${String(caught)}`);
  assert.ok(caught instanceof ValidationError);
  assert.match(caught.message, message);
  assert.equal(caught.fields.manuscript, caught.message);
  assert.doesNotMatch(caught.message, /\n/, 'one line');
  return caught;
}

const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const document = '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Hi</w:t></w:r></w:p></w:body></w:document>';

describe('files that are not a .docx, whatever their name', () => {
  test('plain text, a PNG, a PDF and RTF renamed .docx', async () => {
    await refused(Buffer.from('Dear editor,\nplease find my piece below.\n'), /not a Word document \(\.docx\), whatever its name says/);
    await refused(await bluePng(), /not a Word document \(\.docx\), whatever its name says/);
    await refused(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), /This is a PDF/);
    await refused(Buffer.from('{\\rtf1\\ansi Hello}'), /Rich Text \(\.rtf\)/);
    await refused(Buffer.alloc(0), /The file is empty/);
  });

  test('an old .doc and a password-protected document (both OLE compound files)', async () => {
    await refused(Buffer.concat([CFB, Buffer.alloc(1024)]), /older Word 97–2003 document \(\.doc\)/);
    await refused(Buffer.concat([CFB, Buffer.alloc(600), Buffer.from('EncryptionInfo', 'utf16le'), Buffer.alloc(400)]), /protected by a password/);
  });

  test('zips that are not Word documents', async () => {
    await refused(zip([{ name: 'notes.txt', data: 'just a zip' }]), /zip archive but not a Word document/);
    await refused(
      zip([
        { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', method: 'store' },
        { name: 'content.xml', data: '<office:document-content/>' },
      ]),
      /OpenDocument text \(\.odt\)/,
    );
    await refused(zip([{ name: '[Content_Types].xml', data: CONTENT_TYPES }, { name: 'xl/workbook.xml', data: '<workbook/>' }]), /Excel workbook/);
    // [Content_Types].xml alone is not enough: the main document part must be there.
    await refused(zip([{ name: '[Content_Types].xml', data: CONTENT_TYPES }]), /not a Word document/);
  });
});

describe('zip bombs, refused before they are inflated', () => {
  test('a tiny file whose directory declares gigabytes', async () => {
    const bomb = zip([
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      { name: 'word/document.xml', data: document, declaredSize: 3_900_000_000 },
    ]);
    assert.ok(bomb.length < 2000);
    await refused(bomb, /zip bomb/);
  });

  test('a highly compressible 60 MB part (about 60 KB on disk)', async () => {
    const filler = Buffer.alloc(60 * 1024 * 1024, 0x20);
    const bomb = zip([
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      { name: 'word/document.xml', data: Buffer.concat([Buffer.from(document.slice(0, -22)), filler, Buffer.from('</w:body></w:document>')]) },
    ]);
    assert.ok(bomb.length < 200_000, `${bomb.length} bytes`);
    const started = Date.now();
    await refused(bomb, /zip bomb/);
    assert.ok(Date.now() - started < 1000, 'refused from the directory, without inflating 60 MB');
  });

  test('parts that together unpack past the limit', async () => {
    await refused(await plainDocx(), /zip bomb/, { limits: { maxUncompressedBytes: 2000 } });
  });

  test('a part that lies about its size is stopped as it inflates', async () => {
    const liar = zip([
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      { name: 'word/document.xml', data: Buffer.concat([Buffer.from(document), Buffer.alloc(5 * 1024 * 1024, 0x20)]), declaredSize: 2000 },
    ]);
    await refused(liar, /zip bomb/);
  });

  test('more entries than a Word document has', async () => {
    const many = zip([
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      { name: 'word/document.xml', data: document },
      ...Array.from({ length: 2000 }, (_, i) => ({ name: `word/parts/p${i}.xml`, data: '', method: 'store' as const })),
    ]);
    await refused(many, /holds 2002 parts, more than a Word document has \(at most 2000/);
  });
});

describe('oversized files and pictures', () => {
  test('a file over 15 MB', async () => {
    const big = Buffer.alloc(15 * 1024 * 1024 + 1);
    big.write('PK\u0003\u0004', 'latin1');
    await refused(big, /larger than 15 MB/);
  });

  test('an embedded picture over 10 MB', async () => {
    const entries = await unzip(await richDocx(await bluePng()));
    const withHuge = zip([...entries, { name: 'word/media/huge-scan.png', data: randomBytes(10 * 1024 * 1024 + 100), method: 'store' }]);
    await refused(withHuge, /picture “huge-scan\.png” in this document is larger than 10 MB/);
  });
});

describe('macros, encryption and damage', () => {
  test('a .docm with a VBA project, or with only the macro content type', async () => {
    const docx = await plainDocx();
    await refused(await docmFrom(docx), /contains macros/);
    await refused(await docmFrom(docx, { withProject: false }), /contains macros/);
    await refused(await docmFrom(docx, { withContentType: false }), /contains macros/);
  });

  test('a zip whose parts are encrypted', async () => {
    const entries = await unzip(await plainDocx());
    await refused(zip(entries.map((e) => ({ ...e, encrypted: e.name === 'word/document.xml' }))), /encrypted/);
  });

  test('a truncated file, garbage XML and an XML entity bomb', async () => {
    const docx = await plainDocx();
    await refused(docx.subarray(0, Math.floor(docx.length / 2)), /damaged/);
    const entries = await unzip(docx);
    const swap = (xml: string) => zip(entries.map((e) => (e.name === 'word/document.xml' ? { name: e.name, data: xml } : e)));
    await refused(swap('<<< this is not XML at all'), /damaged/);
    const laughs = `<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>${document.replace('<?xml version="1.0"?>', '').replace('Hi', '&b;')}`;
    await refused(swap(laughs), /damaged/);
  });

  test('the real document itself still passes every check', async () => {
    const result = await convertDocx(await plainDocx());
    assert.equal(result.markdown, 'A short note about the ferry timetable.\n');
  });
});
