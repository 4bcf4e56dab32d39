/**
 * The protocol both halves share: every type the page half (src/) and the engine (workers/) pass
 * each other. A leaf: it imports nothing from any room and nothing from src/ (docs/architecture.md).
 */
export type * from './answer.ts';
export type * from './language.ts';
export type * from './models.ts';
export type * from './product.ts';
export type * from './recommend.ts';
export type * from './reviews.ts';
export type * from './route.ts';
export type * from './search.ts';
export type * from './store.ts';
export type * from './page.ts';
