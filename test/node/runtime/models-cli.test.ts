import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ModelManifest } from '../../../workers/protocol/models.ts';
import { root, testManifest, testModelsDir } from '../../helpers/demo-catalog.ts';
import { startModelServer, type ModelServer } from './model-server.ts';

const weights = 'aisle-test/multilingual-minilm/onnx/model_quantized.onnx';
const testManifestFile = `${testModelsDir}manifest.json`;
let work: string;
let servers: ModelServer[] = [];

/** Runs `node bin/aisle.mjs ...` without blocking this process (the model server lives here). */
function aisle(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [`${root}bin/aisle.mjs`, ...args], { cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

async function serve(faults: Parameters<typeof startModelServer>[1] = {}): Promise<ModelServer> {
  const server = await startModelServer(testModelsDir, faults);
  servers.push(server);
  return server;
}

const outDir = (name: string) => join(work, name);

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'aisle-models-cli-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

// Each test runs the CLI in a child process (a Node start plus model downloads): generous under a loaded machine.
describe('npx aisle models pull / verify against a local model host', { timeout: 180_000 }, () => {
  it('pulls the test models, writes a manifest with their hashes, and verify passes', async () => {
    const server = await serve();
    const out = outDir('good');
    const pull = await aisle('models', 'pull', 'embeddings', '--host', server.url, '--out', out, '--manifest', testManifestFile);
    expect(pull.code, pull.stderr).toBe(0);
    expect(pull.stdout).toMatch(/✓ aisle-test\/multilingual-minilm\/onnx\/model_quantized\.onnx .*SHA-256 verified/);
    const written = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as ModelManifest;
    expect(written.models.embeddings.files).toEqual(testManifest().models.embeddings.files);
    expect(readFileSync(join(out, weights))).toEqual(readFileSync(join(testModelsDir, weights)));

    const verify = await aisle('models', 'verify', out);
    expect(verify.code, verify.stderr).toBe(0);
    expect(verify.stdout).toMatch(/all 6 files match/);
  });

  it('verify exits 1 and names a file changed or missing after the pull', async () => {
    const server = await serve();
    const out = outDir('tampered');
    expect((await aisle('models', 'pull', '--host', server.url, '--out', out, '--manifest', testManifestFile)).code).toBe(0);
    const bytes = readFileSync(join(out, weights));
    bytes[4242] ^= 0xff;
    writeFileSync(join(out, weights), bytes);
    unlinkSync(join(out, 'aisle-test/multilingual-minilm/tokenizer_config.json'));
    const verify = await aisle('models', 'verify', out);
    expect(verify.code).toBe(1);
    expect(verify.stderr).toMatch(/✗ aisle-test\/multilingual-minilm\/onnx\/model_quantized\.onnx: SHA-256 .* does not match/);
    expect(verify.stderr).toMatch(/✗ aisle-test\/multilingual-minilm\/tokenizer_config\.json: missing/);
  });

  it('exits 1 naming the file when the host serves a corrupt file, and leaves the model out of the manifest', async () => {
    const server = await serve({ corrupt: [weights] });
    const out = outDir('corrupt');
    const pull = await aisle('models', 'pull', 'embeddings', '--host', server.url, '--out', out, '--manifest', testManifestFile);
    expect(pull.code).toBe(1);
    expect(pull.stderr).toMatch(/aisle-test\/multilingual-minilm\/onnx\/model_quantized\.onnx: SHA-256 .* does not match/);
    const written = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as ModelManifest;
    expect(written.models.embeddings).toBeUndefined();
    expect(() => readFileSync(join(out, weights))).toThrow();
  });

  it('exits 1 when the host answers with an HTML 404 page, even for files whose hash is unknown', async () => {
    const server = await serve({ htmlNotFound: true });
    const manifest = testManifest();
    manifest.models.embeddings.files = manifest.models.embeddings.files.map((f) => ({ ...f, sha256: null, size: null }));
    const manifestFile = join(work, 'unpinned-manifest.json');
    writeFileSync(manifestFile, JSON.stringify(manifest));
    const pull = await aisle('models', 'pull', '--host', server.url, '--out', outDir('html'), '--manifest', manifestFile);
    expect(pull.code).toBe(1);
    expect(pull.stderr).toMatch(/onnx\/model_quantized\.onnx: .*HTML or JSON error page/);
  });

  it('pins files whose hash the manifest does not know to what was downloaded', async () => {
    const server = await serve();
    const manifest = testManifest();
    manifest.models.embeddings.files = manifest.models.embeddings.files.map((f) => ({ ...f, sha256: null, size: null }));
    const manifestFile = join(work, 'unpinned-good.json');
    writeFileSync(manifestFile, JSON.stringify(manifest));
    const out = outDir('pinned');
    const pull = await aisle('models', 'pull', '--host', server.url, '--out', out, '--manifest', manifestFile);
    expect(pull.code, pull.stderr).toBe(0);
    expect(pull.stdout).toMatch(/pinned to this download/);
    const written = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as ModelManifest;
    expect(written.models.embeddings.files.map(({ path, size, sha256 }) => ({ path, size, sha256 }))).toEqual(testManifest().models.embeddings.files);
  });

  it('names an unknown task and prints usage without --host', async () => {
    expect((await aisle('models', 'pull', 'teleport', '--host', 'http://127.0.0.1:9/', '--out', outDir('x'), '--manifest', testManifestFile)).stderr).toMatch(/no task teleport/);
    const bare = await aisle('models', 'pull');
    expect(bare.code).toBe(2);
    expect(bare.stderr).toMatch(/--host and --out are required/);
  });
});
