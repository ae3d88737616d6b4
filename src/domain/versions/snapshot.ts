// What a version holds: the whole editable state of an article after a save, so
// any two versions can be compared and any one restored. Stored as JSON; read
// defensively, since old snapshots outlive the code that wrote them.

export interface ArticleSnapshot {
  title: string;
  slug: string;
  dek: string;
  body: string;
  metaDescription: string;
  coverImageUrl: string | null;
  coverMediaId: number | null;
  coverAlt: string;
  coverCaption: string;
  /** in byline order, with the names as they were */
  authors: Array<{ id: number; name: string }>;
  categories: Array<{ id: number; name: string }>;
  tags: string[];
  status: string;
  publishAt: string | null;
}

/** The fields a reader of the history sees, in the order they are shown. */
export const SNAPSHOT_FIELDS = [
  ['title', 'Title'],
  ['slug', 'Slug'],
  ['dek', 'Dek'],
  ['body', 'Body'],
  ['authors', 'Authors'],
  ['categories', 'Sections'],
  ['tags', 'Tags'],
  ['coverImageUrl', 'Cover image'],
  ['coverAlt', 'Cover alt text'],
  ['coverCaption', 'Cover caption'],
  ['metaDescription', 'Meta description'],
  ['status', 'Status'],
  ['publishAt', 'Scheduled for'],
] as const satisfies ReadonlyArray<readonly [keyof ArticleSnapshot, string]>;

export type SnapshotField = (typeof SNAPSHOT_FIELDS)[number][0];

/** A field as text, for the diff. */
export function fieldText(s: ArticleSnapshot, field: SnapshotField): string {
  switch (field) {
    case 'authors':
    case 'categories':
      return s[field].map((x) => x.name).join(', ');
    case 'tags':
      return s.tags.join(', ');
    case 'coverImageUrl':
    case 'publishAt':
      return s[field] ?? '';
    default:
      return s[field];
  }
}

/** Labels of the fields that differ, e.g. ["Title", "Body"]. */
export function changedFields(before: ArticleSnapshot | undefined, after: ArticleSnapshot): string[] {
  if (!before) return ['Created'];
  return SNAPSHOT_FIELDS.filter(([f]) => fieldText(before, f) !== fieldText(after, f)).map(([, label]) => label);
}

const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);
const refs = (v: unknown): Array<{ id: number; name: string }> =>
  Array.isArray(v)
    ? v.filter((x) => x && typeof x.id === 'number').map((x) => ({ id: x.id as number, name: str(x.name) }))
    : [];

export function parseSnapshot(json: string): ArticleSnapshot {
  let raw: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(json);
    if (parsed && typeof parsed === 'object') raw = parsed as Record<string, unknown>;
  } catch {
    raw = {};
  }
  return {
    title: str(raw.title),
    slug: str(raw.slug),
    dek: str(raw.dek),
    body: str(raw.body),
    metaDescription: str(raw.metaDescription),
    coverImageUrl: typeof raw.coverImageUrl === 'string' ? raw.coverImageUrl : null,
    coverMediaId: typeof raw.coverMediaId === 'number' ? raw.coverMediaId : null,
    coverAlt: str(raw.coverAlt),
    coverCaption: str(raw.coverCaption),
    authors: refs(raw.authors),
    categories: refs(raw.categories),
    tags: Array.isArray(raw.tags) ? raw.tags.filter((t): t is string => typeof t === 'string') : [],
    status: str(raw.status, 'draft'),
    publishAt: typeof raw.publishAt === 'string' ? raw.publishAt : null,
  };
}
