import { z } from 'zod';
import { ROLES } from './policy.js';

// Form shapes for the account pages, with the messages people see. A missing
// field reads as empty so one message explains it, whatever the client sent.

const text = (max = 1000) =>
  z.preprocess((v) => (Array.isArray(v) ? v[0] : v) ?? '', z.string().max(max, `Use at most ${max} characters.`));

const name = text(100).pipe(z.string().trim().min(1, 'Enter your name.'));
const email = text(254).pipe(
  z
    .string()
    .trim()
    .toLowerCase()
    .min(1, 'Enter your email address.')
    .pipe(z.email('Enter an email address like name@example.org.')),
);
const password = text(1000);
const checkbox = z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().optional()).transform((v) => v === 'on' || v === '1' || v === 'true');

export const RegisterForm = z.object({ name, email, password: password.pipe(z.string().min(1, 'Choose a password.')) });
export type RegisterInput = z.infer<typeof RegisterForm>;

export const SignInForm = z.object({
  email,
  password: password.pipe(z.string().min(1, 'Enter your password.')),
  remember: checkbox,
  next: text(500),
});
export type SignInInput = z.infer<typeof SignInForm>;

export const ForgotForm = z.object({ email });

export const ResetForm = z.object({ token: text(200), password: password.pipe(z.string().min(1, 'Choose a new password.')) });

export const ChangePasswordForm = z.object({
  current: password.pipe(z.string().min(1, 'Enter your current password.')),
  password: password.pipe(z.string().min(1, 'Choose a new password.')),
});

export const ChangeEmailForm = z.object({ email, email_current: password.pipe(z.string().min(1, 'Enter your current password.')) });

export const ChangeNameForm = z.object({ name });

export const RoleSchema = z.enum(ROLES);

export const CliUserAdd = z.object({ email, name, role: RoleSchema });

/** Field → first message, for forms that come back with errors. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? 'form');
    out[key] ??= issue.message;
  }
  return out;
}

/** Parses a form body, or returns the field messages. */
export function parseForm<T extends z.ZodType>(schema: T, body: unknown): { ok: true; data: z.infer<T> } | { ok: false; fields: Record<string, string> } {
  const result = schema.safeParse(body && typeof body === 'object' ? body : {});
  return result.success ? { ok: true, data: result.data } : { ok: false, fields: fieldErrors(result.error) };
}
