/** A JSON-LD node as parsed from a page. */
export type JsonLdNode = Record<string, unknown>;

/** A JSON-LD value as a list (absent -> [], single -> [value]). */
export const jsonLdList = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

/** The node's `@type`s, without a schema.org prefix. */
export const jsonLdTypes = (node: JsonLdNode): string[] =>
  jsonLdList(node['@type']).map((t) => String(t).replace(/^https?:\/\/schema\.org\//, ''));

/** A trimmed string, a number as a string, or the `name` / first item of an object / list. */
export function jsonLdText(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return jsonLdText(v[0]);
  if (v && typeof v === 'object' && 'name' in v) return jsonLdText((v as JsonLdNode).name);
  return undefined;
}

/** An enumeration value's name ("https://schema.org/FreeReturn" -> "FreeReturn"). */
export const jsonLdEnum = (v: unknown): string | undefined =>
  jsonLdText(typeof v === 'object' && v && '@id' in v ? (v as JsonLdNode)['@id'] : v)?.replace(/^https?:\/\/schema\.org\//, '');

/** Every node of the given types inside a JSON-LD value: plain, arrays, `@graph`, and nested `mainEntity`. */
export function findJsonLdNodes(value: unknown, wanted: string[]): JsonLdNode[] {
  const found: JsonLdNode[] = [];
  const seen = new Set<unknown>();
  const visit = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (!v || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    const node = v as JsonLdNode;
    if (jsonLdTypes(node).some((t) => wanted.includes(t))) found.push(node);
    if (node['@graph']) visit(node['@graph']);
    if (node.mainEntity) visit(node.mainEntity);
    if (node.itemListElement) visit(node.itemListElement);
    if (node.item) visit(node.item);
  };
  visit(value);
  return found;
}
