import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, parse } from 'node:path';
import { fileURLToPath } from 'node:url';

// Builds the theme in memory when the server starts: the footnote script is
// bundled and the stylesheet minified with esbuild, the fonts read from
// node_modules, and every file named by a hash of its content so the server can
// cache them forever. There is no build step to forget and nothing to go stale.

export interface ThemeAsset {
  /** e.g. /static/site.3f2a9c1b04.css */
  path: string;
  body: Buffer;
  contentType: string;
}

export interface ThemeAssets {
  /** URL of the stylesheet */
  css: string;
  /** URL of the client script */
  js: string;
  /** URL of the editorial desk's stylesheet (desk pages only) */
  deskCss: string;
  /** URL of the editorial desk's script, the CodeMirror editor (desk pages only) */
  deskJs: string;
  /** URL of the upright text face, for an optional <link rel="preload"> */
  fontSerif: string;
  /** every asset by its URL path */
  files: Map<string, ThemeAsset>;
}

const STATIC_PREFIX = '/static/';
/** The only font files the theme uses; site.css refers to them as url(fonts/NAME). */
export const THEME_FONTS = ['source-serif-4-latin-wght-normal.woff2', 'source-serif-4-latin-wght-italic.woff2'] as const;

const contentTypes: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** 10 hex digits of SHA-256: plenty to tell versions of a handful of files apart. */
export function contentHash(body: Buffer | string): string {
  return createHash('sha256').update(body).digest('hex').slice(0, 10);
}

/** "site.css" + body → an asset at /static/site.<hash>.css */
export function hashedAsset(fileName: string, body: Buffer): ThemeAsset {
  const { name, ext } = parse(fileName);
  return {
    path: `${STATIC_PREFIX}${name}.${contentHash(body)}${ext}`,
    body,
    contentType: contentTypes[ext] ?? 'application/octet-stream',
  };
}

/**
 * The theme sources live in src/web/theme/ of the project. Walking up to the
 * folder holding package.json finds them whether this module runs from src/
 * (under tsx) or from a compiled dist/ tree.
 */
export function findThemeDir(fromUrl: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(fromUrl));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return join(dir, 'src', 'web', 'theme');
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`theme: no package.json above ${fileURLToPath(fromUrl)}`);
    dir = parent;
  }
}

/** Replaces every url(fonts/NAME) with the hashed URL; an unknown font is a bug in site.css. */
export function substituteFontUrls(css: string, fontUrls: ReadonlyMap<string, string>): string {
  return css.replace(/url\(\s*(['"]?)fonts\/([\w.-]+)\1\s*\)/g, (_match, _quote: string, name: string) => {
    const url = fontUrls.get(name);
    if (!url) throw new Error(`theme: site.css refers to unknown font ${name}`);
    return `url(${url})`;
  });
}

// Subsets of the @fontsource files, made by scripts/subset-fonts.mjs (Latin only,
// weights 400-700), kept in the repository beside their licence.
async function loadFonts(themeDir: string): Promise<ThemeAsset[]> {
  return Promise.all(THEME_FONTS.map(async (name) => hashedAsset(name, await readFile(join(themeDir, 'fonts', name)))));
}

async function bundleScript(themeDir: string, entry = 'site.ts', outName = 'site.js'): Promise<ThemeAsset> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [join(themeDir, entry)],
    write: false,
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    legalComments: 'none',
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('theme: esbuild produced no script');
  return hashedAsset(outName, Buffer.from(output.contents));
}

async function buildStylesheet(themeDir: string, fonts: ThemeAsset[], fileName = 'site.css'): Promise<ThemeAsset> {
  const source = await readFile(join(themeDir, fileName), 'utf8');
  const fontUrls = new Map(fonts.map((font, i) => [THEME_FONTS[i] as string, font.path]));
  const { transform } = await import('esbuild');
  const { code } = await transform(substituteFontUrls(source, fontUrls), {
    loader: 'css',
    minify: true,
    legalComments: 'inline',
    logLevel: 'silent',
  });
  return hashedAsset(fileName, Buffer.from(code));
}

/** A digest of every theme source file: the cache key for built assets. */
async function sourceDigest(themeDir: string): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (dir: string): Promise<void> => {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else hash.update(path.slice(themeDir.length)).update(await readFile(path));
    }
  };
  await walk(themeDir);
  // The desk bundle includes CodeMirror from node_modules: a dependency upgrade must rebuild it.
  hash.update(await readFile(join(themeDir, '..', '..', '..', 'package-lock.json')).catch(() => ''));
  return hash.digest('hex').slice(0, 16);
}

interface CachedManifest {
  css: string;
  js: string;
  deskCss: string;
  deskJs: string;
  fontSerif: string;
  files: Array<{ path: string; contentType: string }>;
}

/**
 * Built assets are kept on disk keyed by a digest of their sources, so a restart
 * does not bundle and minify again (that is most of a cold start). Any change to
 * a theme file changes the digest.
 */
export async function loadThemeAssets(options: { cacheDir?: string } = {}): Promise<ThemeAssets> {
  const themeDir = findThemeDir();
  const cacheRoot = options.cacheDir ?? join(themeDir, '..', '..', '..', 'node_modules', '.cache', 'masthead-theme');
  const dir = join(cacheRoot, await sourceDigest(themeDir));
  try {
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as CachedManifest;
    const files = new Map<string, ThemeAsset>();
    for (const f of manifest.files) {
      files.set(f.path, { path: f.path, contentType: f.contentType, body: await readFile(join(dir, f.path.replace(/^.*\//, ''))) });
    }
    if (!manifest.deskCss || !manifest.deskJs) throw new Error('theme: cache from before the desk assets');
    return { css: manifest.css, js: manifest.js, deskCss: manifest.deskCss, deskJs: manifest.deskJs, fontSerif: manifest.fontSerif, files };
  } catch {
    // Not built yet (or unreadable): build below.
  }
  const assets = await buildThemeAssets(themeDir);
  await saveToCache(dir, assets).catch(() => undefined);
  return assets;
}

async function saveToCache(dir: string, assets: ThemeAssets): Promise<void> {
  const tmp = `${dir}.tmp-${process.pid}-${Date.now()}`;
  await mkdir(tmp, { recursive: true });
  for (const asset of assets.files.values()) await writeFile(join(tmp, asset.path.replace(/^.*\//, '')), asset.body);
  const manifest: CachedManifest = {
    css: assets.css,
    js: assets.js,
    deskCss: assets.deskCss,
    deskJs: assets.deskJs,
    fontSerif: assets.fontSerif,
    files: [...assets.files.values()].map((a) => ({ path: a.path, contentType: a.contentType })),
  };
  await writeFile(join(tmp, 'manifest.json'), JSON.stringify(manifest));
  // Another process may have won the race; theirs is identical.
  await rename(tmp, dir).catch(() => rm(tmp, { recursive: true, force: true }));
}

async function buildThemeAssets(themeDir: string): Promise<ThemeAssets> {
  // The desk script (CodeMirror, ~110 KB gzipped) is a separate bundle so public pages never load it.
  const [fonts, script, deskScript] = await Promise.all([
    loadFonts(themeDir),
    bundleScript(themeDir),
    bundleScript(themeDir, join('desk', 'desk.ts'), 'desk.js'),
  ]);
  // The stylesheet's own hash covers the font URLs, so it is built after them.
  const [stylesheet, deskStylesheet] = await Promise.all([
    buildStylesheet(themeDir, fonts),
    buildStylesheet(themeDir, fonts, 'desk.css'),
  ]);
  const files = new Map<string, ThemeAsset>();
  for (const asset of [stylesheet, script, deskStylesheet, deskScript, ...fonts]) files.set(asset.path, asset);
  return {
    css: stylesheet.path,
    js: script.path,
    deskCss: deskStylesheet.path,
    deskJs: deskScript.path,
    fontSerif: fonts[0]?.path ?? '',
    files,
  };
}
