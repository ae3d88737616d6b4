import type { Executor } from '../../db/database.js';

// How often reminders go out: site settings (the `settings` table, keys
// `reminders.*`), with the defaults the editors asked for. A missing or malformed
// value falls back to its default rather than stopping the reminders.

export interface ReminderSettings {
  /** remind a reviewer who has not answered an invitation after this many days */
  unansweredAfterDays: number;
  /** remind a reviewer this many days before the review is due */
  dueSoonDays: number;
  /** after the due date, remind every this many days… */
  overdueEveryDays: number;
  /** …at most this many times */
  overdueMaxTimes: number;
  /** the weekday the editors' digest goes out (0 Sunday … 6 Saturday; UTC) */
  digestWeekday: number;
}

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  unansweredAfterDays: 3,
  dueSoonDays: 2,
  overdueEveryDays: 3,
  overdueMaxTimes: 3,
  digestWeekday: 1,
};

const KEYS: Record<keyof ReminderSettings, { key: string; min: number; max: number }> = {
  unansweredAfterDays: { key: 'reminders.unanswered_after_days', min: 1, max: 60 },
  dueSoonDays: { key: 'reminders.due_soon_days', min: 1, max: 30 },
  overdueEveryDays: { key: 'reminders.overdue_every_days', min: 1, max: 60 },
  overdueMaxTimes: { key: 'reminders.overdue_max_times', min: 0, max: 10 },
  digestWeekday: { key: 'reminders.digest_weekday', min: 0, max: 6 },
};

/** The allowed range of each setting, for the settings form's hints and checks. */
export const REMINDER_LIMITS: Readonly<Record<keyof ReminderSettings, { min: number; max: number }>> = KEYS;

export async function getReminderSettings(db: Executor): Promise<ReminderSettings> {
  const rows = await db.selectFrom('settings').select(['key', 'value']).where('key', 'like', 'reminders.%').execute();
  const byKey = new Map(rows.map((r) => [r.key, r.value]));
  const out = { ...DEFAULT_REMINDER_SETTINGS };
  for (const [field, spec] of Object.entries(KEYS) as Array<[keyof ReminderSettings, (typeof KEYS)[keyof ReminderSettings]]>) {
    const raw = byKey.get(spec.key);
    const n = raw !== undefined && /^\d{1,3}$/.test(raw.trim()) ? Number(raw) : NaN;
    if (Number.isInteger(n) && n >= spec.min && n <= spec.max) out[field] = n;
  }
  return out;
}

export async function saveReminderSettings(db: Executor, changes: Partial<ReminderSettings>): Promise<void> {
  for (const [field, value] of Object.entries(changes) as Array<[keyof ReminderSettings, number | undefined]>) {
    if (value === undefined) continue;
    const spec = KEYS[field];
    if (!Number.isInteger(value) || value < spec.min || value > spec.max) throw new RangeError(`${field} must be a whole number from ${spec.min} to ${spec.max}`);
    await db
      .insertInto('settings')
      .values({ key: spec.key, value: String(value) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: String(value) }))
      .execute();
  }
}
