import type { FastifyInstance } from 'fastify';
import type { WebDeps } from '../deps.js';
import { registerAdminHomeRoutes } from './admin-home.routes.js';
import { registerDashboardRoutes } from './dashboard.routes.js';
import { registerResetRoutes } from './reset.routes.js';
import { registerAccountSettingsRoutes } from './settings.routes.js';
import { accountRouteContext } from './shared.js';
import { registerSignInRoutes } from './sign-in.routes.js';
import { registerSignUpRoutes } from './sign-up.routes.js';
import { registerVerifyRoutes } from './verify.routes.js';

// The account pages, one small register function per page group. Handlers are
// thin: read the form, call one service function, render or redirect
// (post/redirect/get).

export function registerAccountRoutes(app: FastifyInstance, web: WebDeps): void {
  const a = accountRouteContext(web);
  registerSignInRoutes(app, a);
  registerSignUpRoutes(app, a);
  registerVerifyRoutes(app, a);
  registerResetRoutes(app, a);
  registerDashboardRoutes(app, a);
  registerAccountSettingsRoutes(app, a);
  registerAdminHomeRoutes(app, a);
}
