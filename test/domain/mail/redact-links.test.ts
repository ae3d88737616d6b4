import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderMailHtml, renderMailText } from '../../../src/domain/mail/mail-layout.js';
import { HIDDEN_LINK_TEXT, isTokenLink, REDACTED_HREF, REDACTED_LINK_TEXT, redactHtml, redactLinks, redactText } from '../../../src/domain/mail/redact-links.js';

const TOKEN = 'q3Vb8_xK2mNpL5rTz9WcYhE4uJ7aD1fGsB6nR0oPiQk'; // 43 chars, like randomToken()
const HEX = '9f2c4e6a8b0d1f3e5a7c9b2d4f6e8a0c';

test('links that carry a token are recognised; ordinary links are not', () => {
  for (const url of [
    `https://journal.example/reset-password?token=${TOKEN}`,
    `https://journal.example/verify-email?token=short`,
    `https://journal.example/confirm-email?token=${encodeURIComponent(TOKEN)}`,
    `https://journal.example/review/12/?invite=${TOKEN}`,
    `https://journal.example/claim/${TOKEN}`,
    `https://journal.example/signup/finish/${HEX}`,
    `http://127.0.0.1:3000/x?ref=${TOKEN}`,
    `https://journal.example/a#${TOKEN}`,
  ]) {
    assert.equal(isTokenLink(url), true, url);
  }
  for (const url of [
    'https://journal.example/',
    'https://journal.example/login',
    'https://journal.example/2026/11/a-very-long-article-slug-about-the-harbour-2026',
    'https://journal.example/search?q=harbour+lights',
    'https://journal.example/submissions/42',
    'mailto:editors@journal.example',
    'not a url',
  ]) {
    assert.equal(isTokenLink(url), false, url);
  }
});

test('plain text: the token link goes, the sentence and other links stay', () => {
  const text = `Open this: https://journal.example/reset-password?token=${TOKEN}.\nOr sign in at https://journal.example/login, as usual.\n`;
  const out = redactText(text);
  assert.equal(out, `Open this: ${REDACTED_LINK_TEXT}.\nOr sign in at https://journal.example/login, as usual.\n`);
  assert.equal(redactText(out), out, 'redacting twice changes nothing');
  assert.equal(redactText(text, 'GONE'), 'Open this: GONE.\nOr sign in at https://journal.example/login, as usual.\n');
});

test('a real reset mail from the layout keeps no token in either body', () => {
  const content = {
    greeting: 'Hello Ada,',
    paragraphs: ['We received a request to reset your password.'],
    action: { label: 'Choose a new password', url: `https://journal.example/reset-password?token=${TOKEN}&amp=1` },
    footer: ['The link works once.'],
    siteName: 'The Journal',
    siteUrl: 'https://journal.example/',
  };
  const mail = { text: renderMailText(content), html: renderMailHtml(content) };
  assert.ok(mail.text.includes(TOKEN) && mail.html.includes(TOKEN), 'the fixture has the token to begin with');
  const out = redactLinks(mail);
  assert.ok(!out.text.includes(TOKEN), out.text);
  assert.ok(!out.html.includes(TOKEN), out.html);
  assert.ok(!out.html.includes('reset-password'), out.html);
  assert.match(out.text, /Choose a new password:\n\[link removed after delivery\]/);
  assert.match(out.html, new RegExp(`<a href="${REDACTED_HREF}" style=`));
  assert.match(out.html, /Or paste this address into your browser: \[link removed after delivery\]/);
  // The site's own link in the signature is not a token and survives.
  assert.match(out.html, /<a href="https:\/\/journal\.example\/">The Journal<\/a>/);
  assert.match(out.text, /— The Journal\nhttps:\/\/journal\.example\/\n$/);
});

test('HTML: single-quoted and entity-escaped attributes are redacted too; the note is escaped', () => {
  const html = `<a href='https://x.example/verify-email?a=1&amp;token=${TOKEN}'>go</a><img src="https://x.example/p/${HEX}.gif">`;
  const out = redactHtml(html, '<hidden>');
  assert.equal(out, `<a href='${REDACTED_HREF}'>go</a><img src="${REDACTED_HREF}">`);
  assert.equal(redactHtml(`<p>https://x.example/claim/${TOKEN}</p>`, HIDDEN_LINK_TEXT), `<p>${HIDDEN_LINK_TEXT}</p>`);
  assert.equal(redactHtml(`<p>https://x.example/c?token=${TOKEN}</p>`, '<b>'), '<p>&lt;b&gt;</p>');
});
