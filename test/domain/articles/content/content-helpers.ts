/** Helpers shared by the content-pipeline tests: fixture loading and structural checks on HTML output. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

const fixturesDir = new URL('../../../fixtures/markdown/', import.meta.url);

export function readFixture(name: string): string {
  return readFileSync(new URL(name, fixturesDir), 'utf8');
}

export function parseHtml(html: string): Root {
  return unified().use(rehypeParse, { fragment: true }).parse(html);
}

/** Every element of the tree in document order. */
export function allElements(tree: Root | Element): Element[] {
  const found: Element[] = [];
  for (const child of tree.children) {
    if (child.type !== 'element') continue;
    found.push(child, ...allElements(child));
  }
  return found;
}

/** Top-level elements only (what sits directly in the article body). */
export function topLevel(tree: Root): Element[] {
  return tree.children.filter((child): child is Element => child.type === 'element');
}

export function hasClass(element: Element, name: string): boolean {
  const value = element.properties['className'];
  return Array.isArray(value) && value.includes(name);
}

export function attr(element: Element, name: string): string | undefined {
  const value = element.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/** Every `href="#x"` points at an element with `id="x"`, and no id is used twice. */
export function assertFragmentLinksResolve(html: string): void {
  const elements = allElements(parseHtml(html));
  const ids = elements.map((element) => attr(element, 'id')).filter((id): id is string => id !== undefined);
  assert.equal(new Set(ids).size, ids.length, `duplicate ids: ${ids.filter((id, i) => ids.indexOf(id) !== i).join(', ')}`);
  const idSet = new Set(ids);
  for (const element of elements) {
    const href = attr(element, 'href');
    if (href?.startsWith('#')) assert.ok(idSet.has(href.slice(1)), `dangling link ${href}`);
    for (const ref of (attr(element, 'ariaDescribedBy') ?? '').split(' ').filter(Boolean)) {
      assert.ok(idSet.has(ref), `dangling aria-describedby ${ref}`);
    }
  }
}
