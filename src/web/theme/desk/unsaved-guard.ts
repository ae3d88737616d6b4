// Asks before leaving the page while there are changes no save has kept. A normal
// submit of the form (Save, Publish, Preview…) is leaving on purpose, so it is let go.

export function guardUnsavedChanges(form: HTMLFormElement, hasUnsavedChanges: () => boolean): void {
  let submitting = false;
  form.addEventListener('submit', () => {
    submitting = true;
  });
  window.addEventListener('beforeunload', (event) => {
    if (submitting || !hasUnsavedChanges()) return;
    event.preventDefault();
    // Older browsers need returnValue set to show the prompt.
    event.returnValue = '';
  });
  // Back from the bfcache after a submit: the page is live again.
  window.addEventListener('pageshow', () => {
    submitting = false;
  });
}
