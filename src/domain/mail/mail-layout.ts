import { escapeHtml } from '../../shared/html.js';

// Plain-text and HTML bodies from one description, so the two never disagree.
// Every string is text; the HTML version escapes it. Links must be absolute.

export interface MailContent {
  greeting: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  /** smaller print after the action, e.g. "If you did not ask for this, ignore this message." */
  footer: string[];
  siteName: string;
  siteUrl: string;
}

export function renderMailText(c: MailContent): string {
  const parts = [c.greeting, ...c.paragraphs];
  if (c.action) parts.push(`${c.action.label}:\n${c.action.url}`);
  parts.push(...c.footer, `— ${c.siteName}\n${c.siteUrl}`);
  return `${parts.join('\n\n')}\n`;
}

export function renderMailHtml(c: MailContent): string {
  const p = (text: string) => `<p style="margin:0 0 1em">${escapeHtml(text)}</p>`;
  const action = c.action
    ? `<p style="margin:1.5em 0"><a href="${escapeHtml(c.action.url)}" style="background:#8a1c1c;color:#fff;padding:.6em 1.1em;text-decoration:none;border-radius:4px">${escapeHtml(c.action.label)}</a></p>` +
      `<p style="margin:0 0 1em;font-size:14px;color:#555">Or paste this address into your browser: ${escapeHtml(c.action.url)}</p>`
    : '';
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>',
    escapeHtml(c.siteName),
    '</title></head><body style="font-family:Georgia,serif;font-size:16px;line-height:1.5;color:#222;max-width:36em;margin:0 auto;padding:1.5em">',
    p(c.greeting),
    ...c.paragraphs.map(p),
    action,
    ...c.footer.map((f) => `<p style="margin:0 0 1em;font-size:14px;color:#555">${escapeHtml(f)}</p>`),
    `<p style="margin:2em 0 0;font-size:14px;color:#555">— <a href="${escapeHtml(c.siteUrl)}">${escapeHtml(c.siteName)}</a></p>`,
    '</body></html>',
  ].join('');
}
