// CDN mode: the page came from a shared cache, so the visit is recorded here and
// the counter text is refreshed from the answer. Without JavaScript the page's
// <noscript> pixel records the visit instead.

interface BeaconAnswer {
  total: number;
  today: number;
  text: string;
}

export async function sendBeacon(doc: Document): Promise<void> {
  const counter = doc.querySelector<HTMLElement>('p.views[data-beacon]');
  const url = counter?.dataset.beacon;
  if (!counter || !url) return;
  try {
    const res = await fetch(url, { credentials: 'same-origin', cache: 'no-store' });
    if (!res.ok) return;
    const answer = (await res.json()) as BeaconAnswer;
    counter.dataset.viewsTotal = String(answer.total);
    counter.dataset.viewsToday = String(answer.today);
    counter.textContent = answer.text;
  } catch {
    // Offline or blocked: the cached count stays, which is the best we can show.
  }
}
