import { z } from 'zod';
import { AppError } from '../../shared/errors.js';

const PageQuery = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).optional(),
});

/** `?page=N`, 1 by default; anything else is a 400 that says what to send. */
export function parsePage(query: unknown): number {
  const parsed = PageQuery.safeParse(query ?? {});
  if (!parsed.success) throw new AppError(400, 'bad page parameter', 'The page number must be a whole number, 1 or more.');
  return parsed.data.page ?? 1;
}

export const SearchQuery = z.object({
  q: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().max(10_000).optional()),
  page: z.coerce.number().int().min(1).max(1000).optional(),
});

export function parseSearch(query: unknown): { q: string; page: number } {
  const parsed = SearchQuery.safeParse(query ?? {});
  if (!parsed.success) throw new AppError(400, 'bad search parameters', 'That search could not be read: check the page number.');
  return { q: parsed.data.q ?? '', page: parsed.data.page ?? 1 };
}
