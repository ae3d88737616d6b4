import type { DomainContext } from '../../domain/context.js';
import { getSiteSettings, type SiteSettings } from '../../domain/settings/settings.js';
import { siteIconVersion } from '../../domain/settings/site-icon.js';
import { listCategories, type Category } from '../../domain/taxonomy/taxonomy.queries.js';
import type { SiteVM } from '../pages/view-models.js';
import type { ThemeAssets } from '../theme/assets.js';

/**
 * The chrome every page shares (name, navigation, assets). Read once and kept until a
 * settings or taxonomy change, so a page view does not re-read them.
 */
export class SiteChrome {
  private cached: { settings: SiteSettings; categories: Category[]; iconVersion: string } | undefined;

  constructor(
    private readonly ctx: DomainContext,
    private readonly siteUrl: string,
    private readonly theme: ThemeAssets,
  ) {
    ctx.events.on((change) => {
      if (change.kind === 'settings' || change.kind === 'taxonomy' || change.kind === 'all') this.cached = undefined;
    });
  }

  async load(): Promise<{ settings: SiteSettings; categories: Category[]; iconVersion: string }> {
    if (!this.cached) {
      const [settings, categories] = await Promise.all([getSiteSettings(this.ctx.db), listCategories(this.ctx.db)]);
      this.cached = { settings, categories, iconVersion: await siteIconVersion(this.ctx.db, settings.name) };
    }
    return this.cached;
  }

  async site(): Promise<SiteVM> {
    const { settings, categories, iconVersion } = await this.load();
    return {
      name: settings.name,
      tagline: settings.tagline,
      url: this.siteUrl,
      disclaimer: settings.disclaimer,
      callToSubmit: settings.callToSubmit,
      categories: categories.map((c) => ({ name: c.name, url: `/category/${c.slug}/` })),
      assets: { css: this.theme.css, js: this.theme.js, fontSerif: this.theme.fontSerif, deskCss: this.theme.deskCss, deskJs: this.theme.deskJs },
      year: this.ctx.clock.now().getUTCFullYear(),
      timeZone: settings.timeZone,
      iconVersion,
    };
  }

  absolute(path: string): string {
    return `${this.siteUrl}${path}`;
  }
}
