const channel = typeof MessageChannel === 'undefined' ? undefined : new MessageChannel();
/** Node's MessagePort keeps the process alive while referenced; browsers' ports have no ref/unref. */
const port = channel?.port1 as (MessagePort & { ref?(): void; unref?(): void }) | undefined;
const waiting: (() => void)[] = [];
if (port) {
  port.onmessage = () => {
    waiting.shift()?.();
    // Idle, the port must not keep a Node process (the CLI, a script) from exiting.
    if (!waiting.length) port.unref?.();
  };
  port.unref?.();
}

/**
 * Lets queued tasks run (a `stopGeneration()` message or a search arriving at the worker, a UI event)
 * between two tokens or two batches of catalog embedding: ONNX Runtime's WASM runs can resolve through
 * microtasks only, which would starve them.
 * A MessageChannel round trip, unlike setTimeout, is not clamped to 4 ms when repeated.
 */
export function yieldToEventLoop(): Promise<void> {
  if (!channel || !port) return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    waiting.push(resolve);
    port.ref?.();
    channel.port2.postMessage(0);
  });
}

/**
 * A timer's turn of the event loop: every task already queued (a search message arriving at the
 * worker, a timer) runs first, in browsers and in Node alike (Node drains a MessagePort's messages
 * in one go, so a MessageChannel round trip can starve its timers). Costs 1-4 ms: for pauses between
 * pieces of work that take far longer (a batch of catalog embedding).
 */
export function yieldToTasks(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Work in steps: a generator that yields (nothing) wherever it may pause, and returns its result. */
export type Steps<T> = Generator<void, T, void>;

/** Runs steps to the end at once (a caller that needs the result now). */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs steps in slices of about `sliceMs`, letting the page's own tasks (input, rendering) run
 * between slices, so a big job (a page with thousands of products) never makes a long task.
 */
export async function runStepsInSlices<T>(steps: Steps<T>, sliceMs = 10): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
}
