/**
 * What the widget reads from a page, as one report a merchant can check before going live: the
 * products, the page's own product with its variants, the policies, and every warning. The element
 * gives it (`element.inspect()`), and so does the CLI (`npx aisle inspect <url|file>`), from the same
 * readers the widget uses.
 */
import type { Product } from '../../workers/protocol/product.ts';
import type { PolicyEntry } from '../../workers/protocol/store.ts';
import { MAX_JSON_LD_DEPTH } from '../../common/json-ld/json-ld-blocks.ts';
import { MAX_PAGE_PRODUCTS, readPageCatalog, type PageCatalog } from '../catalog/read-page-catalog.ts';
import { readPagePolicies } from '../store/read-page-policies.ts';

/** The report of one page. */
export interface PageReport {
  url: string;
  /** The page's language (`<html lang>`), which numbers such as "1.299" are read with. */
  language?: string;
  /** Where the products came from. */
  source: PageCatalog['source'];
  products: Product[];
  /** The product the page is about (its variants in `variants`), if it is a product page. */
  pageProduct?: Product;
  policies: PolicyEntry[];
  warnings: string[];
  /** The readers' bounds. */
  limits: { maxProducts: number; maxJsonLdDepth: number };
}

/** Reads a document as the widget does and reports it. Never throws for what the page holds. */
export function inspectPage(doc: Document = document): PageReport {
  const catalog = readPageCatalog(doc);
  const policies = readPagePolicies(doc);
  return {
    url: doc.baseURI,
    language: doc.documentElement?.getAttribute('lang') || undefined,
    source: catalog.source,
    products: catalog.products,
    pageProduct: catalog.products.find((p) => p.id === catalog.pageProductId),
    policies: policies.entries,
    // The catalog's and the policies' readers read the same blocks: a broken block is one warning.
    warnings: [...new Set([...catalog.warnings, ...policies.warnings])],
    limits: { maxProducts: MAX_PAGE_PRODUCTS, maxJsonLdDepth: MAX_JSON_LD_DEPTH },
  };
}

/** Page text printed to a terminal: no control characters (a page could hold escape sequences). */
const clean = (v: unknown) => String(v).replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');

const money = (price?: number, currency?: string) => (price === undefined ? 'no price' : `${price}${currency ? ` ${currency}` : ''}`);

function productLines(p: Product, indent: string, head = indent): string[] {
  const facts = [
    money(p.price, p.currency),
    p.availability ?? 'availability not stated',
    p.brand && `brand ${p.brand}`,
    p.rating !== undefined && `rating ${p.rating}${p.reviewCount !== undefined ? ` (${p.reviewCount} ratings)` : ''}`,
    p.reviews.length && `${p.reviews.length} review text(s)`,
  ].filter(Boolean);
  const lines = [`${head}${clean(p.title)}  [id ${clean(p.id)}]`, `${indent}  ${clean(facts.join(' · '))}`];
  if (p.url) lines.push(`${indent}  ${clean(p.url)}`);
  const specs = Object.entries(p.attributes).map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : v}`);
  if (specs.length) lines.push(`${indent}  ${clean(specs.join(' · '))}`);
  return lines;
}

/** The report as text, the way `npx aisle inspect` prints it. */
export function formatPageReport(r: PageReport): string {
  const out = [`Page: ${clean(r.url)}${r.language ? ` (language ${clean(r.language)})` : ''}`];
  out.push(`Products read: ${r.products.length}${r.products.length ? ` (from ${r.source})` : ''}`);
  if (r.pageProduct) {
    out.push('', 'Page product:', ...productLines(r.pageProduct, '  '));
    const variants = r.pageProduct.variants ?? [];
    if (variants.length) {
      out.push(`  Variants (${variants.length}):`);
      for (const v of variants) {
        const options = Object.entries(v.options).map(([k, x]) => `${k} ${x}`).join(', ');
        out.push(`    ${v.selected ? '*' : '-'} ${clean(v.title)}  [id ${clean(v.id)}]  ${clean(options)}  ${money(v.price, v.currency)}  ${v.availability ?? ''}${v.selected ? '  (shown on this page)' : ''}`.trimEnd());
      }
    }
  } else {
    out.push('', 'Page product: none (a product page needs one Product or ProductGroup at the top of its JSON-LD)');
  }
  const others = r.products.filter((p) => p !== r.pageProduct);
  if (others.length) {
    out.push('', `Other products (${others.length}):`);
    for (const p of others.slice(0, 50)) out.push(...productLines(p, '    ', '  - '));
    if (others.length > 50) out.push(`  … and ${others.length - 50} more`);
  }
  out.push('', `Policies (${r.policies.length}):`);
  for (const e of r.policies) out.push(`  - [${e.kind}${e.productId ? ` for ${clean(e.productId)}` : ''}] ${clean(e.question ? `${e.question} → ` : '')}${clean(e.text)}`);
  out.push('', `Warnings (${r.warnings.length}):`);
  for (const w of r.warnings) out.push(`  - ${clean(w)}`);
  out.push('', `Limits: at most ${r.limits.maxProducts} products per page; JSON-LD read to ${r.limits.maxJsonLdDepth} levels deep.`);
  return out.join('\n');
}
