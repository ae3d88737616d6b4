import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bibtexKey, escapeTex, toBibtex, toRis } from '../../../../src/domain/articles/citation/citation-export.js';
import { meta, withAuthors } from './citation-fixtures.js';

describe('toBibtex', () => {
  it('writes an @online entry for an article', () => {
    assert.equal(
      toBibtex(withAuthors(2)),
      [
        '@online{okafor2026who,',
        '  author = {Okafor, Chidi and Lindqvist, Maja},',
        '  title = {Who Owns the River? Water Rights After the Drought},',
        '  organization = {The Meridian Review},',
        '  year = {2026},',
        '  month = oct,',
        '  date = {2026-10-14},',
        '  url = {https://meridian.example/who-owns-the-river/},',
        '  urldate = {2026-10-14}',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('writes an @article entry with the journal for a research paper', () => {
    const entry = toBibtex(
      withAuthors(1, { isResearch: true, accessedAt: '2026-11-02T08:00:00Z', dek: 'A study of allocation rules.' }),
    );
    assert.ok(entry.startsWith('@article{okafor2026who,\n'));
    assert.ok(entry.includes('  journal = {The Meridian Review},\n'));
    assert.ok(entry.includes('  urldate = {2026-11-02},\n'));
    assert.ok(entry.endsWith('  abstract = {A study of allocation rules.}\n}\n'));
    assert.ok(!entry.includes('organization'));
  });

  it('builds the key from first author family, year and first title word, folded to ASCII', () => {
    assert.equal(bibtexKey(meta({ authors: [{ name: 'Zoë Ñúñez' }], title: '¿Agua para quién?' })), 'nunez2026agua');
    assert.equal(bibtexKey(meta({ authors: [] })), 'anon2026who');
    assert.equal(bibtexKey(meta({ authors: [{ name: '李 明' }], title: '水' })), 'anon2026untitled');
  });

  it('escapes TeX specials in every text field', () => {
    assert.equal(
      escapeTex('100% of {Budgets} & $5 #1 under_score ~ ^ \\'),
      '100\\% of \\{Budgets\\} \\& \\$5 \\#1 under\\_score \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
    const entry = toBibtex(meta({ title: 'Cuts of 30% & {more}', siteName: 'Policy_Lab #4', authors: [{ name: 'Sam O$wen' }] }));
    assert.ok(entry.includes('title = {Cuts of 30\\% \\& \\{more\\}}'));
    assert.ok(entry.includes('organization = {Policy\\_Lab \\#4}'));
    assert.ok(entry.includes('author = {O\\$wen, Sam}'));
  });

  it('keeps the url verbatim but balanced', () => {
    const entry = toBibtex(meta({ url: 'https://x.example/a_b?q=50%25&t={x}' }));
    assert.ok(entry.includes('url = {https://x.example/a_b?q=50%25&t=%7Bx%7D}'));
  });

  it('protects single-word names and names containing "and"', () => {
    assert.ok(toBibtex(meta({ authors: [{ name: 'Plato' }] })).includes('author = {{Plato}}'));
    assert.ok(toBibtex(meta({ authors: [{ name: 'Rose and Lee Park' }] })).includes('author = {Park, {Rose and Lee}}'));
  });

  it('omits the author field when there is none, and puts everything on one line per field', () => {
    const entry = toBibtex(meta({ authors: [], title: 'Line one\nline two' }));
    assert.ok(!entry.includes('author ='));
    assert.ok(entry.includes('title = {Line one line two}'));
  });
});

describe('toRis', () => {
  it('writes an ELEC record with CRLF line endings and ER last', () => {
    assert.equal(
      toRis(withAuthors(2)),
      [
        'TY  - ELEC',
        'AU  - Okafor, Chidi',
        'AU  - Lindqvist, Maja',
        'TI  - Who Owns the River? Water Rights After the Drought',
        'T2  - The Meridian Review',
        'PY  - 2026',
        'DA  - 2026/10/14',
        'UR  - https://meridian.example/who-owns-the-river/',
        'Y2  - 2026/10/14',
        'ER  - ',
        '',
      ].join('\r\n'),
    );
  });

  it('writes a JOUR record for research with the abstract', () => {
    const ris = toRis(withAuthors(1, { isResearch: true, dek: 'Rights\nand reservoirs.' }));
    assert.ok(ris.startsWith('TY  - JOUR\r\n'));
    assert.ok(ris.includes('\r\nAB  - Rights and reservoirs.\r\nER  - \r\n'));
    assert.ok(!/[^\r]\n/.test(ris), 'every newline is part of CRLF');
  });

  it('keeps single-word names whole', () => {
    assert.ok(toRis(meta({ authors: [{ name: 'Plato' }] })).includes('\r\nAU  - Plato\r\n'));
  });
});
