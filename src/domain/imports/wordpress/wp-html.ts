// The string-level steps WordPress itself applies to a post body before it is HTML:
// Gutenberg block comments (structure only, the HTML between them is the content), the
// <!--more--> and <!--nextpage--> markers, embeds (a URL alone on its line), and wpautop,
// which turns the classic editor's blank-line paragraphs and single line breaks into <p>/<br>.
// wpautop is not applied to block content, exactly as WordPress does not.

const BLOCKS = '(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary)';

export function isBlockContent(html: string): boolean {
  return /<!--\s*wp:[a-z]/i.test(html);
}

/** Drops block delimiters and WordPress's own markers; other comments go too (nothing renders them). */
export function stripComments(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/g, (c) => (/^<!--\s*\/?wp:/.test(c) ? '\n' : ''));
}

/** A bare http(s) URL alone on a line is an oEmbed in WordPress; here it becomes a plain link. */
export function embedLines(html: string): string {
  return html.replace(/^[ \t]*(https?:\/\/[^\s<>"'[\]]+)[ \t]*$/gim, (_line, url: string) => {
    const safe = url.replace(/&(?!amp;)/g, '&amp;');
    return `<p><a href="${safe}">${safe}</a></p>`;
  });
}

/** A port of WordPress's wpautop() (wp-includes/formatting.php), without its rarely used options. */
export function wpautop(input: string): string {
  if (!input.trim()) return '';
  const pres: string[] = [];
  let text = input.replace(/<pre\b[\s\S]*?<\/pre>/gi, (m) => `<pre data-mh-pre="${pres.push(m) - 1}"></pre>`);
  text = `${text.replace(/\r\n?/g, '\n')}\n`;
  text = text.replace(/<br\s*\/?>\s*<br\s*\/?>/gi, '\n\n');
  text = text.replace(new RegExp(`(<${BLOCKS}[\\s/>])`, 'gi'), '\n\n$1');
  text = text.replace(new RegExp(`(</${BLOCKS}>)`, 'gi'), '$1\n\n');
  text = text.replace(/<hr\s*?\/?>/gi, '<hr />\n\n');
  text = text.replace(/\n\n+/g, '\n\n');
  text = text
    .split(/\n\s*\n/)
    .filter((p) => p.trim())
    .map((p) => `<p>${p.replace(/^\n*|\n*$/g, '')}</p>\n`)
    .join('');
  text = text.replace(/<p>\s*<\/p>/g, '');
  text = text.replace(/<p>([^<]+)<\/(div|address|form)>/gi, '<p>$1</p></$2>');
  text = text.replace(new RegExp(`<p>\\s*(</?${BLOCKS}[^>]*>)\\s*</p>`, 'gi'), '$1');
  text = text.replace(/<p>(<li.+?)<\/p>/gi, '$1');
  text = text.replace(/<p><blockquote([^>]*)>/gi, '<blockquote$1><p>');
  text = text.replace(/<\/blockquote><\/p>/gi, '</p></blockquote>');
  text = text.replace(new RegExp(`<p>\\s*(</?${BLOCKS}[^>]*>)`, 'gi'), '$1');
  text = text.replace(new RegExp(`(</?${BLOCKS}[^>]*>)\\s*</p>`, 'gi'), '$1');
  // Single line breaks inside a paragraph are kept as <br> (poems, addresses), but not inside tags.
  text = text.replace(/<[^>]*>/g, (tag) => tag.replace(/\n/g, ' '));
  text = text.replace(/(?<!<br \/>)\s*\n/g, '<br />\n');
  text = text.replace(new RegExp(`(</?${BLOCKS}[^>]*>)\\s*<br />`, 'gi'), '$1');
  text = text.replace(/<br \/>(\s*<\/?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)/gi, '$1');
  text = text.replace(/\n<\/p>$/g, '</p>');
  return text.replace(/<pre data-mh-pre="(\d+)"><\/pre>/g, (_m, i: string) => pres[Number(i)] ?? '');
}
