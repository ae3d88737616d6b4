// Autosave: a few seconds after the last change the form is posted as it stands
// (intent=autosave, files left out) with a JSON answer. A success moves the form's
// base_version on, so the next save is based on what was just kept; a conflict
// (someone else saved in between) stops autosaving and says so, and the editor's
// own Save then shows the other change. Nothing typed is ever thrown away here.
import type { StatusLine } from './status.js';

export interface AutosaveOptions {
  form: HTMLFormElement;
  csrf: string;
  status: StatusLine;
  /** pause after the last change before saving */
  delayMs?: number;
  /** wait after a failed request before trying again */
  retryMs?: number;
}

export interface Autosave {
  /** something in the form changed */
  changed(): void;
  /** changes that no save has kept yet */
  readonly dirty: boolean;
  /** resolves once no autosave request is on the wire */
  idle(): Promise<void>;
}

interface SaveAnswer {
  ok?: boolean;
  id?: number | string;
  version?: number | string;
  editUrl?: string;
  savedAt?: string;
  conflict?: boolean;
  message?: string;
  fields?: Record<string, string | string[]>;
}

function savedLabel(savedAt: string | undefined, timeZone: string | undefined): string {
  const at = savedAt ? new Date(savedAt) : new Date();
  const options: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  try {
    return new Intl.DateTimeFormat('en-GB', timeZone ? { ...options, timeZone } : options).format(at);
  } catch {
    return new Intl.DateTimeFormat('en-GB', options).format(at); // unknown zone name: the browser's own
  }
}

/** What to fix: the messages by the fields say more than the summary ("could not be saved"). */
function problem(answer: SaveAnswer | null): string {
  const fields = [...new Set(Object.values(answer?.fields ?? {}).flat())];
  if (fields.length > 0) return fields.join(' ');
  return answer?.message ?? 'the form has a problem.';
}

/** The form as the Save button would post it, minus files (uploads are the real submit's job). */
function autosaveData(form: HTMLFormElement): FormData {
  const data = new FormData(form);
  for (const input of Array.from(form.querySelectorAll<HTMLInputElement>('input[type="file"]'))) {
    if (input.name) data.delete(input.name);
  }
  data.set('intent', 'autosave');
  return data;
}

export function createAutosave(options: AutosaveOptions): Autosave {
  const { form, csrf, status, delayMs = 5000, retryMs = 15000 } = options;
  const enabled = form.dataset.autosave !== 'off';
  let generation = 0;
  let savedGeneration = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<void> | null = null;
  let stopped = false;

  const later = (ms: number): void => {
    clearTimeout(timer);
    if (enabled && !stopped) timer = setTimeout(() => void save(), ms);
  };

  function applySaved(answer: SaveAnswer): void {
    const base = form.querySelector<HTMLInputElement>('input[name="base_version"]');
    if (base && answer.version !== undefined) base.value = String(answer.version);
    if (!form.dataset.articleId && answer.id !== undefined && answer.editUrl) {
      // The first save of a new article: from now on this form edits that article.
      form.action = answer.editUrl;
      form.dataset.articleId = String(answer.id);
      history.replaceState(history.state, '', answer.editUrl);
    }
  }

  async function send(gen: number): Promise<void> {
    let res: Response;
    try {
      res = await fetch(form.action, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { accept: 'application/json', 'x-csrf-token': csrf },
        body: autosaveData(form),
      });
    } catch {
      status.show('Not saved: no connection. Trying again shortly…', 'error');
      later(retryMs);
      return;
    }
    const answer = (await res.json().catch(() => null)) as SaveAnswer | null;
    if (res.ok && answer?.ok) {
      savedGeneration = gen;
      applySaved(answer);
      if (generation === gen) status.show(`Saved ${savedLabel(answer.savedAt, form.dataset.timeZone)}`, 'saved');
      else later(delayMs);
    } else if (res.status === 409) {
      stopped = true;
      status.show(answer?.message ?? 'Someone else saved this article in the meantime. Save draft to see their change.', 'conflict');
    } else if (res.status === 400 || res.status === 422) {
      // Waits for the next change (a title typed, say) rather than retrying the same form.
      status.show(`Not saved yet: ${problem(answer)}`, 'error');
    } else {
      status.show(`Not saved (the server answered ${res.status}). Your text is still here; use Save draft.`, 'error');
      later(retryMs);
    }
  }

  async function save(): Promise<void> {
    if (stopped || inFlight || generation === savedGeneration) return;
    const gen = generation;
    status.show('Saving…');
    inFlight = send(gen).finally(() => {
      inFlight = null;
    });
    await inFlight;
  }

  // A submit while an autosave is on the wire would carry the old base_version and
  // collide with our own save: hold it until the autosave has answered.
  form.addEventListener('submit', (event) => {
    clearTimeout(timer);
    if (!inFlight) return;
    event.preventDefault();
    const submitter = event.submitter instanceof HTMLElement ? event.submitter : null;
    void inFlight.then(() => form.requestSubmit(submitter));
  });

  return {
    changed() {
      generation += 1;
      if (!stopped) status.show('Unsaved changes');
      later(delayMs);
    },
    get dirty() {
      return generation !== savedGeneration;
    },
    idle: () => inFlight ?? Promise.resolve(),
  };
}
