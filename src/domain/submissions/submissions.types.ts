import type { Decision, SubmissionStatus, TransitionName } from './workflow.js';

export interface Submission {
  id: number;
  ownerUserId: number;
  status: SubmissionStatus;
  title: string;
  dek: string;
  /** Markdown as the author wrote it */
  body: string;
  /** sanitized, rendered at save time */
  bodyHtml: string;
  categoryId: number | null;
  tags: string[];
  coverMediaId: number | null;
  declareOriginal: boolean;
  declareExclusive: boolean;
  wordCount: number;
  /** 0 before it is first sent */
  round: number;
  handlingEditorUserId: number | null;
  articleId: number | null;
  revisionDueOn: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  decidedAt: string | null;
}

export interface SubmissionEvent {
  id: number;
  fromStatus: SubmissionStatus | null;
  toStatus: SubmissionStatus;
  transition: TransitionName | 'create';
  decision: Decision | null;
  actorUserId: number | null;
  actorName: string;
  note: string;
  createdAt: string;
}

/** What was sent in one round: a version of the manuscript. */
export interface SubmissionRound {
  id: number;
  round: number;
  title: string;
  dek: string;
  body: string;
  bodyHtml: string;
  /** review assignment id -> the author's answer to that review */
  responses: Record<string, string>;
  createdAt: string;
}

export interface Coauthor {
  position: number;
  authorId: number | null;
  name: string;
  email: string | null;
}

export interface SubmissionDetail extends Submission {
  coauthors: Coauthor[];
  events: SubmissionEvent[];
  rounds: SubmissionRound[];
}

export interface CoauthorInput {
  authorId?: number | null;
  name: string;
  email?: string | null;
}

/** What the submission form saves. */
export interface DraftInput {
  title: string;
  dek?: string;
  body: string;
  categoryId?: number | null;
  tags?: string[];
  coverMediaId?: number | null;
  declareOriginal?: boolean;
  declareExclusive?: boolean;
  coauthors?: CoauthorInput[];
}
