// Content changes that caches must hear about. In one process this is a plain
// listener list; the PostgreSQL scale-out relays the same events between instances.
export type ContentChange =
  | { kind: 'article'; articleId: number; slug: string }
  | { kind: 'author'; authorId: number }
  | { kind: 'taxonomy' }
  | { kind: 'settings' }
  | { kind: 'all' };

export interface ContentEvents {
  emit(change: ContentChange): void;
  on(listener: (change: ContentChange) => void): () => void;
}

export function createContentEvents(): ContentEvents {
  const listeners = new Set<(change: ContentChange) => void>();
  return {
    emit(change) {
      for (const l of listeners) l(change);
    },
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
