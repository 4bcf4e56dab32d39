import { describe, expect, it } from 'vitest';
import { ReviewRoom, type ReviewModuleLoader } from '../../../workers/engine/review-room.ts';
import { phone } from '../qa/qa-fixtures.ts';

describe('the lazily loaded review room', () => {
  it('tries the import again on the next request after a failed one (a chunk missing for a moment)', async () => {
    let calls = 0;
    const load: ReviewModuleLoader = async () => {
      calls++;
      if (calls === 1) throw new TypeError('Failed to fetch dynamically imported module: reviews-abc123.js');
      return import('../../../workers/reviews/reviews.ts');
    };
    const room = new ReviewRoom(() => ({}), load);
    await expect(room.open()).rejects.toThrow(/Failed to fetch/);
    await expect(room.clear()).resolves.toBeUndefined(); // a new catalog still loads
    const summary = await (await room.open()).summarize(phone());
    expect(summary.reviewCount).toBe(phone().reviews!.length);
    expect(calls).toBe(2);
    await room.open();
    expect(calls).toBe(2); // once loaded, it stays
  });
});
