import { TextAreaField } from './forms.js';
import { attr, Avatar } from './components.js';
import { ActionForm, Checkbox, CsrfInput, ErrorSummary, Field, Notice, SuccessNotice, SubmitButton, errorList } from './forms.js';
import { Layout, toDocument } from './layout.js';
import type { PageMeta, SiteVM } from './view-models.js';

// The author profile editor at /dashboard/profile. The form is multipart (it
// carries the photo), so its CSRF token rides in the action URL: the check runs
// before the body is read. It works without JavaScript.

export interface ProfileLimitsVM {
  name: number;
  affiliation: number;
  bio: number;
  links: number;
  label: number;
  url: number;
}

export interface ProfileEditorVM {
  site: SiteVM;
  meta: PageMeta;
  csrf: string;
  notice?: string;
  errors?: Record<string, string>;
  limits: ProfileLimitsVM;
  /** null: the account has no profile yet (the page offers to create one) */
  profile: {
    name: string;
    url: string;
    photoUrl?: string;
    initials: string;
  } | null;
  /** form values, link rows as link_label_N / link_url_N */
  values: Record<string, string>;
  accountName: string;
  /** links stay hidden publicly until an editor trusts the account */
  trusted: boolean;
}

function PhotoInput({ error }: { error?: string | undefined }): JSX.Element {
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label class="field-label" for="f-avatar">
        New photo
      </label>
      <p class="field-hint" id="f-avatar-hint">
        JPEG, PNG, WebP or GIF, up to 2 MB. We crop it to a square and remove its metadata (such as where it was taken).
      </p>
      {error ? (
        <p class="field-error" id="f-avatar-error">
          <span class="sr-only">Error: </span>
          <span safe>{error}</span>
        </p>
      ) : (
        ''
      )}
      <input
        class="field-file"
        type="file"
        id="f-avatar"
        name="avatar"
        accept="image/jpeg,image/png,image/webp,image/gif"
        aria-describedby={error ? 'f-avatar-hint f-avatar-error' : 'f-avatar-hint'}
        aria-invalid={error ? 'true' : undefined}
      />
    </div>
  );
}

function LinkRows({ vm, errors }: { vm: ProfileEditorVM; errors: Record<string, string> }): JSX.Element {
  const rows = Array.from({ length: vm.limits.links }, (_, i) => i + 1);
  return (
    <fieldset class="profile-links">
      <legend class="field-label">Links</legend>
      <p class="field-hint">
        Up to {vm.limits.links} links, such as a personal site or an institutional page. Addresses must start with https://.
      </p>
      {rows.map((n) => (
        <div class="profile-link-row">
          <Field
            name={`link_label_${n}`}
            label={`Link ${n}: label`}
            value={vm.values[`link_label_${n}`] ?? ''}
            error={errors[`link_label_${n}`]}
            maxlength={vm.limits.label}
            required={false}
          />
          <Field
            name={`link_url_${n}`}
            label={`Link ${n}: address`}
            value={vm.values[`link_url_${n}`] ?? ''}
            error={errors[`link_url_${n}`]}
            maxlength={vm.limits.url}
            autocomplete="url"
            required={false}
          />
        </div>
      ))}
    </fieldset>
  );
}

export function renderProfileEditor(vm: ProfileEditorVM): string {
  const errors = vm.errors ?? {};
  const order = ['name', 'affiliation', 'bio', ...Array.from({ length: vm.limits.links }, (_, i) => [`link_label_${i + 1}`, `link_url_${i + 1}`]).flat(), 'avatar'];
  return toDocument(
    <Layout site={vm.site} meta={{ ...vm.meta, noindex: true }} bodyClass="page-account page-profile">
      <div class="account profile-editor">
        <p class="account-back">
          <a href="/dashboard/">← Dashboard</a>
        </p>
        <h1 class="account-title">Your author profile</h1>
        <SuccessNotice text={vm.notice} />
        {vm.profile === null ? (
          <>
            <p class="account-lede">
              Your account has no author profile yet. A profile is what readers see beside your articles: your name, a short biography, your affiliation and a
              photo.
            </p>
            <p>
              Create one under the name <strong safe>{vm.accountName}</strong>; you can change everything afterwards. If you have written for us before,
              ask the editors to link your existing profile instead.
            </p>
            <ActionForm action="/dashboard/profile/create" csrf={vm.csrf} label="Create my author profile" />
          </>
        ) : (
          <>
            <div class="profile-current">
              <Avatar name={vm.profile.name} photoUrl={vm.profile.photoUrl} initials={vm.profile.initials} size="lg" />
              <p>
                Readers see this profile at{' '}
                <a href={attr(vm.profile.url)} safe>
                  {vm.profile.url}
                </a>
                . Changes show there, and beside your articles, as soon as you save.
              </p>
            </div>
            {vm.trusted ? (
              ''
            ) : (
              <Notice kind="info">
                <p>Your links are saved but not shown publicly until an editor has confirmed your account. This keeps spam off the site.</p>
              </Notice>
            )}
            <ErrorSummary errors={errorList(errors, order)} />
            <form class="account-form" method="post" action="/dashboard/profile" enctype="multipart/form-data" novalidate>
              <CsrfInput token={vm.csrf} />
              <Field name="name" label="Name" autocomplete="name" value={vm.values.name ?? ''} error={errors.name} maxlength={vm.limits.name} hint="As it appears in bylines." />
              <Field
                name="affiliation"
                label="Affiliation"
                value={vm.values.affiliation ?? ''}
                error={errors.affiliation}
                maxlength={vm.limits.affiliation}
                required={false}
                hint="For example: Lecturer in Economic History, University of Leeds."
              />
              <TextAreaField
                name="bio"
                label="Biography"
                value={vm.values.bio ?? ''}
                error={errors.bio}
                rows={8}
                maxlength={vm.limits.bio}
                hint={`A few sentences in the third person. Markdown works: *italics*, **bold**, [a link](https://example.org). Up to ${vm.limits.bio} characters.`}
              />
              <LinkRows vm={vm} errors={errors} />
              <fieldset class="profile-photo">
                <legend class="field-label">Photo</legend>
                {vm.profile.photoUrl ? <Checkbox name="remove_photo" label="Remove the current photo" /> : ''}
                <PhotoInput error={errors.avatar} />
                {Object.keys(errors).length > 0 ? <p class="field-hint">If you chose a photo, choose it again: files are not kept when a form comes back.</p> : ''}
              </fieldset>
              <SubmitButton label="Save profile" />
            </form>
          </>
        )}
      </div>
    </Layout>,
  );
}
