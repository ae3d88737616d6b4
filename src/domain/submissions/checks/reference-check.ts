/**
 * References that cite nothing checkable. Each footnote is read as a citation and flagged,
 * with the number the reader sees, when an editor or reader could not find the source from it:
 *
 * - checkable: a URL, a DOI, or full publication details: a publisher with a year (a name with
 *   Press, University, Publishing, Books…), a journal with volume/issue/pages ("vol. 12",
 *   "no. 3", "pp. 45–67", "12(3)", "12:45–67") and a year, or an ISBN;
 * - cut: the note ends where a link was lost in copying: a trailing comma, "accessed <Month>
 *   <Year>" with no URL after it, or a source and date then nothing (`The Guardian, June 9, 2014,`);
 * - a DOI whose syntax is wrong (it must be `10.<4–9 digits>/<suffix>`, bare, `doi:` or doi.org);
 * - duplicate notes (same text once case, spacing and punctuation are ignored), notes defined
 *   but never referenced, and references to notes that do not exist.
 *
 * A note with no year, no URL and no quoted or named source reads as an aside, not a
 * citation: it gets an `info`, not a warning, since asides are legitimate.
 */
import { sortFindings, type Finding } from './findings.js';
import { parseManuscript, type ParsedManuscript, type ParsedNote } from './manuscript-parse.js';

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DATE = `(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4}|${MONTH}\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})`;

const URL_RE = /\bhttps?:\/\/[^\s<>]+|\bwww\.[a-z0-9-]+\.[a-z]{2,}[^\s<>]*/iu;
/** A well-formed DOI: Crossref's recommended pattern for modern DOIs. */
export const DOI_SYNTAX = /^10\.\d{4,9}\/[-._;()/:a-z0-9<>[\]]+$/iu;
/** Things that claim to be DOIs: `doi:` prefixes, doi.org links, bare `10.` identifiers. */
const DOI_CLAIMS = [/\bdoi:\s*(\S+)/giu, /\b(?:dx\.)?doi\.org\/(\S+)/giu, /(?<![\w/.:])(10\.\S+\/\S+)/gu];
const YEAR = /\b(?:1[5-9]\d{2}|20\d{2})\b/u;
const PUBLISHER = /\b(?:Press|University|Universit[àäé]|Publishing|Publishers?|Books|Verlag|[ÉE]ditions|Editora|Editorial|Presses)\b/u;
const JOURNAL_DETAIL = /\b(?:vol|no|pp|iss)\.\s*\d|\bvolume\s+\d|\bissue\s+\d|\b\d+\s*\(\d+\)|\b\d+:\s*\d+(?:\s*[-–]\s*\d+)?|\bpp?\.\s*\d+\s*[-–]\s*\d+/iu;
const ISBN = /\bISBN(?:-1[03])?:?\s*[\d][\d\s-]{8,16}[\dX]\b/iu;
const ACCESSED_AT_END = new RegExp(`\\b(?:accessed|retrieved|consulted|viewed)(?:\\s+on)?\\s+${DATE}[,;:]?\\s*$`, 'iu');
const SOURCE_DATE_AT_END = new RegExp(`,\\s*${DATE}\\s*,\\s*$`, 'iu');
/** Signs that a note is meant as a citation: a year, a quoted title (not a quoted word), "ed."/"trans.", "in:". */
const CITATION_SIGNS = /\b(?:1[5-9]\d{2}|20\d{2})\b|[“"«][^”"»]{12,}[”"»]|\b(?:eds?|trans|ibid|op\. cit)\.|\bIn:/iu;

/** Text used to compare notes: case, spacing and punctuation ignored. */
export function normalizeNote(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function trimClaim(raw: string): string {
  // Sentence punctuation after a DOI belongs to the sentence; a closing bracket only when unbalanced.
  let s = raw.replace(/[.,;:'"”’>]+$/u, '');
  while (s.endsWith(')') && (s.match(/\(/g)?.length ?? 0) < (s.match(/\)/g)?.length ?? 0)) s = s.slice(0, -1);
  return s;
}

export interface DoiClaim {
  raw: string;
  valid: boolean;
}

/** Every DOI a note claims, checked for syntax (doi.org URLs are decoded first). */
export function doiClaims(text: string): DoiClaim[] {
  const seen = new Set<string>();
  const claims: DoiClaim[] = [];
  for (const re of DOI_CLAIMS) {
    for (const m of text.matchAll(re)) {
      let value = trimClaim(m[1] ?? '');
      try {
        value = decodeURIComponent(value);
      } catch {
        // a stray % is itself a syntax error; keep the raw text so it is reported
      }
      if (!value || seen.has(value)) continue;
      // a bare "10.x/y" already found through its doi: or doi.org form is the same claim
      if ([...seen].some((s) => s.endsWith(value) || value.endsWith(s))) continue;
      seen.add(value);
      claims.push({ raw: value, valid: DOI_SYNTAX.test(value) });
    }
  }
  return claims;
}

export type NoteVerdict = 'checkable' | 'cut' | 'uncheckable' | 'aside';

/** How one note reads as a citation. */
export function classifyNote(note: Pick<ParsedNote, 'text' | 'urls'>): NoteVerdict {
  const text = note.text;
  const hasUrl = note.urls.some((u) => /^(?:https?:|www\.)/iu.test(u)) || URL_RE.test(text);
  const hasDoi = doiClaims(text).some((c) => c.valid);
  if (!hasUrl && (/,\s*$/u.test(text) || ACCESSED_AT_END.test(text) || SOURCE_DATE_AT_END.test(text))) return 'cut';
  if (hasUrl || hasDoi) return 'checkable';
  const year = YEAR.test(text);
  if (ISBN.test(text) || (year && (PUBLISHER.test(text) || JOURNAL_DETAIL.test(text)))) return 'checkable';
  return CITATION_SIGNS.test(text) ? 'uncheckable' : 'aside';
}

function quote(text: string, max = 80): string {
  return text.length > max ? `“${text.slice(0, max - 1)}…”` : `“${text}”`;
}

export function referenceCheck(markdown: string, parsed: ParsedManuscript = parseManuscript(markdown)): Finding[] {
  const findings: Finding[] = [];
  const firstByText = new Map<string, ParsedNote>();

  for (const note of parsed.notes) {
    const n = note.number;
    if (!note.text) {
      findings.push({ code: 'reference-empty', severity: 'error', noteNumber: n, message: `Note ${n} is empty.`, whatToDo: 'Write the note or remove it.' });
      continue;
    }
    const verdict = classifyNote(note);
    if (verdict === 'cut') {
      findings.push({
        code: 'reference-cut',
        severity: 'error',
        noteNumber: n,
        message: `Note ${n} seems to stop where a link was lost: ${quote(note.text)}`,
        whatToDo: 'Paste the full URL (or DOI) of the source at the end of the note; links are often dropped when copying from a word processor.',
      });
    } else if (verdict === 'uncheckable') {
      findings.push({
        code: 'reference-uncheckable',
        severity: 'warning',
        noteNumber: n,
        message: `Note ${n} cites nothing a reader could check: no URL, no DOI and no full publication details.`,
        whatToDo: 'Add a link or DOI, or the full details: publisher and year for a book, journal with volume, issue and pages for an article.',
      });
    } else if (verdict === 'aside') {
      findings.push({
        code: 'reference-aside',
        severity: 'info',
        noteNumber: n,
        message: `Note ${n} cites no source; it reads as an aside.`,
        whatToDo: 'Nothing to do if it is a comment; if it refers to a source, add the link or the full details.',
      });
    }
    for (const claim of doiClaims(note.text)) {
      if (claim.valid) continue;
      findings.push({
        code: 'reference-bad-doi',
        severity: 'error',
        noteNumber: n,
        message: `Note ${n} has a DOI that is not well formed: ${quote(claim.raw, 60)}.`,
        whatToDo: 'A DOI looks like 10.1234/abc-567: "10.", four to nine digits, a slash, then the suffix. Copy it again from the publisher’s page or doi.org.',
      });
    }
    const key = normalizeNote(note.text);
    const first = firstByText.get(key);
    if (first) {
      findings.push({
        code: 'reference-duplicate',
        severity: 'warning',
        noteNumber: n,
        message: `Note ${n} repeats note ${first.number} word for word.`,
        whatToDo: `Refer to note ${first.number} again ([^${first.label}]) instead of repeating it, or shorten the repeat ("Smith, 12").`,
      });
    } else firstByText.set(key, note);
    if (!note.referenced) {
      findings.push({
        code: 'reference-unused',
        severity: 'warning',
        noteNumber: n,
        message: `Note [^${note.label}] is defined but never referenced in the text, so readers will not see it.`,
        whatToDo: `Add [^${note.label}] where it belongs in the text, or delete the note.`,
      });
    }
  }
  for (const label of parsed.undefinedReferences) {
    findings.push({
      code: 'reference-undefined',
      severity: 'error',
      message: `The text refers to note [^${label}], which is not defined.`,
      whatToDo: `Add the note at the end ("[^${label}]: …") or remove the reference.`,
    });
  }
  return sortFindings(findings);
}
