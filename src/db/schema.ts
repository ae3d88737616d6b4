import type { Generated } from 'kysely';

// Row shapes as stored. Domain modules map these to their own types.

export interface UsersTable {
  id: Generated<number>;
  email: string;
  name: string;
  role: string;
  status: string;
  password_hash: string | null;
  email_verified_at: string | null;
  trusted: number;
  created_at: string;
  updated_at: string;
}

export interface AuthorsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  affiliation: Generated<string>;
  bio_md: Generated<string>;
  bio_html: Generated<string>;
  photo_url: string | null;
  links_json: Generated<string>;
  user_id: number | null;
  created_at: string;
  updated_at: string;
  website: Generated<string>;
  orcid: Generated<string>;
  photo_media_id: number | null;
}

export interface CategoriesTable {
  id: Generated<number>;
  slug: string;
  name: string;
  description: Generated<string>;
  position: Generated<number>;
  // Submissions (migration 2026-12-03-10).
  submission_guidelines: Generated<string>;
  min_words: number | null;
  max_words: number | null;
  review_mode: Generated<string>;
}

export interface TagsTable {
  id: Generated<number>;
  slug: string;
  name: string;
}

export interface ArticlesTable {
  id: Generated<number>;
  slug: string;
  title: string;
  dek: Generated<string>;
  body_md: string;
  body_html: string;
  plain_text: string;
  headings_json: Generated<string>;
  word_count: Generated<number>;
  reading_minutes: Generated<number>;
  footnote_count: Generated<number>;
  status: Generated<string>;
  published_at: string | null;
  created_at: string;
  updated_at: string;
  cover_image_url: string | null;
  cover_alt: Generated<string>;
  // The editorial desk (migration 2026-12-03-06).
  meta_description: Generated<string>;
  cover_caption: Generated<string>;
  cover_media_id: number | null;
  publish_at: string | null;
  trashed_at: string | null;
  trashed_from: string | null;
  owner_user_id: number | null;
  version: Generated<number>;
}

export interface ArticleAuthorsTable {
  article_id: number;
  author_id: number;
  position: number;
}

export interface ArticleCategoriesTable {
  article_id: number;
  category_id: number;
  position: Generated<number>;
}

export interface ArticleTagsTable {
  article_id: number;
  tag_id: number;
}

export interface RelatedArticlesTable {
  article_id: number;
  related_id: number;
  position: number;
  score: number;
  source: Generated<string>;
}

/** Term statistics for incremental related reading (migration 2026-12-03-07). */
export interface RelatedTermsTable {
  id: number;
  term: string;
  df: Generated<number>;
  sole_article_id: number | null;
  sole_tf: number | null;
}

export interface RelatedDocsTable {
  article_id: number;
  /** the term ids this article counted in related_terms.df, base 36, space-separated */
  terms: string;
  norm: Generated<number>;
}

export interface RelatedVectorsTable {
  article_id: number;
  term_id: number;
  weight: number;
}

export interface RelatedStatsTable {
  id: number;
  docs: Generated<number>;
}

export interface VisitDaysTable {
  article_id: number;
  day: string;
  count: number;
}

export interface VisitSeenTable {
  day: string;
  article_id: number;
  /** the first 12 bytes of the visitor's salted SHA-256 */
  visitor: Buffer;
}

export interface VisitSaltsTable {
  day: string;
  salt: string;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface Database {
  users: UsersTable;
  authors: AuthorsTable;
  categories: CategoriesTable;
  tags: TagsTable;
  articles: ArticlesTable;
  article_authors: ArticleAuthorsTable;
  article_categories: ArticleCategoriesTable;
  article_tags: ArticleTagsTable;
  related_articles: RelatedArticlesTable;
  related_terms: RelatedTermsTable;
  related_docs: RelatedDocsTable;
  related_vectors: RelatedVectorsTable;
  related_stats: RelatedStatsTable;
  visit_days: VisitDaysTable;
  visit_seen: VisitSeenTable;
  visit_salts: VisitSaltsTable;
  settings: SettingsTable;
  sessions: SessionsTable;
  auth_tokens: AuthTokensTable;
  rate_limits: RateLimitsTable;
  audit_log: AuditLogTable;
  outbox: OutboxTable;
  app_secrets: AppSecretsTable;
  article_versions: ArticleVersionsTable;
  redirects: RedirectsTable;
  media: MediaTable;
  media_variants: MediaVariantsTable;
  article_media: ArticleMediaTable;
  leases: LeasesTable;
  import_map: ImportMapTable;
  similarity_docs: SimilarityDocsTable;
  similarity_bands: SimilarityBandsTable;
  submissions: SubmissionsTable;
  submission_rounds: SubmissionRoundsTable;
  submission_events: SubmissionEventsTable;
  submission_coauthors: SubmissionCoauthorsTable;
  review_assignments: ReviewAssignmentsTable;
  reminders_sent: RemindersSentTable;
  form_stashes: FormStashesTable;
}

// Accounts (migration 2026-11-28-03).

export interface SessionsTable {
  id_hash: string;
  user_id: number;
  csrf_secret: string;
  persistent: number;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string;
  user_agent: string;
}

export interface AuthTokensTable {
  token_hash: string;
  user_id: number;
  purpose: string;
  new_email: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface RateLimitsTable {
  bucket: string;
  window_start: string;
  count: number;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  action: string;
  actor_user_id: number | null;
  target_user_id: number | null;
  ip: string;
  detail: string;
}

export interface OutboxTable {
  id: Generated<number>;
  to_address: string;
  subject: string;
  text: string;
  html: string;
  status: string;
  error: string | null;
  created_at: string;
  sent_at: string | null;
  /** delivery attempts so far (background sender) */
  attempts: Generated<number>;
  /** when a queued row is next due; null once sent or failed for good */
  next_attempt_at: string | null;
  /** the sender instance holding the row, and until when (its lease) */
  claimed_by: string | null;
  claimed_until: string | null;
}

export interface AppSecretsTable {
  name: string;
  value: string;
  created_at: string;
}

// The editorial desk (migration 2026-12-03-06).

export interface ArticleVersionsTable {
  id: Generated<number>;
  article_id: number;
  number: number;
  created_at: string;
  user_id: number | null;
  user_name: Generated<string>;
  /** save | autosave | publish | schedule | unpublish | trash | restore | import */
  kind: Generated<string>;
  /** what changed, in words ("title, body") */
  summary: Generated<string>;
  /** JSON of the article's state after this save (see versions/snapshot.ts) */
  snapshot: string;
}

export interface RedirectsTable {
  id: Generated<number>;
  /** a site path such as /old-slug/ (no host, no query) */
  from_path: string;
  to_path: string;
  status_code: Generated<number>;
  /** manual | slug | author | category | tag | import */
  source: Generated<string>;
  created_at: string;
  created_by: number | null;
}

export interface MediaTable {
  id: Generated<number>;
  hash: string;
  kind: Generated<string>;
  original_name: Generated<string>;
  source_format: Generated<string>;
  width: number;
  height: number;
  bytes: Generated<number>;
  alt: Generated<string>;
  created_at: string;
  uploaded_by: number | null;
}

export interface MediaVariantsTable {
  media_id: number;
  name: string;
  content_type: string;
  width: number;
  height: number;
  bytes: number;
  data: Buffer;
}

export interface ArticleMediaTable {
  article_id: number;
  media_id: number;
}

export interface LeasesTable {
  name: string;
  holder: string;
  expires_at: string;
}

// The WordPress import (migration 2026-12-03-08).

export interface ImportMapTable {
  /** the export's base site URL, without a trailing slash */
  source: string;
  /** user | author | guest_author | category | tag | post | page | attachment */
  kind: string;
  wp_id: number;
  local_id: number;
}

// Near-duplicate index of the submission checks (migration 2026-12-03-12).
export interface SimilarityDocsTable {
  kind: string;
  doc_id: number;
  signature: string;
  shingle_count: number;
  updated_at: string;
}

export interface SimilarityBandsTable {
  band_key: string;
  kind: string;
  doc_id: number;
}

// Submissions and peer review (migration 2026-12-03-10).
export interface SubmissionsTable {
  id: Generated<number>;
  owner_user_id: number;
  status: Generated<string>;
  title: Generated<string>;
  dek: Generated<string>;
  body: Generated<string>;
  body_html: Generated<string>;
  category_id: number | null;
  /** JSON array of tag names */
  tags: Generated<string>;
  cover_media_id: number | null;
  declare_original: Generated<number>;
  declare_exclusive: Generated<number>;
  word_count: Generated<number>;
  round: Generated<number>;
  handling_editor_user_id: number | null;
  article_id: number | null;
  revision_due_on: string | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  decided_at: string | null;
}

export interface SubmissionRoundsTable {
  id: Generated<number>;
  submission_id: number;
  round: number;
  title: Generated<string>;
  dek: Generated<string>;
  body: Generated<string>;
  body_html: Generated<string>;
  /** JSON object: review assignment id -> the author's response */
  responses: Generated<string>;
  created_at: string;
}

export interface SubmissionEventsTable {
  id: Generated<number>;
  submission_id: number;
  from_status: string | null;
  to_status: string;
  transition: Generated<string>;
  decision: string | null;
  actor_user_id: number | null;
  actor_name: Generated<string>;
  note: Generated<string>;
  created_at: string;
}

export interface SubmissionCoauthorsTable {
  submission_id: number;
  position: number;
  author_id: number | null;
  name: string;
  email: string | null;
}

export interface ReviewAssignmentsTable {
  id: Generated<number>;
  submission_id: number;
  round: number;
  reviewer_user_id: number | null;
  reviewer_email: string;
  invite_token_hash: string | null;
  status: Generated<string>;
  decline_reason: Generated<string>;
  due_on: string | null;
  invited_by_user_id: number | null;
  invited_at: string;
  responded_at: string | null;
  submitted_at: string | null;
  recommendation: string | null;
  to_author: Generated<string>;
  to_editor: Generated<string>;
}

export interface RemindersSentTable {
  kind: string;
  subject_id: number;
  seq: number;
  sent_at: string;
}

// A submission form kept across an expired session (migration 2026-12-03-15).
export interface FormStashesTable {
  id_hash: string;
  path: string;
  fields: string;
  created_at: string;
  expires_at: string;
}
