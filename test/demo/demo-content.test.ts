import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { findFootnotes, findProjectRoot, loadDemoContent, parseFrontMatter } from '../../src/demo/demo-content.js';

const words = (markdown: string): number => markdown.split(/\s+/).filter((word) => word !== '').length;

describe('parseFrontMatter', () => {
  test('splits header fields from the body', () => {
    const { fields, body } = parseFrontMatter('---\nslug: a-b\ntitle: Hello\n---\n\nFirst paragraph.\n');
    assert.deepEqual(fields, { slug: 'a-b', title: 'Hello' });
    assert.equal(body, 'First paragraph.\n');
  });

  test('only the first ": " separates key and value, so titles may contain colons', () => {
    const { fields } = parseFrontMatter('---\ntitle: Groundwater: The Reservoir: Part 2\ntime: 09:30\n---\nx');
    assert.equal(fields.title, 'Groundwater: The Reservoir: Part 2');
    assert.equal(fields.time, '09:30');
  });

  test('repeated keys are joined with newlines in order; empty values are allowed', () => {
    const { fields } = parseFrontMatter('---\nlink: A | https://example.org/a\nnote:\nlink: B | https://example.org/b\n---\n');
    assert.equal(fields.link, 'A | https://example.org/a\nB | https://example.org/b');
    assert.equal(fields.note, '');
  });

  test('accepts CRLF line endings, a byte-order mark and blank header lines', () => {
    const { fields, body } = parseFrontMatter('\uFEFF---\r\nslug: x\r\n\r\nname: Y \r\n---\r\nBody\r\n');
    assert.deepEqual(fields, { slug: 'x', name: 'Y' });
    assert.equal(body, 'Body\n');
  });

  test('an empty body comes back as an empty string', () => {
    assert.equal(parseFrontMatter('---\nslug: x\n---\n').body, '');
  });

  test('throws when the opening line is missing', () => {
    assert.throws(() => parseFrontMatter('slug: x\n---\nBody'), /first line must be "---"/);
  });

  test('throws when the closing line is missing', () => {
    assert.throws(() => parseFrontMatter('---\nslug: x\nBody'), /no closing "---"/);
  });

  test('throws on a malformed header line, naming the line', () => {
    assert.throws(() => parseFrontMatter('---\nslug: x\nthis line has no key\n---\nBody'), /line 3/);
    assert.throws(() => parseFrontMatter('---\ntitle:no space\n---\n'), /Malformed front matter/);
    assert.throws(() => parseFrontMatter('---\n: value\n---\n'), /Malformed front matter/);
  });
});

describe('findFootnotes', () => {
  test('separates references from definitions', () => {
    const { refs, definitions } = findFootnotes('A claim.[^1] Another.[^note]\n\n[^1]: Source.\n[^note]: Aside.\n');
    assert.deepEqual([...refs].sort(), ['1', 'note']);
    assert.deepEqual([...definitions].sort(), ['1', 'note']);
  });
});

describe('the shipped demo content', () => {
  const content = loadDemoContent();
  const researchPapers = content.articles.filter((a) => a.categories.includes('research-papers'));

  test('is found from the project root', () => {
    assert.deepEqual(loadDemoContent(findProjectRoot()).articles.length, content.articles.length);
  });

  test('has site settings', () => {
    assert.ok(content.site.name.length > 0);
    assert.ok(content.site.tagline.length > 0);
    assert.match(content.site.disclaimer, /views/i);
    assert.ok(content.site.callToSubmit.length > 0);
  });

  test('has exactly the four categories, each with at least 3 articles', () => {
    assert.deepEqual(
      content.categories.map((c) => [c.slug, c.name]),
      [
        ['current-affairs', 'Current Affairs'],
        ['international-relations', 'International Relations'],
        ['research-papers', 'Research Papers'],
        ['published-content', 'Published Content'],
      ],
    );
    for (const category of content.categories) {
      assert.ok(category.description.length > 0);
      const count = content.articles.filter((a) => a.categories.includes(category.slug)).length;
      assert.ok(count >= 3, `${category.slug} has ${count} articles`);
    }
  });

  test('has at least 16 articles with unique slugs, oldest first', () => {
    assert.ok(content.articles.length >= 16);
    assert.equal(new Set(content.articles.map((a) => a.slug)).size, content.articles.length);
    const dates = content.articles.map((a) => a.publishedAt);
    assert.deepEqual(dates, [...dates].sort());
  });

  test('has 5–6 authors, each with at least 2 articles; exactly 2 without an account', () => {
    assert.ok(content.authors.length >= 5 && content.authors.length <= 6);
    assert.equal(new Set(content.authors.map((a) => a.slug)).size, content.authors.length);
    for (const author of content.authors) {
      const count = content.articles.filter((a) => a.authors.includes(author.slug)).length;
      assert.ok(count >= 2, `${author.slug} has ${count} articles`);
      const sentences = author.bio.split(/(?<=[.!?])\s+/).filter((s) => s.trim() !== '').length;
      assert.ok(sentences >= 2 && sentences <= 4, `${author.slug} bio has ${sentences} sentences`);
      for (const link of author.links) assert.match(link.url, /^https:\/\/([a-z0-9-]+\.)*example\.(org|com)\//);
      if (author.account) assert.match(author.account.email, /@example\.org$/);
    }
    assert.equal(content.authors.filter((a) => a.account === null).length, 2);
  });

  test('has at least 5 co-authored articles with 2–3 authors', () => {
    const coAuthored = content.articles.filter((a) => a.authors.length > 1);
    assert.ok(coAuthored.length >= 5);
    for (const article of content.articles) assert.ok(article.authors.length <= 3, article.slug);
  });

  test('every article has 3–12 footnotes, each reference defined and each definition cited', () => {
    for (const article of content.articles) {
      const { refs, definitions } = findFootnotes(article.body);
      assert.ok(definitions.size >= 3 && definitions.size <= 12, `${article.slug}: ${definitions.size} footnotes`);
      assert.deepEqual([...refs].sort(), [...definitions].sort(), article.slug);
    }
  });

  test('every article has 2–5 level-two headings, a list or blockquote, 2–5 tags and a short dek', () => {
    for (const article of content.articles) {
      const h2 = article.body.match(/^## /gm)?.length ?? 0;
      assert.ok(h2 >= 2 && h2 <= 5, `${article.slug}: ${h2} level-two headings`);
      assert.match(article.body, /^(\s*[-*] |\s*\d+\. |> )/m, `${article.slug} has no list or blockquote`);
      assert.ok(article.tags.length >= 2 && article.tags.length <= 5, article.slug);
      assert.ok(article.dek.length <= 210, `${article.slug} dek is ${article.dek.length} characters`);
      assert.ok(article.categories.length >= 1 && article.categories.length <= 2, article.slug);
    }
    assert.ok(content.articles.some((a) => /^### /m.test(a.body)), 'some articles use level-three headings');
  });

  test('bodies are long enough; research papers are longer and open with an abstract', () => {
    for (const article of content.articles) {
      const count = words(article.body);
      const [min, max] = researchPapers.includes(article) ? [1400, 2200] : [700, 1600];
      assert.ok(count >= min && count <= max, `${article.slug}: ${count} words`);
    }
    assert.ok(researchPapers.length >= 3);
    for (const paper of researchPapers) assert.match(paper.body, /^\*\*Abstract\.\*\*/, paper.slug);
  });

  test('publication dates fall in the ten months before 2026-11-28', () => {
    for (const article of content.articles) {
      assert.ok(article.publishedAt >= '2026-01-28' && article.publishedAt < '2026-11-28', article.slug);
      assert.equal(new Date(article.publishedAt).toISOString(), article.publishedAt);
    }
  });
});

describe('loadDemoContent validation', () => {
  const roots: string[] = [];
  after(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });

  const note = (n: number): string => Array.from({ length: n }, (_, i) => `Claim.[^${i + 1}]`).join(' ');
  const notes = (n: number): string => Array.from({ length: n }, (_, i) => `[^${i + 1}]: Source ${i + 1}.`).join('\n');

  function fixture(articleOverrides: Record<string, string> = {}, body = `${note(3)}\n\n${notes(3)}\n`): string {
    const root = mkdtempSync(join(tmpdir(), 'masthead-demo-'));
    roots.push(root);
    const demo = join(root, 'content', 'demo');
    mkdirSync(join(demo, 'authors'), { recursive: true });
    mkdirSync(join(demo, 'articles'), { recursive: true });
    writeFileSync(
      join(demo, 'site.json'),
      JSON.stringify({ name: 'S', tagline: 'T', disclaimer: 'Views are own.', callToSubmit: 'Send.' }),
    );
    writeFileSync(join(demo, 'categories.json'), JSON.stringify([{ slug: 'news', name: 'News', description: 'D.' }]));
    writeFileSync(
      join(demo, 'authors', 'jo.md'),
      '---\nslug: jo\nname: Jo\naffiliation: Somewhere\nlink: Site | https://example.org/jo\naccount: yes\nemail: jo@example.org\n---\nA bio.\n',
    );
    const fields: Record<string, string> = {
      slug: 'piece',
      title: 'A Piece: With a Colon',
      dek: 'A dek.',
      authors: 'jo',
      categories: 'news',
      tags: 'one, two',
      published: '2026-05-01T10:00:00Z',
      ...articleOverrides,
    };
    const header = Object.entries(fields)
      .map(([key, value]) => `${key}: ${value}`)
      .join('\n');
    writeFileSync(join(demo, 'articles', 'piece.md'), `---\n${header}\n---\n${body}`);
    return root;
  }

  test('loads a minimal valid fixture', () => {
    const content = loadDemoContent(fixture());
    assert.equal(content.articles[0]?.title, 'A Piece: With a Colon');
    assert.deepEqual(content.articles[0]?.tags, ['one', 'two']);
    assert.deepEqual(content.authors[0]?.links, [{ label: 'Site', url: 'https://example.org/jo' }]);
    assert.deepEqual(content.authors[0]?.account, { email: 'jo@example.org' });
  });

  test('names the file and the problem for an unknown author', () => {
    assert.throws(() => loadDemoContent(fixture({ authors: 'jo, nobody' })), /articles\/piece\.md: unknown author "nobody"/);
  });

  test('rejects an unknown category', () => {
    assert.throws(() => loadDemoContent(fixture({ categories: 'sport' })), /piece\.md: unknown category "sport"/);
  });

  test('rejects a date that does not parse', () => {
    assert.throws(() => loadDemoContent(fixture({ published: '2026-13-45T10:00:00Z' })), /piece\.md: published/);
    assert.throws(() => loadDemoContent(fixture({ published: 'last Tuesday' })), /piece\.md: published/);
  });

  test('rejects too few or too many footnotes, and dangling ones', () => {
    assert.throws(() => loadDemoContent(fixture({}, `${note(2)}\n\n${notes(2)}\n`)), /2 footnote definitions/);
    assert.throws(() => loadDemoContent(fixture({}, `${note(13)}\n\n${notes(13)}\n`)), /13 footnote definitions/);
    assert.throws(() => loadDemoContent(fixture({}, `${note(4)}\n\n${notes(3)}\n`)), /\[\^4\] has no definition/);
  });

  test('rejects a slug that does not match its file name', () => {
    assert.throws(() => loadDemoContent(fixture({ slug: 'other' })), /piece\.md: slug "other" does not match/);
  });

  test('rejects a missing required field and a malformed header', () => {
    assert.throws(() => loadDemoContent(fixture({ title: '' })), /piece\.md: title/);
    assert.throws(() => loadDemoContent(fixture({ 'bad line': 'x' })), /piece\.md: Malformed front matter on line/);
  });
});
