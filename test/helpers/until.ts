/** What a polled check returns: a value when the awaited state is reached, anything falsy while not yet. */
type Check<T> = () => T | undefined | null | false | Promise<T | undefined | null | false>;

/**
 * Polls `check` until it returns a truthy value and resolves with it; rejects after `timeoutMs`.
 * Browser tests wait on what the shopper would see (an element rendered, a model ready) this way.
 */
export async function until<T>(check: Check<T>, timeoutMs = 90_000, pollMs = 50): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = await check();
    if (value) return value;
    if (performance.now() - start > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting`);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
