// The CodeMirror 6 Markdown editor that takes the textarea's place. Only the pieces
// the desk needs are imported (no basicSetup): history, Markdown with GFM, line
// wrapping, the selection layer and the keymaps. The textarea stays in the form,
// hidden and kept in step, so a normal submit still posts `body`.
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { markdownKeymap, markdownLanguage, pasteURLAsLink } from '@codemirror/lang-markdown';
import { LanguageSupport, syntaxHighlighting } from '@codemirror/language';
import { EditorState, Prec, type Extension } from '@codemirror/state';
import { EditorView, drawSelection, keymap, type Command } from '@codemirror/view';
import { classHighlighter } from '@lezer/highlight';
import { toggleBold, toggleItalic } from './markdown-commands.js';

export interface EditorSetup {
  textarea: HTMLTextAreaElement;
  /** id of the element naming the editor (the field's <label>) */
  labelId: string;
  /** a CSP nonce for CodeMirror's <style> element (desk pages allow it for styles only) */
  nonce: string;
  /** every change to the text */
  onChange: (view: EditorView) => void;
  /** image files dropped or pasted at a position */
  onImages: (view: EditorView, files: File[], pos: number) => void;
  imageFiles: (list: FileList | null | undefined) => File[];
  extraKeys?: Array<{ key: string; run: Command }>;
}

export const EDITOR_CONTENT_ID = 'article-body-editor';

// Colours from the site's custom properties, so desk.css's light and dark values apply.
// (A theme outranks CodeMirror's base theme, whose selection rules plain CSS cannot beat.)
const deskTheme = EditorView.theme({
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--ink)', borderLeftWidth: '2px' },
  '&.cm-focused': { outline: '2px solid var(--accent)', outlineOffset: '1px' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection':
    { background: 'var(--desk-selection)' },
});

export function createEditor(setup: EditorSetup): EditorView {
  const { textarea } = setup;
  const extensions: Extension[] = [
    EditorView.cspNonce.of(setup.nonce),
    history(),
    drawSelection(),
    deskTheme,
    EditorView.lineWrapping,
    new LanguageSupport(markdownLanguage, [pasteURLAsLink]),
    // Token classes (tok-heading, tok-emphasis…) styled in desk.css, so dark mode is plain CSS.
    syntaxHighlighting(classHighlighter),
    Prec.high(keymap.of([...markdownKeymap, { key: 'Mod-b', run: toggleBold }, { key: 'Mod-i', run: toggleItalic }, ...(setup.extraKeys ?? [])])),
    keymap.of([...defaultKeymap, ...historyKeymap]),
    EditorView.contentAttributes.of({
      id: EDITOR_CONTENT_ID,
      'aria-labelledby': setup.labelId,
      ...(textarea.getAttribute('aria-describedby') ? { 'aria-describedby': textarea.getAttribute('aria-describedby') ?? '' } : {}),
      spellcheck: 'true',
      autocorrect: 'on',
      autocapitalize: 'sentences',
      lang: document.documentElement.lang || 'en',
    }),
    EditorView.updateListener.of((update) => {
      if (!update.docChanged) return;
      textarea.value = update.state.doc.toString();
      setup.onChange(update.view);
    }),
    EditorView.domEventHandlers({
      drop(event, view) {
        const files = setup.imageFiles(event.dataTransfer?.files);
        if (files.length === 0) return false;
        event.preventDefault();
        const pos = view.posAtCoords({ x: event.clientX, y: event.clientY }) ?? view.state.selection.main.head;
        setup.onImages(view, files, pos);
        return true;
      },
      paste(event, view) {
        const files = setup.imageFiles(event.clipboardData?.files);
        if (files.length === 0) return false;
        event.preventDefault();
        setup.onImages(view, files, view.state.selection.main.head);
        return true;
      },
    }),
  ];
  const view = new EditorView({
    state: EditorState.create({ doc: textarea.value, extensions }),
  });
  textarea.after(view.dom);
  // Hidden but still submitted; `required` would block the submit on a control nobody can reach.
  textarea.hidden = true;
  textarea.removeAttribute('required');
  textarea.tabIndex = -1;
  return view;
}
