/**
 * The rehype-sanitize schema for article bodies: GitHub's default schema, with two deliberate changes.
 *
 * 1. `clobberPrefix: ''`. remark-rehype already prefixes footnote ids with `user-content-` and rehype-slug
 *    prefixes heading ids; the default prefix would be added a second time to ids but not to the `#…` hrefs,
 *    breaking every footnote link. This is safe only because raw HTML is never parsed, so authors cannot
 *    write ids of their own (DOM clobbering needs author-chosen ids or names).
 * 2. The attributes DESIGN.md's footnote markup relies on are listed explicitly (today's defaultSchema
 *    already allows them; listing them keeps a future default from silently dropping a markup hook).
 *    Nothing else is widened: no `style`, no `rel`, no event handlers, no extra URL protocols.
 */
import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';

type PropertyDefinition = NonNullable<SanitizeSchema['attributes']>[string][number];

/** Attributes (hast property names) the footnote markup hooks need, per element. */
const FOOTNOTE_ATTRIBUTES: Record<string, PropertyDefinition[]> = {
  a: ['dataFootnoteRef', 'dataFootnoteBackref', 'ariaDescribedBy', 'ariaLabel', ['className', 'data-footnote-backref']],
  section: ['dataFootnotes', ['className', 'footnotes']],
  h2: [['className', 'sr-only']],
  li: ['id'],
};

function withAttributes(
  base: NonNullable<SanitizeSchema['attributes']>,
  extra: Record<string, PropertyDefinition[]>,
): NonNullable<SanitizeSchema['attributes']> {
  const merged: NonNullable<SanitizeSchema['attributes']> = { ...base };
  for (const [tag, definitions] of Object.entries(extra)) {
    const current = [...(merged[tag] ?? [])];
    const seen = new Set(current.map((definition) => JSON.stringify(definition)));
    for (const definition of definitions) {
      if (!seen.has(JSON.stringify(definition))) current.push(definition);
    }
    merged[tag] = current;
  }
  return merged;
}

export const articleSanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  clobberPrefix: '',
  attributes: withAttributes(defaultSchema.attributes ?? {}, FOOTNOTE_ATTRIBUTES),
};
