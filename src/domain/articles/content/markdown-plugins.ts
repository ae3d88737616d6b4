/**
 * The project's own steps in the Markdown pipeline. Each is a synchronous unified transformer, so
 * `processSync`/`runSync` keep working.
 */
import type { Element, Root as HastRoot } from 'hast';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import {
  headingDepth,
  isFootnotesSection,
  removeElements,
  textContent,
  unwrapElements,
  visitElements,
} from './hast-tools.js';

/** The page's `<h1>` is the title: body `#` and `##` become h2, `###` h3, anything deeper h4. */
export function remarkDemoteHeadings() {
  return (tree: MdastRoot): void => {
    walkMdast(tree, (node) => {
      if (node.type === 'heading') node.depth = node.depth <= 2 ? 2 : node.depth === 3 ? 3 : 4;
    });
  };
}

/**
 * Rewrites footnote labels into safe, collision-free identifiers before remark-rehype turns them into ids.
 *
 * remark-rehype builds `fn-{label}` and `fnref-{label}` (plus `fnref-{label}-{n}` for the n-th repeated
 * reference), percent-encoding odd characters. Two labels can therefore produce the same id: `[^a]` cited
 * twice and `[^a-2]` cited once both yield `fnref-a-2`, and `%`-escapes make fragile fragments. Labels
 * become lowercase `[a-z0-9_-]` slugs that never end in `-{digits}`, unique per document, so every id is
 * distinct. Only ids change; the numbers readers see are assigned by order of first reference as before.
 */
export function remarkSafeFootnoteIds() {
  return (tree: MdastRoot): void => {
    const slugs = new Map<string, string>();
    const used = new Set<string>();
    const slugFor = (identifier: string): string => {
      const key = identifier.toUpperCase();
      const known = slugs.get(key);
      if (known !== undefined) return known;
      let base = identifier
        .toLowerCase()
        .replace(/[^a-z0-9_]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .replace(/-(\d+)$/, '_$1');
      if (base === '') base = 'note';
      let slug = base;
      for (let n = 2; used.has(slug); n += 1) slug = `${base}_${n}`;
      used.add(slug);
      slugs.set(key, slug);
      return slug;
    };
    walkMdast(tree, (node) => {
      if (node.type === 'footnoteReference' || node.type === 'footnoteDefinition') {
        node.identifier = slugFor(node.identifier);
        node.label = node.identifier;
      }
    });
  };
}

/** rehype-slug's prefix; matches the `user-content-` remark-rehype puts on footnote ids, as on GitHub. */
export const HEADING_ID_PREFIX = 'user-content-';

/**
 * rehype-slug makes heading ids unique among headings only; a heading titled "Fn 1" would take
 * `user-content-fn-1` from the first footnote. Headings yield to every other id in the document.
 */
export function rehypeUniqueHeadingIds() {
  return (tree: HastRoot): void => {
    const otherIds = new Set<string>();
    const headings: Element[] = [];
    visitElements(tree, (element) => {
      const id = element.properties['id'];
      if (headingDepth(element) !== null && typeof id === 'string' && id.startsWith(HEADING_ID_PREFIX)) {
        headings.push(element);
      } else if (typeof id === 'string') {
        otherIds.add(id);
      }
    });
    const taken = new Set(otherIds);
    for (const heading of headings) {
      const base = String(heading.properties['id']);
      let id = base;
      for (let n = 1; taken.has(id); n += 1) id = `${base}-h${n}`;
      heading.properties['id'] = id;
      taken.add(id);
    }
  };
}

const SCRIPT_CAPABLE_URL = /^\s*(?:javascript|vbscript|data):/i;
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Runs before the sanitizer, which still judges every URL:
 * - schemes are lowercased, because the sanitizer compares them case-sensitively and would refuse an
 *   honest `HTTPS://…` link (a `JAVASCRIPT:` one is refused all the same once lowercased);
 * - the sanitizer removes a refused `href` but keeps the link text. For an autolink such as
 *   `<javascript:alert(1)>` the text is the hostile URL itself, so a script link whose text is a script
 *   URL goes whole instead of leaving the payload on the page as prose.
 */
export function rehypePrepareUrls() {
  return (tree: HastRoot): void => {
    visitElements(tree, (element) => {
      for (const name of ['href', 'src']) {
        const url = element.properties[name];
        if (typeof url === 'string') {
          element.properties[name] = url.replace(URL_SCHEME, (scheme) => scheme.toLowerCase());
        }
      }
    });
    removeElements(tree, (element) => {
      const href = element.properties['href'];
      return (
        element.tagName === 'a' &&
        typeof href === 'string' &&
        SCRIPT_CAPABLE_URL.test(href) &&
        SCRIPT_CAPABLE_URL.test(textContent(element))
      );
    });
  };
}

const EXTERNAL_URL = /^(?:https?:)?\/\//i;

export function isExternalUrl(url: string): boolean {
  return EXTERNAL_URL.test(url.trim());
}

/**
 * Runs after the sanitizer: marks external links as user-generated (`nofollow ugc`, `noopener`) and
 * removes what sanitizing left empty: links whose URL was refused keep their text, images whose
 * source was refused disappear rather than render as broken boxes, and a paragraph that held only such
 * an image goes too.
 */
export function rehypeTidyAfterSanitize() {
  return (tree: HastRoot): void => {
    removeElements(tree, (element) => element.tagName === 'img' && typeof element.properties['src'] !== 'string');
    unwrapElements(tree, (element) => element.tagName === 'a' && typeof element.properties['href'] !== 'string');
    removeElements(tree, isEmptyParagraph);
    // Removed blocks leave their separating newlines behind; keep one between the remaining blocks.
    tree.children = tree.children.filter(
      (child, index) => !(isBlankText(child) && index > 0 && isBlankText(tree.children[index - 1])),
    );
    visitElements(tree, (element) => {
      const href = element.properties['href'];
      if (element.tagName === 'a' && typeof href === 'string' && isExternalUrl(href)) {
        element.properties['rel'] = ['nofollow', 'ugc', 'noopener'];
      }
    });
  };
}

/** The footnotes section; remark-rehype always emits it as the last child of the root. */
export function findFootnotesSection(tree: HastRoot): Element | undefined {
  return tree.children.find(
    (child): child is Element => child.type === 'element' && isFootnotesSection(child),
  );
}

function isBlankText(node: HastRoot['children'][number] | undefined): boolean {
  return node?.type === 'text' && node.value.trim() === '';
}

function isEmptyParagraph(element: Element): boolean {
  return (
    element.tagName === 'p' &&
    element.children.every((child) => child.type === 'text' && child.value.trim() === '')
  );
}

function walkMdast(node: MdastNodes, visit: (node: MdastNodes) => void): void {
  visit(node);
  if ('children' in node) {
    for (const child of node.children) walkMdast(child, visit);
  }
}
