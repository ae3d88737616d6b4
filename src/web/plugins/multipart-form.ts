import type { FastifyRequest, preValidationAsyncHookHandler } from 'fastify';
import { AppError } from '../../shared/errors.js';

// Multipart forms (an article with its cover, a Word upload, an image) read whole
// before the handler runs, so the CSRF check sees `_csrf` in the body like any
// other form, and no token ever has to travel in a URL. Every limit is explicit:
// a part over its limit is a 413 with words, never a truncated file saved quietly.

export interface Upload {
  filename: string;
  mimetype: string;
  data: Buffer;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** files of a multipart form read by multipartForm(), by field name */
    uploads: Map<string, Upload> | null;
    /** with `refuseInForm`: the words for a file over the limit, to show by its field */
    uploadRefused: string | null;
  }
}

export interface MultipartFormOptions {
  /** largest file accepted, in bytes */
  maxFileBytes: number;
  /** words for the 413, e.g. "Images may be up to 10 MB." */
  tooLarge: string;
  /** files per request (default 1) */
  maxFiles?: number;
  /** largest text field (default 2 MB: an article body) */
  maxFieldBytes?: number;
  /**
   * A file over the limit is not a 413: reading stops, the fields read so far (the
   * token and the text, which come before the file) are kept and `request.uploadRefused`
   * says why, so the handler can show the form again with the message by its field.
   */
  refuseInForm?: boolean;
}

export class UploadTooLargeError extends AppError {
  constructor(message: string) {
    super(413, 'upload too large', message);
    this.name = 'UploadTooLargeError';
  }
}

function addField(body: Record<string, string | string[]>, name: string, value: string): void {
  const existing = body[name];
  if (existing === undefined) body[name] = value;
  else if (Array.isArray(existing)) existing.push(value);
  else body[name] = [existing, value];
}

/** Reads a multipart request into request.body (fields) and request.uploads (files); other requests pass untouched. */
export function multipartForm(options: MultipartFormOptions): preValidationAsyncHookHandler {
  return async function readMultipart(request: FastifyRequest) {
    request.uploads = null;
    request.uploadRefused = null;
    if (!request.isMultipart()) return;
    const body: Record<string, string | string[]> = {};
    const uploads = new Map<string, Upload>();
    try {
      const parts = request.parts({
        limits: {
          fileSize: options.maxFileBytes,
          files: options.maxFiles ?? 1,
          fieldSize: options.maxFieldBytes ?? 2 * 1024 * 1024,
          fields: 300,
          parts: 310,
        },
      });
      for await (const part of parts) {
        if (part.type === 'file') {
          const data = await part.toBuffer();
          // An empty file input still sends a part: treat it as "no file chosen".
          if (data.length === 0 && !part.filename) continue;
          if (data.length > 0 || part.filename) uploads.set(part.fieldname, { filename: part.filename, mimetype: part.mimetype, data });
        } else {
          if (part.valueTruncated) throw new AppError(413, 'field too large', 'A field of the form was longer than we accept.');
          addField(body, part.fieldname, typeof part.value === 'string' ? part.value : String(part.value ?? ''));
        }
      }
    } catch (err) {
      const code = (err as { code?: string }).code ?? '';
      if (code === 'FST_REQ_FILE_TOO_LARGE' && options.refuseInForm) {
        request.body = body;
        request.uploads = new Map();
        request.uploadRefused = options.tooLarge;
        return;
      }
      if (code === 'FST_REQ_FILE_TOO_LARGE') throw new UploadTooLargeError(options.tooLarge);
      if (code === 'FST_FILES_LIMIT_REACHED' || code === 'FST_PARTS_LIMIT_REACHED' || code === 'FST_FIELDS_LIMIT_REACHED') {
        throw new AppError(413, code, 'The form had more parts than we accept.');
      }
      if (code === 'FST_PROTO_VIOLATION' || code === 'FST_INVALID_MULTIPART_CONTENT_TYPE' || /multipart|boundary/i.test((err as Error).message ?? '')) {
        throw new AppError(400, 'bad multipart', 'The upload could not be read. Try again.');
      }
      throw err;
    }
    request.body = body;
    request.uploads = uploads;
  };
}
