// What every citation format is built from, and the name and date helpers they
// share. Dates are read in UTC, like the rest of Masthead, so a citation does not
// change with the server's time zone.

export interface CitationAuthor {
  /** display name, "Given Family" */
  name: string;
}

export interface CitationMeta {
  title: string;
  authors: CitationAuthor[];
  /** ISO 8601 */
  publishedAt: string;
  /** ISO 8601 */
  updatedAt?: string;
  /** absolute canonical URL */
  url: string;
  siteName: string;
  dek?: string;
  id: number;
  slug: string;
  /** research papers cite as journal articles; everything else as online articles */
  isResearch: boolean;
  /** ISO 8601; defaults to publishedAt so output is deterministic */
  accessedAt?: string;
}

export interface PersonName {
  /** empty for a single-word name such as "Plato" or a collective byline */
  given: string;
  family: string;
}

/** Splits on the last space: "Ana María Ruiz" → given "Ana María", family "Ruiz". */
export function splitName(display: string): PersonName {
  const name = collapse(display);
  const cut = name.lastIndexOf(' ');
  if (cut < 0) return { given: '', family: name };
  return { given: name.slice(0, cut), family: name.slice(cut + 1) };
}

/** "Family, Given", or the single word as is. */
export function invertedName(display: string): string {
  const { given, family } = splitName(display);
  return given === '' ? family : `${family}, ${given}`;
}

/** "Mary Jane" → "M. J.", "Jean-Luc" → "J.-L." */
export function initials(given: string): string {
  return given
    .split(' ')
    .filter(Boolean)
    .map((part) =>
      part
        .split('-')
        .filter(Boolean)
        .map((piece) => `${Array.from(piece)[0] ?? ''}.`)
        .join('-'),
    )
    .join(' ');
}

/** Single spaces, no line breaks: citations and RIS/BibTeX fields are one line. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export interface DateParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

export function dateParts(iso: string): DateParts {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new RangeError(`citation: invalid date "${iso}"`);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'] as const;

export function monthName(month: number): string {
  return MONTHS[month - 1] ?? '';
}

/** YYYY/MM/DD, the form Google Scholar and RIS expect. */
export function slashDate(iso: string): string {
  const { year, month, day } = dateParts(iso);
  return `${year}/${pad(month)}/${pad(day)}`;
}

/** YYYY-MM-DD */
export function isoDay(iso: string): string {
  const { year, month, day } = dateParts(iso);
  return `${year}-${pad(month)}-${pad(day)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Adds a period unless the text already ends in terminal punctuation. */
export function withPeriod(text: string): string {
  return /[.?!]["'”’]?$/.test(text) ? text : `${text}.`;
}
