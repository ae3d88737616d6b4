// The deterministic shape of a benchmark dataset: authors, tags and, article by article,
// the rows to insert. Bodies come from a pool rendered once with the real Markdown
// pipeline; each article then swaps the pool body's placeholders for its own words and
// gets an opening paragraph of its own, which costs microseconds instead of a render.
import { renderMarkdown, type RenderedMarkdown } from '../src/domain/articles/content/markdown.js';
import { slugify } from '../src/shared/slugify.js';
import { COLLOCATIONS, buildVocabulary, between, pick, seededRandom, type Random, type Vocabulary } from './vocabulary.js';
import { PLACEHOLDER, capitalize, makeBodyMarkdown, makeDek, makeIntro, makeTitle } from './text-gen.js';

/** Bump when the generated data changes, so cached databases are rebuilt. */
export const GENERATOR_VERSION = 1;
export const TOPICS = 60;
const TAGS_PER_TOPIC = 6;
const DRAFT_EVERY = 97;
const FIRST_DAY = Date.UTC(2011, 0, 3);
const LAST_DAY = Date.UTC(2026, 10, 20);

export interface PoolBody extends RenderedMarkdown {
  markdown: string;
  placeholders: number;
}

export interface AuthorRow {
  id: number;
  slug: string;
  name: string;
  affiliation: string;
  bio_md: string;
  bio_html: string;
}

export interface ArticleRows {
  article: {
    id: number;
    slug: string;
    title: string;
    dek: string;
    body_md: string;
    body_html: string;
    plain_text: string;
    headings_json: string;
    word_count: number;
    reading_minutes: number;
    footnote_count: number;
    status: string;
    published_at: string | null;
    created_at: string;
    updated_at: string;
    cover_image_url: null;
    cover_alt: string;
  };
  authorIds: number[];
  categoryIds: number[];
  tagIds: number[];
}

const FIRST_NAMES = [
  'Amara', 'Bogdan', 'Chiara', 'Dmitri', 'Efua', 'Farid', 'Greta', 'Hiroshi', 'Ines', 'Jonas', 'Kavya', 'Lucía',
  'Mateo', 'Nadia', 'Oskar', 'Priya', 'Quentin', 'Rania', 'Sipho', 'Tamsin', 'Umar', 'Vera', 'Wen', 'Ximena',
  'Yusuf', 'Zofia', 'Aurelio', 'Birgit', 'Cormac', 'Dalia', 'Emeka', 'Freya', 'Gustavo', 'Hana', 'Ilse', 'Jamal',
];
const LAST_NAMES = [
  'Abernethy', 'Baptiste', 'Castellanos', 'Dimitrova', 'Eze', 'Fonseca', 'Grünewald', 'Haddad', 'Iwasaki', 'Jovanović',
  'Kowalczyk', 'Lindqvist', 'Mbeki', 'Navarro', "O'Rourke", 'Petrov', 'Quaresma', 'Rahman', 'Sørensen', 'Tanaka',
  'Uribe', 'Varga', 'Whitcombe', 'Xu', 'Yilmaz', 'Zapata', 'Achterberg', 'Bianchi', 'Chaudhry', 'Delacroix',
];
const INSTITUTIONS = [
  'Institute for Coastal Governance', 'Centre for Fiscal Studies', 'Northfield University', 'Lakeside Policy Lab',
  'School of Public Affairs, Varden College', 'Observatory on Migration', 'Forum for Trade and Development',
  'Independent researcher', 'Riverside Law School', 'Archive of Contemporary Politics', 'Energy Transitions Unit',
];
const ROLES = ['a research fellow', 'a lecturer', 'a journalist', 'a doctoral candidate', 'a policy analyst', 'a former diplomat', 'an economist'];

export interface DatasetPlan {
  articleCount: number;
  vocab: Vocabulary;
  pool: PoolBody[];
  authors: AuthorRow[];
  tags: Array<{ id: number; slug: string; name: string }>;
  /** how many published articles the plan makes */
  publishedCount: number;
  /** the rows of article `id` (1-based); the same id always gives the same rows */
  article(id: number): ArticleRows;
  /** stored related reading of article `id`: earlier published pieces on the same topic */
  related(id: number): number[];
  isDraft(id: number): boolean;
}

export interface PlanOptions {
  articles: number;
  seed?: number;
  poolSize?: number;
  authors?: number;
  categoryIds: number[];
}

function makeAuthors(random: Random, count: number, vocab: Vocabulary): AuthorRow[] {
  const authors: AuthorRow[] = [];
  for (let i = 0; i < count; i++) {
    const first = FIRST_NAMES[i % FIRST_NAMES.length]!;
    const last = LAST_NAMES[(Math.floor(i / FIRST_NAMES.length) * 7 + i) % LAST_NAMES.length]!;
    const name = `${first} ${last}`;
    const affiliation = pick(random, INSTITUTIONS);
    const bio = `${name} is ${pick(random, ROLES)} at the ${affiliation} who writes about *${pick(random, COLLOCATIONS)}* and ${pick(random, COLLOCATIONS)}. ${makeDek(random, vocab)}`;
    authors.push({ id: i + 1, slug: `${slugify(name)}-${i + 1}`, name, affiliation, bio_md: bio, bio_html: renderMarkdown(bio).html });
  }
  return authors;
}

function makeTags(vocab: Vocabulary): Array<{ id: number; slug: string; name: string }> {
  const names = new Set<string>(COLLOCATIONS.map(capitalize));
  for (let i = 0; names.size < TOPICS * 3; i++) names.add(capitalize(vocab.words[40 + i]!));
  return [...names].map((name, i) => ({ id: i + 1, slug: slugify(name, 60), name }));
}

export function buildPlan(options: PlanOptions): DatasetPlan {
  const seed = options.seed ?? 20261128;
  const vocab = buildVocabulary();
  const poolRandom = seededRandom(seed);
  const pool: PoolBody[] = Array.from({ length: options.poolSize ?? 300 }, () => {
    // The opening paragraph adds 20–88 words, so bodies stay within 580–1,410 to keep
    // every article within 600–1,500 words.
    for (;;) {
      const { markdown, placeholders } = makeBodyMarkdown(poolRandom, vocab);
      const rendered = renderMarkdown(markdown);
      if (rendered.wordCount >= 580 && rendered.wordCount <= 1410) return { ...rendered, markdown, placeholders };
    }
  });
  const authors = makeAuthors(seededRandom(seed + 1), options.authors ?? 300, vocab);
  const tags = makeTags(vocab);
  const n = options.articles;
  const isDraft = (id: number) => id % DRAFT_EVERY === 0;
  const span = LAST_DAY - FIRST_DAY;

  const article = (id: number): ArticleRows => {
    // Each article has its own stream, so any article can be made alone and in any order.
    const r = seededRandom(seed * 31 + id * 2654435761);
    const topic = id % TOPICS;
    const body = pool[(id * 7919) % pool.length]!;
    const swaps = Array.from({ length: body.placeholders }, () => vocab.draw(r));
    const swap = (text: string) => text.replace(PLACEHOLDER, (_, k: string) => swaps[Number(k)] ?? 'policy');
    const intro = makeIntro(r, vocab);
    const introWords = intro.split(' ').length;
    const title = makeTitle(r, vocab);
    // The id keeps slugs unique without state, so any article can be made alone.
    const slug = `${slugify(title, 70)}-${id}`;
    const when = new Date(FIRST_DAY + Math.floor((span * (id - 0.5)) / n) + between(r, 0, 86_399) * 1000).toISOString();
    const draft = isDraft(id);
    const wordCount = body.wordCount + introWords;
    const authorCount = r() < 0.7 ? 1 : r() < 0.75 ? 2 : 3;
    const authorIds = new Set<number>();
    while (authorIds.size < authorCount) {
      // Squaring skews toward low ids: a few prolific contributors and a long tail.
      authorIds.add(1 + Math.floor(r() * r() * authors.length));
    }
    const primary = options.categoryIds[topic % options.categoryIds.length]!;
    const categoryIds = r() < 0.2 ? [...new Set([primary, pick(r, options.categoryIds)])] : [primary];
    const tagIds = new Set<number>();
    const tagCount = between(r, 2, 4);
    while (tagIds.size < tagCount) tagIds.add(1 + ((topic * TAGS_PER_TOPIC + between(r, 0, TAGS_PER_TOPIC - 1)) % tags.length));
    return {
      article: {
        id,
        slug,
        title,
        dek: makeDek(r, vocab),
        body_md: `${intro}\n\n${swap(body.markdown)}`,
        body_html: `<p>${intro}</p>\n${swap(body.html)}`,
        plain_text: `${intro} ${swap(body.plainText)}`,
        headings_json: JSON.stringify(body.headings),
        word_count: wordCount,
        reading_minutes: Math.max(1, Math.round(wordCount / 230)),
        footnote_count: body.footnoteCount,
        status: draft ? 'draft' : 'published',
        published_at: draft ? null : when,
        created_at: when,
        updated_at: when,
        cover_image_url: null,
        cover_alt: '',
      },
      authorIds: [...authorIds],
      categoryIds,
      tagIds: [...tagIds],
    };
  };

  const related = (id: number): number[] => {
    if (isDraft(id)) return [];
    const out: number[] = [];
    for (let other = id - TOPICS; other >= 1 && out.length < 3; other -= TOPICS) if (!isDraft(other)) out.push(other);
    for (let other = id + TOPICS; other <= n && out.length < 3; other += TOPICS) if (!isDraft(other)) out.push(other);
    return out;
  };

  return {
    articleCount: n,
    vocab,
    pool,
    authors,
    tags,
    publishedCount: n - Math.floor(n / DRAFT_EVERY),
    article,
    related,
    isDraft,
  };
}
