/**
 * The text of an element as a reader sees it: `textContent` glues the text of neighbouring blocks
 * ("6 Treatment Pack</li><li>For use" → "6 Treatment PackFor use"); here block elements and `<br>`
 * end a line, and white space inside text collapses as the browser renders it. Script, style and
 * template content is not text. Walks the tree with its own stack, so no depth of markup can
 * overflow it.
 */

const blocks = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'option', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const skipped = new Set(['script', 'style', 'template', 'noscript']);

/**
 * Lines of text: spaces collapsed, each line trimmed, empty lines dropped. Only the white space that
 * changes is replaced (runs, and tabs or other spaces on their own), not every single space: on the
 * 1 MB description of scripts/bench/page-scale.ts that is 2-6 ms instead of about 500 ms.
 */
export function tidyLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/\s{2,}|[^\S ]/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** The element's text, one line per block, white space collapsed. */
export function elementText(root: Node): string {
  const parts: string[] = [];
  const stack: (Node | string)[] = [root];
  while (stack.length) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      parts.push(item);
      continue;
    }
    if (item.nodeType === 3 /* text */) {
      parts.push((item.nodeValue ?? '').replace(/\s{2,}|[^\S ]/g, ' '));
      continue;
    }
    if (item.nodeType !== 1 && item.nodeType !== 9 && item.nodeType !== 11) continue;
    const tag = item.nodeType === 1 ? (item as Element).localName : '';
    if (skipped.has(tag)) continue;
    const block = blocks.has(tag);
    if (block) stack.push('\n');
    const children = item.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    if (block) stack.push('\n');
  }
  return tidyLines(parts.join(''));
}
