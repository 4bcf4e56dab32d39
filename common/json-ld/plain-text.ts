import { htmlToText } from '../html-to-text.ts';
import { elementText, tidyLines } from './element-text.ts';

/**
 * Text from the page's schema.org markup may hold HTML ("CoolTech&trade;", "<p>Soft</p>"): keep the
 * text only, never the markup. Line breaks stay: those the text has ("\n" in JSON-LD) and those its
 * markup makes (block elements and `<br>` end a line, element-text.ts), so words of neighbouring
 * blocks never glue together; spaces collapse and empty lines go. In a page the browser's own parser
 * reads it into a parsed, never-attached document (no script runs, no resource loads), so the page
 * carries no entity table of its own. Outside a browser (Node: tests, tools reading saved pages) the
 * small shared reader in common/ drops the tags and decodes the entities. (Feeds are read by the
 * engine with the same common/html-to-text.ts and a full HTML5 entity table.)
 */
export function plainText(value: string): string {
  if (!/[<&]/.test(value)) return tidyLines(value);
  if (typeof DOMParser === 'undefined') return tidyLines(htmlToText(value));
  const doc = new DOMParser().parseFromString(value.replace(/\r?\n/g, '<br>'), 'text/html');
  return elementText(doc.body);
}
