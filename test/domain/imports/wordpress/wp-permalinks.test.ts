import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oldPermalinks, sitePathOf, wpQueryId } from '../../../../src/domain/imports/wordpress/wp-permalinks.js';

const site = 'https://old.example.org';

test('a post: its link, the date forms, the category forms and /slug/', () => {
  const paths = oldPermalinks(
    { postType: 'post', link: 'https://old.example.org/essays/tide-tables/', wpSlug: 'tide-tables', date: '2024-03-05T08:30:00.000Z', categoryPaths: [['cities', 'waterfronts']], pageAncestors: [] },
    site,
    '/tide-tables-2/',
  );
  assert.deepEqual(paths, [
    '/essays/tide-tables/',
    '/2024/03/05/tide-tables/',
    '/2024/03/tide-tables/',
    '/category/cities/waterfronts/tide-tables/',
    '/cities/waterfronts/tide-tables/',
    '/tide-tables/',
  ]);
});

test('the target itself is never a source, with or without its trailing slash', () => {
  const paths = oldPermalinks({ postType: 'post', link: '/tide-tables', wpSlug: 'tide-tables', date: null, categoryPaths: [], pageAncestors: [] }, site, '/tide-tables/');
  assert.deepEqual(paths, []);
});

test('a page: its ancestors path; a WordPress in a subfolder also answers without the prefix', () => {
  const paths = oldPermalinks(
    { postType: 'page', link: 'https://old.example.org/blog/about/team/', wpSlug: 'team', date: '2020-01-01T00:00:00Z', categoryPaths: [], pageAncestors: ['about'] },
    'https://old.example.org/blog',
    '/team/',
  );
  assert.deepEqual(paths, ['/blog/about/team/', '/about/team/']);
});

test('links to another host, or to the bare site, give no path', () => {
  assert.equal(sitePathOf('https://elsewhere.example/x/', site), undefined);
  assert.equal(sitePathOf('https://old.example.org/?p=3', site), undefined);
  assert.equal(sitePathOf('https://www.old.example.org/a/', site), '/a/');
  assert.equal(sitePathOf('/caf%C3%A9/', site), '/café/');
});

test('?p= and ?page_id= queries, and nothing else', () => {
  assert.deepEqual(wpQueryId('?p=304'), { kind: 'post', wpId: 304 });
  assert.deepEqual(wpQueryId('?page_id=12&preview=true'), { kind: 'page', wpId: 12 });
  assert.equal(wpQueryId('?q=p=3'), undefined);
  assert.equal(wpQueryId('?p=abc'), undefined);
  assert.equal(wpQueryId('?page=2'), undefined);
});
