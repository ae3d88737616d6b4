import type { Children } from '@kitajs/html';
import { attr, Pagination } from './components.js';
import { CsrfInput, ErrorSummary, Field, SuccessNotice, SelectField, SubmitButton, TextAreaField, errorList, fieldId, type Option } from './forms.js';
import { Layout, toDocument } from './layout.js';
import type { LinkVM, PageMeta, PaginationVM, SiteVM } from './view-models.js';

// The admin screens: accounts, the mail outbox, the audit log and the site
// settings. Handlers decide what the actor may do (`can()`) and pass only the
// links and forms that are allowed; these components just draw them.

export interface AdminPageVM {
  site: SiteVM;
  meta: PageMeta;
  csrf: string;
  /** the admin sections this actor may open */
  nav: LinkVM[];
  /** url of the section this page belongs to */
  current: string;
  notice?: string;
  errors?: Record<string, string>;
}


export function AdminPage({ vm, title, children }: { vm: AdminPageVM; title: string; children?: Children }): JSX.Element {
  return (
    <Layout site={vm.site} meta={{ ...vm.meta, noindex: true }} bodyClass="page-account page-admin">
      <div class="account account-wide admin">
        <p class="account-back">
          <a href="/admin/">← Administration</a>
        </p>
        {vm.nav.length > 1 ? (
          <nav class="admin-nav" aria-label="Administration sections">
            <ul>
              {vm.nav.map((l) => (
                <li>
                  <a href={attr(l.url)} aria-current={l.url === vm.current ? 'page' : undefined} safe>
                    {l.name}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : (
          ''
        )}
        <h1 class="account-title" safe>
          {title}
        </h1>
        <SuccessNotice text={vm.notice} />
        {children}
      </div>
    </Layout>
  );
}

function Empty({ text }: { text: string }): JSX.Element {
  return (
    <div class="empty-state">
      <p safe>{text}</p>
    </div>
  );
}

// ---------- Accounts ----------

export interface UserRowVM {
  id: number;
  name: string;
  email: string;
  roleLabel: string;
  /** "Active" or "Disabled" */
  statusLabel: string;
  verified: boolean;
  trusted: boolean;
  createdLabel: string;
}

export interface UsersVM extends AdminPageVM {
  query: { q: string; role: string };
  roleOptions: Option[];
  users: UserRowVM[];
  total: number;
  pagination: PaginationVM;
}

export function renderAdminUsers(vm: UsersVM): string {
  return toDocument(
    <AdminPage vm={vm} title="Accounts">
      <form class="admin-filter" method="get" action="/admin/users" role="search" aria-label="Find accounts">
        <div class="field">
          <label class="field-label" for="f-q">
            Name or email
          </label>
          <input class="field-input" type="search" id="f-q" name="q" value={attr(vm.query.q)} maxlength="100" />
        </div>
        <SelectField name="role" label="Role" options={[{ value: '', label: 'Any role' }, ...vm.roleOptions]} value={vm.query.role} />
        <SubmitButton label="Find" secondary />
      </form>
      <p class="admin-count" safe>
        {`${vm.total} ${vm.total === 1 ? 'account' : 'accounts'}`}
      </p>
      {vm.users.length === 0 ? (
        <Empty text="No account matches." />
      ) : (
        <div class="admin-table-wrap" role="region" aria-label="Accounts" tabindex="0">
          <table class="admin-table">
            <caption class="sr-only">Accounts, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
                <th scope="col">Joined</th>
              </tr>
            </thead>
            <tbody>
              {vm.users.map((u) => (
                <tr>
                  <th scope="row">
                    <a href={`/admin/users/${u.id}`} safe>
                      {u.name}
                    </a>
                  </th>
                  <td class="admin-email" data-label="Email" safe>
                    {u.email}
                  </td>
                  <td data-label="Role" safe>
                    {u.roleLabel}
                  </td>
                  <td data-label="Status">
                    <span safe>{u.statusLabel}</span>
                    {u.verified ? '' : <span class="admin-tag">unconfirmed</span>}
                    {u.trusted ? <span class="admin-tag">trusted</span> : ''}
                  </td>
                  <td data-label="Joined" safe>
                    {u.createdLabel}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination pagination={vm.pagination} labels={{ prev: 'Newer', next: 'Older' }} />
    </AdminPage>,
  );
}

export interface AuditRowVM {
  at: string;
  atLabel: string;
  action: string;
  actor: string;
  target: string;
  ip: string;
  detail: string;
}

function AuditTable({ rows, caption }: { rows: AuditRowVM[]; caption: string }): JSX.Element {
  return (
    <div class="admin-table-wrap" role="region" aria-label={attr(caption)} tabindex="0">
      <table class="admin-table">
        <caption class="sr-only" safe>
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Event</th>
            <th scope="col">By</th>
            <th scope="col">Account</th>
            <th scope="col">Address</th>
            <th scope="col">Detail</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <td data-label="When">
                <time datetime={attr(r.at)} safe>
                  {r.atLabel}
                </time>
              </td>
              <td data-label="Event">
                <code safe>{r.action}</code>
              </td>
              <td class="admin-email" data-label="By" safe>
                {r.actor}
              </td>
              <td class="admin-email" data-label="Account" safe>
                {r.target}
              </td>
              <td data-label="Address" safe>
                {r.ip}
              </td>
              <td data-label="Detail" safe>
                {r.detail}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export interface UserDetailVM extends AdminPageVM {
  user: UserRowVM & { role: string; disabled: boolean };
  /** null: the actor may not change roles (or it is their own account) */
  roleOptions: Option[] | null;
  canDisable: boolean;
  canTrust: boolean;
  canLink: boolean;
  profile: { name: string; url: string } | null;
  /** unlinked profiles to choose from */
  profileOptions: Option[];
  values: { role: string; author: string };
  audit: AuditRowVM[];
}

export function renderAdminUser(vm: UserDetailVM): string {
  const u = vm.user;
  const errors = vm.errors ?? {};
  const base = `/admin/users/${u.id}`;
  return toDocument(
    <AdminPage vm={vm} title={u.name}>
      <ErrorSummary errors={errorList(errors, ['role', 'author'])} />
      <dl class="admin-facts">
        <dt>Email</dt>
        <dd safe>{u.email}</dd>
        <dt>Role</dt>
        <dd safe>{u.roleLabel}</dd>
        <dt>Status</dt>
        <dd safe>{`${u.statusLabel}${u.verified ? ', email confirmed' : ', email not confirmed'}${u.trusted ? ', trusted' : ''}`}</dd>
        <dt>Joined</dt>
        <dd safe>{u.createdLabel}</dd>
        <dt>Author profile</dt>
        <dd>
          {vm.profile ? (
            <a href={attr(vm.profile.url)} safe>
              {vm.profile.name}
            </a>
          ) : (
            'None linked'
          )}
        </dd>
      </dl>

      {vm.roleOptions ? (
        <section class="account-section" aria-labelledby="role-title">
          <h2 id="role-title">Role</h2>
          <form class="account-form admin-inline-form" method="post" action={`${base}/role`}>
            <CsrfInput token={vm.csrf} />
            <SelectField name="role" label="Role" options={vm.roleOptions} value={vm.values.role} error={errors.role} />
            <SubmitButton label="Change role" />
          </form>
        </section>
      ) : (
        ''
      )}

      {vm.canLink ? (
        <section class="account-section" aria-labelledby="profile-title">
          <h2 id="profile-title">Author profile</h2>
          <p>Link this account to the profile its articles are bylined with, so the person can edit it. A profile can belong to one account.</p>
          <form class="account-form admin-inline-form" method="post" action={`${base}/profile`}>
            <CsrfInput token={vm.csrf} />
            <SelectField
              name="author"
              label="Profile"
              options={[{ value: 'new', label: `Create a new profile named “${u.name}”` }, ...vm.profileOptions]}
              value={vm.values.author}
              error={errors.author}
              hint="Only profiles without an account are listed."
            />
            <SubmitButton label={vm.profile ? 'Link this profile instead' : 'Link profile'} />
          </form>
        </section>
      ) : (
        ''
      )}

      {vm.canTrust || vm.canDisable ? (
        <section class="account-section" aria-labelledby="access-title">
          <h2 id="access-title">Trust and access</h2>
          {vm.canTrust ? (
            <>
              <p>
                {u.trusted
                  ? 'This account is trusted: the links on its author profile are shown publicly.'
                  : 'The links on this account’s author profile stay hidden until you trust it (a defence against spam).'}
              </p>
              <form class="action-form" method="post" action={`${base}/trust`}>
                <CsrfInput token={vm.csrf} />
                <input type="hidden" name="trusted" value={u.trusted ? '0' : '1'} />
                <SubmitButton label={u.trusted ? 'Stop trusting' : 'Trust this account'} secondary />
              </form>
            </>
          ) : (
            ''
          )}
          {vm.canDisable ? (
            <>
              <p>
                {u.disabled
                  ? 'This account is disabled: it cannot sign in.'
                  : 'Disabling signs the account out everywhere and stops it signing in. Its articles stay published.'}
              </p>
              <form class="action-form" method="post" action={`${base}/status`}>
                <CsrfInput token={vm.csrf} />
                <input type="hidden" name="disabled" value={u.disabled ? '0' : '1'} />
                <SubmitButton label={u.disabled ? 'Enable the account' : 'Disable the account'} secondary />
              </form>
            </>
          ) : (
            ''
          )}
        </section>
      ) : (
        ''
      )}

      <section class="account-section" aria-labelledby="history-title">
        <h2 id="history-title">Recent events</h2>
        {vm.audit.length === 0 ? <Empty text="Nothing recorded yet." /> : <AuditTable rows={vm.audit} caption="Recent events for this account" />}
      </section>
    </AdminPage>,
  );
}

// ---------- Outbox ----------

export interface OutboxRowVM {
  id: number;
  to: string;
  subject: string;
  status: string;
  createdLabel: string;
  createdAt: string;
}

export interface OutboxVM extends AdminPageVM {
  messages: OutboxRowVM[];
  total: number;
  pagination: PaginationVM;
}

export function renderOutbox(vm: OutboxVM): string {
  return toDocument(
    <AdminPage vm={vm} title="Mail outbox">
      <p class="account-lede">Every message the site sends is kept here, whether or not it could be delivered.</p>
      {vm.messages.length === 0 ? (
        <Empty text="No mail has been sent yet." />
      ) : (
        <div class="admin-table-wrap" role="region" aria-label="Messages" tabindex="0">
          <table class="admin-table">
            <caption class="sr-only">Messages, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Subject</th>
                <th scope="col">To</th>
                <th scope="col">Status</th>
                <th scope="col">Created</th>
              </tr>
            </thead>
            <tbody>
              {vm.messages.map((m) => (
                <tr>
                  <th scope="row">
                    <a href={`/admin/outbox/${m.id}`} safe>
                      {m.subject || '(no subject)'}
                    </a>
                  </th>
                  <td class="admin-email" data-label="To" safe>
                    {m.to}
                  </td>
                  <td data-label="Status" safe>
                    {m.status}
                  </td>
                  <td data-label="Created">
                    <time datetime={attr(m.createdAt)} safe>
                      {m.createdLabel}
                    </time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination pagination={vm.pagination} />
    </AdminPage>,
  );
}

export interface OutboxMessageVM extends AdminPageVM {
  message: OutboxRowVM & {
    text: string;
    html: string;
    error: string | null;
    sentLabel: string | null;
    /** delivery attempts so far, and when the next one is due (queued mail only) */
    attempts: number;
    nextAttemptLabel: string | null;
  };
}

export function renderOutboxMessage(vm: OutboxMessageVM): string {
  const m = vm.message;
  return toDocument(
    <AdminPage vm={vm} title={m.subject || '(no subject)'}>
      <dl class="admin-facts">
        <dt>To</dt>
        <dd safe>{m.to}</dd>
        <dt>Status</dt>
        <dd safe>{m.error ? `${m.status}: ${m.error}` : m.status}</dd>
        {m.attempts > 0 ? (
          <>
            <dt>Attempts</dt>
            <dd safe>{m.nextAttemptLabel ? `${m.attempts}; next try ${m.nextAttemptLabel}` : String(m.attempts)}</dd>
          </>
        ) : (
          ''
        )}
        <dt>Created</dt>
        <dd safe>{m.createdLabel}</dd>
        {m.sentLabel ? (
          <>
            <dt>Sent</dt>
            <dd safe>{m.sentLabel}</dd>
          </>
        ) : (
          ''
        )}
      </dl>
      <section class="account-section" aria-labelledby="text-title">
        <h2 id="text-title">Plain text</h2>
        <pre class="admin-mail-text" safe>
          {m.text}
        </pre>
      </section>
      {m.html ? (
        <section class="account-section" aria-labelledby="html-title">
          <h2 id="html-title">HTML version</h2>
          {/* An empty sandbox: the message runs no script and cannot reach this page or its cookies. */}
          <iframe class="admin-mail-frame" title="HTML version of the message" sandbox="" referrerpolicy="no-referrer" srcdoc={attr(m.html)}></iframe>
          <details class="admin-mail-source">
            <summary>HTML source</summary>
            <pre safe>{m.html}</pre>
          </details>
        </section>
      ) : (
        ''
      )}
      <p class="account-links">
        <a href="/admin/outbox">← All messages</a>
      </p>
    </AdminPage>,
  );
}

// ---------- Audit log ----------

export interface AuditVM extends AdminPageVM {
  action: string;
  actionOptions: Option[];
  rows: AuditRowVM[];
  pagination: PaginationVM;
}

export function renderAudit(vm: AuditVM): string {
  return toDocument(
    <AdminPage vm={vm} title="Audit log">
      <form class="admin-filter" method="get" action="/admin/audit" aria-label="Filter the audit log">
        <SelectField name="action" label="Event" options={[{ value: '', label: 'All events' }, ...vm.actionOptions]} value={vm.action} />
        <SubmitButton label="Show" secondary />
      </form>
      {vm.rows.length === 0 ? <Empty text="No event matches." /> : <AuditTable rows={vm.rows} caption="Security events, newest first" />}
      <Pagination pagination={vm.pagination} />
    </AdminPage>,
  );
}

// ---------- Settings ----------

export interface SettingsVM extends AdminPageVM {
  values: { name: string; tagline: string; disclaimer: string; callToSubmit: string; timeZone: string };
  timeZones: string[];
  limits: { name: number; tagline: number; disclaimer: number; callToSubmit: number };
  /** the current site icon (192 px) and whether it is the generated one */
  icon?: { url: string; generated: boolean };
}

/** The icon upload: its own multipart form beside the (urlencoded) settings form. */
function SiteIconSection({ icon, csrf, error }: { icon: NonNullable<SettingsVM['icon']>; csrf: string; error: string | undefined }): JSX.Element {
  const id = fieldId('icon');
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <section class="account-section" aria-labelledby="site-icon-title">
      <h2 id="site-icon-title">Site icon</h2>
      <p>
        <img src={attr(icon.url)} width="64" height="64" alt="The current site icon" />
      </p>
      <p>
        {icon.generated
          ? 'No icon has been uploaded, so browsers show one made from the site’s initials on the accent colour.'
          : 'Browser tabs, bookmarks and home-screen shortcuts show this uploaded icon.'}
      </p>
      <form class="account-form" method="post" action="/admin/settings/icon" enctype="multipart/form-data">
        <CsrfInput token={csrf} />
        <div class={error ? 'field field-invalid' : 'field'}>
          <label class="field-label" for={id}>
            New icon
          </label>
          <p class="field-hint" id={`${id}-hint`}>
            A square PNG, JPEG or WebP image of up to 2 MB, at least 48 × 48 pixels (512 × 512 is best). SVG files are not accepted.
          </p>
          {error ? (
            <p class="field-error" id={`${id}-error`}>
              <span class="sr-only">Error: </span>
              <span safe>{error}</span>
            </p>
          ) : (
            ''
          )}
          <input
            class="field-input"
            id={id}
            name="icon"
            type="file"
            accept="image/png,image/jpeg,image/webp"
            required
            aria-describedby={describedBy}
            aria-invalid={error ? 'true' : undefined}
          />
        </div>
        <SubmitButton label="Upload icon" />
      </form>
      {icon.generated ? (
        ''
      ) : (
        <form class="account-form" method="post" action="/admin/settings/icon/remove">
          <CsrfInput token={csrf} />
          <SubmitButton label="Use the generated icon instead" secondary />
        </form>
      )}
    </section>
  );
}

export function renderSettings(vm: SettingsVM): string {
  const errors = vm.errors ?? {};
  return toDocument(
    <AdminPage vm={vm} title="Site settings">
      <ErrorSummary errors={errorList(errors, ['name', 'tagline', 'disclaimer', 'callToSubmit', 'timeZone', 'icon'])} />
      <form class="account-form" method="post" action="/admin/settings" novalidate>
        <CsrfInput token={vm.csrf} />
        <Field name="name" label="Site name" value={vm.values.name} error={errors.name} maxlength={vm.limits.name} hint="Shown in the masthead, page titles, feeds and emails." />
        <Field name="tagline" label="Tagline" value={vm.values.tagline} error={errors.tagline} maxlength={vm.limits.tagline} required={false} />
        <TextAreaField
          name="disclaimer"
          label="Editorial disclaimer"
          value={vm.values.disclaimer}
          error={errors.disclaimer}
          maxlength={vm.limits.disclaimer}
          hint="Printed under every article."
        />
        <TextAreaField
          name="callToSubmit"
          label="Call to submit"
          value={vm.values.callToSubmit}
          error={errors.callToSubmit}
          maxlength={vm.limits.callToSubmit}
          hint="Invites readers to write for you; links to the submission guidelines."
        />
        <SelectField
          name="timeZone"
          label="Time zone"
          options={vm.timeZones.map((z) => ({ value: z, label: z.replace(/_/g, ' ') }))}
          value={vm.values.timeZone}
          error={errors.timeZone}
          hint="Dates on pages, in feeds and at the desk are shown in this zone, and scheduled times are typed in it."
        />
        <SubmitButton label="Save settings" />
      </form>
      {vm.icon ? <SiteIconSection icon={vm.icon} csrf={vm.csrf} error={errors.icon} /> : ''}
      <section class="account-section" aria-labelledby="more-settings-title">
        <h2 id="more-settings-title">More settings</h2>
        <p>
          <a href="/admin/settings/reminders">Reminder settings</a>: when reviewers and authors are reminded, and the weekday of the editors’ digest.
        </p>
      </section>
    </AdminPage>,
  );
}

