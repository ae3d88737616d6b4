/** One thing a check noticed, worded for the author (before sending) and the editor (afterwards). */
export interface Finding {
  /** stable machine code, e.g. `words-over-limit`, `reference-cut` */
  code: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  whatToDo: string;
  /** the footnote's number as the reader sees it, for reference findings */
  noteNumber?: number;
}

const ORDER: Record<Finding['severity'], number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then notes; within a severity, by note number, then as found. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => ORDER[a.f.severity] - ORDER[b.f.severity] || (a.f.noteNumber ?? 0) - (b.f.noteNumber ?? 0) || a.i - b.i)
    .map(({ f }) => f);
}
