import { AdminPage, type AdminPageVM } from './admin-pages.js';
import { CsrfInput, ErrorSummary, Field, SelectField, SubmitButton, errorList } from './forms.js';
import { toDocument } from './layout.js';

// /admin/settings/reminders: how often reviewers and authors are reminded and on
// which weekday the editors' digest goes out. Values stay strings here so a bad
// entry comes back exactly as typed.

export type ReminderField = 'unansweredAfterDays' | 'dueSoonDays' | 'overdueEveryDays' | 'overdueMaxTimes' | 'digestWeekday';

export const REMINDER_FIELD_ORDER: ReminderField[] = ['unansweredAfterDays', 'dueSoonDays', 'overdueEveryDays', 'overdueMaxTimes', 'digestWeekday'];

export interface ReminderSettingsVM extends AdminPageVM {
  values: Record<ReminderField, string>;
  limits: Record<ReminderField, { min: number; max: number }>;
  defaults: Record<ReminderField, number>;
}

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

const NUMBER_FIELDS: Array<{ name: Exclude<ReminderField, 'digestWeekday'>; label: string; hint: (d: number, min: number, max: number) => string }> = [
  {
    name: 'unansweredAfterDays',
    label: 'Remind an unanswered invitation after (days)',
    hint: (d, min, max) => `A reviewer who has neither accepted nor declined gets one reminder this many days after the invitation. ${min}–${max}; the default is ${d}.`,
  },
  {
    name: 'dueSoonDays',
    label: 'Remind before the due date (days)',
    hint: (d, min, max) => `A reviewer who accepted gets a reminder this many days before the review is due. ${min}–${max}; the default is ${d}.`,
  },
  {
    name: 'overdueEveryDays',
    label: 'Remind an overdue review every (days)',
    hint: (d, min, max) => `After the due date, reminders repeat at this interval. ${min}–${max}; the default is ${d}.`,
  },
  {
    name: 'overdueMaxTimes',
    label: 'Overdue reminders at most (times)',
    hint: (d, min, max) => `After the last one no more go out. ${min}–${max} (0 sends none); the default is ${d}.`,
  },
];

export function renderReminderSettings(vm: ReminderSettingsVM): string {
  const errors = vm.errors ?? {};
  return toDocument(
    <AdminPage vm={vm} title="Reminder settings">
      <p class="account-lede">
        When reviewers are reminded of an invitation or a review that is due, and on which weekday the editors get their digest of the queue. Back to{' '}
        <a href="/admin/settings">site settings</a>.
      </p>
      <ErrorSummary errors={errorList(errors, REMINDER_FIELD_ORDER)} />
      <form class="account-form" method="post" action="/admin/settings/reminders" novalidate>
        <CsrfInput token={vm.csrf} />
        {NUMBER_FIELDS.map((f) => (
          <Field
            name={f.name}
            label={f.label}
            type="number"
            value={vm.values[f.name]}
            error={errors[f.name]}
            min={String(vm.limits[f.name].min)}
            max={String(vm.limits[f.name].max)}
            hint={f.hint(vm.defaults[f.name], vm.limits[f.name].min, vm.limits[f.name].max)}
          />
        ))}
        <SelectField
          name="digestWeekday"
          label="Editors’ digest goes out on"
          options={WEEKDAYS.map((day, i) => ({ value: String(i), label: day }))}
          value={vm.values.digestWeekday}
          error={errors.digestWeekday}
          hint={`The weekday in UTC; the default is ${WEEKDAYS[vm.defaults.digestWeekday] ?? 'Monday'}.`}
        />
        <SubmitButton label="Save reminder settings" />
      </form>
    </AdminPage>,
  );
}
