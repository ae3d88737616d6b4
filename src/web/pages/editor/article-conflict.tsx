import type { FieldDiff } from '../../../domain/versions/word-diff.js';

// Shown above the form when a save was refused because someone else saved
// first: what they changed, as a diff, while the form below keeps what you typed.

export interface ConflictVM {
  message: string;
  /** their change: from the version your form was based on to what is stored now */
  diffs: FieldDiff[];
  /** the stored version your next save will be based on */
  currentVersion: number;
}

export function DiffText({ diff }: { diff: FieldDiff }): JSX.Element {
  return (
    <div class="desk-diff-text">
      {diff.parts.map((p) =>
        p.kind === 'ins' ? (
          <ins safe>{p.text}</ins>
        ) : p.kind === 'del' ? (
          <del safe>{p.text}</del>
        ) : (
          <span safe>{p.text}</span>
        ),
      )}
    </div>
  );
}

export function ConflictNotice({ conflict }: { conflict: ConflictVM }): JSX.Element {
  const changed = conflict.diffs.filter((d) => d.changed);
  return (
    <div class="notice notice-warning desk-conflict" role="alert" id="conflict">
      <h2 class="desk-conflict-title">Not saved: someone else changed this article</h2>
      <p safe>{conflict.message}</p>
      {changed.length > 0 ? (
        <details open>
          <summary>Their changes</summary>
          <dl class="desk-diff">
            {changed.map((d) => (
              <>
                <dt safe>{d.label}</dt>
                <dd>
                  <DiffText diff={d} />
                </dd>
              </>
            ))}
          </dl>
        </details>
      ) : (
        ''
      )}
      <p>Saving again now keeps your text as it is in the form, replacing theirs: merge what you want to keep first.</p>
    </div>
  );
}
