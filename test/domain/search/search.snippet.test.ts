import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { chooseSnippet, cleanDocument, cleanIndexText, snippetToHtml } from '../../../src/domain/search/search.snippet.js';

const S = '\u0002';
const E = '\u0003';

describe('snippetToHtml', () => {
  test('escapes the text and turns sentinels into marks', () => {
    assert.equal(
      snippetToHtml(`a <script>alert("x")</script> & ${S}match${E} 'here'`),
      'a &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <mark>match</mark> &#39;here&#39;',
    );
  });

  test('balances stray and unclosed sentinels', () => {
    assert.equal(snippetToHtml(`${E}a ${S}b ${S}c`), 'a <mark>b c</mark>');
    assert.equal(snippetToHtml(`${S}${S}x${E}${E}`), '<mark>x</mark>');
  });

  test('collapses whitespace', () => {
    assert.equal(snippetToHtml('  one\n\n two\tthree '), 'one two three');
  });

  test('text without sentinels is escaped only', () => {
    assert.equal(snippetToHtml('<mark>fake</mark>'), '&lt;mark&gt;fake&lt;/mark&gt;');
  });
});

describe('chooseSnippet', () => {
  test('prefers a body excerpt with a match, then a dek with one, then the body', () => {
    assert.equal(chooseSnippet(`x ${S}y${E}`, `d ${S}y${E}`), `x ${S}y${E}`);
    assert.equal(chooseSnippet('x y', `d ${S}y${E}`), `d ${S}y${E}`);
    assert.equal(chooseSnippet('x y', 'd'), 'x y');
    assert.equal(chooseSnippet('  ', 'd'), 'd');
  });
});

describe('cleanIndexText', () => {
  test('removes sentinels and NUL, turns line breaks and tabs into spaces', () => {
    assert.equal(cleanIndexText(`a${S}b${E}c\u0000d\ne\tf\u007F`), 'abcd e f');
  });

  test('normalizes to NFC', () => {
    assert.equal(cleanIndexText('cafe\u0301'), 'café');
  });

  test('cleans every field of a document', () => {
    assert.deepEqual(cleanDocument({ id: 3, title: `t${S}`, dek: `d${E}`, body: 'b\u0000', authors: 'a\n' }), {
      id: 3,
      title: 't',
      dek: 'd',
      body: 'b',
      authors: 'a ',
    });
  });
});
