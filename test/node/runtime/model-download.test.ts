import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DownloadStalledError, downloadFile, HttpStatusError } from '../../../workers/runtime/model-download.ts';
import { startModelServer, type ModelServer } from './model-server.ts';

const root = mkdtempSync(join(tmpdir(), 'aisle-download-'));
const file = randomBytes(200_000);
writeFileSync(join(root, 'model.onnx'), file);
const servers: ModelServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  rmSync(root, { recursive: true, force: true });
});

async function host(faults: Parameters<typeof startModelServer>[1]): Promise<ModelServer> {
  const server = await startModelServer(root, faults);
  servers.push(server);
  return server;
}

describe('downloadFile when the model host stops sending mid-body', () => {
  it('drops the stalled attempt after stallMs and resumes with a Range request: the whole file, once', async () => {
    const server = await host({ stallAfter: { 'model.onnx': 50_000 } });
    const started = performance.now();
    const progress: number[] = [];
    // A stall window far above what a loaded machine needs to send the first 50,000 bytes, so the
    // attempt that is dropped is the one that stopped mid-body (not one slow to start).
    const result = await downloadFile(`${server.url}model.onnx`, { stallMs: 1_500, expectedSize: file.length, onProgress: (loaded) => progress.push(loaded) });
    expect(performance.now() - started).toBeGreaterThanOrEqual(1_500);
    expect(Buffer.from(result.bytes).equals(file)).toBe(true);
    expect(result.requests).toBe(2);
    expect(server.requests.map((r) => r.range)).toEqual([undefined, 'bytes=50000-']);
    expect(progress.at(-1)).toBe(file.length);
  });

  it('gives up with DownloadStalledError within (retries + 1) × stallMs when the host stalls every time, keeping what arrived', async () => {
    const server = await host({ stallAlways: ['model.onnx'] });
    const kept: number[] = [];
    const started = performance.now();
    const failure = await downloadFile(`${server.url}model.onnx`, { stallMs: 1_000, retries: 2, onInterrupted: (p) => void kept.push(p.byteLength) }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(DownloadStalledError);
    expect((failure as Error).message).toMatch(/sent nothing for 1 s/);
    // Three attempts, each dropped after its stall window (the test's own timeout catches a hang).
    expect(performance.now() - started).toBeGreaterThanOrEqual(3_000);
    expect(server.requests).toHaveLength(3);
    // Each attempt resumed where the last stopped; the start of the file is kept for a later visit.
    expect(server.requests[1]!.range).toBe('bytes=100000-');
    expect(kept).toEqual([175_000]);
  });

  it('a host that accepts the connection but never answers is given up the same way', async () => {
    const { createServer } = await import('node:http');
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    try {
      const failure = await downloadFile(`http://127.0.0.1:${port}/model.onnx`, { stallMs: 200, retries: 1 }).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(DownloadStalledError);
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });

  it('an HTML 404 page is an HTTP error at once, with no retry', async () => {
    const server = await host({});
    // A stall limit far above a loaded machine's response time: only an HTTP error can end this download.
    const failure = await downloadFile(`${server.url}missing.onnx`, { stallMs: 10_000 }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(HttpStatusError);
    expect(server.requests).toHaveLength(1);
  });
});
