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
}

export interface CategoriesTable {
  id: Generated<number>;
  slug: string;
  name: string;
  description: Generated<string>;
  position: Generated<number>;
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
}

export interface AppSecretsTable {
  name: string;
  value: string;
  created_at: string;
}
