// Image uploads from the editor: the toolbar's file picker, or image files dropped or
// pasted onto the text. Each upload first shows a placeholder where the image will go,
// then the server's Markdown for the stored image replaces it.
import type { EditorView } from '@codemirror/view';
import { blockInsert } from './markdown-commands.js';
import type { StatusLine } from './status.js';

export interface UploadOptions {
  url: string;
  csrf: string;
  status: StatusLine;
}

interface UploadAnswer {
  url?: string;
  markdown?: string;
  error?: string;
}

/** Posts one file; resolves to the Markdown to insert, or throws an Error with the message to show. */
export async function uploadFile(file: File, options: Pick<UploadOptions, 'url' | 'csrf'>): Promise<string> {
  const data = new FormData();
  data.append('file', file, file.name);
  let res: Response;
  try {
    res = await fetch(options.url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { accept: 'application/json', 'x-csrf-token': options.csrf },
      body: data,
    });
  } catch {
    throw new Error(`${file.name} was not uploaded: no connection.`);
  }
  const answer = (await res.json().catch(() => null)) as UploadAnswer | null;
  if (res.ok && answer?.markdown) return answer.markdown;
  if (res.ok && answer?.url) return `![](${answer.url})`;
  throw new Error(answer?.error ?? `${file.name} was not uploaded (the server answered ${res.status}).`);
}

let uploads = 0;

/** Uploads the files one after another, each into its own placeholder at `pos`. */
export async function uploadInto(view: EditorView, files: readonly File[], pos: number, options: UploadOptions): Promise<void> {
  for (const file of files) {
    const placeholder = `![Uploading ${file.name.replace(/[[\]]/g, '')} (${++uploads})…]()`;
    const insert = blockInsert(view.state, Math.min(pos, view.state.doc.length), placeholder);
    view.dispatch({ changes: insert, userEvent: 'input.drop' });
    pos = insert.from + insert.insert.length;
    options.status.show(`Uploading ${file.name}…`);
    let markdown = '';
    let failure = '';
    try {
      markdown = await uploadFile(file, options);
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
    }
    // The text may have changed while the file travelled: find the placeholder again.
    const at = view.state.doc.toString().indexOf(placeholder);
    // An image without a description: the cursor goes between its brackets, ready for the alt text.
    const needsAlt = markdown.startsWith('![](');
    if (at >= 0) {
      view.dispatch({
        changes: { from: at, to: at + placeholder.length, insert: markdown },
        ...(needsAlt ? { selection: { anchor: at + 2 } } : {}),
        userEvent: 'input',
      });
    }
    if (failure) options.status.show(failure, 'error');
    else if (at < 0) options.status.show(`${file.name} was uploaded, but its placeholder was deleted, so it was not inserted.`, 'error');
    else if (needsAlt) options.status.show(`${file.name} uploaded. Describe it between the [ ] for readers who cannot see it.`);
    else options.status.show(`${file.name} uploaded.`);
    if (at >= 0) pos = at + markdown.length;
  }
}

/** Image files only; anything else dropped on the editor is left to CodeMirror. */
export function imageFiles(list: FileList | null | undefined): File[] {
  return Array.from(list ?? []).filter((f) => f.type.startsWith('image/'));
}
