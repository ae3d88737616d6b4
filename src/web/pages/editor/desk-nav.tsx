import type { Children } from '@kitajs/html';
import { attr } from '../components.js';
import { SuccessNotice } from '../forms.js';
import { Layout } from '../layout.js';
import type { PageMeta, SiteVM } from '../view-models.js';

// The editorial desk's section navigation and page shell, shared by every desk
// page so the sections read the same everywhere. Both reuse the admin styles.

export type DeskSection = 'articles' | 'submissions' | 'authors' | 'categories' | 'tags' | 'media' | 'redirects';

export const DESK_SECTIONS: ReadonlyArray<{ key: DeskSection; label: string; url: string }> = [
  { key: 'articles', label: 'Articles', url: '/editor/articles/' },
  { key: 'submissions', label: 'Submissions', url: '/editor/submissions/' },
  { key: 'authors', label: 'Authors', url: '/editor/authors/' },
  { key: 'categories', label: 'Sections', url: '/editor/categories/' },
  { key: 'tags', label: 'Tags', url: '/editor/tags/' },
  { key: 'media', label: 'Media', url: '/editor/media/' },
  { key: 'redirects', label: 'Redirects', url: '/editor/redirects/' },
];

export function DeskNav({ current }: { current?: DeskSection | undefined }): JSX.Element {
  return (
    <nav class="admin-nav desk-nav" aria-label="Editorial desk">
      <ul>
        {DESK_SECTIONS.map((s) => (
          <li>
            <a href={attr(s.url)} aria-current={s.key === current ? 'page' : undefined} safe>
              {s.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export interface DeskPageProps {
  site: SiteVM;
  meta: PageMeta;
  current: DeskSection;
  title: string;
  /** the "saved" line after a redirect from a form */
  notice?: string | undefined;
  /** a link back up, e.g. to the list from an edit page */
  back?: { url: string; label: string } | undefined;
  /** the response's style nonce, on pages with the CodeMirror editor (plugins/editor-csp.ts) */
  styleNonce?: string | undefined;
  children?: Children;
}

/** The shell of a desk page: site layout, "← Editorial desk", the desk navigation, the heading, the saved line. */
export function DeskPage(p: DeskPageProps): JSX.Element {
  return (
    <Layout site={p.site} meta={{ ...p.meta, noindex: true }} bodyClass="page-account page-admin page-desk" desk styleNonce={p.styleNonce}>
      <div class="account account-wide admin desk">
        <p class="account-back">
          {p.back ? (
            <a href={attr(p.back.url)} safe>
              {`← ${p.back.label}`}
            </a>
          ) : (
            <a href="/editor/">← Editorial desk</a>
          )}
        </p>
        <DeskNav current={p.current} />
        <h1 class="account-title" safe>
          {p.title}
        </h1>
        <SuccessNotice text={p.notice} />
        {p.children}
      </div>
    </Layout>
  );
}

/** What a desk list shows when it has nothing to show. */
export function DeskEmpty({ text }: { text: string }): JSX.Element {
  return (
    <div class="empty-state">
      <p safe>{text}</p>
    </div>
  );
}

/** A GET search box for a desk list (`?q=`); the other query parameters it should keep go in `hidden`. */
export function DeskSearch(p: { action: string; label: string; q: string; button?: string; hidden?: Record<string, string> }): JSX.Element {
  return (
    <form class="admin-filter" method="get" action={attr(p.action)} role="search" aria-label={attr(p.label)}>
      {Object.entries(p.hidden ?? {}).map(([k, v]) => (
        <input type="hidden" name={attr(k)} value={attr(v)} />
      ))}
      <div class="field">
        <label class="field-label" for="f-q" safe>
          {p.label}
        </label>
        <input class="field-input" type="search" id="f-q" name="q" value={attr(p.q)} maxlength="100" />
      </div>
      <button type="submit" class="button" safe>
        {p.button ?? 'Find'}
      </button>
    </form>
  );
}
