import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { renderMarkdown } from '../../../src/domain/articles/content/markdown.js';

// The rehype step that makes our own body images responsive (src/domain/articles/content/media-images.ts),
// run through the real Markdown pipeline, so it is checked where it sits: after the sanitizer.

const H16 = '00ff00ff00ff00ff';
const ours = `/media/i/${H16}-1200x900/960.webp`;

function img(html: string): string {
  const m = html.match(/<img [^>]*>/);
  assert.ok(m, `an img in ${html}`);
  return m[0];
}

describe('rehypeMediaImages', () => {
  test('our image gets srcset, sizes, width, height, lazy loading and async decoding', () => {
    const tag = img(renderMarkdown(`Text.\n\n![A harbour at low tide](${ours} "Low tide")\n`).html);
    assert.match(tag, /alt="A harbour at low tide"/);
    assert.match(tag, /title="Low tide"/);
    assert.match(tag, new RegExp(`src="${ours}"`));
    assert.match(tag, new RegExp(`srcset="/media/i/${H16}-1200x900/480.webp 480w, /media/i/${H16}-1200x900/960.webp 960w, /media/i/${H16}-1200x900/1200.webp 1200w"`));
    assert.match(tag, /sizes="\(min-width: 42rem\) 640px, 100vw"/);
    assert.match(tag, /width="1200" height="900"/);
    assert.match(tag, /loading="lazy" decoding="async"/);
  });

  test('other images are left exactly as the sanitizer left them', () => {
    for (const src of ['https://example.org/a.jpg', `https://cdn.example/media/i/${H16}-1200x900/960.webp`, `/media/i/${H16}-1200x900/961.webp`, '/static/logo.png']) {
      const tag = img(renderMarkdown(`![x](${src})`).html);
      assert.doesNotMatch(tag, /srcset|sizes|loading|width=/, src);
    }
  });

  test('a link to one of our images is not an image and gains nothing', () => {
    const { html } = renderMarkdown(`[the picture](${ours})`);
    assert.equal(html, `<p><a href="${ours}">the picture</a></p>`);
  });

  test('Markdown cannot smuggle attributes in beside ours', () => {
    const { html } = renderMarkdown(`![x" onerror="alert(1)](${ours})\n\n<img src="${ours}" onerror="alert(2)">`);
    assert.doesNotMatch(html, /onerror="/);
    assert.equal((html.match(/<img /g) ?? []).length, 1, 'raw HTML is dropped, the Markdown image kept');
  });
});
