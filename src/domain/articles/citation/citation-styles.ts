import { escapeHtml } from '../../../shared/html.js';
import {
  collapse,
  dateParts,
  initials,
  invertedName,
  monthName,
  splitName,
  withPeriod,
  type CitationMeta,
} from './citation-meta.js';

// APA 7, MLA 9 and Chicago 17 (notes-bibliography, bibliography entry) for an
// article on the web. Research papers have no volume or page numbers here, so
// both kinds are cited in the online-periodical form. Titles are used as written:
// APA's sentence case cannot be derived reliably from a headline.

export interface FormattedCitation {
  text: string;
  /** escaped; the container title in <i> */
  html: string;
}

/** A citation as runs of text, so plain and HTML output come from one definition. */
type Run = string | { italic: string };

const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const APA_MAX_LISTED = 20;
const CHICAGO_MAX_LISTED = 10;
const CHICAGO_LISTED_WHEN_TRUNCATED = 7;

export function formatApa(meta: CitationMeta): FormattedCitation {
  const { year, month, day } = dateParts(meta.publishedAt);
  const date = `(${year}, ${monthName(month)} ${day}).`;
  const title = withPeriod(collapse(meta.title));
  const names = meta.authors.map((a) => apaName(a.name));
  const lead = names.length === 0 ? [title, ' ', date] : [withPeriod(apaList(names)), ' ', date, ' ', title];
  return render([...lead, ' ', { italic: collapse(meta.siteName) }, '. ', meta.url]);
}

export function formatMla(meta: CitationMeta): FormattedCitation {
  const { year, month, day } = dateParts(meta.publishedAt);
  const names = meta.authors.map((a) => collapse(a.name));
  const lead = names.length === 0 ? [] : [withPeriod(mlaList(names)), ' '];
  const location = meta.url.replace(/^https?:\/\//, '');
  return render([
    ...lead,
    quotedTitle(meta.title),
    ' ',
    { italic: collapse(meta.siteName) },
    `, ${day} ${MLA_MONTHS[month - 1]} ${year}, ${withPeriod(location)}`,
  ]);
}

export function formatChicago(meta: CitationMeta): FormattedCitation {
  const { year, month, day } = dateParts(meta.publishedAt);
  const names = meta.authors.map((a) => collapse(a.name));
  const lead = names.length === 0 ? [] : [withPeriod(chicagoList(names)), ' '];
  return render([
    ...lead,
    quotedTitle(meta.title),
    ' ',
    { italic: collapse(meta.siteName) },
    `, ${monthName(month)} ${day}, ${year}. ${withPeriod(meta.url)}`,
  ]);
}

function apaName(display: string): string {
  const { given, family } = splitName(display);
  return given === '' ? family : `${family}, ${initials(given)}`;
}

/** One: A. Two: A, & B. Up to 20: A, B, & C. More: the first 19, an ellipsis, then the last. */
function apaList(names: string[]): string {
  if (names.length === 1) return names[0] as string;
  if (names.length > APA_MAX_LISTED) {
    return `${names.slice(0, APA_MAX_LISTED - 1).join(', ')}, . . . ${names[names.length - 1]}`;
  }
  return `${names.slice(0, -1).join(', ')}, & ${names[names.length - 1]}`;
}

/** One: Family, Given. Two: Family, Given, and Given Family. Three or more: Family, Given, et al. */
function mlaList(names: string[]): string {
  const first = invertedName(names[0] as string);
  if (names.length === 1) return first;
  if (names.length === 2) return `${first}, and ${names[1]}`;
  return `${first}, et al.`;
}

/** Everyone up to ten, first inverted, serial comma; past ten, the first seven and "et al." */
function chicagoList(names: string[]): string {
  const first = invertedName(names[0] as string);
  if (names.length === 1) return first;
  if (names.length > CHICAGO_MAX_LISTED) {
    return [first, ...names.slice(1, CHICAGO_LISTED_WHEN_TRUNCATED), 'et al.'].join(', ');
  }
  const middle = names.slice(1, -1);
  return `${[first, ...middle].join(', ')}, and ${names[names.length - 1]}`;
}

/** “Title.” with the period inside; quotation marks within the title become single ones. */
function quotedTitle(title: string): string {
  const inner = collapse(title)
    .replace(/"([^"]*)"/g, '‘$1’')
    .replace(/“/g, '‘')
    .replace(/”/g, '’');
  return `“${withPeriod(inner)}”`;
}

function render(runs: Run[]): FormattedCitation {
  let text = '';
  let html = '';
  for (const run of runs) {
    if (typeof run === 'string') {
      text += run;
      html += escapeHtml(run);
    } else {
      text += run.italic;
      html += `<i>${escapeHtml(run.italic)}</i>`;
    }
  }
  return { text, html };
}
