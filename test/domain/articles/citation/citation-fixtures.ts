import type { CitationMeta } from '../../../../src/domain/articles/citation/citation-meta.js';

export const URL = 'https://meridian.example/who-owns-the-river/';
export const TITLE = 'Who Owns the River? Water Rights After the Drought';
export const NAMES = ['Chidi Okafor', 'Maja Lindqvist', 'Ana María Ruiz', 'Jean-Luc Moreau'];

export function meta(overrides: Partial<CitationMeta> = {}): CitationMeta {
  return {
    title: TITLE,
    authors: [{ name: 'Chidi Okafor' }],
    publishedAt: '2026-10-14T09:30:00Z',
    url: URL,
    siteName: 'The Meridian Review',
    id: 42,
    slug: 'who-owns-the-river',
    isResearch: false,
    ...overrides,
  };
}

export function withAuthors(count: number, overrides: Partial<CitationMeta> = {}): CitationMeta {
  return meta({ authors: NAMES.slice(0, count).map((name) => ({ name })), ...overrides });
}

/** "Kim Writer1" … "Kim WriterN", for the long-list rules. */
export function manyAuthors(count: number): CitationMeta {
  return meta({ authors: Array.from({ length: count }, (_, i) => ({ name: `Kim Writer${i + 1}` })) });
}
