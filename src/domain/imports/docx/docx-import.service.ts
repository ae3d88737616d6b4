import { LIMITS, saveArticle, validateArticleInput, type ChangeAuthor } from '../../articles/articles.service.js';
import type { ArticleInput } from '../../articles/articles.types.js';
import { ensureOwnAuthor } from '../../authors/authors.js';
import type { DomainContext } from '../../context.js';
import { inspectImage } from '../../media/image-processing.js';
import { MediaError, storeImage } from '../../media/media.service.js';
import { ValidationError } from '../../../shared/errors.js';
import { convertDocx, DocxError, replaceImageRefs, type DocxImage } from './docx-to-markdown.js';

// A Word file becomes a draft article: converted in memory, refused whole (with
// nothing written) when the file or one of its pictures is unacceptable, then
// its pictures stored as media, then the draft saved, bylined and owned. The
// CLI (`masthead import docx`) and the desk's "New from a Word file" both call
// importDocxDraft.
//
// The pictures are stored before the draft, each in its own short transaction,
// because re-encoding them is slow (about half a second for a photo) and must
// not hold the database while it runs. Everything that can refuse the import is
// checked before the first of them is written, so only a database failure can
// leave stored pictures without their draft (and the same file imported again
// finds them: media rows are keyed by their bytes).

export interface DocxImportInput {
  data: Buffer;
  /** the uploaded file's name: the title when the document has no Title paragraph */
  filename: string;
  ownerUserId: number;
  /** the byline; when omitted, the owner's own profile (made from ownerName when the account has none) */
  authorId?: number;
  ownerName?: string;
  /** who the first version is recorded as (default: the owner) */
  by?: ChangeAuthor;
  /** ISO time for the stored pictures (default: the context's clock) */
  now?: string;
}

export interface DocxImportResult {
  articleId: number;
  warnings: string[];
}

/** "~/Desktop/tide-tables_final v2.docx" → "Tide tables final v2". */
export function titleFromFilename(filename: string): string {
  const base = (filename.split(/[\\/]/).pop() ?? '').replace(/\.(docx|docm|dotx|doc)$/i, '');
  const words = base
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/[_\s-]+/g, ' ')
    .trim();
  if (!words) return 'Untitled draft';
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A title that fits the article's limit, cut at a word when it must be cut. */
function fitTitle(title: string, warnings: string[]): string {
  if (title.length <= LIMITS.title) return title;
  const cut = title.slice(0, LIMITS.title - 1);
  warnings.push(`The title was longer than ${LIMITS.title} characters and was shortened.`);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), LIMITS.title / 2)).trimEnd()}…`;
}

function pictureName(image: DocxImage, index: number): string {
  return image.alt ? `Picture ${index + 1} (“${image.alt.slice(0, 60)}”)` : `Picture ${index + 1}`;
}

/** Checks every picture before anything is written: an oversized one refuses the import, an unusable one is left out. */
async function acceptableImages(images: DocxImage[], warnings: string[]): Promise<DocxImage[]> {
  const kept: DocxImage[] = [];
  for (const [i, image] of images.entries()) {
    try {
      await inspectImage(image.data);
      kept.push(image);
    } catch (err) {
      if (!(err instanceof MediaError)) throw err;
      if (/larger than|megapixels/i.test(err.message)) throw new DocxError(`${pictureName(image, i)} in this document is too large: ${err.message}`);
      warnings.push(`${pictureName(image, i)} was left out: ${err.message}`);
    }
  }
  return kept;
}

/** Imports a .docx as a draft; throws DocxError (fields.manuscript) for a refused file, having written nothing. */
export async function importDocxDraft(ctx: DomainContext, input: DocxImportInput): Promise<DocxImportResult> {
  const now = input.now ?? ctx.clock.now().toISOString();
  const conversion = await convertDocx(input.data);
  const warnings = [...conversion.warnings];
  const title = fitTitle(conversion.title ?? titleFromFilename(input.filename), warnings);
  const images = await acceptableImages(conversion.images, warnings);
  const noText = () => new DocxError('This document has no text to import. Check that you chose the right file.');
  if (!replaceImageRefs(conversion.markdown, new Map(images.map((img) => [img.ref, 'kept']))).trim()) throw noText();
  // The byline is only known to be valid once saved; every other check on the article runs before any write.
  const draft: ArticleInput = {
    title,
    bodyMarkdown: conversion.markdown,
    dek: '',
    authorIds: [input.authorId ?? 0],
    categoryIds: [],
    tags: [],
    ownerUserId: input.ownerUserId,
  };
  try {
    validateArticleInput(draft, undefined);
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    throw new DocxError(err.fields.body ? 'This document is longer than an article may be (a million characters).' : err.message);
  }
  const urls = new Map<string, string>();
  for (const [i, image] of images.entries()) {
    try {
      const stored = await storeImage(ctx.db, { data: image.data, originalName: `${titleFromFilename(input.filename)} – picture ${i + 1}`, uploadedBy: input.ownerUserId, now, alt: image.alt.slice(0, 300) });
      urls.set(image.ref, stored.url);
    } catch (err) {
      // Decoding the whole picture can still find it damaged: it is left out, as at the check above.
      if (!(err instanceof MediaError)) throw err;
      warnings.push(`${pictureName(image, i)} was left out: ${err.message}`);
    }
  }
  const bodyMarkdown = replaceImageRefs(conversion.markdown, urls);
  if (!bodyMarkdown.trim()) throw noText();
  const authorId = input.authorId ?? (await ensureOwnAuthor(ctx.db, { id: input.ownerUserId, name: input.ownerName ?? '' }, now));
  const by = input.by ?? { userId: input.ownerUserId, name: input.ownerName ?? '' };
  const articleId = await saveArticle(ctx, { ...draft, bodyMarkdown, authorIds: [authorId] }, undefined, {
    by,
    kind: 'import',
  });
  return { articleId, warnings };
}
