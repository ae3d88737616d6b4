import type { DomainContext } from '../../context.js';
import { getSiteSettings } from '../../settings/settings.js';
import { sendEditorDigests } from './editor-digest.js';
import { getReminderSettings } from '../../settings/reminder-settings.js';
import { sendReviewerReminders, sendRevisionReminders } from './reviewer-reminders.js';
import type { ReminderDeps } from './send-once.js';
import { sendPublishedNotices } from '../published-notices.js';

export type { ReminderDeps } from './send-once.js';

export interface ReminderPass {
  reviewers: number;
  authors: number;
  digests: number;
  published: number;
}

/** One pass over everything owed, from the scheduler. Safe to run on every instance at once. */
export async function runReminders(ctx: DomainContext, deps: ReminderDeps): Promise<ReminderPass> {
  const settings = await getReminderSettings(ctx.db);
  const { name } = await getSiteSettings(ctx.db);
  return {
    reviewers: await sendReviewerReminders(ctx, deps, name, settings),
    authors: await sendRevisionReminders(ctx, deps, name),
    digests: await sendEditorDigests(ctx, deps, name, settings),
    published: await sendPublishedNotices(ctx, deps, 50, name),
  };
}
