import type { RecommendationReason, SimilarTrait } from '../protocol/recommend.ts';

function traitText(t: SimilarTrait): string {
  switch (t.trait) {
    case 'same-brand': return `same brand (${t.brand})`;
    case 'similar-price': return 'similar price';
    case 'cheaper': return `${t.percent}% cheaper`;
    case 'same-category': return 'same kind of product';
    case 'same-attribute': return `same ${t.name.toLowerCase()} (${t.value})`;
    case 'similar-style': return 'similar style';
  }
}

/** The English sentence for a reason: "because you viewed Trail Runner 2", "similar price, same brand (Apple)". */
export function reasonText(reason: RecommendationReason): string {
  switch (reason.kind) {
    case 'viewed': return `because you viewed ${reason.title}`;
    case 'carted': return `because ${reason.title} is in your cart`;
    case 'searched': return `because you searched “${reason.query}”`;
    case 'accessory-for': return `goes with the ${reason.title} you bought`;
    case 'bought-together': return `you bought it with ${reason.title}`;
    case 'goes-with': return `goes well with ${reason.title}`;
    case 'similar': {
      const text = reason.traits.map(traitText).join(', ');
      return text ? text.charAt(0).toUpperCase() + text.slice(1) : 'Similar item';
    }
    case 'popular':
      return reason.rating !== undefined ? `popular: rated ${reason.rating.toFixed(1)} of 5` : 'popular in this shop';
  }
}
