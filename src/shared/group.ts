/** {id, slug, name} references grouped by the article they belong to, keeping row order. */
export function refsByArticle(
  rows: ReadonlyArray<{ article_id: number; id: number; slug: string; name: string }>,
): Map<number, Array<{ id: number; slug: string; name: string }>> {
  const out = new Map<number, Array<{ id: number; slug: string; name: string }>>();
  for (const r of rows) {
    const list = out.get(r.article_id) ?? [];
    list.push({ id: r.id, slug: r.slug, name: r.name });
    out.set(r.article_id, list);
  }
  return out;
}
