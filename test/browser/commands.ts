import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserCommand } from 'vitest/node';
import type { ModelManifest } from '../../workers/protocol/models.ts';
import { pullFromLocalHub, standinsDir, startLocalHub } from '../helpers/local-hub.ts';

/** Every URL the browser requested since recording began, per test session. */
const recorded = new Map<string, { marker: string; started: boolean; urls: string[] }>();
const attached = new WeakSet<object>();

/**
 * Starts recording every request the browser context makes (pages and their workers). Playwright
 * reports a request after the browser made it, so a request an earlier test made (an image still
 * loading) can be reported after this command returns. Recording therefore starts at a marker request
 * the test's frame makes now: requests reported before it are the earlier tests'.
 */
const startRecordingRequests: BrowserCommand<[]> = async (ctx) => {
  const state = { marker: `__aisle-record-marker-${crypto.randomUUID()}`, started: false, urls: [] as string[] };
  recorded.set(ctx.sessionId, state);
  if (!attached.has(ctx.context)) {
    attached.add(ctx.context);
    ctx.context.on('request', (request) => {
      const now = recorded.get(ctx.sessionId);
      if (!now) return;
      if (request.url().includes(now.marker)) now.started = true;
      else if (now.started) now.urls.push(request.url());
    });
  }
  const frame = await ctx.frame();
  await frame.evaluate((marker) => fetch(`/${marker}`).then(() => undefined, () => undefined), state.marker);
  for (let waited = 0; !state.started && waited < 10_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
  if (!state.started) throw new Error('startRecordingRequests: the marker request was never reported');
};

/** The URLs requested since startRecordingRequests. */
const recordedRequests: BrowserCommand<[]> = async (ctx) => recorded.get(ctx.sessionId)?.urls ?? [];

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

/**
 * The committed test embedding model (its q8 files only) copied to a new folder served as
 * /test-results/fresh-model-host-<n>/: a model host no earlier test has cached, so loading it downloads.
 */
const freshModelHost: BrowserCommand<[tasks?: string[]]> = async (_ctx, tasks = ['embeddings']) => {
  const root = new URL('../../', import.meta.url).pathname;
  const name = `fresh-model-host-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const manifest = JSON.parse(readFileSync(join(root, 'models', 'test', 'manifest.json'), 'utf8')) as ModelManifest;
  const fresh: ModelManifest = { models: {} };
  const taskBytes: Record<string, number> = {};
  for (const task of tasks) {
    const model = manifest.models[task];
    const files = model.files.filter((f) => f.path !== 'onnx/model.onnx');
    cpSync(join(root, 'models', 'test', model.id), join(root, 'test-results', name, model.id), { recursive: true, filter: (src) => !src.endsWith('/onnx/model.onnx') });
    fresh.models[task] = { ...model, files };
    taskBytes[task] = files.reduce((sum, f) => sum + (f.size ?? 0), 0);
  }
  writeFileSync(join(root, 'test-results', name, 'manifest.json'), JSON.stringify(fresh));
  return { modelHostPath: `/test-results/${name}/`, bytes: taskBytes[tasks[0]], taskBytes };
};

export const browserCommands = { startRecordingRequests, recordedRequests, pullRealManifest, freshModelHost };

declare module 'vitest/browser' {
  interface BrowserCommands {
    startRecordingRequests(): Promise<void>;
    recordedRequests(): Promise<string[]>;
    pullRealManifest(): Promise<{ modelHostPath: string; manifest: ModelManifest; hubRequests: number }>;
    /** A model host nothing has cached yet, with the test models of `tasks` (default: embeddings); `bytes`: the first task's download. */
    freshModelHost(tasks?: string[]): Promise<{ modelHostPath: string; bytes: number; taskBytes: Record<string, number> }>;
  }
}
