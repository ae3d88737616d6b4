import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { parseForm } from '../../domain/accounts/accounts.schemas.js';
import { requireCan } from '../../domain/accounts/policy.js';
import { DEFAULT_REMINDER_SETTINGS, getReminderSettings, REMINDER_LIMITS, saveReminderSettings, type ReminderSettings } from '../../domain/settings/reminder-settings.js';
import { REMINDER_FIELD_ORDER, renderReminderSettings, type ReminderField } from '../pages/admin-reminders-page.js';
import { pageGuard } from '../plugins/session.js';
import { adminNav } from './admin.routes.js';
import type { WebDeps } from './deps.js';

// /admin/settings/reminders: the reminder intervals as a site setting. GET shows
// the form with the stored values (or the defaults); POST checks every field,
// comes back 400 filled as sent, or saves all of them at once and redirects.

const PATH = '/admin/settings/reminders';

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v) ?? '';

function wholeNumber(min: number, max: number, what: string) {
  const message = `Enter a whole number of ${what} from ${min} to ${max}.`;
  return z.preprocess(
    (v) => String(one(v)).trim(),
    z
      .string()
      .regex(/^\d{1,3}$/, message)
      .transform(Number)
      .pipe(z.number().int().min(min, message).max(max, message)),
  );
}

const L = REMINDER_LIMITS;
const ReminderForm = z.object({
  unansweredAfterDays: wholeNumber(L.unansweredAfterDays.min, L.unansweredAfterDays.max, 'days'),
  dueSoonDays: wholeNumber(L.dueSoonDays.min, L.dueSoonDays.max, 'days'),
  overdueEveryDays: wholeNumber(L.overdueEveryDays.min, L.overdueEveryDays.max, 'days'),
  overdueMaxTimes: wholeNumber(L.overdueMaxTimes.min, L.overdueMaxTimes.max, 'reminders'),
  digestWeekday: z.preprocess((v) => String(one(v)).trim(), z.string().regex(/^[0-6]$/, 'Choose a weekday from the list.').transform(Number)),
}) satisfies z.ZodType<ReminderSettings, unknown>;

function asText(s: ReminderSettings): Record<ReminderField, string> {
  return Object.fromEntries(REMINDER_FIELD_ORDER.map((k) => [k, String(s[k])])) as Record<ReminderField, string>;
}

function sentText(body: unknown): Record<ReminderField, string> {
  const b = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  return Object.fromEntries(
    REMINDER_FIELD_ORDER.map((k) => {
      const v = one(b[k]);
      return [k, typeof v === 'string' ? v.slice(0, 50) : ''];
    }),
  ) as Record<ReminderField, string>;
}

export function registerAdminReminderRoutes(app: FastifyInstance, web: WebDeps): void {
  const { ctx, chrome } = web;

  async function page(request: FastifyRequest, reply: FastifyReply, values: Record<ReminderField, string>, errors: Record<string, string> = {}) {
    const saved = (request.query as Record<string, unknown> | undefined)?.saved === 'reminders';
    const html = renderReminderSettings({
      site: await chrome.site(),
      meta: { title: 'Reminder settings', description: 'Reminder settings', canonical: chrome.absolute(PATH), noindex: true },
      csrf: reply.csrfToken(),
      nav: adminNav(request.actor),
      current: '/admin/settings',
      ...(saved && Object.keys(errors).length === 0 ? { notice: 'The reminder settings were saved. The next daily run uses them.' } : {}),
      errors,
      values,
      limits: REMINDER_LIMITS,
      defaults: DEFAULT_REMINDER_SETTINGS,
    });
    const status = Object.keys(errors).length > 0 ? 400 : 200;
    return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
  }

  app.get(PATH, { preHandler: pageGuard('admin.settings') }, async (request, reply) => {
    requireCan(request.actor, 'admin.settings');
    return page(request, reply, asText(await getReminderSettings(ctx.db)));
  });

  app.post(PATH, { preHandler: pageGuard('admin.settings') }, async (request, reply) => {
    requireCan(request.actor, 'admin.settings');
    const form = parseForm(ReminderForm, request.body);
    if (!form.ok) return page(request, reply, sentText(request.body), form.fields);
    // All five or none: a failure half-way must not leave a mix of old and new values.
    await ctx.db.transaction().execute((tx) => saveReminderSettings(tx, form.data));
    return reply.redirect(`${PATH}?saved=reminders`, 303);
  });
}
