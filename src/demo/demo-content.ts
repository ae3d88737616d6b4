// Loads the demo content under content/demo (site settings, categories, authors and
// articles written as Markdown with a small `key: value` header) and validates it, so
// `npm start` can seed an empty database and a broken edit fails loudly, naming the file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export interface DemoAuthor {
  slug: string;
  name: string;
  affiliation: string;
  bio: string /* markdown */;
  links: Array<{ label: string; url: string }>;
  account: { email: string } | null;
}

export interface DemoArticle {
  slug: string;
  title: string;
  dek: string;
  authors: string[];
  categories: string[];
  tags: string[];
  publishedAt: string /* ISO */;
  body: string /* markdown */;
}

export interface DemoContent {
  site: { name: string; tagline: string; disclaimer: string; callToSubmit: string };
  categories: Array<{ slug: string; name: string; description: string }>;
  authors: DemoAuthor[];
  articles: DemoArticle[];
}

const MIN_FOOTNOTES = 3;
const MAX_FOOTNOTES = 12;

const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens');
const text = z.string().trim().min(1, 'must not be empty');

const siteSchema = z.strictObject({
  name: text,
  tagline: text,
  disclaimer: text,
  callToSubmit: text,
});

const categoriesSchema = z
  .array(z.strictObject({ slug: slugSchema, name: text, description: text }))
  .min(1, 'must list at least one category');

const authorHeaderSchema = z.strictObject({
  slug: slugSchema,
  name: text,
  affiliation: text,
  link: z.string().optional(),
  account: z.enum(['yes', 'no']),
  email: z.email().optional(),
});

const articleHeaderSchema = z.strictObject({
  slug: slugSchema,
  title: text,
  dek: text.max(240, 'is too long for a standfirst (max 240 characters)'),
  authors: text,
  categories: text,
  tags: text,
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/, 'must be an ISO 8601 date-time with a zone')
    .refine((value) => !Number.isNaN(Date.parse(value)), 'is not a real date'),
});

const linkSchema = z.object({ label: text, url: z.url({ protocol: /^https?$/ }) });

/**
 * Splits a document into its `---`-delimited header and the body after it.
 * Only the first `: ` on a line separates key from value, so titles may contain colons.
 * A key that repeats (e.g. several `link:` lines) yields its values joined by "\n", in order.
 */
export function parseFrontMatter(text: string): { fields: Record<string, string>; body: string } {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  if (lines[0]?.trim() !== '---') {
    throw new Error('Malformed front matter: the first line must be "---"');
  }
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (end === -1) {
    throw new Error('Malformed front matter: no closing "---" line');
  }
  const fields: Record<string, string> = {};
  for (let index = 1; index < end; index += 1) {
    const line = lines[index] ?? '';
    if (line.trim() === '') continue;
    const match = /^([A-Za-z][A-Za-z0-9_-]*):(?: (.*))?$/.exec(line.trimEnd());
    if (!match) {
      throw new Error(`Malformed front matter on line ${index + 1}: expected "key: value", got ${JSON.stringify(line)}`);
    }
    const key = match[1] as string;
    const value = (match[2] ?? '').trim();
    fields[key] = Object.hasOwn(fields, key) ? `${fields[key]}\n${value}` : value;
  }
  const body = lines.slice(end + 1).join('\n').replace(/^\n+/, '').replace(/\s+$/, '');
  return { fields, body: body === '' ? '' : `${body}\n` };
}

/** Labels of GFM footnote references (`[^x]`) and definitions (`[^x]: …`) in a Markdown text. */
export function findFootnotes(markdown: string): { refs: Set<string>; definitions: Set<string> } {
  const definitions = new Set<string>();
  for (const match of markdown.matchAll(/^ {0,3}\[\^([^\]\s]+)\]:/gm)) definitions.add(match[1] as string);
  const refs = new Set<string>();
  for (const match of markdown.matchAll(/\[\^([^\]\s]+)\](?!:)/g)) refs.add(match[1] as string);
  return { refs, definitions };
}

/** The nearest folder at or above this module that holds package.json (works from src/ and dist/). */
export function findProjectRoot(start: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No package.json found at or above ${start}`);
    dir = parent;
  }
}

/** Reads and validates content/demo under rootDir; articles come back oldest first. */
export function loadDemoContent(rootDir: string = findProjectRoot()): DemoContent {
  const demoDir = join(rootDir, 'content', 'demo');
  const name = (file: string): string => relative(rootDir, file) || file;

  const site = parseWith(siteSchema, readJson(join(demoDir, 'site.json'), name), name(join(demoDir, 'site.json')));
  const categoriesFile = join(demoDir, 'categories.json');
  const categories = parseWith(categoriesSchema, readJson(categoriesFile, name), name(categoriesFile));
  assertUnique(categories.map((c) => c.slug), name(categoriesFile), 'category');

  const authors = markdownFiles(join(demoDir, 'authors'), name).map(({ file, fields, body }) =>
    toAuthor(file, fields, body),
  );
  const articles = markdownFiles(join(demoDir, 'articles'), name).map(({ file, fields, body }) =>
    toArticle(file, fields, body, new Set(authors.map((a) => a.slug)), new Set(categories.map((c) => c.slug))),
  );
  articles.sort((a, b) => a.publishedAt.localeCompare(b.publishedAt) || a.slug.localeCompare(b.slug));
  return { site, categories, authors, articles };
}

function toAuthor(file: string, fields: Record<string, string>, body: string): DemoAuthor {
  const header = parseWith(authorHeaderSchema, fields, file);
  if (header.account === 'yes' && !header.email) fail(file, 'account is "yes" but no email is given');
  if (header.account === 'no' && header.email) fail(file, 'email is only allowed when account is "yes"');
  if (body.trim() === '') fail(file, 'the bio (the body after the header) is empty');
  const links = (header.link ?? '')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const bar = line.indexOf('|');
      if (bar === -1) fail(file, `link ${JSON.stringify(line)} must read "Label | https://…"`);
      return parseWith(linkSchema, { label: line.slice(0, bar).trim(), url: line.slice(bar + 1).trim() }, file);
    });
  return {
    slug: header.slug,
    name: header.name,
    affiliation: header.affiliation,
    bio: body,
    links,
    account: header.account === 'yes' && header.email ? { email: header.email } : null,
  };
}

function toArticle(
  file: string,
  fields: Record<string, string>,
  body: string,
  authorSlugs: Set<string>,
  categorySlugs: Set<string>,
): DemoArticle {
  const header = parseWith(articleHeaderSchema, fields, file);
  const authors = splitList(header.authors);
  const categories = splitList(header.categories);
  const tags = splitList(header.tags);
  assertUnique(authors, file, 'byline author');
  assertUnique(categories, file, 'category');
  for (const slug of authors) if (!authorSlugs.has(slug)) fail(file, `unknown author "${slug}"`);
  for (const slug of categories) if (!categorySlugs.has(slug)) fail(file, `unknown category "${slug}"`);
  if (categories.length > 2) fail(file, `has ${categories.length} categories; at most 2 are allowed`);
  if (tags.length === 0) fail(file, 'needs at least one tag');
  if (body.trim() === '') fail(file, 'the body is empty');

  const { refs, definitions } = findFootnotes(body);
  if (definitions.size < MIN_FOOTNOTES || definitions.size > MAX_FOOTNOTES) {
    fail(file, `has ${definitions.size} footnote definitions; ${MIN_FOOTNOTES}–${MAX_FOOTNOTES} are required`);
  }
  for (const label of refs) if (!definitions.has(label)) fail(file, `footnote [^${label}] has no definition`);
  for (const label of definitions) if (!refs.has(label)) fail(file, `footnote [^${label}] is defined but never cited`);

  return {
    slug: header.slug,
    title: header.title,
    dek: header.dek,
    authors,
    categories,
    tags,
    publishedAt: new Date(header.published).toISOString(),
    body,
  };
}

interface MarkdownFile {
  file: string;
  fields: Record<string, string>;
  body: string;
}

function markdownFiles(dir: string, name: (file: string) => string): MarkdownFile[] {
  if (!existsSync(dir)) fail(name(dir), 'folder is missing');
  const files = readdirSync(dir)
    .filter((entry) => entry.endsWith('.md'))
    .sort();
  const parsed = files.map((entry) => {
    const path = join(dir, entry);
    const file = name(path);
    let result: { fields: Record<string, string>; body: string };
    try {
      result = parseFrontMatter(readFileSync(path, 'utf8'));
    } catch (error) {
      return fail(file, (error as Error).message);
    }
    // The file name doubles as the slug, so a renamed file cannot silently change a URL.
    if (result.fields.slug !== entry.slice(0, -'.md'.length)) {
      fail(file, `slug "${result.fields.slug ?? ''}" does not match the file name`);
    }
    return { file, ...result };
  });
  return parsed;
}

function readJson(path: string, name: (file: string) => string): unknown {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    return fail(name(path), 'cannot be read');
  }
  try {
    return JSON.parse(raw) as unknown;
  } catch (error) {
    return fail(name(path), `is not valid JSON (${(error as Error).message})`);
  }
}

function parseWith<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return `${where}${issue.message}`;
  });
  return fail(file, problems.join('; '));
}

function splitList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function assertUnique(values: string[], file: string, what: string): void {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) fail(file, `duplicate ${what} "${value}"`);
    seen.add(value);
  }
}

function fail(file: string, problem: string): never {
  throw new Error(`Demo content ${file}: ${problem}`);
}
