import { randomBytes } from 'node:crypto';
import { publishArticle, saveArticle } from '../../src/domain/articles/articles.service.js';
import { saveAuthor } from '../../src/domain/authors/authors.js';
import type { DomainContext } from '../../src/domain/context.js';
import { upsertCategory } from '../../src/domain/taxonomy/taxonomy.queries.js';

const unique = (): string => randomBytes(4).toString('hex');

export async function makeAuthor(
  ctx: DomainContext,
  overrides: Partial<{ slug: string; name: string; affiliation: string; bioMarkdown: string }> = {},
): Promise<{ id: number; slug: string; name: string }> {
  const name = overrides.name ?? `Writer ${unique()}`;
  const slug = overrides.slug ?? `writer-${unique()}`;
  const id = await saveAuthor(
    ctx.db,
    { slug, name, affiliation: overrides.affiliation ?? 'Institute of Examples', bioMarkdown: overrides.bioMarkdown ?? `${name} writes about *testing*.` },
    ctx.clock.now().toISOString(),
  );
  return { id, slug, name };
}

export async function makeCategory(
  ctx: DomainContext,
  overrides: Partial<{ slug: string; name: string }> = {},
): Promise<{ id: number; slug: string; name: string }> {
  const slug = overrides.slug ?? `section-${unique()}`;
  const name = overrides.name ?? `Section ${slug}`;
  const id = await upsertCategory(ctx.db, { slug, name, description: `All about ${name}.` });
  return { id, slug, name };
}

export const sampleBody = (topic = 'river basins'): string => `Opening paragraph about ${topic} and why it matters.[^1]

## Background

A second paragraph on ${topic}, with more detail and a reference.[^2]

A third paragraph continues the argument about ${topic}.

## Findings

A fourth paragraph with the main finding on ${topic}.[^3]

A fifth paragraph closes the piece.

[^1]: First note on ${topic}.
[^2]: Second note.
[^3]: Third note.
`;

export interface ArticleOverrides {
  slug: string;
  title: string;
  dek: string;
  body: string;
  authorIds: number[];
  categoryIds: number[];
  tags: string[];
  publishedAt: string;
  publish: boolean;
}

/** An article with an author of its own unless given; published unless `publish: false`. */
export async function makeArticle(
  ctx: DomainContext,
  overrides: Partial<ArticleOverrides> = {},
): Promise<{ id: number; slug: string; title: string; authorIds: number[] }> {
  const authorIds = overrides.authorIds ?? [(await makeAuthor(ctx)).id];
  const title = overrides.title ?? `A study of ${unique()}`;
  const id = await saveArticle(ctx, {
    ...(overrides.slug ? { slug: overrides.slug } : {}),
    title,
    dek: overrides.dek ?? 'A standfirst that says what the piece argues.',
    bodyMarkdown: overrides.body ?? sampleBody(),
    authorIds,
    categoryIds: overrides.categoryIds ?? [],
    tags: overrides.tags ?? ['testing'],
  });
  if (overrides.publish !== false) await publishArticle(ctx, id, overrides.publishedAt ?? ctx.clock.now().toISOString());
  const row = await ctx.db.selectFrom('articles').select('slug').where('id', '=', id).executeTakeFirstOrThrow();
  return { id, slug: row.slug, title, authorIds };
}
