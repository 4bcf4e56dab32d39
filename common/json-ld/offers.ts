/** What a product's schema.org offers say: price, currency, availability. */
import { list, num, schemaValue, text, types, type LdNode } from './json-ld-values.ts';

/** The offers of one product, summed up. */
export interface OfferSummary {
  price?: number;
  currency?: string;
  availability?: string;
  url?: string;
  highPrice?: number;
  offerCount?: number;
}

/** How numbers are read: the page's language, and a currency when the offer names none. */
export interface OfferContext {
  lang?: string;
  currency?: string;
}

/**
 * What the offers say: the lowest price among them (Offer, a list of Offers, AggregateOffer
 * with lowPrice/highPrice or its own offers, priceSpecification), its currency, and "InStock"
 * when any offer is in stock. Prices are read with the offer's currency and the page's language
 * ("€ 1.299" is 1299, "1.299.000 ₫" 1299000).
 */
export function summarizeOffers(v: unknown, context: OfferContext = {}): OfferSummary {
  const flat = list(v).flatMap((o) => {
    const node = o as LdNode;
    if (!node || typeof node !== 'object') return [];
    if (!types(node).includes('AggregateOffer') || !node.offers) return [node];
    // Offers inside an AggregateOffer often leave the currency to it.
    const inherited = { priceCurrency: node.priceCurrency, availability: node.availability };
    return [node, ...list(node.offers).filter((x) => x && typeof x === 'object').map((x) => ({ ...inherited, ...(x as LdNode) }))];
  }) as LdNode[];
  const priced = flat.map((o) => {
    const spec = list(o.priceSpecification).find((s) => num((s as LdNode)?.price) !== undefined) as LdNode | undefined;
    const currency = text(o.priceCurrency) ?? text(spec?.priceCurrency) ?? context.currency;
    const hints = { lang: context.lang, currency };
    return {
      price: num(o.price, hints) ?? num(o.lowPrice, hints) ?? num(spec?.price, hints),
      highPrice: num(o.highPrice, hints),
      currency,
      availability: schemaValue(o.availability),
      url: text(o.url),
      offerCount: num(o.offerCount, { integer: true }),
    };
  });
  const withPrice = priced.filter((o) => o.price !== undefined).sort((a, b) => a.price! - b.price!);
  const best = withPrice[0] ?? priced[0];
  if (!best) return {};
  const availabilities = priced.map((o) => o.availability).filter(Boolean);
  const highest = Math.max(...withPrice.map((o) => o.highPrice ?? o.price!));
  return {
    ...best,
    availability: availabilities.find((a) => /InStock/i.test(a!)) ?? availabilities[0],
    highPrice: best.price !== undefined && highest > best.price ? highest : undefined,
  };
}
