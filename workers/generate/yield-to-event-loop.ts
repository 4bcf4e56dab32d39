const channel = typeof MessageChannel === 'undefined' ? undefined : new MessageChannel();
const waiting: (() => void)[] = [];
if (channel) channel.port1.onmessage = () => waiting.shift()?.();

/**
 * Lets queued tasks run (a `stopGeneration()` message arriving at the worker, a UI event) between
 * two tokens: ONNX Runtime's WASM runs can resolve through microtasks only, which would starve them.
 * A MessageChannel round trip, unlike setTimeout, is not clamped to 4 ms when repeated.
 */
export function yieldToEventLoop(): Promise<void> {
  if (!channel) return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(0);
  });
}
