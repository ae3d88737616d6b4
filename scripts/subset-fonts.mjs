// Regenerates src/web/theme/fonts/*.woff2 from @fontsource-variable/source-serif-4:
// Latin characters only, weight axis pinned to 400-700 (the range the theme uses).
// That takes each face from about 51 KB to about 31 KB, keeping an article page
// well under 100 KB. Run after upgrading the font package: `node scripts/subset-fonts.mjs`.
import { readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve('@fontsource-variable/source-serif-4/package.json'));
const out = new URL('../src/web/theme/fonts/', import.meta.url).pathname;
const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
const extra = '“”‘’‚„–—…·•×÷°§¶†‡€£¥¢©®™½¼¾¹²³µ«»¡¿';
const accented = 'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿĀāĂăĄąĆćČčĎďĐđĒēĘęĚěĞğĪīİıŁłŃńŇňŌōŐőŒœŘřŚśŞşŠšŢţŤťŪūŮůŰűŸŹźŻżŽž';
for (const style of ['normal', 'italic']) {
  const name = `source-serif-4-latin-wght-${style}.woff2`;
  const font = readFileSync(join(pkgDir, 'files', name));
  const subset = await subsetFont(font, ascii + extra + accented, {
    targetFormat: 'woff2',
    variationAxes: { wght: { min: 400, max: 700 } },
  });
  writeFileSync(join(out, name), subset);
  console.log(`${name}: ${font.length} → ${subset.length} bytes`);
}
copyFileSync(join(pkgDir, 'LICENSE'), join(out, 'LICENSE'));
