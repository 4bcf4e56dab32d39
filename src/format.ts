/** A price in the shop's currency and the shopper's locale ("$9.99", "US$9.99"). */
export function formatPrice(price: number | undefined, currency = 'USD', locale?: string): string {
  if (price === undefined) return '';
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(price);
  } catch {
    return `${price.toFixed(2)} ${currency}`;
  }
}
