import type { Executor } from '../../db/database.js';

// Double-blind review hides the authors from reviewers, but a manuscript can name
// its own authors ("in my earlier work, Quarrendon (2021)…"). The reviewer pages never
// add a name; this finds the ones the text itself carries, so the editors can be told
// before they invite anyone (the text is the author's to change, not ours).

export interface BlindnessFinding {
  /** the name or address found, as the author gave it */
  found: string;
  where: 'title' | 'dek' | 'text';
}

/** Names and addresses of the owner and co-authors that appear in the round's title, dek or text. */
export async function authorNamesInManuscript(db: Executor, submissionId: number): Promise<{ reviewMode: string; findings: BlindnessFinding[] }> {
  const s = await db
    .selectFrom('submissions as s')
    .innerJoin('users as u', 'u.id', 's.owner_user_id')
    .leftJoin('categories as c', 'c.id', 's.category_id')
    .select(['s.title', 's.dek', 's.body', 'u.name', 'u.email', 'c.review_mode'])
    .where('s.id', '=', submissionId)
    .executeTakeFirst();
  if (!s) return { reviewMode: 'single', findings: [] };
  const coauthors = await db.selectFrom('submission_coauthors').select(['name', 'email']).where('submission_id', '=', submissionId).execute();
  const needles = [s.name, s.email, ...coauthors.flatMap((c) => [c.name, c.email ?? ''])].map((n) => n.trim()).filter((n) => n.length >= 3);
  const fields = { title: s.title, dek: s.dek, text: s.body } as const;
  const findings: BlindnessFinding[] = [];
  for (const needle of new Set(needles)) {
    const lower = needle.toLowerCase();
    for (const [where, value] of Object.entries(fields) as Array<[BlindnessFinding['where'], string]>) {
      if (value.toLowerCase().includes(lower)) findings.push({ found: needle, where });
    }
  }
  return { reviewMode: s.review_mode ?? 'single', findings };
}
