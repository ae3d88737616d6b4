/**
 * Markdown (GFM with footnotes) → sanitized article HTML plus the facts pages need about it.
 * Runs once at save time; the stored `html` is what article pages show.
 */
import type { Element, Root } from 'hast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { headingDepth, isFootnoteRef, isFootnotesSection, textContent, visitElements } from './hast-tools.js';
import {
  HEADING_ID_PREFIX,
  findFootnotesSection,
  rehypePrepareUrls,
  rehypeTidyAfterSanitize,
  rehypeUniqueHeadingIds,
  remarkDemoteHeadings,
  remarkSafeFootnoteIds,
} from './markdown-plugins.js';
import { rehypeMediaImages } from './media-images.js';
import { articleSanitizeSchema } from './sanitize-schema.js';
import { collapseWhitespace, countWords, readingMinutes } from './text.js';

export interface Heading {
  id: string;
  text: string;
  depth: number;
}

export interface RenderedMarkdown {
  /** Sanitized HTML body. */
  html: string;
  /** h2..h4 of the body in document order, ids as in `html`; the footnotes label is not included. */
  headings: Heading[];
  /** Body text without the footnotes section or footnote markers, whitespace collapsed. */
  plainText: string;
  wordCount: number;
  /** max(1, round(words / 230)). */
  readingMinutes: number;
  footnoteCount: number;
}

// Raw HTML in Markdown is dropped, never rendered: remark-rehype runs without `allowDangerousHtml`, so
// `<b>x</b>` loses its tags (the text between them stays) and an HTML block such as `<script>…</script>`
// disappears whole. The sanitizer is the second line of defence for everything Markdown itself can make.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkSafeFootnoteIds)
  .use(remarkDemoteHeadings)
  .use(remarkRehype)
  .use(rehypeSlug, { prefix: HEADING_ID_PREFIX })
  .use(rehypeUniqueHeadingIds)
  .use(rehypePrepareUrls)
  .use(rehypeSanitize, articleSanitizeSchema)
  .use(rehypeTidyAfterSanitize)
  .use(rehypeMediaImages)
  .use(rehypeStringify)
  .freeze();

/** Footnote markers and the notes themselves are not part of the running text. */
function isNotBodyText(element: Element): boolean {
  return isFootnotesSection(element) || isFootnoteRef(element);
}

function collectHeadings(tree: Root): Heading[] {
  const headings: Heading[] = [];
  visitElements(tree, (element) => {
    if (isFootnotesSection(element)) return 'skip';
    const depth = headingDepth(element);
    const id = element.properties['id'];
    if (depth === null || typeof id !== 'string') return;
    const text = collapseWhitespace(textContent(element, isNotBodyText));
    if (text !== '') headings.push({ id, text, depth });
    return 'skip';
  });
  return headings;
}

function countFootnotes(tree: Root): number {
  const section = findFootnotesSection(tree);
  if (!section) return 0;
  let count = 0;
  visitElements(section, (element) => {
    if (element.tagName === 'li') {
      count += 1;
      return 'skip';
    }
  });
  return count;
}

export function renderMarkdown(source: string): RenderedMarkdown {
  const tree: Root = processor.runSync(processor.parse(source));
  const html = processor.stringify(tree);
  const plainText = collapseWhitespace(textContent(tree, isNotBodyText));
  const wordCount = countWords(plainText);
  return {
    html,
    headings: collectHeadings(tree),
    plainText,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    footnoteCount: countFootnotes(tree),
  };
}
