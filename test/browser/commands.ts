import type { BrowserCommand } from 'vitest/node';

/** Every URL the browser requested since recording began, per test session. */
const recorded = new Map<string, string[]>();
const attached = new WeakSet<object>();

/** Starts recording every request the browser context makes (pages and their workers). */
const startRecordingRequests: BrowserCommand<[]> = async (ctx) => {
  recorded.set(ctx.sessionId, []);
  if (attached.has(ctx.context)) return;
  attached.add(ctx.context);
  ctx.context.on('request', (request) => recorded.get(ctx.sessionId)?.push(request.url()));
};

/** The URLs requested since startRecordingRequests. */
const recordedRequests: BrowserCommand<[]> = async (ctx) => recorded.get(ctx.sessionId) ?? [];

export const browserCommands = { startRecordingRequests, recordedRequests };

declare module 'vitest/browser' {
  interface BrowserCommands {
    startRecordingRequests(): Promise<void>;
    recordedRequests(): Promise<string[]>;
  }
}
