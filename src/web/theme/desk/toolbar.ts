// The formatting toolbar above the editor: real buttons with accessible names, one
// tab stop (arrow keys move between the buttons, as the toolbar pattern expects).
import type { Command, EditorView } from '@codemirror/view';
import { BULLET, HEADING, QUOTE, insertFootnote, insertLink, toggleBold, toggleItalic, toggleLinePrefix } from './markdown-commands.js';

interface ToolDef {
  key: string;
  label: string;
  text: string;
  command: Command;
  shortcut?: string;
}

export interface ToolbarOptions {
  /** id of the editable element the buttons act on */
  controls: string;
  /** the image button: opens the file picker */
  pickImage: () => void;
  /** "Ctrl" or "⌘", for the shortcut hints */
  modLabel: string;
}

function tools(pickImage: () => void): ToolDef[] {
  return [
    { key: 'heading', label: 'Heading', text: 'Heading', command: toggleLinePrefix(HEADING) },
    { key: 'bold', label: 'Bold', text: 'Bold', command: toggleBold, shortcut: 'B' },
    { key: 'italic', label: 'Italic', text: 'Italic', command: toggleItalic, shortcut: 'I' },
    { key: 'link', label: 'Link', text: 'Link', command: insertLink },
    { key: 'quote', label: 'Quote', text: 'Quote', command: toggleLinePrefix(QUOTE) },
    { key: 'list', label: 'Bulleted list', text: 'List', command: toggleLinePrefix(BULLET) },
    { key: 'footnote', label: 'Footnote', text: 'Footnote', command: insertFootnote },
    {
      key: 'image',
      label: 'Insert image',
      text: 'Image',
      command: () => {
        pickImage();
        return true;
      },
    },
  ];
}

export function buildToolbar(view: EditorView, options: ToolbarOptions): HTMLElement {
  const bar = document.createElement('div');
  bar.className = 'desk-toolbar';
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', 'Formatting');
  bar.setAttribute('aria-controls', options.controls);
  const buttons: HTMLButtonElement[] = [];
  for (const tool of tools(options.pickImage)) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = `desk-tool desk-tool-${tool.key}`;
    button.textContent = tool.text;
    button.setAttribute('aria-label', tool.label);
    if (tool.shortcut) {
      button.setAttribute('aria-keyshortcuts', `Control+${tool.shortcut} Meta+${tool.shortcut}`);
      button.title = `${tool.label} (${options.modLabel}+${tool.shortcut})`;
    } else {
      button.title = tool.label;
    }
    button.tabIndex = buttons.length === 0 ? 0 : -1;
    button.addEventListener('click', () => {
      const isImage = tool.key === 'image';
      tool.command(view);
      if (!isImage) view.focus();
    });
    buttons.push(button);
    bar.append(button);
  }
  bar.addEventListener('keydown', (event) => {
    const index = buttons.indexOf(event.target as HTMLButtonElement);
    if (index < 0) return;
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = buttons[(next + buttons.length) % buttons.length];
    if (!target) return;
    for (const b of buttons) b.tabIndex = b === target ? 0 : -1;
    target.focus();
  });
  return bar;
}
