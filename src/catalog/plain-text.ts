import { htmlToText } from '../../common/html-to-text.ts';

/**
 * Text from the page's schema.org markup may hold HTML ("CoolTech&trade;", "<p>Soft</p>"): keep the
 * text only, never the markup. In a page the browser's own parser reads it into a parsed,
 * never-attached document (no script runs, no resource loads), so the page carries no entity table
 * of its own. Outside a browser (Node: tests, tools reading saved pages) the small shared reader in
 * common/ drops the tags and decodes the common entities. (Feeds are read by the engine with the same
 * common/html-to-text.ts and a full HTML5 entity table.)
 */
export function plainText(value: string): string {
  if (!/[<&]/.test(value)) return value.trim();
  if (typeof DOMParser === 'undefined') return htmlToText(value).replace(/\s+/g, ' ').trim();
  const doc = new DOMParser().parseFromString(value, 'text/html');
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}
