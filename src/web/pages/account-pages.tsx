import type { AuthorList } from '../../domain/submissions/author-dashboard.js';
import { attr } from './components.js';
import { AuthorSubmissionsPanel } from './submissions/author-dashboard.js';
import { ActionForm, Checkbox, CsrfInput, ErrorSummary, Field, FormTimeInput, Honeypot, Notice, SuccessNotice, SubmitButton, errorList } from './forms.js';
import { Layout, toDocument } from './layout.js';
import type { LinkVM, PageMeta, SiteVM } from './view-models.js';

// Sign-in, registration, password and account pages, and the shells of the
// dashboard, the editorial desk and the admin area. None of them is cached:
// the handlers send them with no-store.

export interface AccountPageVM {
  site: SiteVM;
  meta: PageMeta;
  /** the CSRF token for this visitor's forms */
  csrf: string;
  /** a one-line confirmation shown above the form, e.g. "Your password was changed." */
  notice?: string;
  errors?: Record<string, string>;
}

function Page({ vm, children, wide }: { vm: AccountPageVM; children: JSX.Element; wide?: boolean }): JSX.Element {
  return (
    <Layout site={vm.site} meta={{ ...vm.meta, noindex: true }} bodyClass="page-account">
      <div class={wide ? 'account account-wide' : 'account'}>
        <SuccessNotice text={vm.notice} />
        {children}
      </div>
    </Layout>
  );
}

export interface LoginVM extends AccountPageVM {
  values: { email: string; remember: boolean; next: string };
}

export function renderLogin(vm: LoginVM): string {
  const errors = vm.errors ?? {};
  return toDocument(
    <Page vm={vm}>
      <>
        <h1 class="account-title">Sign in</h1>
        <ErrorSummary errors={errorList(errors, ['email', 'password'])} />
        <form class="account-form" method="post" action="/login" novalidate>
          <CsrfInput token={vm.csrf} />
          <input type="hidden" name="next" value={attr(vm.values.next)} />
          <Field name="email" label="Email address" type="email" autocomplete="email" value={vm.values.email} error={errors.email} />
          <Field name="password" label="Password" type="password" autocomplete="current-password" error={errors.password} />
          <Checkbox name="remember" label="Keep me signed in on this device for 30 days" checked={vm.values.remember} />
          <SubmitButton label="Sign in" />
        </form>
        <p class="account-links">
          <a href="/forgot-password">Forgotten your password?</a>
        </p>
        <p class="account-links">
          New here? <a href="/register">Create an account</a> to submit your work.
        </p>
      </>
    </Page>,
  );
}

export interface RegisterVM extends AccountPageVM {
  values: { name: string; email: string };
  /** the signed render-time token */
  formToken: string;
}

export function renderRegister(vm: RegisterVM): string {
  const errors = vm.errors ?? {};
  return toDocument(
    <Page vm={vm}>
      <>
        <h1 class="account-title">Create an account</h1>
        <p class="account-lede">An account lets you submit commentary and research and follow it through review.</p>
        <ErrorSummary errors={errorList(errors, ['name', 'email', 'password'])} />
        <form class="account-form" method="post" action="/register" novalidate>
          <CsrfInput token={vm.csrf} />
          <FormTimeInput token={vm.formToken} />
          <Field name="name" label="Your name" autocomplete="name" value={vm.values.name} error={errors.name} maxlength={100} hint="As it should appear in a byline." />
          <Field name="email" label="Email address" type="email" autocomplete="email" value={vm.values.email} error={errors.email} hint="We will send a link to confirm it." />
          <Field
            name="password"
            label="Password"
            type="password"
            autocomplete="new-password"
            error={errors.password}
            minlength={10}
            hint="At least 10 characters. A few unrelated words make a strong, memorable password."
          />
          <Honeypot />
          <SubmitButton label="Create account" />
        </form>
        <p class="account-links">
          Already registered? <a href="/login">Sign in</a>.
        </p>
      </>
    </Page>,
  );
}

export interface MessageAction {
  url: string;
  label: string;
}

export interface AccountMessageVM extends AccountPageVM {
  heading: string;
  paragraphs: string[];
  links?: LinkVM[];
  /** a POST button, e.g. "Sign out" */
  action?: MessageAction;
}

export function renderAccountMessage(vm: AccountMessageVM): string {
  return toDocument(
    <Page vm={vm}>
      <>
        <h1 class="account-title" safe>
          {vm.heading}
        </h1>
        {vm.paragraphs.map((p) => (
          <p class="account-lede" safe>
            {p}
          </p>
        ))}
        {vm.action ? <ActionForm action={vm.action.url} csrf={vm.csrf} label={vm.action.label} /> : ''}
        {(vm.links ?? []).map((l) => (
          <p class="account-links">
            <a href={attr(l.url)} safe>
              {l.name}
            </a>
          </p>
        ))}
      </>
    </Page>,
  );
}

export interface ForgotVM extends AccountPageVM {
  values: { email: string };
}

export function renderForgot(vm: ForgotVM): string {
  const errors = vm.errors ?? {};
  return toDocument(
    <Page vm={vm}>
      <>
        <h1 class="account-title">Forgotten your password?</h1>
        <p class="account-lede">Enter the address you registered with. If it belongs to an account, we will email a link to choose a new password. The link works once, for one hour.</p>
        <ErrorSummary errors={errorList(errors, ['email'])} />
        <form class="account-form" method="post" action="/forgot-password" novalidate>
          <CsrfInput token={vm.csrf} />
          <Field name="email" label="Email address" type="email" autocomplete="email" value={vm.values.email} error={errors.email} />
          <SubmitButton label="Email me a link" />
        </form>
        <p class="account-links">
          <a href="/login">Back to sign in</a>
        </p>
      </>
    </Page>,
  );
}

export interface ResetVM extends AccountPageVM {
  token: string;
}

export function renderReset(vm: ResetVM): string {
  const errors = vm.errors ?? {};
  return toDocument(
    <Page vm={vm}>
      <>
        <h1 class="account-title">Choose a new password</h1>
        <ErrorSummary errors={errorList(errors, ['password'])} />
        <form class="account-form" method="post" action="/reset-password" novalidate>
          <CsrfInput token={vm.csrf} />
          <input type="hidden" name="token" value={attr(vm.token)} />
          <Field name="password" label="New password" type="password" autocomplete="new-password" error={errors.password} minlength={10} hint="At least 10 characters. Every device signed in to your account will be signed out." />
          <SubmitButton label="Save the new password" />
        </form>
      </>
    </Page>,
  );
}

export interface PersonVM {
  name: string;
  email: string;
  /** e.g. "Reader", "Editor" */
  roleLabel: string;
  verified: boolean;
}

export interface DashboardVM extends AccountPageVM {
  person: PersonVM;
  /** what the policy lets this account open, e.g. the editorial desk */
  areas: LinkVM[];
  canSubmit: boolean;
  /** review invitations not yet answered and reviews accepted but not sent */
  openReviews: number;
  /** the profile editor, when the policy lets this account edit an author profile (profile.edit_own) */
  profileUrl?: string;
  /** the author's own submissions (submissions/author-dashboard.tsx) */
  submissions?: AuthorList;
}

function VerifyBanner({ person, csrf }: { person: PersonVM; csrf: string }): JSX.Element {
  if (person.verified) return '';
  return (
    <Notice kind="warning">
      <p>
        Please confirm your email address: we sent a link to <strong safe>{person.email}</strong>. You can submit work once it is confirmed.
      </p>
      <ActionForm action="/dashboard/account/verify" csrf={csrf} label="Send the link again" secondary />
    </Notice>
  );
}

export function renderDashboard(vm: DashboardVM): string {
  return toDocument(
    <Page vm={vm} wide>
      <>
        <h1 class="account-title">
          Hello, <span safe>{vm.person.name}</span>
        </h1>
        <p class="account-meta">
          Signed in as <span safe>{vm.person.email}</span> · <span safe>{vm.person.roleLabel}</span>
        </p>
        <VerifyBanner person={vm.person} csrf={vm.csrf} />
        <div class="dashboard-grid">
          {vm.submissions ? (
            <AuthorSubmissionsPanel list={vm.submissions} canSubmit={vm.canSubmit} />
          ) : (
            <section class="dashboard-panel" aria-labelledby="submissions-title">
              <h2 id="submissions-title">Your submissions</h2>
              <div class="empty-state">
                <p>You have not submitted anything yet.</p>
                {vm.canSubmit ? (
                  <p>
                    <a href="/submit/">Read the guidelines and submit a piece</a>
                  </p>
                ) : (
                  ''
                )}
              </div>
            </section>
          )}
          {vm.openReviews > 0 ? (
            <section class="dashboard-panel" aria-labelledby="reviews-title">
              <h2 id="reviews-title">Reviews assigned to you</h2>
              <p>
                <span safe>{vm.openReviews === 1 ? 'One review is waiting for you.' : `${vm.openReviews} reviews are waiting for you.`}</span>{' '}
                <a href="/review/">Open your reviews</a>
              </p>
            </section>
          ) : (
            ''
          )}
          <section class="dashboard-panel" aria-labelledby="account-title">
            <h2 id="account-title">Your account</h2>
            <ul class="dashboard-links">
              <li>
                <a href="/dashboard/account">Name, email address and password</a>
              </li>
              {vm.profileUrl ? (
                <li>
                  <a href={attr(vm.profileUrl)}>Your author profile</a>
                </li>
              ) : (
                ''
              )}
              {vm.areas.map((a) => (
                <li>
                  <a href={attr(a.url)} safe>
                    {a.name}
                  </a>
                </li>
              ))}
            </ul>
            <ActionForm action="/logout" csrf={vm.csrf} label="Sign out" secondary />
          </section>
        </div>
      </>
    </Page>,
  );
}

export interface AccountSettingsVM extends AccountPageVM {
  person: PersonVM;
  values: { name: string; email: string };
  /** which form the errors belong to */
  errorForm?: 'name' | 'password' | 'email';
}

export function renderAccountSettings(vm: AccountSettingsVM): string {
  const errors = vm.errors ?? {};
  const e = (form: AccountSettingsVM['errorForm']) => (vm.errorForm === form ? errors : {});
  return toDocument(
    <Page vm={vm}>
      <>
        <p class="account-back">
          <a href="/dashboard/">← Dashboard</a>
        </p>
        <h1 class="account-title">Your account</h1>
        <ErrorSummary errors={errorList(errors, ['name', 'current', 'password', 'email', 'email_current'])} />
        <VerifyBanner person={vm.person} csrf={vm.csrf} />

        <section class="account-section" aria-labelledby="name-title">
          <h2 id="name-title">Display name</h2>
          <form class="account-form" method="post" action="/dashboard/account/name" novalidate>
            <CsrfInput token={vm.csrf} />
            <Field name="name" label="Name" autocomplete="name" value={vm.values.name} error={e('name').name} maxlength={100} />
            <SubmitButton label="Save name" />
          </form>
        </section>

        <section class="account-section" aria-labelledby="password-title">
          <h2 id="password-title">Password</h2>
          <form class="account-form" method="post" action="/dashboard/account/password" novalidate>
            <CsrfInput token={vm.csrf} />
            <Field name="current" label="Current password" type="password" autocomplete="current-password" error={e('password').current} />
            <Field name="password" label="New password" type="password" autocomplete="new-password" error={e('password').password} minlength={10} hint="At least 10 characters. Your other devices will be signed out." />
            <SubmitButton label="Change password" />
          </form>
        </section>

        <section class="account-section" aria-labelledby="email-title">
          <h2 id="email-title">Email address</h2>
          <p>
            Now: <strong safe>{vm.person.email}</strong>. We will send a link to the new address; the change happens when you open it.
          </p>
          <form class="account-form" method="post" action="/dashboard/account/email" novalidate>
            <CsrfInput token={vm.csrf} />
            <Field name="email" label="New email address" type="email" autocomplete="email" value={vm.values.email} error={e('email').email} />
            <Field name="email_current" label="Current password" type="password" autocomplete="current-password" error={e('email').email_current} />
            <SubmitButton label="Send confirmation link" />
          </form>
        </section>

        <section class="account-section" aria-labelledby="sessions-title">
          <h2 id="sessions-title">Signed-in devices</h2>
          <p>Lost a device, or signed in on a shared computer? Sign out everywhere, this browser included.</p>
          <ActionForm action="/logout/everywhere" csrf={vm.csrf} label="Sign out everywhere" secondary />
        </section>
      </>
    </Page>,
  );
}

export interface AreaVM extends AccountPageVM {
  heading: string;
  lede: string;
  links: LinkVM[];
  /** shown when there is nothing to list yet */
  empty?: string;
}

/** The editorial desk and admin home until their screens arrive: a heading, links and an empty state. */
export function renderArea(vm: AreaVM): string {
  return toDocument(
    <Page vm={vm} wide>
      <>
        <p class="account-back">
          <a href="/dashboard/">← Dashboard</a>
        </p>
        <h1 class="account-title" safe>
          {vm.heading}
        </h1>
        <p class="account-lede" safe>
          {vm.lede}
        </p>
        {vm.links.length > 0 ? (
          <ul class="dashboard-links">
            {vm.links.map((l) => (
              <li>
                <a href={attr(l.url)} safe>
                  {l.name}
                </a>
              </li>
            ))}
          </ul>
        ) : (
          ''
        )}
        {vm.empty ? (
          <div class="empty-state">
            <p safe>{vm.empty}</p>
          </div>
        ) : (
          ''
        )}
      </>
    </Page>,
  );
}
