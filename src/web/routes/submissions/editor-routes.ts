import type { FastifyInstance } from 'fastify';
import type { WebDeps } from '../deps.js';
import { registerEditorQueueRoutes } from './editor-queue.routes.js';
import { registerEditorSubmissionRoutes } from './editor-submission.routes.js';

/** The editors' side of submissions: the queue and one submission's page with its actions. */
export function registerEditorSubmissionDesk(app: FastifyInstance, web: WebDeps): void {
  registerEditorQueueRoutes(app, web);
  registerEditorSubmissionRoutes(app, web);
}
