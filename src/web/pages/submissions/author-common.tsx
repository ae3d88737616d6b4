import type { Children } from '@kitajs/html';
import { attr } from '../components.js';
import { fieldId } from '../forms.js';
import { Layout } from '../layout.js';
import { SuccessNotice } from '../forms.js';
import type { PageMeta, SiteVM } from '../view-models.js';

// The frame of the author's pages: the account area's look (page-account, wide),
// never indexed, with the one-line notice after a redirect.

export interface AuthorPageVM {
  site: SiteVM;
  meta: PageMeta;
  csrf: string;
  notice?: string;
  errors?: Record<string, string>;
}

export function AuthorPage({ vm, children }: { vm: AuthorPageVM; children: Children }): JSX.Element {
  return (
    <Layout site={vm.site} meta={{ ...vm.meta, noindex: true }} bodyClass="page-account page-author">
      <div class="account account-wide">
        <SuccessNotice text={vm.notice} />
        {children as 'safe'}
      </div>
    </Layout>
  );
}

export function BackLink({ url, label }: { url: string; label: string }): JSX.Element {
  return (
    <p class="account-back">
      <a href={attr(url)} safe>
        {`← ${label}`}
      </a>
    </p>
  );
}

/** A checkbox that can carry an error message, linked by aria-describedby. */
export function CheckField({ name, label, checked, error, value = 'on', id: givenId }: { name: string; label: string; checked: boolean; error?: string | undefined; value?: string; id?: string }): JSX.Element {
  const id = givenId ?? fieldId(name);
  return (
    <div class={error ? 'field field-checkbox field-invalid' : 'field field-checkbox'}>
      {error ? (
        <p class="field-error" id={attr(`${id}-error`)}>
          <span class="sr-only">Error: </span>
          <span safe>{error}</span>
        </p>
      ) : (
        ''
      )}
      <input type="checkbox" id={attr(id)} name={attr(name)} value={attr(value)} checked={checked} aria-describedby={error ? `${id}-error` : undefined} aria-invalid={error ? 'true' : undefined} />
      <label for={attr(id)} safe>
        {label}
      </label>
    </div>
  );
}

/** 2026-01-12 → "12 January 2026" */
export function longDate(day: string | null): string {
  if (!day) return '';
  const d = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return day;
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
