import type { Executor } from '../../db/database.js';

export interface SiteSettings {
  name: string;
  tagline: string;
  disclaimer: string;
  callToSubmit: string;
  /** IANA zone in which pages, feeds and the desk show dates; stored times stay UTC */
  timeZone: string;
}

export const defaultSettings: SiteSettings = {
  name: 'Masthead',
  tagline: 'Commentary and research',
  disclaimer: 'The views expressed are those of the authors and not necessarily those of the publication.',
  callToSubmit: 'Have something to say? We welcome submissions from new and established writers.',
  timeZone: 'UTC',
};

const keys: Record<keyof SiteSettings, string> = {
  name: 'site.name',
  tagline: 'site.tagline',
  disclaimer: 'site.disclaimer',
  callToSubmit: 'site.call_to_submit',
  timeZone: 'site.time_zone',
};

export async function getSiteSettings(db: Executor): Promise<SiteSettings> {
  const rows = await db.selectFrom('settings').select(['key', 'value']).where('key', 'like', 'site.%').execute();
  const byKey = new Map(rows.map((r) => [r.key, r.value]));
  const out = { ...defaultSettings };
  for (const [field, key] of Object.entries(keys) as Array<[keyof SiteSettings, string]>) {
    const value = byKey.get(key);
    if (value !== undefined) out[field] = value;
  }
  return out;
}

export async function saveSiteSettings(db: Executor, changes: Partial<SiteSettings>): Promise<void> {
  for (const [field, value] of Object.entries(changes) as Array<[keyof SiteSettings, string | undefined]>) {
    if (value === undefined) continue;
    await db
      .insertInto('settings')
      .values({ key: keys[field], value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
  }
}

/** Saves settings and tells caches: the site name and disclaimer are on every page. */
export async function updateSiteSettings(
  ctx: { db: Executor; events: { emit(c: { kind: 'settings' }): void } },
  changes: Partial<SiteSettings>,
): Promise<void> {
  await saveSiteSettings(ctx.db, changes);
  ctx.events.emit({ kind: 'settings' });
}
