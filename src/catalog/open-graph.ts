/**
 * Open Graph product tags (`product:price:amount`, `og:price:amount`, `product:availability`, …):
 * the last place a page may state a price when its schema.org markup has no offer.
 */
import type { Product } from '../../workers/protocol/product.ts';
import { parseLocaleNumber } from '../../common/locale-number.ts';
import { absoluteUrl } from '../../common/json-ld/json-ld-values.ts';
import { plainText } from '../../common/json-ld/plain-text.ts';

/** The `content` of the first `<meta property|name>` among `names`. */
function meta(doc: Document, ...names: string[]): string | undefined {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
    const value = el?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
}

/** What the Open Graph tags say about the offer: price, currency, availability. */
export function openGraphOffer(doc: Document, lang?: string): Pick<Product, 'price' | 'currency' | 'availability'> {
  const currency = meta(doc, 'product:price:currency', 'og:price:currency');
  const amount = meta(doc, 'product:price:amount', 'og:price:amount');
  const availability = meta(doc, 'product:availability', 'og:availability');
  const stock: Record<string, string> = { instock: 'InStock', 'in stock': 'InStock', oos: 'OutOfStock', 'out of stock': 'OutOfStock', outofstock: 'OutOfStock', preorder: 'PreOrder', pending: 'PreOrder', discontinued: 'Discontinued' };
  return {
    price: amount ? parseLocaleNumber(amount, { lang, currency }) : undefined,
    currency,
    availability: availability ? stock[availability.toLowerCase()] ?? availability : undefined,
  };
}

/** A product from Open Graph tags alone (`og:type` product), for pages with no schema.org product. */
export function openGraphProduct(doc: Document, lang?: string): Product | undefined {
  const type = meta(doc, 'og:type');
  const title = meta(doc, 'og:title');
  if (!title || !type || !/^(og:)?product/i.test(type)) return undefined;
  const offer = openGraphOffer(doc, lang);
  const url = absoluteUrl(meta(doc, 'og:url'), doc.baseURI);
  const description = meta(doc, 'og:description');
  return {
    id: meta(doc, 'product:retailer_item_id') ?? url ?? plainText(title),
    title: plainText(title),
    url,
    brand: meta(doc, 'product:brand', 'og:brand'),
    description: description ? plainText(description) : undefined,
    image: absoluteUrl(meta(doc, 'og:image', 'og:image:url'), doc.baseURI),
    ...offer,
    reviews: [],
    attributes: {},
    tags: [],
  };
}
