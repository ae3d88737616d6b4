import type { Children } from '@kitajs/html';
import { attr } from './components.js';

// Shared form parts for every page with a form: labelled fields whose error is
// linked by aria-describedby, the error summary, the CSRF input, the honeypot.
// Field ids are "f-<name>" so the summary can link to them.

export interface FieldError {
  field: string;
  message: string;
}

export function fieldId(name: string): string {
  return `f-${name}`;
}

/** Field messages in form order, for the summary. */
export function errorList(errors: Record<string, string>, order: string[]): FieldError[] {
  const known = order.filter((f) => errors[f]).map((f) => ({ field: f, message: errors[f] ?? '' }));
  const rest = Object.keys(errors)
    .filter((f) => !order.includes(f))
    .map((f) => ({ field: f, message: errors[f] ?? '' }));
  return [...known, ...rest];
}

export function ErrorSummary({ errors }: { errors: FieldError[] }): JSX.Element {
  if (errors.length === 0) return '';
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
      <h2 class="error-summary-title" id="error-summary-title">
        There is a problem
      </h2>
      <ul>
        {errors.map((e) => (
          <li>
            {e.field === 'form' ? (
              <span safe>{e.message}</span>
            ) : (
              <a href={`#${attr(fieldId(e.field))}`} safe>
                {e.message}
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

export interface FieldProps {
  name: string;
  label: string;
  /** `number` and `date` are a convenience for the browser (steppers, a date picker);
   * the server still validates the value it gets, which stays plain text (YYYY-MM-DD for dates) */
  type?: 'text' | 'email' | 'password' | 'number' | 'date';
  value?: string;
  error?: string | undefined;
  hint?: string;
  autocomplete?: string;
  required?: boolean;
  minlength?: number;
  maxlength?: number;
  /** bounds for `number` and `date` fields (a number, or YYYY-MM-DD) */
  min?: string;
  max?: string;
}

/** What the label, hint and error of field `name` need, and the aria-describedby that links them. */
function fieldParts(name: string, hint?: string, error?: string): { id: string; describedBy: string | undefined } {
  const id = fieldId(name);
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return { id, describedBy: describedBy || undefined };
}

/** The label, hint and error message around one control: every field kind shares them. */
function FieldFrame(p: { id: string; label: string; hint?: string | undefined; error?: string | undefined; children: JSX.Element }): JSX.Element {
  return (
    <div class={p.error ? 'field field-invalid' : 'field'}>
      <label class="field-label" for={attr(p.id)} safe>
        {p.label}
      </label>
      {p.hint ? (
        <p class="field-hint" id={attr(`${p.id}-hint`)} safe>
          {p.hint}
        </p>
      ) : (
        ''
      )}
      {p.error ? (
        <p class="field-error" id={attr(`${p.id}-error`)}>
          <span class="sr-only">Error: </span>
          <span safe>{p.error}</span>
        </p>
      ) : (
        ''
      )}
      {/* the control, already rendered from escaped JSX */}
      {p.children as 'safe'}
    </div>
  );
}

export function Field(p: FieldProps): JSX.Element {
  const { id, describedBy } = fieldParts(p.name, p.hint, p.error);
  return (
    <FieldFrame id={id} label={p.label} hint={p.hint} error={p.error}>
      <input
        class="field-input"
        id={attr(id)}
        name={attr(p.name)}
        type={p.type ?? 'text'}
        value={p.type === 'password' ? undefined : attr(p.value ?? '')}
        autocomplete={p.autocomplete ? attr(p.autocomplete) : undefined}
        aria-describedby={describedBy}
        aria-invalid={p.error ? 'true' : undefined}
        required={p.required ?? true}
        minlength={p.minlength !== undefined ? String(p.minlength) : undefined}
        maxlength={p.maxlength !== undefined ? String(p.maxlength) : undefined}
        min={p.min !== undefined ? attr(p.min) : undefined}
        max={p.max !== undefined ? attr(p.max) : undefined}
        inputmode={p.type === 'number' ? 'numeric' : undefined}
        spellcheck={p.type === 'email' || p.type === 'password' ? 'false' : undefined}
        autocapitalize={p.type === 'email' || p.type === 'password' ? 'none' : undefined}
      />
    </FieldFrame>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField(p: { name: string; label: string; options: Option[]; value: string; error?: string | undefined; hint?: string }): JSX.Element {
  const { id, describedBy } = fieldParts(p.name, p.hint, p.error);
  return (
    <FieldFrame id={id} label={p.label} hint={p.hint} error={p.error}>
      <select class="field-input" id={attr(id)} name={attr(p.name)} aria-describedby={describedBy} aria-invalid={p.error ? 'true' : undefined}>
        {p.options.map((o) => (
          <option value={attr(o.value)} selected={o.value === p.value} safe>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function TextAreaField(p: { name: string; label: string; value: string; error?: string | undefined; hint?: string; rows?: number; maxlength?: number }): JSX.Element {
  const { id, describedBy } = fieldParts(p.name, p.hint, p.error);
  return (
    <FieldFrame id={id} label={p.label} hint={p.hint} error={p.error}>
      <textarea
        class="field-input field-textarea"
        id={attr(id)}
        name={attr(p.name)}
        rows={String(p.rows ?? 4)}
        maxlength={p.maxlength !== undefined ? String(p.maxlength) : undefined}
        aria-describedby={describedBy}
        aria-invalid={p.error ? 'true' : undefined}
        safe
      >
        {p.value}
      </textarea>
    </FieldFrame>
  );
}

export function Checkbox({ name, label, checked }: { name: string; label: string; checked?: boolean }): JSX.Element {
  const id = fieldId(name);
  return (
    <div class="field field-checkbox">
      <input type="checkbox" id={attr(id)} name={attr(name)} value="on" checked={checked ?? false} />
      <label for={attr(id)} safe>
        {label}
      </label>
    </div>
  );
}

/** The anti-forgery token every state-changing form carries (the CSRF plugin checks `_csrf`). */
export function CsrfInput({ token }: { token: string }): JSX.Element {
  return <input type="hidden" name="_csrf" value={attr(token)} />;
}

/** When the form was shown, signed: submissions in under ~2 s or after ~2 h are refused. */
export function FormTimeInput({ token }: { token: string }): JSX.Element {
  return <input type="hidden" name="_ft" value={attr(token)} />;
}

/** The field name bots like to fill. */
export const HONEYPOT_FIELD = 'website';

/**
 * A trap field: moved off-screen by CSS, hidden from assistive technology and
 * out of the tab order, so only scripts that fill every input ever fill it.
 */
export function Honeypot(): JSX.Element {
  return (
    <div class="hp-field" aria-hidden="true">
      <label for={fieldId(HONEYPOT_FIELD)}>Leave this field empty</label>
      <input type="text" id={fieldId(HONEYPOT_FIELD)} name={HONEYPOT_FIELD} value="" tabindex="-1" autocomplete="off" />
    </div>
  );
}

export function SubmitButton({ label, secondary }: { label: string; secondary?: boolean }): JSX.Element {
  return (
    <button type="submit" class={secondary ? 'button' : 'button button-primary'} safe>
      {label}
    </button>
  );
}

/** A one-button form, e.g. "Sign out" or "Send the link again". */
export function ActionForm({ action, csrf, label, secondary }: { action: string; csrf: string; label: string; secondary?: boolean }): JSX.Element {
  return (
    <form class="action-form" method="post" action={attr(action)}>
      <CsrfInput token={csrf} />
      <SubmitButton label={label} {...(secondary !== undefined ? { secondary } : {})} />
    </form>
  );
}

export function Notice({ kind = 'info', children }: { kind?: 'info' | 'success' | 'warning'; children?: Children }): JSX.Element {
  return (
    <div class={`notice notice-${kind}`} role="status">
      {children}
    </div>
  );
}

/** The "saved" line a page shows after a redirect from a form, or nothing. */
export function SuccessNotice({ text }: { text: string | undefined }): JSX.Element {
  return text ? (
    <Notice kind="success">
      <p safe>{text}</p>
    </Notice>
  ) : (
    ''
  );
}
