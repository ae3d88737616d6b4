import type { FastifyInstance } from 'fastify';
import type { WebDeps } from '../deps.js';
import { registerAuthorDashboardRoutes } from './author-dashboard.routes.js';
import { registerAuthorSubmitRoutes } from './author-submit.routes.js';

/** The author's side of submissions: the form (/submit/new, …/edit) and their own submissions' pages. */
export function registerAuthorSubmissionRoutes(app: FastifyInstance, web: WebDeps): void {
  registerAuthorSubmitRoutes(app, web);
  registerAuthorDashboardRoutes(app, web);
}
