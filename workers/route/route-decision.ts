import type { AnswerSource } from '../protocol/answer.ts';
import type { PolicyTopic } from '../protocol/store.ts';
import type { MessageRoute } from '../protocol/route.ts';

/** Every route, in a fixed order (for score tables and evals). */
export const messageRoutes: readonly MessageRoute[] = ['product-question', 'store-policy', 'search', 'human-help'];

