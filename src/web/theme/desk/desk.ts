// The editorial desk's script, loaded on desk pages only (never on public pages).
// It enhances the server-rendered article form; without it the form is a plain
// textarea with a Preview button and works fully.
import type { EditorView } from '@codemirror/view';
import { createAutosave } from './autosave.js';
import { EDITOR_CONTENT_ID, createEditor } from './editor-setup.js';
import { createPreview } from './preview.js';
import { statusLine } from './status.js';
import { buildToolbar } from './toolbar.js';
import { guardUnsavedChanges } from './unsaved-guard.js';
import { imageFiles, uploadInto } from './upload.js';
import { countMarkdown, formatReading, formatWords } from './word-count.js';

// Read while this script runs: currentScript is only set during its first execution.
const nonce = document.currentScript instanceof HTMLScriptElement ? document.currentScript.nonce ?? '' : '';

function labelFor(textarea: HTMLTextAreaElement): string {
  const label = document.querySelector<HTMLLabelElement>(`label[for="${textarea.id}"]`);
  if (!label) return '';
  if (!label.id) label.id = `${textarea.id}-label`;
  return label.id;
}

export function enhanceArticleForm(form: HTMLFormElement): EditorView | null {
  const textarea = form.querySelector<HTMLTextAreaElement>('textarea[name="body"]');
  if (!textarea) return null;
  const csrf = form.dataset.csrf ?? form.querySelector<HTMLInputElement>('input[name="_csrf"]')?.value ?? '';
  const status = statusLine(document.getElementById('article-status'));
  const words = document.getElementById('article-words');
  const reading = document.getElementById('article-reading');
  const previewTarget = document.getElementById('article-preview');
  const labelId = labelFor(textarea);

  const autosave = createAutosave({ form, csrf, status });
  const updateCounts = (text: string): void => {
    const counts = countMarkdown(text);
    if (words) words.textContent = formatWords(counts.words);
    if (reading) reading.textContent = formatReading(counts.minutes);
  };
  const preview =
    previewTarget && form.dataset.previewUrl
      ? createPreview({ url: form.dataset.previewUrl, csrf, target: previewTarget, body: () => textarea.value })
      : null;
  if (previewTarget) {
    previewTarget.classList.add('article-body');
    // The whole body re-announced after every pause in typing would drown a screen reader.
    previewTarget.setAttribute('aria-live', 'off');
  }

  const uploadUrl = form.dataset.uploadUrl;
  const upload = (view: EditorView, files: File[], pos: number): void => {
    if (!uploadUrl) {
      status.show('Image uploads are not available here.', 'error');
      return;
    }
    void uploadInto(view, files, pos, { url: uploadUrl, csrf, status });
  };

  const view = createEditor({
    textarea,
    labelId,
    nonce,
    imageFiles,
    onImages: upload,
    onChange: (v) => {
      updateCounts(v.state.doc.toString());
      preview?.schedule();
      autosave.changed();
    },
  });

  // The image button's file picker.
  const picker = document.createElement('input');
  picker.type = 'file';
  picker.accept = 'image/jpeg,image/png,image/webp,image/gif,image/avif';
  picker.multiple = true;
  picker.hidden = true;
  picker.className = 'desk-image-picker';
  picker.addEventListener('change', () => {
    const files = imageFiles(picker.files);
    if (files.length > 0) upload(view, files, view.state.selection.main.head);
    picker.value = '';
    view.focus();
  });

  const toolbar = buildToolbar(view, {
    controls: EDITOR_CONTENT_ID,
    pickImage: () => picker.click(),
    modLabel: /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl',
  });
  view.dom.before(toolbar);
  toolbar.append(picker);
  form.classList.add('desk-editor-enhanced');

  // Clicking the label focuses the editor, as it focused the textarea.
  document.getElementById(labelId)?.addEventListener('click', (event) => {
    event.preventDefault();
    view.focus();
  });

  // Every other field counts as a change too (title, dek, tags…), for autosave and the guard.
  const otherFieldChanged = (event: Event): void => {
    const target = event.target;
    if (target === textarea || (target instanceof HTMLInputElement && target.type === 'file')) return;
    if (target instanceof Node && view.dom.contains(target)) return;
    autosave.changed();
  };
  form.addEventListener('input', otherFieldChanged);
  form.addEventListener('change', otherFieldChanged);
  // A chosen cover file is only kept by a real submit (autosave leaves files out).
  const fileChosen = (): boolean =>
    Array.from(form.querySelectorAll<HTMLInputElement>('input[type="file"][name]')).some((input) => (input.files?.length ?? 0) > 0);
  guardUnsavedChanges(form, () => autosave.dirty || fileChosen());

  updateCounts(textarea.value);
  // The server's preview (or its placeholder) stands until the first live one replaces it.
  if (preview && textarea.value.trim() !== '') void preview.refresh();
  return view;
}

const form = document.getElementById('article-form');
if (form instanceof HTMLFormElement) enhanceArticleForm(form);
