/**
 * Responsive markup for our own images in article bodies. Runs after rehype-sanitize, so only an `<img>`
 * that survived sanitizing and whose `src` is exactly one of our media URLs gets `srcset`, `sizes`,
 * `width`, `height`, `loading="lazy"` and `decoding="async"`. Everything is derived from the URL itself
 * (see media-urls.ts), so rendering stays pure and needs no database; the values it writes are numbers
 * and our own paths, never text from the author.
 */
import type { Root } from 'hast';
import { responsiveImage } from '../../media/media-urls.js';
import { visitElements } from './hast-tools.js';

export function rehypeMediaImages() {
  return (tree: Root): void => {
    visitElements(tree, (element) => {
      if (element.tagName !== 'img') return;
      const src = element.properties['src'];
      if (typeof src !== 'string') return;
      const image = responsiveImage(src, 'body');
      if (!image) return;
      element.properties['srcSet'] = image.srcset;
      element.properties['sizes'] = image.sizes;
      element.properties['width'] = image.width;
      element.properties['height'] = image.height;
      element.properties['loading'] = 'lazy';
      element.properties['decoding'] = 'async';
    });
  };
}
