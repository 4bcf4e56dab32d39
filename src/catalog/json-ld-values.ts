/** Readers for the loosely typed values schema.org markup holds in the wild. */
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
 * A number: 12, "12.50", "$1,299.00", "1.299,00 €", "4,5". A lone comma followed by 1–2 digits
 * is a decimal comma; otherwise commas and dots before 3 digits group thousands.
 */
export function num(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (Array.isArray(v)) return num(v[0]);
  if (v && typeof v === 'object') return num((v as LdNode)['@value'] ?? (v as LdNode).value);
  if (typeof v !== 'string') return undefined;
  let s = v.replace(/[^\d.,\-]/g, '');
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma > lastDot && /,\d{1,2}$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
  else s = s.replace(/,/g, '');
  const n = Number.parseFloat(s);
  return Number.isFinite(n) ? n : undefined;
}

/** A value as a list: undefined/null -> [], a single value -> [value]. */
export function list(v: unknown): unknown[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

/** The short schema.org type names of a node ("http://schema.org/Product" -> "Product"). */
export function types(node: LdNode): string[] {
  return list(node['@type']).map((t) => String(t).replace(/^https?:\/\/schema\.org\//, ''));
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
