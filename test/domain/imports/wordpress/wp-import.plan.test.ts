import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bylineLogins, categoryPath, plainText, statusFor, uploadsPathOf, viewTotalOf } from '../../../../src/domain/imports/wordpress/wp-import.plan.js';
import type { WxrItem } from '../../../../src/domain/imports/wordpress/wxr.types.js';

const item = (over: Partial<WxrItem>): WxrItem => ({
  wpId: 1, postType: 'post', title: 'T', link: '', guid: '', creatorLogin: 'ana', contentHtml: '', excerptHtml: '',
  postDateGmt: '2025-01-01T10:00:00.000Z', modifiedGmt: null, postDate: null, slug: 't', status: 'publish', parentId: 0,
  menuOrder: 0, isSticky: false, password: '', attachmentUrl: '', terms: [], meta: [], ...over,
});
const now = new Date('2025-06-01T00:00:00Z');

test('statuses: publish, future (still ahead or already past), draft, pending, private, and the rest skipped', () => {
  assert.deepEqual(statusFor(item({ status: 'publish' }), now), { status: 'published' });
  assert.deepEqual(statusFor(item({ status: 'future', postDateGmt: '2025-07-01T09:00:00.000Z' }), now), { status: 'scheduled', publishAt: '2025-07-01T09:00:00.000Z' });
  assert.equal(statusFor(item({ status: 'future' }), now)?.status, 'published');
  assert.match(statusFor(item({ status: 'future' }), now)?.warning ?? '', /passed/);
  assert.deepEqual(statusFor(item({ status: 'pending' }), now), { status: 'draft' });
  assert.equal(statusFor(item({ status: 'private' }), now)?.status, 'draft');
  assert.match(statusFor(item({ status: 'private' }), now)?.warning ?? '', /private/);
  assert.equal(statusFor(item({ status: 'trash' }), now), undefined);
});

test('view totals: the largest counter among the known meta keys', () => {
  assert.equal(viewTotalOf(item({ meta: [{ key: 'views', value: '12' }, { key: 'post_views_count', value: '40' }, { key: 'other', value: '999' }] })), 40);
  assert.equal(viewTotalOf(item({ meta: [{ key: '_post_views', value: 'many' }] })), undefined);
});

test('bylines: Co-Authors Plus terms in order, else the creator', () => {
  const terms = [{ domain: 'author', nicename: 'cap-zoe', name: 'zoe' }, { domain: 'category', nicename: 'x', name: 'X' }, { domain: 'author', nicename: 'cap-ana', name: 'ana' }];
  assert.deepEqual(bylineLogins(item({ terms })), ['zoe', 'ana']);
  assert.deepEqual(bylineLogins(item({})), ['ana']);
});

test('plain text from HTML, uploads paths, category chains', () => {
  assert.equal(plainText('<p>Tea &amp; <b>cake</b> [gallery ids="1"]</p><script>x()</script>'), 'Tea & cake');
  assert.equal(plainText('one two three four', 10), 'one two…');
  assert.equal(uploadsPathOf('https://old.example/wp-content/uploads/2024/03/a%20b.jpg?x=1'), '2024/03/a b.jpg');
  assert.equal(uploadsPathOf('/wp-content/uploads/../../etc/passwd'), undefined);
  assert.equal(uploadsPathOf('https://cdn.example/photo.jpg'), undefined);
  assert.deepEqual(categoryPath('bridges', new Map([['bridges', 'waterfronts'], ['waterfronts', 'cities']])), ['cities', 'waterfronts', 'bridges']);
  assert.deepEqual(categoryPath('a', new Map([['a', 'b'], ['b', 'a']])), ['b', 'a']);
});
