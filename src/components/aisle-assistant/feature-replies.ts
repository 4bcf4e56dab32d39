import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ProductAnswer, RecommendationKind, ReviewSummary, StoreAnswer } from '../../../workers/engine-api.ts';
import { registerReplyRenderer } from './reply-renderers.ts';

declare module './conversation.ts' {
  interface ReplyKinds {
    /** An answer about the current product, with its evidence (<aisle-answer>). */
    'product-answer': { answer: ProductAnswer; suggestions?: string[] };
    /** An answer from the shop's published policies (<aisle-policy-answer>). */
    'store-answer': { answer: StoreAnswer };
    /** "Customers say" for a product (<aisle-review-summary>). */
    reviews: { summary: ReviewSummary };
    /** A recommendations strip (<aisle-recommendations>, which asks the assistant for its list). */
    recommendations: { list: RecommendationKind; productId?: string };
  }
}

registerReplyRenderer('product-answer', ({ answer, suggestions }) =>
  html`<aisle-answer part="product-answer" .answer=${answer} .suggestions=${suggestions ?? []}></aisle-answer>`);

registerReplyRenderer('store-answer', ({ answer }) => html`<aisle-policy-answer part="store-answer" .answer=${answer}></aisle-policy-answer>`);

registerReplyRenderer('reviews', ({ summary }) => html`<aisle-review-summary part="reviews" .summary=${summary}></aisle-review-summary>`);

registerReplyRenderer('recommendations', ({ list, productId }) =>
  html`<aisle-recommendations part="recommendations" kind=${list} product-id=${ifDefined(productId)} limit="6"></aisle-recommendations>`);
