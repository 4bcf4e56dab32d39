/** Readers for the loosely typed values schema.org markup holds in the wild. */
import { parseLocaleNumber, type NumberHints } from '../locale-number.ts';
import { plainText } from './plain-text.ts';

/** A JSON-LD node: any object. */
export type LdNode = Record<string, unknown>;

/** A text value: a string, a number, a `{name}` object (Brand, Person, Thing), or the first of a list. */
export function text(v: unknown): string | undefined {
  if (typeof v === 'string') return plainText(v) || undefined;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (Array.isArray(v)) {
    for (const item of v) {
      const t = text(item);
      if (t) return t;
    }
    return undefined;
  }
  if (v && typeof v === 'object') {
    const node = v as LdNode;
    return text(node.name) ?? text(node['@value']);
  }
  return undefined;
}

/** Every text of a value that may be a list ("a, b" strings are split by `split`). */
export function texts(v: unknown, split?: RegExp): string[] {
  const out = list(v).map(text).filter((x): x is string => !!x);
  return split ? out.flatMap((t) => t.split(split).map((s) => s.trim()).filter(Boolean)) : out;
}

/**
 * A number: 12, "12.50", "$1,299.00", "1.299,00 €", "4,5", "€ 1.299" (common/locale-number.ts reads
 * it; `hints` give the page's language, the currency, or that it counts things).
 */
export function num(v: unknown, hints?: NumberHints): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (Array.isArray(v)) return num(v[0], hints);
  if (v && typeof v === 'object') return num((v as LdNode)['@value'] ?? (v as LdNode).value, hints);
  if (typeof v !== 'string') return undefined;
  return parseLocaleNumber(v, hints);
}

/** A value as a list: undefined/null -> [], a single value -> [value]. */
export function list(v: unknown): unknown[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

/** The short schema.org type names of a node ("http://schema.org/Product" -> "Product"). */
export function types(node: LdNode): string[] {
  return list(node['@type']).map((t) => String(t).replace(/^https?:\/\/schema\.org\//, ''));
}

/**
 * A schema.org enumeration value without its prefix: "http://schema.org/InStock", "InStock",
 * `{"@id": "https://schema.org/InStock"}` all give "InStock".
 */
export function schemaValue(v: unknown): string | undefined {
  const raw = v && typeof v === 'object' && !Array.isArray(v) && '@id' in v ? (v as LdNode)['@id'] : v;
  return text(raw)?.replace(/^https?:\/\/schema\.org\//i, '');
}

/** An absolute URL, or undefined when it cannot be one. */
export function absoluteUrl(v: unknown, base: string): string | undefined {
  const t = typeof v === 'string' ? v.trim() : text(v);
  if (!t) return undefined;
  try {
    return new URL(t, base).href;
  } catch {
    return undefined;
  }
}
