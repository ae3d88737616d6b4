// The one status line under the editor (role=status, so screen readers hear it):
// autosave progress, upload results and the conflict notice all go through here.

export type StatusKind = 'info' | 'saved' | 'error' | 'conflict';

export interface StatusLine {
  show(text: string, kind?: StatusKind): void;
  /** the conflict notice stays until the page is reloaded: nothing may paint over it */
  readonly locked: boolean;
}

export function statusLine(element: HTMLElement | null): StatusLine {
  let locked = false;
  return {
    show(text, kind = 'info') {
      if (!element || (locked && kind !== 'conflict')) return;
      if (kind === 'conflict') locked = true;
      element.textContent = text;
      element.dataset.kind = kind;
    },
    get locked() {
      return locked;
    },
  };
}
