import { diffLines, diffWords } from 'diff';
import { fieldText, SNAPSHOT_FIELDS, type ArticleSnapshot } from './snapshot.js';

// A readable word-level diff. Long bodies are compared paragraph by paragraph
// first and word by word only inside the paragraphs that changed, so a
// 20,000-word article costs milliseconds, not the quadratic worst case.

export interface DiffPart {
  kind: 'same' | 'ins' | 'del';
  text: string;
}

export interface FieldDiff {
  field: string;
  label: string;
  changed: boolean;
  parts: DiffPart[];
}

function part(kind: DiffPart['kind'], text: string, out: DiffPart[]): void {
  if (!text) return;
  const last = out[out.length - 1];
  if (last && last.kind === kind) last.text += text;
  else out.push({ kind, text });
}

export function wordDiff(before: string, after: string): DiffPart[] {
  const out: DiffPart[] = [];
  if (before === after) {
    part('same', before, out);
    return out;
  }
  const blocks = diffLines(before, after);
  for (let i = 0; i < blocks.length; i += 1) {
    const b = blocks[i];
    if (!b) continue;
    if (!b.added && !b.removed) {
      part('same', b.value, out);
      continue;
    }
    const next = blocks[i + 1];
    // A removed block followed by an added one is an edit: show it word by word.
    if (b.removed && next?.added) {
      for (const w of diffWords(b.value, next.value)) part(w.added ? 'ins' : w.removed ? 'del' : 'same', w.value, out);
      i += 1;
      continue;
    }
    part(b.added ? 'ins' : 'del', b.value, out);
  }
  return out;
}

/** Every field of two versions, with a diff of each. */
export function snapshotDiff(before: ArticleSnapshot, after: ArticleSnapshot): FieldDiff[] {
  return SNAPSHOT_FIELDS.map(([field, label]) => {
    const a = fieldText(before, field);
    const b = fieldText(after, field);
    return { field, label, changed: a !== b, parts: wordDiff(a, b) };
  });
}
