import { decodeHTML } from 'entities';

/**
 * Shop text may hold HTML (theme descriptions, feeds exported from a CMS: "CoolTech&trade;",
 * "<p>Soft</p>"): keep the text only, never the markup. In a page, a parsed, never-attached
 * document reads it (no script runs, no resource loads); in a worker or Node, tags are dropped and
 * entities decoded (with `entities`, every HTML5 named entity).
 */
export function plainText(value: string): string {
  if (!/[<&]/.test(value)) return value.trim();
  if (typeof DOMParser !== 'undefined') {
    const doc = new DOMParser().parseFromString(value, 'text/html');
    return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
  }
  // Line breaks stay: feed descriptions list their bullet points one per line.
  return decodeHTML(value.replace(/<\/?[a-z][^>]*>/gi, ' '))
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .trim();
}
