import type { MessageRoute } from '../protocol/route.ts';

/** Every route, in a fixed order (for score tables and evals). */
export const messageRoutes: readonly MessageRoute[] = ['product-question', 'store-policy', 'search', 'human-help', 'reviews', 'recommend', 'compare'];

/**
 * The routes the model path's prototypes choose between. The others (reviews, recommend, compare) ask
 * for a view by their phrasing ("compare X with Y", "what goes with this?"): the rules decide them on
 * both paths (workers/route/feature-routes.ts).
 */
export const prototypeRoutes: readonly MessageRoute[] = ['product-question', 'store-policy', 'search', 'human-help'];

/** Routes the rules decide on every path. */
export const featureRoutes: readonly MessageRoute[] = ['reviews', 'recommend', 'compare'];
