import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultSchema } from 'rehype-sanitize';
import { articleSanitizeSchema } from '../../../../src/domain/articles/content/sanitize-schema.js';

const names = (tag: string): string[] =>
  (articleSanitizeSchema.attributes?.[tag] ?? []).map((definition) =>
    typeof definition === 'string' ? definition : definition[0],
  );

describe('articleSanitizeSchema', () => {
  it('does not prefix ids a second time', () => {
    assert.equal(articleSanitizeSchema.clobberPrefix, '');
  });

  it('allows the attributes the footnote markup hooks need', () => {
    for (const name of ['dataFootnoteRef', 'dataFootnoteBackref', 'ariaDescribedBy', 'ariaLabel', 'href']) {
      assert.ok(names('a').includes(name), name);
    }
    assert.ok(names('section').includes('dataFootnotes'));
    assert.deepEqual(articleSanitizeSchema.attributes?.['section']?.find((d) => Array.isArray(d) && d[0] === 'className'), ['className', 'footnotes']);
    assert.deepEqual(articleSanitizeSchema.attributes?.['h2'], [['className', 'sr-only']]);
  });

  it('widens nothing else: same tags, protocols and global attributes as the default, no style/rel/handlers', () => {
    assert.deepEqual(articleSanitizeSchema.tagNames, defaultSchema.tagNames);
    assert.deepEqual(articleSanitizeSchema.protocols, defaultSchema.protocols);
    assert.deepEqual(articleSanitizeSchema.attributes?.['*'], defaultSchema.attributes?.['*']);
    assert.deepEqual(articleSanitizeSchema.strip, defaultSchema.strip);
    for (const tag of Object.keys(articleSanitizeSchema.attributes ?? {})) {
      for (const name of names(tag)) {
        assert.ok(!/^on/i.test(name) && name !== 'style' && name !== 'rel', `${tag} ${name}`);
      }
    }
    assert.ok(!articleSanitizeSchema.tagNames?.some((tag) => ['script', 'iframe', 'style', 'svg', 'math', 'object', 'embed'].includes(tag)));
  });
});
