// Regenerates src/web/theme/fonts/*.woff2 from @fontsource-variable/source-serif-4:
// Latin characters only, weight axis pinned to 400-700 (the range the theme uses), and
// only the OpenType features the theme relies on (kerning, standard ligatures, marks):
// the serif never asks for small caps, old-style or tabular figures, fractions or
// stylistic sets (small caps and tabular figures are set in the system sans), and those
// alternates were a fifth of each file. Without layout closure, glyphs reachable only
// through a feature are dropped, so the f-ligatures are listed as characters to keep.
// That takes each face from about 51 KB to about 27 KB, keeping the longest article under
// 80 KB with its fonts. Run after upgrading the font package: `node scripts/subset-fonts.mjs`.
import { readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve('@fontsource-variable/source-serif-4/package.json'));
const out = new URL('../src/web/theme/fonts/', import.meta.url).pathname;
const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
const extra = '“”‘’‚„–—…·•×÷°§¶†‡€£¥¢©®™½¼¾¹²³µ«»¡¿';
const ligatures = 'ﬀﬁﬂﬃﬄ';
// Kerning, ligatures, contextual forms, mark placement, composition and localised forms (e.g. Romanian ș).
const features = ['kern', 'liga', 'clig', 'calt', 'ccmp', 'locl', 'mark', 'mkmk', 'rlig'];
const accented = 'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿĀāĂăĄąĆćČčĎďĐđĒēĘęĚěĞğĪīİıŁłŃńŇňŌōŐőŒœŘřŚśŞşŠšŢţŤťŪūŮůŰűŸŹźŻżŽžȘșȚț';
for (const style of ['normal', 'italic']) {
  const name = `source-serif-4-latin-wght-${style}.woff2`;
  const font = readFileSync(join(pkgDir, 'files', name));
  const subset = await subsetFont(font, ascii + extra + accented + ligatures, {
    targetFormat: 'woff2',
    keepFeatures: features,
    noLayoutClosure: true,
    variationAxes: { wght: { min: 400, max: 700 } },
  });
  writeFileSync(join(out, name), subset);
  console.log(`${name}: ${font.length} → ${subset.length} bytes`);
}
copyFileSync(join(pkgDir, 'LICENSE'), join(out, 'LICENSE'));
