import type { DiffPart, FieldDiff } from '../../../domain/versions/word-diff.js';
import { attr } from '../components.js';
import { CsrfInput, type Option } from '../forms.js';
import { toDocument } from '../layout.js';
import type { PageMeta, SiteVM } from '../view-models.js';
import { DeskPage } from './desk-nav.js';

// /editor/articles/{id}/history: every version newest first, a GET form to
// choose two of them, the word-level diff of the chosen pair, and a button to
// make an older version the newest one again.

export interface VersionRowVM {
  number: number;
  createdAt: string;
  createdLabel: string;
  who: string;
  kindLabel: string;
  summary: string;
  /** "compare with the one before" link, when there is one */
  compareUrl?: string | undefined;
  /** older versions may be restored */
  restorable: boolean;
}

export interface HistoryDiffVM {
  from: number;
  to: number;
  fromLabel: string;
  toLabel: string;
  changed: FieldDiff[];
  unchanged: string[];
}

export interface HistoryVM {
  site: SiteVM;
  meta: PageMeta;
  csrf: string;
  articleId: number;
  title: string;
  editUrl: string;
  versions: VersionRowVM[];
  /** why restoring is not offered (e.g. the piece is in the trash) */
  restoreBlocked?: string | undefined;
  diff?: HistoryDiffVM | undefined;
  compare: { from: string; to: string; options: Option[] };
}

function CompareForm({ vm }: { vm: HistoryVM }): JSX.Element {
  return (
    <form class="desk-filters desk-compare" method="get" action={attr(`/editor/articles/${vm.articleId}/history`)} aria-label="Choose two versions to compare">
      {(['from', 'to'] as const).map((name) => (
        <div class="field">
          <label class="field-label" for={`f-${name}`}>
            {name === 'from' ? 'Compare version' : 'with version'}
          </label>
          <select class="field-input" id={`f-${name}`} name={name}>
            {vm.compare.options.map((o) => (
              <option value={attr(o.value)} selected={o.value === vm.compare[name]} safe>
                {o.label}
              </option>
            ))}
          </select>
        </div>
      ))}
      <button type="submit" class="button">
        Compare
      </button>
    </form>
  );
}

/**
 * The parts of a diff cut into paragraphs at blank lines, so a long body reads as
 * paragraphs with or without the desk stylesheet's pre-wrap. A change that spans
 * a paragraph break is split in two, each half still marked.
 */
export function diffParagraphs(parts: DiffPart[]): DiffPart[][] {
  const out: DiffPart[][] = [[]];
  for (const part of parts) {
    part.text.split(/\n{2,}/).forEach((text, i) => {
      if (i > 0) out.push([]);
      if (text) (out[out.length - 1] as DiffPart[]).push({ kind: part.kind, text });
    });
  }
  return out.filter((p) => p.length > 0);
}

export function DiffBlock({ diff }: { diff: FieldDiff }): JSX.Element {
  return (
    <div class="desk-diff" data-field={attr(diff.field)} aria-labelledby={attr(`diff-${diff.field}`)} role="group">
      {diffParagraphs(diff.parts).map((para) => (
        <p>
          {para.map((p) =>
            p.kind === 'ins' ? (
              <ins safe>{p.text}</ins>
            ) : p.kind === 'del' ? (
              <del safe>{p.text}</del>
            ) : (
              <span safe>{p.text}</span>
            ),
          )}
        </p>
      ))}
    </div>
  );
}

function Diff({ diff }: { diff: HistoryDiffVM }): JSX.Element {
  return (
    <section class="account-section desk-history-diff" aria-labelledby="diff-title" id="diff">
      <h2 id="diff-title" safe>
        {`Changes from version ${diff.from} to version ${diff.to}`}
      </h2>
      <p class="desk-diff-legend">
        <span safe>{`From ${diff.fromLabel}`}</span> <span safe>{`to ${diff.toLabel}.`}</span>{' '}
        <span>
          Marked: <ins>added text</ins> and <del>removed text</del>.
        </span>
      </p>
      {diff.changed.length === 0 ? <p class="desk-diff-none">These two versions are the same in every field.</p> : ''}
      {diff.changed.map((d) => (
        <>
          <h3 class="desk-diff-field" id={attr(`diff-${d.field}`)} safe>
            {d.label}
          </h3>
          <DiffBlock diff={d} />
        </>
      ))}
      {diff.unchanged.length > 0 ? (
        <details class="desk-diff-unchanged">
          <summary safe>{`Unchanged: ${diff.unchanged.length} ${diff.unchanged.length === 1 ? 'field' : 'fields'}`}</summary>
          <p safe>{diff.unchanged.join(', ')}</p>
        </details>
      ) : (
        ''
      )}
    </section>
  );
}

function VersionsTable({ vm }: { vm: HistoryVM }): JSX.Element {
  return (
    <div class="admin-table-wrap" role="region" aria-label="Versions" tabindex="0">
      <table class="admin-table desk-table desk-versions">
        <caption class="sr-only">Versions, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Changed</th>
            <th scope="col">
              <span class="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {vm.versions.map((v) => (
            <tr data-version={String(v.number)}>
              <th scope="row" safe>
                {String(v.number)}
              </th>
              <td data-label="When">
                <time datetime={attr(v.createdAt)} safe>
                  {v.createdLabel}
                </time>
              </td>
              <td data-label="Who" safe>
                {v.who}
              </td>
              <td data-label="What" safe>
                {v.kindLabel}
              </td>
              <td data-label="Changed" safe>
                {v.summary}
              </td>
              <td data-label="Actions" class="desk-version-actions">
                {v.compareUrl ? (
                  <a href={attr(v.compareUrl)} aria-label={attr(`Compare version ${v.number} with the one before`)}>
                    Compare with previous
                  </a>
                ) : (
                  ''
                )}
                {v.restorable ? (
                  <form class="action-form" method="post" action={attr(`/editor/articles/${vm.articleId}/history/restore`)}>
                    <CsrfInput token={vm.csrf} />
                    <input type="hidden" name="version" value={String(v.number)} />
                    <button type="submit" class="button" aria-label={attr(`Restore version ${v.number}`)}>
                      Restore this version
                    </button>
                  </form>
                ) : (
                  ''
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function renderHistory(vm: HistoryVM): string {
  return toDocument(
    <DeskPage site={vm.site} meta={vm.meta} current="articles" title={`History: ${vm.title}`} back={{ url: vm.editUrl, label: 'Back to the article' }}>
      <p class="account-lede">
        Every save is kept. Compare any two versions word by word; restoring an older one makes it the newest version, and nothing is lost.
      </p>
      {vm.restoreBlocked ? (
        <p class="notice notice-info" safe>
          {vm.restoreBlocked}
        </p>
      ) : (
        ''
      )}
      {vm.versions.length > 1 ? <CompareForm vm={vm} /> : <p>There is only one version so far: edit and save the article to see changes here.</p>}
      {vm.diff ? <Diff diff={vm.diff} /> : ''}
      <section class="account-section" aria-labelledby="versions-title">
        <h2 id="versions-title" safe>
          {`${vm.versions.length} ${vm.versions.length === 1 ? 'version' : 'versions'}`}
        </h2>
        {vm.versions.length === 0 ? <p>No versions are recorded for this article.</p> : <VersionsTable vm={vm} />}
      </section>
    </DeskPage>,
  );
}
