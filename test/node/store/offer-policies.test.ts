import { describe, expect, it } from 'vitest';
import { offerPolicyEntries, returnPolicyText, shippingDetailsText } from '../../../common/json-ld/offer-policies.ts';

const page = 'https://shop.example/p/trail-shoe';
const idOf = (node: Record<string, unknown>) => (typeof node.sku === 'string' ? node.sku : undefined);

describe('OfferShippingDetails and MerchantReturnPolicy', () => {
  it('describes shipping details: where, cost, handling and transit time', () => {
    expect(shippingDetailsText({
      '@type': 'OfferShippingDetails',
      shippingRate: { '@type': 'MonetaryAmount', value: 4.99, currency: 'USD' },
      shippingDestination: { '@type': 'DefinedRegion', addressCountry: ['US', 'CA'] },
      deliveryTime: {
        '@type': 'ShippingDeliveryTime',
        handlingTime: { '@type': 'QuantitativeValue', minValue: 0, maxValue: 1, unitCode: 'DAY' },
        transitTime: { '@type': 'QuantitativeValue', minValue: 2, maxValue: 5, unitCode: 'DAY' },
      },
    })).toBe('Ships to US, CA; shipping 4.99 USD; handling 0-1 days; delivery 2-5 days.');
    expect(shippingDetailsText({ shippingRate: { value: 0, currency: 'EUR' }, shippingDestination: { addressCountry: 'DE' } }))
      .toBe('Ships to DE; free shipping.');
    expect(shippingDetailsText({ doesNotShip: true, shippingDestination: { addressCountry: 'BR' } })).toBe('Does not ship to BR.');
  });

  it('describes return policies: window, fees, method, or not permitted', () => {
    expect(returnPolicyText({
      '@type': 'MerchantReturnPolicy', applicableCountry: 'US', returnPolicyCategory: 'https://schema.org/MerchantReturnFiniteReturnWindow',
      merchantReturnDays: 30, returnFees: 'https://schema.org/FreeReturn', returnMethod: 'https://schema.org/ReturnByMail',
    })).toBe('Returns accepted within 30 days (US); free returns; by mail.');
    expect(returnPolicyText({ returnPolicyCategory: 'https://schema.org/MerchantReturnNotPermitted' })).toBe('Returns are not accepted.');
    expect(returnPolicyText({ returnPolicyCategory: 'MerchantReturnUnlimitedWindow', returnFees: 'ReturnFeesCustomerResponsibility' }))
      .toBe('Returns accepted at any time; the customer pays return shipping.');
    expect(returnPolicyText({})).toBeUndefined();
  });

  it('attaches offer policies to their product and Organization policies to the whole shop', () => {
    const entries = offerPolicyEntries({
      '@graph': [
        {
          '@type': 'Product', sku: 'TS-1', name: 'Trail shoe',
          offers: {
            '@type': 'Offer', price: 90,
            shippingDetails: { shippingRate: { value: 0, currency: 'USD' }, shippingDestination: { addressCountry: 'US' } },
            hasMerchantReturnPolicy: { merchantReturnDays: 14, returnPolicyCategory: 'MerchantReturnFiniteReturnWindow', merchantReturnLink: '/returns' },
          },
        },
        { '@type': 'OnlineStore', name: 'Shop', hasMerchantReturnPolicy: { merchantReturnDays: 60, returnPolicyCategory: 'MerchantReturnFiniteReturnWindow' } },
      ],
    }, page, idOf);
    expect(entries.map((e) => [e.kind, e.productId, e.text, e.url])).toEqual([
      ['offer-shipping', 'TS-1', 'Ships to US; free shipping.', page],
      ['offer-return', 'TS-1', 'Returns accepted within 14 days.', 'https://shop.example/returns'],
      ['offer-return', undefined, 'Returns accepted within 60 days.', page],
    ]);
  });
});
