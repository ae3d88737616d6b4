import type { RoundDiff } from '../../../domain/submissions/round-diff.js';
import { attr } from '../components.js';
import { DiffBlock } from '../editor/history-page.js';

// "Changes in round N": the revision against the round before it, marked
// with <ins> and <del> (read as such by screen readers that announce them).

export function RoundDiffSection({ diff }: { diff: RoundDiff | undefined }): JSX.Element {
  if (!diff) return '';
  return (
    <section class="account-section round-diff" aria-labelledby="round-diff-title">
      <h2 id="round-diff-title" safe>
        {`Changes from round ${diff.from} to round ${diff.to}`}
      </h2>
      <p class="desk-diff-legend">
        Marked: <ins>added text</ins> and <del>removed text</del>.
      </p>
      {diff.changed.length === 0 ? <p class="desk-diff-none">The revision sent the text unchanged.</p> : ''}
      {diff.changed.map((d) => (
        <>
          <h3 class="desk-diff-field" id={attr(`diff-${d.field}`)} safe>
            {d.label}
          </h3>
          <DiffBlock diff={d} />
        </>
      ))}
    </section>
  );
}
