// The shapes of peer review as the reviewer and the editors see them.

export const RECOMMENDATIONS = ['accept', 'minor', 'major', 'reject'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];
export const RECOMMENDATION_LABEL: Readonly<Record<Recommendation, string>> = {
  accept: 'Accept as it is',
  minor: 'Minor revisions',
  major: 'Major revisions',
  reject: 'Reject',
};

export type AssignmentStatus = 'invited' | 'accepted' | 'declined' | 'submitted' | 'cancelled';
export const ASSIGNMENT_STATUS_LABEL: Readonly<Record<AssignmentStatus, string>> = {
  invited: 'Invitation waiting for your answer',
  accepted: 'Review in progress',
  declined: 'Declined',
  submitted: 'Review sent',
  cancelled: 'Withdrawn by the editors',
};

export interface Assignment {
  id: number;
  submissionId: number;
  round: number;
  reviewerUserId: number | null;
  reviewerEmail: string;
  status: AssignmentStatus;
  declineReason: string;
  dueOn: string | null;
  invitedAt: string;
  respondedAt: string | null;
  submittedAt: string | null;
  recommendation: Recommendation | null;
  toAuthor: string;
  toEditor: string;
}

/** The manuscript as a reviewer may see it: text only, never the people behind it. */
export interface BlindManuscript {
  title: string;
  dek: string;
  /** Markdown as written */
  body: string;
  /** sanitized at save time */
  bodyHtml: string;
  sectionName: string | null;
  submissionStatus: string;
}

export interface AssignmentListItem {
  id: number;
  title: string;
  status: AssignmentStatus;
  dueOn: string | null;
  invitedAt: string;
  submittedAt: string | null;
}

export interface ReviewForEditors extends Assignment {
  /** the account's name once claimed; null while the invitation is unclaimed */
  reviewerName: string | null;
}
