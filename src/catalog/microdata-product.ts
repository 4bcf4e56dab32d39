import { elementText } from '../../common/json-ld/element-text.ts';
import { MAX_JSON_LD_DEPTH } from '../../common/json-ld/json-ld-blocks.ts';
import type { LdNode } from '../../common/json-ld/json-ld-values.ts';

/**
 * The value of one microdata property element, as the HTML standard defines it, except that text
 * keeps block boundaries (element-text.ts) and items nested deeper than MAX_JSON_LD_DEPTH are left out.
 */
function propertyValue(el: Element, depth: number): unknown {
  if (el.hasAttribute('itemscope')) return depth >= MAX_JSON_LD_DEPTH ? undefined : microdataItem(el, depth + 1);
  const tag = el.localName;
  if (tag === 'meta') return el.getAttribute('content') ?? '';
  if (['a', 'area', 'link'].includes(tag)) return el.getAttribute('href') ?? '';
  if (['img', 'audio', 'video', 'source', 'iframe', 'embed', 'track'].includes(tag)) return el.getAttribute('src') ?? '';
  if (tag === 'object') return el.getAttribute('data') ?? '';
  if (tag === 'data' || tag === 'meter') return el.getAttribute('value') ?? '';
  if (tag === 'time') return el.getAttribute('datetime') ?? elementText(el);
  return el.getAttribute('content') ?? elementText(el);
}

/**
 * Reads one microdata item (an element with `itemscope`) into a JSON-LD-shaped node: its
 * `itemtype` becomes `@type`, each `itemprop` a key (repeated ones a list), nested items nodes.
 */
export function microdataItem(scope: Element, depth = 0): LdNode {
  const node: LdNode = {};
  const type = scope.getAttribute('itemtype');
  if (type) node['@type'] = type.trim().split(/\s+/).map((t) => t.replace(/^https?:\/\/schema\.org\//, ''));
  for (const el of scope.querySelectorAll('[itemprop]')) {
    // A property belongs to the nearest item around it, not to this one when an item sits between.
    if (el.parentElement?.closest('[itemscope]') !== scope) continue;
    const value = propertyValue(el, depth);
    if (value === undefined) continue;
    for (const name of (el.getAttribute('itemprop') ?? '').trim().split(/\s+/).filter(Boolean)) {
      const existing = node[name];
      node[name] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
    }
  }
  return node;
}

/** Every top-level schema.org Product item marked up with microdata in a document. */
export function microdataProducts(doc: Document): LdNode[] {
  return [...doc.querySelectorAll('[itemscope][itemtype]')]
    .filter((el) => /(^|\/|\s)Product(Group)?(\s|$)/.test(el.getAttribute('itemtype') ?? '') && !el.hasAttribute('itemprop'))
    .map((el) => microdataItem(el));
}
