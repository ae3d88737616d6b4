/**
 * Minimal hast helpers. The unist walkers are only transitive dependencies, so the few traversals the
 * content pipeline needs are written here rather than imported from packages we do not declare.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

export type Parent = Root | Element;

/** What a visitor returns: `'skip'` to not descend into the element's children. */
export type VisitResult = void | 'skip';

/** Depth-first, document-order walk over elements. Visitors may mutate properties but not the child lists. */
export function visitElements(
  tree: Parent,
  visitor: (element: Element, parent: Parent, index: number) => VisitResult,
): void {
  const children: Array<RootContent | ElementContent> = tree.children;
  children.forEach((child, index) => {
    if (child.type !== 'element') return;
    if (visitor(child, tree, index) === 'skip') return;
    visitElements(child, visitor);
  });
}

/** Removes, in place, every element for which `drop` is true (with its subtree). */
export function removeElements(tree: Parent, drop: (element: Element) => boolean): void {
  const kept = (tree.children as Array<RootContent | ElementContent>).filter(
    (child) => child.type !== 'element' || !drop(child),
  );
  tree.children = kept as typeof tree.children;
  for (const child of tree.children) {
    if (child.type === 'element') removeElements(child, drop);
  }
}

/** Replaces, in place, every element for which `unwrap` is true by its children. */
export function unwrapElements(tree: Parent, unwrap: (element: Element) => boolean): void {
  const next: Array<RootContent | ElementContent> = [];
  for (const child of tree.children) {
    if (child.type === 'element') {
      unwrapElements(child, unwrap);
      if (unwrap(child)) {
        next.push(...child.children);
        continue;
      }
    }
    next.push(child);
  }
  tree.children = next as typeof tree.children;
}

export function headingDepth(element: Element): number | null {
  const match = /^h([1-6])$/.exec(element.tagName);
  return match ? Number(match[1]) : null;
}

export function isFootnotesSection(element: Element): boolean {
  return element.tagName === 'section' && element.properties['dataFootnotes'] !== undefined;
}

export function isFootnoteRef(element: Element): boolean {
  return element.tagName === 'a' && element.properties['dataFootnoteRef'] !== undefined;
}

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption',
  'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/**
 * Text content of a node, with a space at block boundaries so "end.</p><p>Start" does not fuse into
 * one word. `exclude` prunes whole subtrees (footnote references, the footnotes section).
 */
export function textContent(node: Parent | ElementContent, exclude?: (element: Element) => boolean): string {
  const parts: string[] = [];
  const collect = (current: Parent | ElementContent | RootContent): void => {
    if (current.type === 'text') {
      parts.push(current.value);
      return;
    }
    if (current.type !== 'element' && current.type !== 'root') return;
    if (current.type === 'element' && exclude?.(current)) return;
    const block = current.type === 'element' && BLOCK_TAGS.has(current.tagName);
    if (block) parts.push(' ');
    for (const child of current.children) collect(child);
    if (block) parts.push(' ');
  };
  collect(node);
  return parts.join('');
}
