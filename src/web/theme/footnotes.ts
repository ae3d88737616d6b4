// Footnote previews: hovering or focusing a footnote reference shows the note
// in a popover beside the text, so readers need not jump to the end and back.
// A progressive enhancement only: without this script the references are plain
// links to the notes, and clicking one still jumps there (we never preventDefault).
// Bundled for the browser by assets.ts (esbuild, iife); no framework.

export interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface Placement {
  top: number;
  left: number;
  above: boolean;
}

const GAP = 8;
const MARGIN = 12;

/**
 * Where to put the popover, in document coordinates: below the reference when it
 * fits in the viewport, above when it does not and there is room there, and
 * always kept horizontally inside the viewport.
 */
export function placePopover(
  ref: Rect,
  size: { width: number; height: number },
  viewport: { width: number; height: number; scrollX: number; scrollY: number },
): Placement {
  const fitsBelow = ref.bottom + GAP + size.height <= viewport.height - MARGIN;
  const fitsAbove = ref.top - GAP - size.height >= MARGIN;
  const above = !fitsBelow && fitsAbove;
  const top = above ? ref.top - GAP - size.height : ref.bottom + GAP;
  const maxLeft = Math.max(MARGIN, viewport.width - size.width - MARGIN);
  const centred = (ref.left + ref.right) / 2 - size.width / 2;
  const left = Math.min(Math.max(centred, MARGIN), maxLeft);
  return { top: top + viewport.scrollY, left: left + viewport.scrollX, above };
}

const REF = 'a[data-footnote-ref]';
const POPOVER_ID = 'footnote-popover';
const ACTIVE = 'footnote-ref-active';
const HIDE_DELAY = 160;

function refFrom(target: EventTarget | null): HTMLAnchorElement | null {
  return target instanceof Element ? target.closest<HTMLAnchorElement>(REF) : null;
}

function noteFor(doc: Document, ref: HTMLAnchorElement): HTMLElement | null {
  const href = ref.getAttribute('href') ?? '';
  if (!href.startsWith('#')) return null;
  let id = href.slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {
    // a malformed escape: look the id up as written
  }
  return doc.getElementById(id);
}

/** The note's content without its back-link(s) or ids, ready to show elsewhere. */
function noteContent(doc: Document, note: HTMLElement): DocumentFragment {
  const clone = note.cloneNode(true) as HTMLElement;
  clone.querySelectorAll('a[data-footnote-backref]').forEach((a) => a.remove());
  clone.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'));
  const fragment = doc.createDocumentFragment();
  while (clone.firstChild) fragment.appendChild(clone.firstChild);
  return fragment;
}

/**
 * Listens on the document only: no query over the page and no element added at load
 * (on a long article that was work on the main thread before anyone touched a note).
 * The popover is made on the first hover or focus of a reference.
 */
export function initFootnotes(doc: Document): void {
  const win = doc.defaultView;
  if (!win) return;

  let made: HTMLDivElement | null = null;
  const popoverEl = (): HTMLDivElement => {
    if (made) return made;
    made = doc.createElement('div');
    made.className = 'footnote-popover';
    made.id = POPOVER_ID;
    made.setAttribute('role', 'tooltip');
    made.hidden = true;
    doc.body.appendChild(made);
    return made;
  };
  const inPopover = (node: Node | null): boolean => made !== null && node !== null && made.contains(node);

  let current: HTMLAnchorElement | null = null;
  let savedDescribedBy: string | null = null;
  let hideTimer: number | undefined;

  const cancelHide = (): void => {
    if (hideTimer !== undefined) win.clearTimeout(hideTimer);
    hideTimer = undefined;
  };

  const hide = (): void => {
    cancelHide();
    if (!current) return;
    if (savedDescribedBy === null) current.removeAttribute('aria-describedby');
    else current.setAttribute('aria-describedby', savedDescribedBy);
    current.classList.remove(ACTIVE);
    current = null;
    const popover = popoverEl();
    popover.hidden = true;
    popover.replaceChildren();
  };

  const hideSoon = (): void => {
    cancelHide();
    hideTimer = win.setTimeout(hide, HIDE_DELAY);
  };

  const show = (ref: HTMLAnchorElement): void => {
    cancelHide();
    if (current === ref) return;
    const note = noteFor(doc, ref);
    if (!note) return;
    hide();

    const popover = popoverEl();
    const label = doc.createElement('span');
    label.className = 'footnote-popover-label';
    label.textContent = `Note ${ref.textContent?.trim() ?? ''}`;
    popover.replaceChildren(label, noteContent(doc, note));
    popover.hidden = false;

    current = ref;
    savedDescribedBy = ref.getAttribute('aria-describedby');
    // Keep any existing description (remark's "Footnotes" label) and add the note itself.
    ref.setAttribute('aria-describedby', savedDescribedBy ? `${POPOVER_ID} ${savedDescribedBy}` : POPOVER_ID);
    ref.classList.add(ACTIVE);

    const rect = ref.getBoundingClientRect();
    const place = placePopover(
      rect,
      { width: popover.offsetWidth, height: popover.offsetHeight },
      { width: doc.documentElement.clientWidth, height: win.innerHeight, scrollX: win.scrollX, scrollY: win.scrollY },
    );
    popover.style.top = `${Math.round(place.top)}px`;
    popover.style.left = `${Math.round(place.left)}px`;
    popover.classList.toggle('footnote-popover-above', place.above);
  };

  doc.addEventListener('mouseover', (event) => {
    const ref = refFrom(event.target);
    if (ref) show(ref);
    else if (current && event.target instanceof Node && inPopover(event.target)) cancelHide();
  });

  doc.addEventListener('mouseout', (event) => {
    if (!current) return;
    const from = event.target instanceof Node ? event.target : null;
    const to = event.relatedTarget instanceof Node ? event.relatedTarget : null;
    const leftRef = from !== null && current.contains(from) && !(to && current.contains(to));
    const leftPopover = inPopover(from) && !inPopover(to);
    // Moving from the reference into the popover keeps it open, so links in a note stay reachable.
    if ((leftRef || leftPopover) && !(to && (inPopover(to) || current.contains(to)))) hideSoon();
  });

  doc.addEventListener('focusin', (event) => {
    const ref = refFrom(event.target);
    if (ref) show(ref);
  });

  doc.addEventListener('focusout', (event) => {
    if (refFrom(event.target) === current) hide();
  });

  doc.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && current) hide();
  });

  doc.addEventListener('click', (event) => {
    // A click on the reference follows the link to the note, which is then in view.
    const target = event.target instanceof Node ? event.target : null;
    if (current && !inPopover(target)) hide();
  });

  win.addEventListener('resize', () => {
    if (current) hide();
  });
}

if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', () => initFootnotes(document));
  } else {
    initFootnotes(document);
  }
}
