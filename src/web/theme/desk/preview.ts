// Live preview: a short pause after typing, the server renders the body through the
// very pipeline that renders the public page, and the answer (sanitized HTML, exactly
// what will be published) replaces the preview. Answers that arrive out of order are
// dropped, so a slow early answer never overwrites a newer one.

export interface PreviewOptions {
  url: string;
  csrf: string;
  target: HTMLElement;
  /** the Markdown to render, read when the request goes out */
  body: () => string;
  delayMs?: number;
}

export interface Preview {
  /** render after the pause (each call restarts it) */
  schedule(): void;
  /** render now */
  refresh(): Promise<void>;
}

export function createPreview(options: PreviewOptions): Preview {
  const { url, csrf, target, body, delayMs = 300 } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let requested = 0;
  let shown = 0;

  async function refresh(): Promise<void> {
    const seq = ++requested;
    target.setAttribute('aria-busy', 'true');
    try {
      const res = await fetch(url, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-csrf-token': csrf, accept: 'text/html' },
        body: new URLSearchParams({ body: body() }),
      });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const html = await res.text();
      if (seq <= shown) return;
      shown = seq;
      // Trusted: the server's sanitized rendering of the body, the same HTML the article page shows.
      target.innerHTML = html;
      delete target.dataset.stale;
    } catch {
      if (seq > shown) target.dataset.stale = 'true';
    } finally {
      if (seq === requested) target.removeAttribute('aria-busy');
    }
  }

  return {
    schedule() {
      clearTimeout(timer);
      timer = setTimeout(() => void refresh(), delayMs);
    },
    refresh,
  };
}
