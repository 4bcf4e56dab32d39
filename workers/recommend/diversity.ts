import type { DiversityOptions } from './recommend-types.ts';

/** Defaults chosen with the leave-one-out eval (docs/recommendations.md). */
export const defaultDiversity: Readonly<DiversityOptions> = Object.freeze({ lambda: 0.7, nearCopy: 0.75, maxCopies: 2 });
