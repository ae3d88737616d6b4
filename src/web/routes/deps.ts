import type { Config } from '../../config.js';
import type { DomainContext } from '../../domain/context.js';
import type { VisitRecorder } from '../../domain/views/visit-recorder.js';
import type { ThemeAssets } from '../theme/assets.js';
import type { SiteChrome } from '../view/site.js';

/** What route modules get from app.ts. */
export interface WebDeps {
  config: Config;
  ctx: DomainContext;
  visits: VisitRecorder;
  theme: ThemeAssets;
  chrome: SiteChrome;
}
