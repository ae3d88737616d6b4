import { ValidationError } from '../../../shared/errors.js';

// Why a Word file was refused, in words for the person who chose it. The message
// sits by the form's `manuscript` field (the upload on the desk and, later, on the
// submission form) and is the CLI's one line.

export class DocxError extends ValidationError {
  constructor(message: string) {
    super(message, { manuscript: message });
    this.name = 'DocxError';
  }
}

const MB = 1024 * 1024;

/** What a .docx may be. Word's own files are far below each of these; a file above one is hostile or broken. */
export interface DocxLimits {
  /** the .docx itself */
  maxFileBytes: number;
  /** all entries inflated, summed from the central directory before anything is inflated */
  maxUncompressedBytes: number;
  maxEntries: number;
  /** one embedded image (word/media/…), inflated */
  maxImageBytes: number;
  /** one entry's inflated size over its compressed size, for entries larger than ratioFloorBytes */
  maxRatio: number;
  ratioFloorBytes: number;
}

export const DOCX_LIMITS: DocxLimits = {
  maxFileBytes: 15 * MB,
  maxUncompressedBytes: 50 * MB,
  maxEntries: 2000,
  maxImageBytes: 10 * MB,
  maxRatio: 200,
  ratioFloorBytes: 1 * MB,
};

export function megabytes(bytes: number): string {
  return `${Math.round((bytes / MB) * 10) / 10} MB`;
}
