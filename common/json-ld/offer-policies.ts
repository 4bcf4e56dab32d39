import type { PolicyEntry } from '../../workers/protocol/store.ts';
import { policyUrl } from '../policy-url.ts';
import { findJsonLdNodes, jsonLdEnum, jsonLdList, jsonLdText, type JsonLdNode } from './json-ld-nodes.ts';

const node = (v: unknown): JsonLdNode | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as JsonLdNode) : undefined);

const unitNames: Record<string, string> = { DAY: 'days', d: 'days', HUR: 'hours', h: 'hours', WEE: 'weeks', wk: 'weeks', MON: 'months' };

/** "1-3 days" from a QuantitativeValue (minValue/maxValue/value, unitCode DAY by default), or a ServicePeriod's `duration`. */
function span(v: unknown): string | undefined {
  const period = node(v);
  const q = period?.duration !== undefined ? node(period.duration) : period;
  if (!q) return undefined;
  const min = jsonLdText(q.minValue);
  const max = jsonLdText(q.maxValue);
  const one = jsonLdText(q.value);
  const unit = unitNames[jsonLdText(q.unitCode) ?? 'DAY'] ?? jsonLdText(q.unitText) ?? 'days';
  if (min && max) return min === max ? `${min} ${unit}` : `${min}-${max} ${unit}`;
  const n = max ?? min ?? one;
  return n ? `${n} ${unit}` : undefined;
}

/** "US, CA" from a DefinedRegion or a list of them. */
function regions(v: unknown): string | undefined {
  const names = jsonLdList(v).flatMap((r) => {
    const region = node(r);
    if (!region) return typeof r === 'string' ? [r] : [];
    const country = jsonLdList(region.addressCountry).map(jsonLdText).filter(Boolean).join(', ');
    const area = jsonLdList(region.addressRegion).map(jsonLdText).filter(Boolean).join(', ');
    return [[area, country].filter(Boolean).join(' ')].filter(Boolean);
  });
  return names.length ? names.join('; ') : undefined;
}

/** A sentence for a schema.org OfferShippingDetails: where, what it costs, how long. */
export function shippingDetailsText(details: JsonLdNode): string | undefined {
  const where = regions(details.shippingDestination);
  if (details.doesNotShip === true || details.doesNotShip === 'true') return where ? `Does not ship to ${where}.` : 'Does not ship.';
  const settings = node(details.shippingRate);
  // ShippingRateSettings holds the amount in its own shippingRate.
  const rate = settings?.shippingRate !== undefined ? node(settings.shippingRate) : settings;
  const amount = jsonLdText(rate?.value) ?? jsonLdText(rate?.maxValue);
  const currency = jsonLdText(rate?.currency) ?? '';
  const cost = amount === undefined ? undefined : Number(amount) === 0 ? 'free shipping' : `shipping ${amount} ${currency}`.trim();
  const time = node(details.deliveryTime);
  const handling = span(time?.handlingTime);
  const transit = span(time?.transitTime);
  const parts = [
    where ? `Ships to ${where}` : 'Ships',
    cost,
    handling ? `handling ${handling}` : undefined,
    transit ? `delivery ${transit}` : undefined,
  ].filter(Boolean);
  return parts.length > 1 ? `${parts.join('; ')}.` : undefined;
}

const returnFees: Record<string, string> = {
  FreeReturn: 'free returns',
  ReturnFeesCustomerResponsibility: 'the customer pays return shipping',
  ReturnShippingFees: 'a return shipping fee applies',
  OriginalShippingFees: 'the original shipping fee is charged',
  RestockingFees: 'a restocking fee applies',
};
const returnMethods: Record<string, string> = { ReturnByMail: 'by mail', ReturnInStore: 'in store', ReturnAtKiosk: 'at a kiosk' };

/**
 * The sentences for shipping details in any of their shapes: an OfferShippingDetails; one whose
 * `hasShippingService` holds ShippingServices; a ShippingService; each with `shippingConditions`
 * (destination, rate, transit time per condition) sharing the service's handling time.
 */
export function shippingTexts(details: JsonLdNode): string[] {
  const services = jsonLdList(details.hasShippingService).map(node).filter((n): n is JsonLdNode => !!n);
  if (services.length) return services.flatMap((service) => shippingTexts({ ...service, deliveryTime: service.deliveryTime ?? details.deliveryTime }));
  const conditions = jsonLdList(details.shippingConditions).map(node).filter((n): n is JsonLdNode => !!n);
  const handlingTime = details.handlingTime ?? node(details.deliveryTime)?.handlingTime;
  if (!conditions.length) {
    const text = shippingDetailsText(details.handlingTime !== undefined ? { ...details, deliveryTime: { ...node(details.deliveryTime), handlingTime } } : details);
    return text ? [text] : [];
  }
  return conditions.flatMap((c) => {
    const transitTime = c.transitTime ?? node(c.deliveryTime)?.transitTime ?? node(details.deliveryTime)?.transitTime;
    const text = shippingDetailsText({ ...c, deliveryTime: { handlingTime: c.handlingTime ?? handlingTime, transitTime } });
    return text ? [text] : [];
  });
}

/** A sentence for a schema.org MerchantReturnPolicy: whether, how long, who pays, how. */
export function returnPolicyText(policy: JsonLdNode): string | undefined {
  const category = jsonLdEnum(policy.returnPolicyCategory);
  const where = jsonLdList(policy.applicableCountry).map(jsonLdText).filter(Boolean).join(', ');
  const scope = where ? ` (${where})` : '';
  if (category === 'MerchantReturnNotPermitted') return `Returns are not accepted${scope}.`;
  const days = jsonLdText(policy.merchantReturnDays);
  const window =
    category === 'MerchantReturnUnlimitedWindow' ? 'Returns accepted at any time'
      : days ? `Returns accepted within ${days} days` : category === 'MerchantReturnFiniteReturnWindow' ? 'Returns accepted within a limited window' : undefined;
  const fee = returnFees[jsonLdEnum(policy.returnFees) ?? ''];
  const feeAmount = node(policy.returnShippingFeesAmount);
  const amount = feeAmount ? `${jsonLdText(feeAmount.value) ?? ''} ${jsonLdText(feeAmount.currency) ?? ''}`.trim() : undefined;
  const method = jsonLdList(policy.returnMethod).map((m) => returnMethods[jsonLdEnum(m) ?? '']).filter(Boolean).join(' or ');
  const parts = [window ? `${window}${scope}` : undefined, fee && amount ? `${fee} (${amount})` : fee, method].filter(Boolean);
  return parts.length ? `${parts.join('; ')}.` : undefined;
}

/** Policy entries from one node's shippingDetails / hasMerchantReturnPolicy (an Offer, a Product, an Organization). */
function policiesOf(holder: JsonLdNode, idBase: string, link: string | undefined, productId: string | undefined, pageUrl: string): PolicyEntry[] {
  const entries: PolicyEntry[] = [];
  const details = [...jsonLdList(holder.shippingDetails), ...(holder.hasShippingService ? [{ hasShippingService: holder.hasShippingService }] : [])];
  details.forEach((d, i) => {
    const texts = node(d) ? shippingTexts(node(d)!) : [];
    texts.forEach((text, j) => entries.push({ id: `${idBase}:shipping:${i + 1}${j ? `.${j + 1}` : ''}`, topics: ['shipping'], text, kind: 'offer-shipping', url: link, productId }));
  });
  jsonLdList(holder.hasMerchantReturnPolicy).forEach((p, i) => {
    const policy = node(p);
    const text = policy && returnPolicyText(policy);
    const own = policyUrl(jsonLdText(policy?.merchantReturnLink), pageUrl);
    if (text) entries.push({ id: `${idBase}:returns:${i + 1}`, topics: ['returns'], text, kind: 'offer-return', url: own ?? link, productId });
  });
  return entries;
}

const policyKeys = ['shippingDetails', 'hasShippingService', 'hasMerchantReturnPolicy'] as const;
const ownsPolicy = (holder: unknown) => !!node(holder) && policyKeys.some((key) => node(holder)![key] !== undefined);

/** Whether a product, one of its offers or a variant's offer carries shipping or return terms. */
function holdsPolicies(product: JsonLdNode): boolean {
  if (ownsPolicy(product) || jsonLdList(product.offers).some(ownsPolicy)) return true;
  return jsonLdList(product.hasVariant).some((v) => jsonLdList(node(v)?.offers).some(ownsPolicy));
}

/**
 * Shipping and return policies published as structured data: inside a Product's offers (they apply to
 * that product, `productId`), and on the shop's Organization / OnlineStore node (shop-wide).
 */
export function offerPolicyEntries(value: unknown, pageUrl: string, productIdOf: (product: JsonLdNode) => string | undefined): PolicyEntry[] {
  const entries: PolicyEntry[] = [];
  for (const product of findJsonLdNodes(value, ['Product', 'ProductGroup'])) {
    // Most products publish no policy: their id (a whole product read) is worked out only for those that do.
    if (!holdsPolicies(product)) continue;
    const productId = productIdOf(product);
    if (!productId) continue;
    const link = policyUrl(jsonLdText(product.url), pageUrl) ?? policyUrl(pageUrl, pageUrl);
    entries.push(...policiesOf(product, `offer:${productId}`, link, productId, pageUrl));
    jsonLdList(product.offers).forEach((o, i) => {
      const offer = node(o);
      if (offer) entries.push(...policiesOf(offer, `offer:${productId}:${i + 1}`, link, productId, pageUrl));
    });
    // A ProductGroup's variants carry their own offers: their policies are the group's (same text, one entry).
    jsonLdList(product.hasVariant).forEach((v, i) => {
      jsonLdList(node(v)?.offers).forEach((o, j) => {
        const offer = node(o);
        if (offer) entries.push(...policiesOf(offer, `offer:${productId}:v${i + 1}.${j + 1}`, link, productId, pageUrl));
      });
    });
  }
  for (const shop of findJsonLdNodes(value, ['Organization', 'OnlineStore', 'OnlineBusiness', 'Store', 'LocalBusiness'])) {
    const link = policyUrl(jsonLdText(shop.url), pageUrl) ?? policyUrl(pageUrl, pageUrl);
    entries.push(...policiesOf(shop, `shop:${jsonLdText(shop.name) ?? 'organization'}`, link, undefined, pageUrl));
  }
  return entries;
}
