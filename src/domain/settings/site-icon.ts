import { createHash } from 'node:crypto';
import type { Executor } from '../../db/database.js';
import { requireCan, type Actor } from '../accounts/policy.js';
import { inspectImage, MediaError } from '../media/image-processing.js';
import { ValidationError } from '../../shared/errors.js';

// The site icon: what tabs, bookmarks and home-screen shortcuts show. An admin uploads
// a square PNG, JPEG or WebP (checked by content, as every upload: SVG is refused);
// it is normalised to one 512 px PNG kept in the settings table, and every size the
// browsers ask for is derived from that master on demand. Without an upload the site
// gets a generated icon (its initials on the accent colour), so /favicon.ico never 404s.
// The version (a hash of the master) goes into the icon URLs, so a new icon shows at once
// while each version's files can be cached forever.

export const ICON_MAX_BYTES = 2 * 1024 * 1024;
export const ICON_MIN_SIDE = 48;
const MASTER_SIDE = 512;
/** the accent colour of site.css (light scheme) */
export const ICON_ACCENT = '#9e1f1f';
const FORMATS = ['png', 'jpeg', 'webp'];
const ACCEPTED = 'Choose a square PNG, JPEG or WebP image.';

// Not under "site.": getSiteSettings reads every site.% row, and the master is tens of KB.
const MASTER_KEY = 'icon.master';
const VERSION_KEY = 'icon.version';

export type IconFile = 'favicon.ico' | 'icon-32.png' | 'icon-192.png' | 'icon-512.png' | 'apple-touch-icon.png';
export const ICON_FILES: readonly IconFile[] = ['favicon.ico', 'icon-32.png', 'icon-192.png', 'icon-512.png', 'apple-touch-icon.png'];
const PNG_SIDES: Record<Exclude<IconFile, 'favicon.ico'>, number> = {
  'icon-32.png': 32,
  'icon-192.png': 192,
  'icon-512.png': 512,
  'apple-touch-icon.png': 180,
};
const ICO_SIDES = [16, 32, 48];

export interface IconSet {
  version: string;
  /** true when no icon was uploaded and the initials are shown */
  generated: boolean;
  files: Map<IconFile, { contentType: string; body: Buffer }>;
}

let sharpModule: Promise<typeof import('sharp')> | undefined;
async function loadSharp(): Promise<typeof import('sharp')['default']> {
  sharpModule ??= import('sharp');
  return (await sharpModule).default;
}

const shortHash = (data: Buffer | string) => createHash('sha256').update(data).digest('hex').slice(0, 12);

/** "The Policy Review" → "PR"; "Masthead" → "M"; small words are skipped when there are others. */
export function siteInitials(name: string): string {
  const words = name.split(/[\s\-–—_/]+/u).filter((w) => /\p{L}|\p{N}/u.test(w));
  const small = new Set(['the', 'a', 'an', 'of', 'and', 'for', 'on', 'in', 'le', 'la', 'les', 'der', 'die', 'das']);
  const main = words.filter((w) => !small.has(w.toLowerCase()));
  const pick = (main.length > 0 ? main : words).slice(0, 2);
  const letters = pick.map((w) => (w.match(/\p{L}|\p{N}/u)?.[0] ?? '').toLocaleUpperCase('en'));
  return letters.join('') || 'M';
}

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The generated icon as SVG: rounded square in the accent colour, the initials in white serif. */
export function initialsSvg(name: string): string {
  const initials = siteInitials(name);
  const size = initials.length > 1 ? 230 : 310;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${MASTER_SIDE}" height="${MASTER_SIDE}" viewBox="0 0 512 512">` +
    `<rect width="512" height="512" rx="96" fill="${ICON_ACCENT}"/>` +
    `<text x="256" y="256" dy="0.35em" text-anchor="middle" font-family="Source Serif 4, DejaVu Serif, Liberation Serif, serif" ` +
    `font-weight="700" font-size="${size}" fill="#ffffff">${escapeXml(initials)}</text></svg>`
  );
}

/** Why an icon was refused, next to the form's `icon` field. */
export class IconError extends ValidationError {
  constructor(message: string) {
    super(message, { icon: message });
    this.name = 'IconError';
  }
}

/** Checks an upload and returns the normalised 512 px PNG master; throws IconError for the form. */
export async function processIcon(input: Buffer): Promise<Buffer> {
  const refuse = (message: string): never => {
    throw new IconError(message);
  };
  if (input.length > ICON_MAX_BYTES) refuse(`The icon file is larger than 2 MB. ${ACCEPTED}`);
  let inspected;
  try {
    inspected = await inspectImage(input);
  } catch (err) {
    if (err instanceof MediaError) refuse(err.message.replace('Choose a JPEG, PNG, WebP or GIF image.', ACCEPTED));
    throw err;
  }
  if (!FORMATS.includes(inspected.format)) refuse(`${inspected.format.toUpperCase()} images are not accepted for the icon. ${ACCEPTED}`);
  const { width, height } = inspected;
  if (width < ICON_MIN_SIDE || height < ICON_MIN_SIDE) refuse(`The icon is too small (${width} × ${height} pixels). Choose one at least ${ICON_MIN_SIDE} × ${ICON_MIN_SIDE} pixels; 512 × 512 is best.`);
  // A few pixels off square is cropped; a banner-shaped logo would lose its ends, so it is refused.
  if (Math.max(width, height) > Math.min(width, height) * 1.1) refuse(`The icon must be square; this image is ${width} × ${height} pixels. Crop it to a square first.`);
  const sharp = await loadSharp();
  try {
    return await sharp(input, { limitInputPixels: 50_000_000, animated: false, failOn: 'error' })
      .rotate()
      .resize(MASTER_SIDE, MASTER_SIDE, { fit: 'cover' })
      .toColourspace('srgb')
      .png({ compressionLevel: 9 })
      .toBuffer();
  } catch {
    return refuse('That image is damaged or incomplete. Try saving it again, or choose another.');
  }
}

/** Generated icons' versions start with g, uploads' with u. */
export function isGeneratedIconVersion(version: string): boolean {
  return version.startsWith('g');
}

/** The version in the icon URLs: the uploaded master's hash, or one of the generated icon's inputs. */
export async function siteIconVersion(db: Executor, siteName: string): Promise<string> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', VERSION_KEY).executeTakeFirst();
  return row?.value ?? `g${shortHash(initialsSvg(siteName))}`;
}

async function uploadedMaster(db: Executor): Promise<{ version: string; png: Buffer } | null> {
  const rows = await db.selectFrom('settings').select(['key', 'value']).where('key', 'in', [MASTER_KEY, VERSION_KEY]).execute();
  const master = rows.find((r) => r.key === MASTER_KEY)?.value;
  const version = rows.find((r) => r.key === VERSION_KEY)?.value;
  return master && version ? { version, png: Buffer.from(master, 'base64') } : null;
}

/** An .ico holding PNG images (understood by every browser since IE Vista-era). */
export function buildIco(images: Array<{ side: number; png: Buffer }>): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ side, png }, i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(side >= 256 ? 0 : side, at);
    header.writeUInt8(side >= 256 ? 0 : side, at + 1);
    header.writeUInt16LE(1, at + 4);
    header.writeUInt16LE(32, at + 6);
    header.writeUInt32LE(png.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.png)]);
}

/** Every icon file, rendered from the uploaded master or the generated initials. */
export async function renderIconSet(db: Executor, siteName: string): Promise<IconSet> {
  const sharp = await loadSharp();
  const uploaded = await uploadedMaster(db);
  const master = uploaded?.png ?? (await sharp(Buffer.from(initialsSvg(siteName))).png().toBuffer());
  const version = uploaded?.version ?? (await siteIconVersion(db, siteName));
  const png = (side: number) => sharp(master).resize(side, side).png({ compressionLevel: 9 }).toBuffer();
  const files: IconSet['files'] = new Map();
  for (const [file, side] of Object.entries(PNG_SIDES) as Array<[IconFile, number]>) {
    files.set(file, { contentType: 'image/png', body: await png(side) });
  }
  const ico = await Promise.all(ICO_SIDES.map(async (side) => ({ side, png: await png(side) })));
  files.set('favicon.ico', { contentType: 'image/x-icon', body: buildIco(ico) });
  return { version, generated: uploaded === null, files };
}

async function put(db: Executor, key: string, value: string): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

/** Replaces the site icon; the caller emits the settings event so pages link the new version. */
export async function saveSiteIcon(db: Executor, actor: Actor | null, input: Buffer): Promise<{ version: string }> {
  requireCan(actor, 'admin.settings');
  const master = await processIcon(input);
  const version = `u${shortHash(master)}`;
  await put(db, MASTER_KEY, master.toString('base64'));
  await put(db, VERSION_KEY, version);
  return { version };
}

/** Back to the generated initials. */
export async function removeSiteIcon(db: Executor, actor: Actor | null): Promise<void> {
  requireCan(actor, 'admin.settings');
  await db.deleteFrom('settings').where('key', 'in', [MASTER_KEY, VERSION_KEY]).execute();
}

/** The web app manifest (JSON) for a version of the icon. */
export function webManifest(site: { name: string; version: string; iconUrl: (file: IconFile) => string }): string {
  return JSON.stringify({
    name: site.name,
    short_name: site.name.length > 12 ? siteInitials(site.name) : site.name,
    start_url: '/',
    display: 'browser',
    background_color: '#ffffff',
    theme_color: ICON_ACCENT,
    icons: [
      { src: site.iconUrl('icon-192.png'), sizes: '192x192', type: 'image/png' },
      { src: site.iconUrl('icon-512.png'), sizes: '512x512', type: 'image/png' },
    ],
  });
}

/** The versioned URL path of an icon file, e.g. /icons/u3f2a9c1b04aa/icon-192.png */
export function iconPath(version: string, file: IconFile | 'site.webmanifest'): string {
  return `/icons/${version}/${file}`;
}
