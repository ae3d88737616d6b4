import { gfm } from '@joplin/turndown-plugin-gfm';
import mammoth from 'mammoth';
import TurndownService from 'turndown';
import { checkDocx } from './docx-check.js';
import { DocxError, DOCX_LIMITS, type DocxLimits } from './docx-errors.js';
import { addDocxRules, IMAGE_REF_PREFIX, type ConversionState } from './turndown-rules.js';

// A .docx in, Masthead Markdown out, with no database and no files: the pure
// half of the Word import (docx-import.service.ts stores the result). The file is
// checked whole first (docx-check.ts); mammoth then turns it into HTML, and the
// rules of turndown-rules.ts turn that into GFM Markdown with real footnotes.
// Images stay in memory as placeholders `docx-image:N` until they are stored.

export { DocxError, DOCX_LIMITS, type DocxLimits };

export interface DocxImage {
  /** the placeholder in the Markdown, e.g. "docx-image:1" */
  ref: string;
  contentType: string;
  data: Buffer;
  alt: string;
}

export interface DocxConversion {
  /** Word's Title paragraph, if the document has one */
  title: string | undefined;
  markdown: string;
  images: DocxImage[];
  /** what did not survive, in words for the editor */
  warnings: string[];
}

export interface ConvertDocxOptions {
  limits?: Partial<DocxLimits>;
}

// Word's "Heading 1" is the first level inside an article, whose page title is the only <h1>: headings move
// down one level so the document's hierarchy survives. Title is the article's title (taken out of the body).
const STYLE_MAP = [
  "p[style-name='Title'] => h1.title:fresh",
  'p.Title => h1.title:fresh',
  "p[style-name='Subtitle'] => p:fresh",
  ...[1, 2, 3, 4, 5, 6].flatMap((n) =>
    [`p[style-name='Heading ${n}']`, `p[style-name='heading ${n}']`, `p.Heading${n}`].map((p) => `${p} => h${Math.min(6, n + 1)}:fresh`),
  ),
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  'p.Quote => blockquote > p:fresh',
  'p.IntenseQuote => blockquote > p:fresh',
  "r[style-name='Emphasis'] => em",
  // Character styles that only dress note markers and links (LibreOffice names them so).
  "r[style-name='Footnote Characters'] =>",
  "r[style-name='Endnote Characters'] =>",
  "r[style-name='Internet Link'] =>",
];

const WEB_IMAGE = /^image\/(png|jpe?g|pjpeg|gif|webp)$/i;

/** mammoth's messages are for developers; the editor gets a few sentences about what was lost. */
function translateMessages(messages: Array<{ message: string }>, warnings: Set<string>): void {
  const styles = new Set<string>();
  for (const { message } of messages) {
    // A character style only changes the look of a few words; bold and italic come through on their own.
    if (/^Unrecognised run style/.test(message)) continue;
    // A style a paragraph names but the file does not define: mammoth falls back to a plain paragraph.
    if (/was referenced but not defined/.test(message)) continue;
    const style = /^Unrecognised paragraph style: '([^']*)'(?: \(Style ID: ([^)]*)\))?/.exec(message);
    if (style) styles.add(style[1] && style[1] !== 'null' ? style[1] : (style[2] ?? ''));
    else if (/unlikely to display in web browsers/i.test(message)) continue; // reported by the image converter
    else if (/unrecognised element|was ignored/i.test(message)) {
      warnings.add('Some parts of the document (such as text boxes, charts, equations or fields) could not be converted and were left out.');
    } else warnings.add(`Word conversion: ${message}`);
  }
  const named = [...styles].filter(Boolean);
  if (named.length > 0) {
    const list = named.slice(0, 5).map((s) => `“${s}”`).join(', ');
    warnings.add(`Word styles without a Markdown equivalent were kept as plain text: ${list}${named.length > 5 ? ' and others' : ''}.`);
  }
}

/** Note ids in the order their GFM numbers are given: every footnote, then every endnote. */
function noteNumbers(html: string): Map<string, number> {
  const ids = [...html.matchAll(/<li id="((?:footnote|endnote)-(?!ref-)[^"\s]+)"/g)].map((m) => m[1] ?? '');
  const ordered = [...ids.filter((id) => id.startsWith('footnote-')), ...ids.filter((id) => id.startsWith('endnote-'))];
  return new Map(ordered.map((id, i) => [id, i + 1]));
}

function tidy(markdown: string): string {
  return `${markdown
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

/** Converts a Word document; throws DocxError (fields.manuscript) when the file is refused. */
export async function convertDocx(buffer: Buffer, options: ConvertDocxOptions = {}): Promise<DocxConversion> {
  const limits: DocxLimits = { ...DOCX_LIMITS, ...options.limits };
  await checkDocx(buffer, limits);
  const images: DocxImage[] = [];
  const warnings = new Set<string>();
  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    result = await mammoth.convertToHtml(
      { buffer },
      {
        styleMap: STYLE_MAP,
        // A style map inside the file could map paragraphs to any element: only ours is used.
        includeEmbeddedStyleMap: false,
        // Pictures linked to a path on the machine are never read.
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(async (image) => {
          const alt = ((image as { altText?: string }).altText ?? '').replace(/\s+/g, ' ').trim();
          if (!WEB_IMAGE.test(image.contentType)) {
            const kind = image.contentType.replace(/^image\/(x-)?/i, '').toUpperCase() || 'unknown';
            warnings.add(`A picture in ${kind} format was left out: only PNG, JPEG, GIF and WebP are kept. Add it in the editor as PNG or JPEG.`);
            return { src: '' };
          }
          const ref = `${IMAGE_REF_PREFIX}${images.length + 1}`;
          images.push({ ref, contentType: image.contentType.toLowerCase(), data: await image.readAsBuffer(), alt });
          return { src: ref };
        }),
      },
    );
  } catch {
    throw new DocxError('This Word file is damaged and cannot be read. Open it in Word, save it again as .docx, and upload the new file.');
  }
  translateMessages(result.messages, warnings);
  const state: ConversionState = { title: undefined, notes: noteNumbers(result.value), warnings };
  const td = new TurndownService({ headingStyle: 'atx', emDelimiter: '*', strongDelimiter: '**', bulletListMarker: '-', codeBlockStyle: 'fenced', br: '\\' });
  td.use(gfm);
  addDocxRules(td, state);
  const markdown = tidy(td.turndown(result.value));
  // An image whose placeholder did not reach the Markdown (inside a dropped part) is not stored.
  const used = images.filter((img) => markdown.includes(`](${img.ref})`));
  return { title: state.title, markdown: markdown.trim() ? markdown : '', images: used, warnings: [...warnings] };
}

/**
 * Points each image placeholder at its stored URL; a placeholder with no URL (an image that was not
 * stored) is removed with its Markdown, so no `docx-image:` address ever reaches an article.
 */
export function replaceImageRefs(markdown: string, urls: Map<string, string>): string {
  return markdown.replace(/!\[((?:\\.|[^\]\\])*)\]\((docx-image:\d+)\)/g, (_whole, alt: string, ref: string) => {
    const url = urls.get(ref);
    return url ? `![${alt}](${url})` : '';
  });
}
