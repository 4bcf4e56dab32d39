import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserCommand } from 'vitest/node';
import type { ModelManifest } from '../../workers/protocol/models.ts';
import { pullFromLocalHub, standinsDir, startLocalHub } from '../helpers/local-hub.ts';

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

/** Served by the test server as /test-results/real-manifest-hub/ (a git-ignored folder). */
const hubOut = join(new URL('../../', import.meta.url).pathname, 'test-results', 'real-manifest-hub');

/**
 * The merchant's path, in Node beside the browser: a local hub of the small stand-ins, then
 * `npx aisle models pull --host <hub> --path-template '{model}/resolve/main/' --out test-results/real-manifest-hub`
 * over the real manifest; the browser then uses that folder as its model host.
 */
const pullRealManifest: BrowserCommand<[]> = async () => {
  rmSync(hubOut, { recursive: true, force: true });
  const hub = await startLocalHub(standinsDir('small'));
  try {
    const pull = await pullFromLocalHub(hub, hubOut);
    if (pull.code !== 0) throw new Error(`aisle models pull failed (${pull.code}): ${pull.stderr}`);
    return { modelHostPath: '/test-results/real-manifest-hub/', manifest: pull.manifest, hubRequests: hub.requests.length };
  } finally {
    await hub.close();
  }
};

export const browserCommands = { startRecordingRequests, recordedRequests, pullRealManifest };

declare module 'vitest/browser' {
  interface BrowserCommands {
    startRecordingRequests(): Promise<void>;
    recordedRequests(): Promise<string[]>;
    pullRealManifest(): Promise<{ modelHostPath: string; manifest: ModelManifest; hubRequests: number }>;
  }
}
