import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { convertWpContent } from '../../../../src/domain/imports/wordpress/wp-content.js';
import { parseFeedPath } from '../../../../src/domain/imports/wordpress/wp-feeds.js';
import { childrenByParent, galleryAttachments, type ExportAttachment } from '../../../../src/domain/imports/wordpress/wp-gallery.js';
import { roleForUser, rolesFromCapabilities, unserializePhp, wpRolesOf } from '../../../../src/domain/imports/wordpress/wp-roles.js';
import { readWxr } from '../../../../src/domain/imports/wordpress/wxr-reader.js';
import type { WxrAuthor } from '../../../../src/domain/imports/wordpress/wxr.types.js';

// The pure parts of roles, galleries and feed addresses (the import itself: wp-import.extras.test.ts).

test('PHP serialize(): arrays, UTF-8 byte lengths, numbers, null; objects and junk refused', () => {
  assert.deepEqual(unserializePhp('a:2:{s:6:"editor";b:1;i:3;d:1.5;}'), { entries: [['editor', true], [3, 1.5]] });
  assert.deepEqual(unserializePhp('s:5:"café";'), 'café', 'é is two bytes');
  assert.equal(unserializePhp('N;'), null);
  assert.deepEqual(unserializePhp('a:1:{s:1:"a";a:1:{i:0;b:0;}}'), { entries: [['a', { entries: [[0, false]] }]] });
  for (const bad of ['O:8:"stdClass":0:{}', 'a:1:{s:6:"editor";b:1;}x', 's:99:"short";', 'a:2:{s:1:"a";b:1;}', 'C:3:"Foo":0:{}', '']) {
    assert.throws(() => unserializePhp(bad), Error, bad);
  }
});

test('capabilities: the roles set true, in PHP or JSON; unreadable ones are none', () => {
  assert.deepEqual(rolesFromCapabilities('a:2:{s:13:"administrator";b:1;s:6:"editor";b:0;}'), ['administrator']);
  assert.deepEqual(rolesFromCapabilities('{"author":true,"subscriber":false}'), ['author']);
  assert.deepEqual(rolesFromCapabilities('["editor"]'), ['editor']);
  assert.equal(rolesFromCapabilities('a:1:{s:13:"administrator";b:1;'), undefined);
  assert.equal(rolesFromCapabilities('O:8:"stdClass":1:{s:1:"a";b:1;}'), undefined);
});

const author = (over: Partial<WxrAuthor>): WxrAuthor => ({ wpId: 1, login: 'a', email: 'a@x.example', displayName: 'A', firstName: '', lastName: '', meta: [], roleNames: [], ...over });

test('roles of a user: any table prefix of {prefix}capabilities, a role field, or nothing given', () => {
  assert.deepEqual(wpRolesOf(author({ meta: [{ key: 'wp_capabilities', value: 'a:1:{s:6:"editor";b:1;}' }] })), ['editor']);
  assert.deepEqual(wpRolesOf(author({ meta: [{ key: 'wp_3_capabilities', value: 'a:1:{s:6:"Author";b:1;}' }] })), ['author']);
  assert.deepEqual(wpRolesOf(author({ meta: [{ key: 'site7_capabilities', value: 'broken' }] })), []);
  assert.deepEqual(wpRolesOf(author({ roleNames: ['Contributor'] })), ['contributor']);
  assert.equal(wpRolesOf(author({ meta: [{ key: 'wp_user_level', value: '10' }] })), undefined);
});

test('role mapping: the most powerful known role; unknown → reader with a warning; none given → by whether they wrote', () => {
  const cases: Array<[string[] | undefined, boolean, string]> = [
    [['administrator'], false, 'admin'],
    [['bbp_participant', 'editor'], false, 'editor'],
    [['author'], false, 'author'],
    [['contributor'], false, 'author'],
    [['subscriber'], true, 'reader'],
    [['subscriber', 'administrator'], false, 'admin'],
    [['shop_manager'], true, 'reader'],
    [[], true, 'reader'],
    [undefined, true, 'author'],
    [undefined, false, 'reader'],
  ];
  for (const [roles, wrote, expected] of cases) assert.equal(roleForUser(roles, wrote).role, expected, JSON.stringify([roles, wrote]));
  assert.match(roleForUser(['shop_manager'], true).warning ?? '', /"shop_manager", which Masthead does not know/);
  assert.equal(roleForUser(['editor'], false).warning, undefined);
  assert.equal(roleForUser(undefined, false).warning, undefined);
});

test('the reader keeps user meta and role fields inside <wp:author>', async () => {
  const text = readFileSync(new URL('./fixtures/tidewater-extras.xml', import.meta.url), 'utf8');
  const authors: WxrAuthor[] = [];
  for await (const r of readWxr([text])) if (r.kind === 'author') authors.push(r.author);
  const rhea = authors.find((a) => a.login === 'rhea');
  assert.deepEqual(rhea?.meta, [{ key: 'wp_capabilities', value: 'a:1:{s:13:"administrator";b:1;}' }, { key: 'description', value: 'Founder.' }]);
  assert.equal(rhea?.displayName, 'Rhea Lindqvist');
  assert.deepEqual(authors.find((a) => a.login === 'cato')?.roleNames, ['contributor']);
  assert.deepEqual(authors.find((a) => a.login === 'quiet')?.meta, []);
});

test('[gallery]: only the attachments a body names travel; output is a list of figures; missing ids named', () => {
  const all = new Map<number, ExportAttachment>([
    [5, { url: 'https://old.example/wp-content/uploads/a.jpg', alt: 'Alpha', caption: 'First <one>', title: 'a', parentId: 9, menuOrder: 2 }],
    [6, { url: 'https://old.example/wp-content/uploads/b.jpg', title: 'b', parentId: 9, menuOrder: 1 }],
    [7, { url: 'https://old.example/wp-content/uploads/c.jpg', title: 'c', parentId: 0, menuOrder: 0 }],
  ]);
  const children = childrenByParent(all);
  assert.deepEqual(children.get(9), [6, 5], 'menu order, then id');
  assert.equal(galleryAttachments('<p>No gallery here</p>', 9, all, children), undefined);
  const named = galleryAttachments('[gallery ids="7, 5,404"]', 9, all, children);
  assert.deepEqual(named?.attachments.map(([id]) => id), [7, 5]);
  const bare = galleryAttachments('[gallery columns="2"]', 9, all, children);
  assert.deepEqual(bare?.childAttachmentIds, [6, 5]);

  const r = convertWpContent('[gallery ids="7,5,404,405"]', { siteUrl: 'https://old.example', attachments: new Map(named?.attachments) });
  assert.equal(r.markdown, '![](https://old.example/wp-content/uploads/c.jpg)\n\n![Alpha](https://old.example/wp-content/uploads/a.jpg)\n\n*First*\n');
  assert.deepEqual(r.warnings, ['A [gallery] names attachments 404, 405, not in the export: they were left out; add the images in the editor.']);
  const b = convertWpContent('[gallery]', { siteUrl: 'https://old.example', attachments: new Map(bare?.attachments), childAttachmentIds: bare?.childAttachmentIds ?? [] });
  assert.deepEqual(b.images.map((i) => i.src.slice(-5)), ['b.jpg', 'a.jpg']);
  assert.deepEqual(b.warnings, []);
});

test('feed paths: what they are the feed of, and in which format', () => {
  const cases: Array<[string, { base: string; format: 'rss' | 'atom' } | undefined]> = [
    ['/feed/', { base: '/', format: 'rss' }],
    ['/feed/rss2/', { base: '/', format: 'rss' }],
    ['/feed/atom/', { base: '/', format: 'atom' }],
    ['/atom/', { base: '/', format: 'atom' }],
    ['/wp-rss2.php', { base: '/', format: 'rss' }],
    ['/comments/feed/', { base: '/', format: 'rss' }],
    ['/category/a/b/feed/', { base: '/category/a/b/', format: 'rss' }],
    ['/tag/x/feed/atom', { base: '/tag/x/', format: 'atom' }],
    ['/2024/03/05/slug/feed/', { base: '/2024/03/05/slug/', format: 'rss' }],
    ['/slug/rdf/', { base: '/slug/', format: 'rss' }],
    ['/slug/', undefined],
    ['/feeding-time/', undefined],
  ];
  for (const [path, expected] of cases) assert.deepEqual(parseFeedPath(path), expected, path);
});
