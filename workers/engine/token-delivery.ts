type TokenCallback = (text: string) => unknown;

/**
 * Runs a streaming call so that its result is returned only after the shopper's page has received every
 * token. Across the worker boundary a callback is a Comlink proxy with a port of its own, so the result
 * (sent on the engine's port) could overtake the last tokens; calls on one proxy are answered in order,
 * so waiting for the last call's answer means every token has arrived.
 */
export async function tokensBeforeResult<T>(onToken: TokenCallback | undefined, run: (onToken?: (text: string) => void) => Promise<T>): Promise<T> {
  if (!onToken) return run();
  let last: unknown;
  const result = await run((text) => {
    last = onToken(text);
  });
  await Promise.resolve(last).catch(() => undefined);
  return result;
}

/** The engine with its streaming calls (generate, draft) returning only after their tokens. */
interface Streaming {
  generate(request: never, onToken?: (text: string) => void): Promise<unknown>;
  draft(productId: string, lang?: never, onToken?: (text: string) => void): Promise<unknown>;
}

export function withTokensFirst<E extends Streaming>(engine: E): E {
  const { generate, draft } = engine;
  engine.generate = ((request: never, onToken?: TokenCallback) => tokensBeforeResult(onToken, (t) => generate.call(engine, request, t))) as E['generate'];
  engine.draft = ((productId: string, lang?: never, onToken?: TokenCallback) => tokensBeforeResult(onToken, (t) => draft.call(engine, productId, lang, t))) as E['draft'];
  return engine;
}
