/**
 * A shop page at the scale issue 20 names, generated (deterministic, no randomness): a product page
 * whose JSON-LD holds the page's Product with a 1 MB description, and an ItemList of 10,000 more
 * products, some described twice under the same id (with different fields each time) and some
 * without a price. The page bench (scripts/bench/page-scale.ts) and the browser test
 * (test/browser/page-scale.test.ts) read the same page.
 */

/** What the page holds, for the checks. */
export const scalePage = {
  products: 10_000,
  /** Every 500th listed product is described again under the same sku: 20 duplicates. */
  duplicateEvery: 500,
  /** Every 7th listed product has no offer (no price). */
  noPriceEvery: 7,
  descriptionBytes: 1_000_000,
  /** The page's own product and a fact said once, deep inside its long description. */
  main: { sku: 'scale-main', name: 'Harbor Reading Lamp', fact: 'The lamp has a dimmer with five brightness levels.' },
};

const categories = ['lamps', 'chairs', 'desks', 'rugs', 'shelves', 'kettles', 'mugs', 'pillows'];
const adjectives = ['Oak', 'Linen', 'Copper', 'Slate', 'Maple', 'Cedar', 'Indigo', 'Amber', 'Birch', 'Coral'];

/** The name of listed product i (unique: the number is in it). */
export const listedName = (i: number) => `${adjectives[i % adjectives.length]} ${categories[i % categories.length].replace(/s$/, '')} ${String(i).padStart(5, '0')}`;
export const listedSku = (i: number) => `scale-${i}`;

function listed(i: number): Record<string, unknown> {
  const product: Record<string, unknown> = {
    '@type': 'Product',
    sku: listedSku(i),
    name: listedName(i),
    category: categories[i % categories.length],
    description: `A ${categories[i % categories.length].replace(/s$/, '')} in ${adjectives[i % adjectives.length].toLowerCase()}, number ${i} of the range.`,
  };
  if (i % scalePage.noPriceEvery !== 0) product.offers = { '@type': 'Offer', price: (10 + (i % 90) + 0.99).toFixed(2), priceCurrency: 'USD', availability: 'https://schema.org/InStock' };
  return product;
}

/** A second description of listed product i: the same sku, a brand and a colour the first one lacks. */
function again(i: number): Record<string, unknown> {
  return { '@type': 'Product', sku: listedSku(i), name: listedName(i), brand: { '@type': 'Brand', name: 'Scalewright' }, color: 'Sand' };
}

/** About `bytes` of plain prose, with `fact` said once in the middle. */
function longDescription(bytes: number, fact: string): string {
  const filler = 'Its shade is woven from recycled paper and its base is weighted so it stands steady on a shelf. ';
  const half = filler.repeat(Math.ceil(bytes / 2 / filler.length));
  return `${half}${fact} ${half}`.slice(0, bytes);
}

/** The JSON-LD of the page (two blocks: the page's product, then the list). */
export function scaleJsonLd(): string[] {
  const { main, products, duplicateEvery } = scalePage;
  const mainBlock = {
    '@context': 'https://schema.org',
    '@type': 'Product',
    sku: main.sku,
    name: main.name,
    category: 'lamps',
    description: longDescription(scalePage.descriptionBytes, main.fact),
    offers: { '@type': 'Offer', price: '49.00', priceCurrency: 'USD', availability: 'https://schema.org/InStock' },
  };
  const items: Record<string, unknown>[] = [];
  for (let i = 0; i < products; i++) {
    items.push(listed(i));
    if (i % duplicateEvery === duplicateEvery - 1) items.push(again(i - duplicateEvery + 1));
  }
  const list = {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    itemListElement: items.map((item, position) => ({ '@type': 'ListItem', position: position + 1, item })),
  };
  // `<` is escaped as JSON allows, so no text can close the script element.
  return [mainBlock, list].map((block) => JSON.stringify(block).replace(/</g, '\\u003c'));
}

/** The whole page; `widget` is the script URL of the widget, or undefined for the page without it. */
export function scalePageHtml(widget?: string, attributes = ''): string {
  const blocks = scaleJsonLd().map((json) => `<script type="application/ld+json">${json}</script>`).join('\n');
  const embed = widget ? `<script type="module" src="${widget}"></script>` : '';
  const element = widget ? `<aisle-assistant ${attributes}></aisle-assistant>` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${scalePage.main.name}</title>
${blocks}
${embed}
</head><body><h1>${scalePage.main.name}</h1><p>One of ${scalePage.products} products.</p>${element}</body></html>`;
}
