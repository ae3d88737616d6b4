import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatApa, formatChicago, formatMla } from '../../../../src/domain/articles/citation/citation-styles.js';
import { manyAuthors, meta, withAuthors } from './citation-fixtures.js';

const TAIL_APA = '(2026, October 14). Who Owns the River? Water Rights After the Drought.';
const SITE = 'The Meridian Review';
const LINK = 'https://meridian.example/who-owns-the-river/';

describe('formatApa', () => {
  const cases: Array<[number, string]> = [
    [1, 'Okafor, C.'],
    [2, 'Okafor, C., & Lindqvist, M.'],
    [3, 'Okafor, C., Lindqvist, M., & Ruiz, A. M.'],
    [4, 'Okafor, C., Lindqvist, M., Ruiz, A. M., & Moreau, J.-L.'],
  ];
  for (const [count, authors] of cases) {
    it(`lists ${count} author(s)`, () => {
      const { text, html } = formatApa(withAuthors(count));
      assert.equal(text, `${authors} ${TAIL_APA} ${SITE}. ${LINK}`);
      assert.equal(html, `${authors.replace('&', '&amp;')} ${TAIL_APA} <i>${SITE}</i>. ${LINK}`);
    });
  }

  it('lists up to 20 authors in full', () => {
    const names = Array.from({ length: 20 }, (_, i) => `Writer${i + 1}, K.`);
    const expected = `${names.slice(0, 19).join(', ')}, & ${names[19]} ${TAIL_APA}`;
    assert.ok(formatApa(manyAuthors(20)).text.startsWith(expected));
  });

  it('gives the first 19, an ellipsis and the last author beyond 20', () => {
    const first = Array.from({ length: 19 }, (_, i) => `Writer${i + 1}, K.`).join(', ');
    assert.ok(formatApa(manyAuthors(23)).text.startsWith(`${first}, . . . Writer23, K. ${TAIL_APA}`));
  });

  it('keeps a single-word name whole and puts the title first when there is no author', () => {
    assert.equal(formatApa(meta({ authors: [{ name: 'Plato' }] })).text, `Plato. ${TAIL_APA} ${SITE}. ${LINK}`);
    assert.equal(
      formatApa(meta({ authors: [] })).text,
      `Who Owns the River? Water Rights After the Drought. (2026, October 14). ${SITE}. ${LINK}`,
    );
  });

  it('does not double the period after a question', () => {
    assert.equal(
      formatApa(meta({ title: 'Is Water a Right?' })).text,
      `Okafor, C. (2026, October 14). Is Water a Right? ${SITE}. ${LINK}`,
    );
  });

  it('reads the date in UTC', () => {
    assert.match(formatApa(meta({ publishedAt: '2026-10-14T23:30:00-05:00' })).text, /\(2026, October 15\)/);
  });
});

describe('formatMla', () => {
  const tail = '“Who Owns the River? Water Rights After the Drought.”';
  const after = ', 14 Oct. 2026, meridian.example/who-owns-the-river/.';
  const cases: Array<[number, string]> = [
    [1, 'Okafor, Chidi.'],
    [2, 'Okafor, Chidi, and Maja Lindqvist.'],
    [3, 'Okafor, Chidi, et al.'],
    [4, 'Okafor, Chidi, et al.'],
  ];
  for (const [count, authors] of cases) {
    it(`lists ${count} author(s)`, () => {
      const { text, html } = formatMla(withAuthors(count));
      assert.equal(text, `${authors} ${tail} ${SITE}${after}`);
      assert.equal(html, `${authors} ${tail} <i>${SITE}</i>${after}`);
    });
  }

  it('abbreviates months the MLA way', () => {
    assert.match(formatMla(meta({ publishedAt: '2026-09-03T12:00:00Z' })).text, /, 3 Sept\. 2026,/);
    assert.match(formatMla(meta({ publishedAt: '2026-05-31T12:00:00Z' })).text, /, 31 May 2026,/);
  });

  it('starts with the title when there is no author', () => {
    assert.equal(formatMla(meta({ authors: [] })).text, `${tail} ${SITE}${after}`);
  });
});

describe('formatChicago', () => {
  const tail = `“Who Owns the River? Water Rights After the Drought.” ${SITE}, October 14, 2026. ${LINK}.`;
  const cases: Array<[number, string]> = [
    [1, 'Okafor, Chidi.'],
    [2, 'Okafor, Chidi, and Maja Lindqvist.'],
    [3, 'Okafor, Chidi, Maja Lindqvist, and Ana María Ruiz.'],
    [4, 'Okafor, Chidi, Maja Lindqvist, Ana María Ruiz, and Jean-Luc Moreau.'],
  ];
  for (const [count, authors] of cases) {
    it(`lists ${count} author(s)`, () => {
      assert.equal(formatChicago(withAuthors(count)).text, `${authors} ${tail}`);
    });
  }

  it('italicizes the site in html', () => {
    assert.equal(
      formatChicago(withAuthors(1)).html,
      `Okafor, Chidi. “Who Owns the River? Water Rights After the Drought.” <i>${SITE}</i>, October 14, 2026. ${LINK}.`,
    );
  });

  it('lists ten authors in full and the first seven with et al. beyond that', () => {
    const ten = formatChicago(manyAuthors(10)).text;
    assert.ok(ten.startsWith('Writer1, Kim, Kim Writer2,'));
    assert.ok(ten.includes('Kim Writer9, and Kim Writer10. “'));
    const eleven = formatChicago(manyAuthors(11)).text;
    assert.ok(eleven.startsWith('Writer1, Kim, Kim Writer2, Kim Writer3, Kim Writer4, Kim Writer5, Kim Writer6, Kim Writer7, et al. “'));
  });
});

describe('escaping', () => {
  const hostile = meta({
    title: 'Pipes & Pumps: <script>alert(1)</script> and "Cheap" Water',
    siteName: 'Ink & Ore <Review>',
    authors: [{ name: 'Dana <b>Bold</b>' }],
    url: 'https://ink.example/?a=1&b="2"',
  });

  it('escapes everything in html and keeps text plain', () => {
    for (const format of [formatApa, formatMla, formatChicago]) {
      const { text, html } = format(hostile);
      assert.ok(!/<(?!\/?i>)/.test(html), html);
      assert.ok(html.includes('Ink &amp; Ore &lt;Review&gt;'));
      assert.ok(html.includes('&amp;b=&quot;2&quot;'));
      assert.ok(text.includes('Pipes & Pumps: <script>'));
    }
  });

  it('escapes the quote character in html', () => {
    assert.ok(formatApa(hostile).html.includes('&quot;Cheap&quot;'));
  });

  it('turns quotation marks inside a quoted title into single ones', () => {
    assert.ok(formatMla(hostile).text.includes('‘Cheap’ Water.”'));
    assert.ok(formatChicago(meta({ title: 'The “Dry Year” Myth' })).text.includes('“The ‘Dry Year’ Myth.”'));
  });
});
