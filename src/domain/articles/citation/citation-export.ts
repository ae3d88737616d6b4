import { collapse, dateParts, isoDay, slashDate, splitName, type CitationMeta } from './citation-meta.js';

// BibTeX and RIS, the two formats reference managers import. Written by hand:
// the fields are few and fixed, and a dependency would not know our rules for
// keys and for escaping.

const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const TEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

export function escapeTex(text: string): string {
  return collapse(text).replace(/[\\{}%&$#_~^]/g, (c) => TEX_SPECIALS[c] ?? c);
}

/** firstauthorfamily + year + first title word, folded to ASCII: "okafor2026who". */
export function bibtexKey(meta: CitationMeta): string {
  const first = meta.authors[0];
  const family = first ? keyPart(splitName(first.name).family) : '';
  const word = collapse(meta.title).split(' ').map(keyPart).find((w) => w !== '') ?? '';
  return `${family || 'anon'}${dateParts(meta.publishedAt).year}${word || 'untitled'}`;
}

export function toBibtex(meta: CitationMeta): string {
  const { year, month } = dateParts(meta.publishedAt);
  const fields: Array<[string, string]> = [
    ['author', meta.authors.map((a) => bibtexName(a.name)).join(' and ')],
    ['title', `{${escapeTex(meta.title)}}`],
    meta.isResearch ? ['journal', `{${escapeTex(meta.siteName)}}`] : ['organization', `{${escapeTex(meta.siteName)}}`],
    ['year', `{${year}}`],
    ['month', BIBTEX_MONTHS[month - 1] as string],
    ['date', `{${isoDay(meta.publishedAt)}}`],
    ['url', `{${bibtexUrl(meta.url)}}`],
    ['urldate', `{${isoDay(meta.accessedAt ?? meta.publishedAt)}}`],
  ];
  if (meta.dek !== undefined && collapse(meta.dek) !== '') fields.push(['abstract', `{${escapeTex(meta.dek)}}`]);
  const body = fields
    .filter(([name, value]) => !(name === 'author' && value === ''))
    .map(([name, value]) => `  ${name} = ${name === 'author' ? `{${value}}` : value}`)
    .join(',\n');
  return `@${meta.isResearch ? 'article' : 'online'}{${bibtexKey(meta)},\n${body}\n}\n`;
}

export function toRis(meta: CitationMeta): string {
  const lines: Array<[string, string]> = [
    ['TY', meta.isResearch ? 'JOUR' : 'ELEC'],
    ...meta.authors.map((a): [string, string] => ['AU', risName(a.name)]),
    ['TI', meta.title],
    ['T2', meta.siteName],
    ['PY', String(dateParts(meta.publishedAt).year)],
    ['DA', slashDate(meta.publishedAt)],
    ['UR', meta.url],
    ['Y2', slashDate(meta.accessedAt ?? meta.publishedAt)],
  ];
  if (meta.dek !== undefined && collapse(meta.dek) !== '') lines.push(['AB', meta.dek]);
  // RIS is line-based: a value must not break its line, and ER ends the record.
  return [...lines.map(([tag, value]) => `${tag}  - ${collapse(value)}`), 'ER  - ', ''].join('\r\n');
}

function bibtexName(display: string): string {
  const { given, family } = splitName(display);
  if (given === '') return `{${escapeTex(family)}}`;
  // A literal "and" inside a name would otherwise split it into two authors.
  const safeGiven = /(^|\s)and(\s|$)/i.test(given) ? `{${escapeTex(given)}}` : escapeTex(given);
  return `${escapeTex(family)}, ${safeGiven}`;
}

function risName(display: string): string {
  const { given, family } = splitName(display);
  return given === '' ? family : `${family}, ${given}`;
}

// The url field is read verbatim, so TeX escapes would corrupt it; percent-encode
// the few characters that could unbalance the braces instead.
function bibtexUrl(url: string): string {
  return url.trim().replace(/[{}\\\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function keyPart(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
