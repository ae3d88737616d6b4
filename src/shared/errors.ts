// Errors the web layer knows how to turn into a 4xx page. Anything else is a 500
// that gets logged with an id and never shown to the reader.
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly publicMessage: string = message,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export class NotFoundError extends AppError {
  constructor(what = 'page') {
    super(404, `${what} not found`, `We couldn't find that ${what}.`);
    this.name = 'NotFoundError';
  }
}

export class ValidationError extends AppError {
  constructor(message: string, readonly fields: Record<string, string> = {}) {
    super(400, message);
    this.name = 'ValidationError';
  }
}

/** A configuration problem: main prints the message alone and exits non-zero. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}
