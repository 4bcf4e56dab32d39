import { execFile } from 'node:child_process';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import type { ManifestModel, ModelManifest } from '../../workers/protocol/models.ts';

const root = new URL('../../', import.meta.url).pathname;

/** Where `models/standins/generate.py --size <size>` writes the stand-ins. */
export const standinsDir = (size: 'small' | 'real') => join(root, 'models', 'standins', size);

/** A local model hub on 127.0.0.1 with the public hub's URL layout, and the paths it was asked for. */
export interface LocalHub {
  url: string;
  /** The path template `npx aisle models pull` needs for this layout. */
  pathTemplate: string;
  requests: string[];
  close(): Promise<void>;
}

/**
 * Serves the stand-ins under `dir` as the public hub lays models out: `{model}/resolve/main/{file}`
 * (e.g. `Xenova/all-MiniLM-L6-v2/resolve/main/onnx/model_quantized.onnx`); anything else is a 404.
 */
export async function startLocalHub(dir: string): Promise<LocalHub> {
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
    requests.push(path);
    const match = /^([^/]+\/[^/]+)\/resolve\/main\/(.+)$/.exec(path);
    const file = match ? normalize(join(dir, match[1], match[2])) : '';
    try {
      if (!match || !file.startsWith(normalize(dir))) throw new Error('not a hub path');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(body.length) });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Entry not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    pathTemplate: '{model}/resolve/main/',
    requests,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/** The shipped manifest, models/manifest.json, as a merchant's copy of the package has it. */
export async function realManifest(): Promise<ModelManifest> {
  return JSON.parse(await readFile(join(root, 'models', 'manifest.json'), 'utf8')) as ModelManifest;
}

/**
 * The real manifest with every size and SHA-256 cleared: the stand-ins have the published file names
 * but not the published bytes, so `pull` pins them to what the local hub serves (as it pins a
 * published file whose hash the manifest does not know). Tasks, ids, dtypes, devices, languages and
 * file lists stay as shipped.
 */
export function unpinned(manifest: ModelManifest): ModelManifest {
  const clear = (model: ManifestModel): ManifestModel => ({
    ...model,
    files: model.files.map((f) => ({ ...f, size: null, sha256: null })),
    ...(model.lite ? { lite: clear(model.lite) } : {}),
  });
  return { models: Object.fromEntries(Object.entries(manifest.models).map(([task, model]) => [task, clear(model)])) };
}

/** Runs `node bin/aisle.mjs ...` without blocking this process (the hub lives here). */
export function aisleCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(root, 'bin', 'aisle.mjs'), ...args], { cwd: root, maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

/**
 * The merchant's path against a local hub of stand-ins: `npx aisle models pull --host <hub>
 * --path-template '{model}/resolve/main/' --out <out>` over the real manifest (hashes cleared, see
 * `unpinned`); resolves with the pinned manifest the pull wrote and the CLI's output.
 */
export async function pullFromLocalHub(hub: LocalHub, out: string, tasks: string[] = [], extra: string[] = []): Promise<{ manifest: ModelManifest; stdout: string; stderr: string; code: number }> {
  const work = await mkdtemp(join(tmpdir(), 'aisle-hub-manifest-'));
  const manifestFile = join(work, 'manifest.json');
  await writeFile(manifestFile, JSON.stringify(unpinned(await realManifest()), null, 2));
  const run = await aisleCli('models', 'pull', ...tasks, '--host', hub.url, '--path-template', hub.pathTemplate, '--out', out, '--manifest', manifestFile, ...extra);
  const manifest = run.code === 0 ? (JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as ModelManifest) : { models: {} };
  return { ...run, manifest };
}
