import { attr, Avatar, Pagination } from '../components.js';
import { Checkbox, CsrfInput, ErrorSummary, errorList, Field, SelectField, SubmitButton, TextAreaField, type Option } from '../forms.js';
import { toDocument } from '../layout.js';
import type { PageMeta, PaginationVM, SiteVM } from '../view-models.js';
import { DeskEmpty, DeskPage, DeskSearch } from './desk-nav.js';

// The desk's author profiles (/editor/authors/): the list, the profile form
// (new and edit: address, bio, photo, website, links, ORCID iD), linking an
// account, and merging two profiles of one person.

export interface AuthorRowVM {
  id: number;
  name: string;
  slug: string;
  affiliation: string;
  articleCount: number;
  accountEmail: string | null;
}

export interface AuthorsListVM {
  site: SiteVM;
  meta: PageMeta;
  notice?: string;
  q: string;
  total: number;
  authors: AuthorRowVM[];
  pagination: PaginationVM;
}

export function renderAuthorsList(vm: AuthorsListVM): string {
  return toDocument(
    <DeskPage site={vm.site} meta={vm.meta} current="authors" title="Authors" notice={vm.notice}>
      <p class="account-lede">
        Every byline belongs to a profile: staff, contributors with an account, and guests without one.{' '}
        <a class="button" href="/editor/authors/new">
          New profile
        </a>
      </p>
      <DeskSearch action="/editor/authors/" label="Find by name" q={vm.q} />
      <p class="admin-count" safe>
        {`${vm.total} ${vm.total === 1 ? 'profile' : 'profiles'}`}
      </p>
      {vm.authors.length === 0 ? (
        <DeskEmpty text={vm.q ? 'No profile has that name.' : 'No author profiles yet. Create one, or add a new author from the article form.'} />
      ) : (
        <div class="admin-table-wrap" role="region" aria-label="Author profiles" tabindex="0">
          <table class="admin-table">
            <caption class="sr-only">Author profiles by name</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Affiliation</th>
                <th scope="col">Articles</th>
                <th scope="col">Account</th>
              </tr>
            </thead>
            <tbody>
              {vm.authors.map((a) => (
                <tr data-author-id={String(a.id)}>
                  <th scope="row">
                    <a href={`/editor/authors/${a.id}/`} safe>
                      {a.name}
                    </a>
                    <br />
                    <code class="field-hint" safe>{`/author/${a.slug}/`}</code>
                  </th>
                  <td data-label="Affiliation" safe>
                    {a.affiliation || '—'}
                  </td>
                  <td data-label="Articles" safe>
                    {String(a.articleCount)}
                  </td>
                  <td class="admin-email" data-label="Account" safe>
                    {a.accountEmail ?? 'Guest (no account)'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination pagination={vm.pagination} labels={{ prev: 'Previous', next: 'Next' }} />
    </DeskPage>,
  );
}

export interface AuthorFormVM {
  site: SiteVM;
  meta: PageMeta;
  csrf: string;
  notice?: string;
  errors: Record<string, string>;
  /** null for a new profile */
  author: {
    id: number;
    name: string;
    slug: string;
    photoUrl: string | null;
    initials: string;
    articleCount: number;
    account: { name: string; email: string } | null;
  } | null;
  /** the profile form as typed or stored (link rows as link_label_N / link_url_N) */
  values: Record<string, string>;
  accountEmail: string;
  mergeOptions: Option[];
  mergeInto: string;
  limits: { name: number; affiliation: number; bio: number; links: number; label: number; url: number; slug: number; website: number };
}

function PhotoInput({ error }: { error?: string | undefined }): JSX.Element {
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label class="field-label" for="f-photo">
        New photo
      </label>
      <p class="field-hint" id="f-photo-hint">
        JPEG, PNG, WebP or GIF. It is stored without its metadata (such as where it was taken).
      </p>
      {error ? (
        <p class="field-error" id="f-photo-error">
          <span class="sr-only">Error: </span>
          <span safe>{error}</span>
        </p>
      ) : (
        ''
      )}
      <input
        class="field-file"
        type="file"
        id="f-photo"
        name="photo"
        accept="image/jpeg,image/png,image/webp,image/gif"
        aria-describedby={error ? 'f-photo-hint f-photo-error' : 'f-photo-hint'}
        aria-invalid={error ? 'true' : undefined}
      />
    </div>
  );
}

function LinkRows({ vm }: { vm: AuthorFormVM }): JSX.Element {
  const rows = Array.from({ length: vm.limits.links }, (_, i) => i + 1);
  return (
    <fieldset class="profile-links">
      <legend class="field-label">Social and other links</legend>
      <p class="field-hint">Up to {vm.limits.links} links, such as a Mastodon profile or an institutional page. Addresses start with https://.</p>
      {rows.map((n) => (
        <div class="profile-link-row">
          <Field name={`link_label_${n}`} label={`Link ${n}: label`} value={vm.values[`link_label_${n}`] ?? ''} error={vm.errors[`link_label_${n}`]} maxlength={vm.limits.label} required={false} />
          <Field name={`link_url_${n}`} label={`Link ${n}: address`} value={vm.values[`link_url_${n}`] ?? ''} error={vm.errors[`link_url_${n}`]} maxlength={vm.limits.url} required={false} />
        </div>
      ))}
    </fieldset>
  );
}

const FIELD_ORDER = ['name', 'slug', 'affiliation', 'bio', 'photo', 'website', 'orcid', ...Array.from({ length: 5 }, (_, i) => [`link_label_${i + 1}`, `link_url_${i + 1}`]).flat(), 'account_email', 'into'];

export function renderAuthorForm(vm: AuthorFormVM): string {
  const a = vm.author;
  const action = a ? `/editor/authors/${a.id}/` : '/editor/authors/new';
  return toDocument(
    <DeskPage site={vm.site} meta={vm.meta} current="authors" title={a ? a.name : 'New author profile'} notice={vm.notice} back={{ url: '/editor/authors/', label: 'All authors' }}>
      <ErrorSummary errors={errorList(vm.errors, FIELD_ORDER)} />
      {a ? (
        <div class="desk-author-head">
          <Avatar name={a.name} {...(a.photoUrl ? { photoUrl: a.photoUrl } : {})} initials={a.initials} size="lg" />
          <p>
            <a href={attr(`/author/${a.slug}/`)} safe>
              {`View /author/${a.slug}/`}
            </a>
            <span safe>{` · ${a.articleCount} ${a.articleCount === 1 ? 'article' : 'articles'}`}</span>
          </p>
        </div>
      ) : (
        ''
      )}
      <form class="account-form" method="post" action={attr(action)} enctype="multipart/form-data" novalidate>
        <CsrfInput token={vm.csrf} />
        <Field name="name" label="Name" value={vm.values.name ?? ''} error={vm.errors.name} maxlength={vm.limits.name} hint="As it appears in bylines." />
        <Field
          name="slug"
          label="Address"
          value={vm.values.slug ?? ''}
          error={vm.errors.slug}
          maxlength={vm.limits.slug}
          required={false}
          hint={a ? 'The part after /author/. If you change it, the old address redirects to the new one.' : 'The part after /author/. Made from the name when left empty.'}
        />
        <Field name="affiliation" label="Affiliation" value={vm.values.affiliation ?? ''} error={vm.errors.affiliation} maxlength={vm.limits.affiliation} required={false} />
        <TextAreaField
          name="bio"
          label="Biography"
          value={vm.values.bio ?? ''}
          error={vm.errors.bio}
          rows={6}
          maxlength={vm.limits.bio}
          hint="A few sentences in the third person. Markdown works: *italics*, **bold**, [a link](https://example.org)."
        />
        <fieldset class="profile-photo">
          <legend class="field-label">Photo</legend>
          {a?.photoUrl ? <Checkbox name="remove_photo" label="Remove the current photo" checked={vm.values.remove_photo === 'on'} /> : ''}
          <PhotoInput error={vm.errors.photo} />
          {Object.keys(vm.errors).length > 0 ? <p class="field-hint">If you chose a photo, choose it again: files are not kept when a form comes back.</p> : ''}
        </fieldset>
        <Field name="website" label="Website" value={vm.values.website ?? ''} error={vm.errors.website} maxlength={vm.limits.website} required={false} hint="Starting with https://" />
        <Field
          name="orcid"
          label="ORCID iD"
          value={vm.values.orcid ?? ''}
          error={vm.errors.orcid}
          maxlength={40}
          required={false}
          hint="Such as 0000-0002-1825-0097, or its https://orcid.org/ address."
        />
        <LinkRows vm={vm} />
        <SubmitButton label={a ? 'Save profile' : 'Create profile'} />
      </form>
      {a ? <AccountSection vm={vm} id={a.id} account={a.account} /> : ''}
      {a ? <MergeSection vm={vm} id={a.id} name={a.name} /> : ''}
    </DeskPage>,
  );
}

function AccountSection({ vm, id, account }: { vm: AuthorFormVM; id: number; account: { name: string; email: string } | null }): JSX.Element {
  return (
    <section class="account-section" aria-labelledby="account-title">
      <h2 id="account-title">Account</h2>
      {account ? (
        <p safe>{`Linked to the account of ${account.name} (${account.email}): that person can edit this profile from their dashboard.`}</p>
      ) : (
        <p>A guest profile: no account is linked. Link one so the person can edit the profile and see their articles.</p>
      )}
      <form class="account-form admin-inline-form" method="post" action={`/editor/authors/${id}/account`} novalidate>
        <CsrfInput token={vm.csrf} />
        <Field name="account_email" label="Email of the account" type="email" value={vm.accountEmail} error={vm.errors.account_email} required={false} hint="An account can have one profile." />
        <SubmitButton label={account ? 'Link another account' : 'Link account'} />
      </form>
      {account ? (
        <form class="action-form" method="post" action={`/editor/authors/${id}/account`}>
          <CsrfInput token={vm.csrf} />
          <input type="hidden" name="account_email" value="" />
          <SubmitButton label="Unlink the account" secondary />
        </form>
      ) : (
        ''
      )}
    </section>
  );
}

function MergeSection({ vm, id, name }: { vm: AuthorFormVM; id: number; name: string }): JSX.Element {
  return (
    <section class="account-section" aria-labelledby="merge-title">
      <h2 id="merge-title">Merge into another profile</h2>
      <p safe>{`For one person with two profiles: every byline of “${name}” moves to the profile you keep, this address redirects there, and this profile is deleted.`}</p>
      {vm.mergeOptions.length === 0 ? (
        <p>There is no other profile to merge into.</p>
      ) : (
        <form class="account-form admin-inline-form" method="post" action={`/editor/authors/${id}/merge`} novalidate>
          <CsrfInput token={vm.csrf} />
          <SelectField name="into" label="Profile to keep" options={[{ value: '', label: 'Choose a profile' }, ...vm.mergeOptions]} value={vm.mergeInto} error={vm.errors.into} />
          <SubmitButton label="Merge profiles" secondary />
        </form>
      )}
    </section>
  );
}
