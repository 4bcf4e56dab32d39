/**
 * `{"@id": "…"}` references inside one JSON-LD block: Yoast / WooCommerce write a ProductGroup whose
 * `hasVariant` lists only references, with the variant Products elsewhere in the `@graph`.
 */
import { list, text, types, type LdNode } from './json-ld-values.ts';

/** Resolves a reference to the node of the block that carries that `@id` and more; other values as they are. */
export type Resolve = (v: unknown) => LdNode | undefined;

const isNode = (v: unknown): v is LdNode => !!v && typeof v === 'object' && !Array.isArray(v);

/** The block's nodes by `@id` (those with more than an `@id`), as a resolver. The block is depth-bounded already. */
export function referenceResolver(value: unknown): Resolve {
  const byId = new Map<string, LdNode>();
  const visit = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (!isNode(v)) return;
    const id = text(v['@id']);
    if (id && Object.keys(v).length > 1 && !byId.has(id)) byId.set(id, v);
    Object.values(v).forEach(visit);
  };
  visit(value);
  return (v) => {
    if (!isNode(v)) return undefined;
    const id = text(v['@id']);
    return Object.keys(v).length === 1 && id ? byId.get(id) ?? v : v;
  };
}

/** The variant nodes of the block's ProductGroups (resolved), each to its group: they are read as part of it, not on their own. */
export function variantGroups(groups: LdNode[], resolve: Resolve): Map<LdNode, LdNode> {
  const out = new Map<LdNode, LdNode>();
  for (const group of groups) {
    if (!types(group).includes('ProductGroup') && !list(group.hasVariant).length) continue;
    for (const v of list(group.hasVariant)) {
      const node = resolve(v);
      if (node && node !== group) out.set(node, group);
    }
  }
  return out;
}

/** A copy of a node whose reference-valued properties (`"image": {"@id": "#primaryimage"}`) are the nodes they name; one level only. */
export function withResolved(node: LdNode, resolve: Resolve | undefined): LdNode {
  if (!resolve) return node;
  const out: LdNode = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] = Array.isArray(value) ? value.map((v) => resolve(v) ?? v) : isNode(value) ? resolve(value) ?? value : value;
  }
  return out;
}
