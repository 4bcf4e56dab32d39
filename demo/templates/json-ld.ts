import type { Product } from '../../workers/protocol/product.ts';

const availability: Record<string, string> = {
  'In Stock': 'https://schema.org/InStock',
  'Low Stock': 'https://schema.org/LimitedAvailability',
  'Out of Stock': 'https://schema.org/OutOfStock',
};

/** schema.org Product JSON-LD for a product page, as a shop theme would write it. */
export function productJsonLd(p: Product, origin = ''): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    sku: p.id,
    name: p.title,
    description: p.description,
    image: origin + p.image,
    url: origin + p.url,
    category: p.category,
    ...(p.brand ? { brand: { '@type': 'Brand', name: p.brand } } : {}),
    ...(p.tags.length ? { keywords: p.tags.join(', ') } : {}),
    offers: {
      '@type': 'Offer',
      price: p.price?.toFixed(2),
      priceCurrency: p.currency ?? 'USD',
      availability: availability[p.availability ?? 'In Stock'] ?? 'https://schema.org/InStock',
      url: origin + p.url,
    },
    ...(p.rating !== undefined
      ? { aggregateRating: { '@type': 'AggregateRating', ratingValue: p.rating.toFixed(2), reviewCount: Math.max(1, p.reviews.length) } }
      : {}),
    review: p.reviews.map((r) => ({
      '@type': 'Review',
      ...(r.title ? { name: r.title } : {}),
      reviewBody: r.text,
      ...(r.rating !== undefined ? { reviewRating: { '@type': 'Rating', ratingValue: r.rating, bestRating: 5 } } : {}),
      author: { '@type': 'Person', name: r.author ?? 'Verified buyer' },
      ...(r.date ? { datePublished: r.date } : {}),
    })),
    additionalProperty: Object.entries(p.attributes).map(([name, value]) => ({
      '@type': 'PropertyValue',
      name,
      value: Array.isArray(value) ? value.join(', ') : value,
    })),
  };
}
