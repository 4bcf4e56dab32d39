import type { Product, SpecLabel } from '../../../workers/engine-api.ts';
import { formatPrice } from '../../format.ts';
import type { UiStrings } from '../../strings.ts';
import type { EngineClient } from '../../engine-client.ts';
import type { Reply } from './conversation.ts';
import { attributeLabel } from '../../../common/attribute-label.ts';
import { measuredValue } from '../../../common/measure-units.ts';

/** One row of the compare table: a label and one cell per product. */
export interface CompareRow {
  label: string;
  /** The label's language when it is not the table's (a spec name no vocabulary word translates). */
  lang?: 'en' | 'zh';
  cells: string[];
}

/** The most products the compare view shows side by side. */
export const maxCompare = 4;

/**
 * A spec value as a cell. A measured value (weight, dimensions, battery life, ...) shows its unit:
 * the one its name states when the value is a bare number ("weight_kg": 9 → "9 kg"), and else, with
 * none stated, says so ("9 (unit not stated)"): a bare number cannot be compared.
 */
function valueText(name: string, value: string | string[] | undefined, t: UiStrings): string {
  const text = Array.isArray(value) ? value.join(', ') : (value ?? '');
  const measured = measuredValue(name, text);
  if (!measured) return text;
  if (measured.unitMissing) return t.unitNotStated(text);
  return measured.unit ? (/^\s*[\d.,]+\s*$/.test(text) ? `${text.trim()} ${measured.unit}` : `${text} (${measured.unit})`) : text;
}

/** The spec names every product lists (case-insensitive), as the first product writes them, in its order. */
export function sharedAttributes(products: readonly Product[]): string[] {
  const keys = products.map((p) => new Set(Object.keys(p.attributes).map((k) => k.toLowerCase())));
  return Object.keys(products[0]?.attributes ?? {}).filter((name) => keys.every((k) => k.has(name.toLowerCase())));
}

/**
 * The compare reply for `products` in the shopper's language `lang`: the engine gives the shared spec
 * rows' labels in it (glossary and aspect vocabulary; a name neither knows as written, with its
 * language). If the engine cannot, the rows keep their names as written.
 */
export async function compareReply(products: Product[], lang: 'en' | 'zh', client: Pick<EngineClient, 'specLabels'>): Promise<Reply> {
  const names = sharedAttributes(products);
  try {
    const labels = names.length ? await client.specLabels(names, lang) : [];
    return { kind: 'compare', products, lang, labels: Object.fromEntries(names.map((name, i) => [name, labels[i]!])) };
  } catch (error) {
    console.warn('aisle: compare labels', error);
    return { kind: 'compare', products, lang };
  }
}

/**
 * The rows that compare products: price, rating and brand, then every spec attribute that all
 * of them list (case-insensitive name), in the first product's order, labelled by `labels` (the
 * engine's, in the table's language `lang`) or else as the shop named it.
 */
export function compareRows(products: Product[], t: UiStrings, locale?: string, labels?: Readonly<Record<string, SpecLabel>>, lang?: 'en' | 'zh'): CompareRow[] {
  const rows: CompareRow[] = [
    { label: t.price, cells: products.map((p) => formatPrice(p.price, p.currency, locale) || '—') },
    { label: t.rating, cells: products.map((p) => (p.rating !== undefined ? `★ ${p.rating.toFixed(1)}${p.reviewCount ? ` (${p.reviewCount})` : ''}` : '—')) },
    { label: t.brand, cells: products.map((p) => p.brand ?? '—') },
  ];
  const byName = products.map((p) => new Map(Object.entries(p.attributes).map(([k, v]) => [k.toLowerCase(), { name: k, value: v }])));
  for (const [key, { name }] of byName[0] ?? new Map()) {
    if (!byName.every((m) => m.has(key))) continue;
    const label = labels?.[name];
    rows.push({
      label: label?.text ?? attributeLabel(name), ...(label && lang && label.lang !== lang ? { lang: label.lang } : {}),
      cells: byName.map((m) => valueText(m.get(key)!.name, m.get(key)!.value, t)),
    });
  }
  return rows;
}

/** True when only the fixed rows (price, rating, brand) came out: the products share no attribute. */
export function sharesNoAttributes(rows: CompareRow[]): boolean {
  return rows.length <= 3;
}
