import assert from 'node:assert/strict';
import { test } from 'node:test';
import { changedFields, parseSnapshot, type ArticleSnapshot } from '../../../src/domain/versions/snapshot.js';
import { snapshotDiff, wordDiff } from '../../../src/domain/versions/word-diff.js';

const snap = (over: Partial<ArticleSnapshot> = {}): ArticleSnapshot => ({
  title: 'The silt and the city',
  slug: 'the-silt-and-the-city',
  dek: 'Dredging budgets, again.',
  body: 'First paragraph about the harbour.\n\nSecond paragraph about the tides.\n',
  metaDescription: '',
  coverImageUrl: null,
  coverMediaId: null,
  coverAlt: '',
  coverCaption: '',
  authors: [{ id: 1, name: 'Ada Reyes' }],
  categories: [],
  tags: ['ports'],
  status: 'draft',
  publishAt: null,
  ...over,
});

const render = (parts: ReturnType<typeof wordDiff>) => parts.map((p) => (p.kind === 'ins' ? `[+${p.text}]` : p.kind === 'del' ? `[-${p.text}]` : p.text)).join('');

test('a changed word inside a paragraph is marked word by word, the rest stays', () => {
  const out = wordDiff('The harbour silts up every winter.\n\nA second line.\n', 'The harbour floods every winter.\n\nA second line.\n');
  assert.equal(render(out), 'The harbour [-silts up][+floods] every winter.\n\nA second line.\n');
});

test('added and removed paragraphs come out whole', () => {
  const out = wordDiff('One.\n\nTwo.\n', 'One.\n\nTwo.\n\nThree.\n');
  assert.ok(out.some((p) => p.kind === 'ins' && p.text.includes('Three.')));
  assert.ok(!out.some((p) => p.kind === 'del'));
  assert.equal(render(wordDiff('same', 'same')), 'same');
});

test('a long body diffs in milliseconds', () => {
  const para = (i: number) => `Paragraph ${i} discusses the tidal commons and its many stakeholders at some length.`;
  const a = Array.from({ length: 3000 }, (_, i) => para(i)).join('\n\n');
  const b = a.replace('Paragraph 1500 discusses', 'Paragraph 1500 examines');
  const started = performance.now();
  const out = wordDiff(a, b);
  assert.ok(performance.now() - started < 2000);
  assert.equal(out.filter((p) => p.kind !== 'same').length, 2);
});

test('snapshot diffs cover metadata, and changedFields names what changed', () => {
  const before = snap();
  const after = snap({ title: 'The silt and the state', tags: ['ports', 'budgets'], authors: [{ id: 1, name: 'Ada Reyes' }, { id: 2, name: 'Bo Lin' }] });
  const diff = snapshotDiff(before, after);
  assert.deepEqual(diff.filter((d) => d.changed).map((d) => d.label), ['Title', 'Authors', 'Tags']);
  assert.deepEqual(changedFields(before, after), ['Title', 'Authors', 'Tags']);
  assert.deepEqual(changedFields(undefined, after), ['Created']);
  assert.deepEqual(changedFields(before, snap()), []);
});

test('a damaged stored snapshot reads as empty fields, never a crash', () => {
  assert.equal(parseSnapshot('not json').title, '');
  assert.deepEqual(parseSnapshot('{"authors":[{"id":"x"},{"id":3,"name":"C"}],"tags":[1,"a"]}').authors, [{ id: 3, name: 'C' }]);
  assert.deepEqual(parseSnapshot('{"tags":[1,"a"]}').tags, ['a']);
});
