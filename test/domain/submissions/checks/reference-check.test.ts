import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseManuscript } from '../../../../src/domain/submissions/checks/manuscript-parse.js';
import { classifyNote, doiClaims, referenceCheck } from '../../../../src/domain/submissions/checks/reference-check.js';
import { BAD_NOTES, GOOD_NOTES } from './fixtures.js';

const codes = (md: string) => referenceCheck(md).map((f) => `${f.noteNumber ?? '-'} ${f.code}`).sort();

test('notes with URLs, DOIs, full book or journal details or an ISBN pass without a finding', () => {
  assert.deepEqual(referenceCheck(GOOD_NOTES), []);
  const notes = parseManuscript(GOOD_NOTES).notes;
  assert.equal(notes.length, 7);
  assert.deepEqual(notes.map((n) => classifyNote(n)), Array(7).fill('checkable'));
});

test('cut, uncheckable, badly formed, repeated, unused and undefined notes are flagged with their numbers', () => {
  assert.deepEqual(codes(BAD_NOTES), [
    '- reference-undefined',
    '1 reference-cut', // …, accessed December 2018,
    '2 reference-cut', // …, The Guardian, June 9, 2014,
    '3 reference-uncheckable', // a quoted title and a year, nothing to find it by
    '4 reference-bad-doi', // doi:10.12/abc (the prefix needs 4–9 digits)
    '4 reference-uncheckable',
    '5 reference-cut',
    '5 reference-duplicate', // repeats note 2
    '6 reference-bad-doi', // https://doi.org/10.1000civic-grants (no slash)
    '8 reference-aside', // a comment, not a citation
    '9 reference-duplicate', // repeats note 7
    '9 reference-unused',
  ]);
  const findings = referenceCheck(BAD_NOTES);
  assert.equal(findings[0]!.severity, 'error', 'errors come first');
  const dup = findings.find((f) => f.code === 'reference-duplicate' && f.noteNumber === 5)!;
  assert.match(dup.message, /repeats note 2/);
  const undef = findings.find((f) => f.code === 'reference-undefined')!;
  assert.match(undef.message, /\[\^zz\]/);
  for (const f of findings) assert.ok(f.whatToDo.length > 10, `${f.code} says what to do`);
});

test('notes are numbered as readers see them: by first reference, unreferenced ones last', () => {
  const md = 'B first.[^b] Then A.[^a] B again.[^b]\n\n[^a]: Note a.\n[^spare]: Spare.\n[^b]: Note b.\n';
  const notes = parseManuscript(md).notes;
  assert.deepEqual(notes.map((n) => [n.label, n.number, n.referenced]), [
    ['b', 1, true],
    ['a', 2, true],
    ['spare', 3, false],
  ]);
});

test('a note call inside code is not a reference, and a note body excludes nothing else', () => {
  const parsed = parseManuscript('Use `[^x]` to cite.[^1]\n\n[^1]: See https://example.org/guide.\n');
  assert.deepEqual(parsed.undefinedReferences, []);
  assert.deepEqual(parsed.notes[0]!.urls, ['https://example.org/guide']);
  assert.equal(parsed.bodyText, 'Use [^x] to cite.');
});

test('each cut ending is recognized, and the same text with its link is not cut', () => {
  const cut = [
    'Ministry of Transport, "Rail usage statistics", accessed 4 December 2018,',
    'K. Amadi, "The last ferry", The Herald, June 9, 2014,',
    'Harbour Trust, "Annual figures", retrieved on March 3, 2020',
    'Somebody, "An essay", Some Outlet,',
  ];
  for (const text of cut) assert.equal(classifyNote({ text, urls: [] }), 'cut', text);
  assert.equal(classifyNote({ text: `${cut[1]} https://example.com/ferry`, urls: ['https://example.com/ferry'] }), 'checkable');
  assert.equal(classifyNote({ text: 'K. Amadi, "The last ferry", The Herald, June 9, 2014.', urls: [] }), 'uncheckable');
});

test('DOI syntax: bare, doi: and doi.org forms; sentence punctuation is not part of the DOI', () => {
  assert.deepEqual(doiClaims('See doi:10.1000/xyz123.'), [{ raw: '10.1000/xyz123', valid: true }]);
  assert.deepEqual(doiClaims('(https://doi.org/10.1093/ajae/aaq063)'), [{ raw: '10.1093/ajae/aaq063', valid: true }]);
  assert.deepEqual(doiClaims('Published as 10.48550/arXiv.2101.00001, online.'), [{ raw: '10.48550/arXiv.2101.00001', valid: true }]);
  assert.deepEqual(doiClaims('doi: 10.123/short'), [{ raw: '10.123/short', valid: false }]);
  assert.deepEqual(doiClaims('https://doi.org/10.5555%2Fencoded'), [{ raw: '10.5555/encoded', valid: true }]);
  assert.deepEqual(doiClaims('No identifier here, version 10.2 of the report.'), []);
});
