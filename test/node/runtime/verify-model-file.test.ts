import { describe, expect, it } from 'vitest';
import type { ManifestFile } from '../../../workers/protocol/models.ts';
import { looksLikeErrorPage, ModelFileError, verifyModelFile } from '../../../workers/runtime/verify-model-file.ts';
import { sha256Hex } from '../../../workers/math/sha256.ts';

const bytes = new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 31) % 256));
const text = (s: string) => new TextEncoder().encode(s);

async function entry(body: Uint8Array, path = 'onnx/model_quantized.onnx'): Promise<ManifestFile> {
  return { path, size: body.byteLength, sha256: await sha256Hex(body) };
}

async function problem(run: Promise<unknown>): Promise<string> {
  try {
    await run;
    return 'accepted';
  } catch (error) {
    return error instanceof ModelFileError ? error.problem : `other: ${String(error)}`;
  }
}

describe('verifyModelFile', () => {
  it('accepts the exact file and returns its hash', async () => {
    const file = await entry(bytes);
    expect(await verifyModelFile(file, bytes)).toBe(file.sha256);
  });

  it('knows the SHA-256 of the empty string', async () => {
    expect(await sha256Hex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('rejects a wrong hash, a truncated body, an oversized body, naming the file', async () => {
    const file = await entry(bytes);
    const flipped = bytes.slice();
    flipped[10] ^= 1;
    expect(await problem(verifyModelFile(file, flipped))).toBe('hash');
    expect(await problem(verifyModelFile(file, bytes.subarray(0, 1000)))).toBe('truncated');
    const longer = new Uint8Array(bytes.byteLength + 1);
    longer.set(bytes);
    expect(await problem(verifyModelFile(file, longer))).toBe('size');
    await expect(verifyModelFile(file, flipped)).rejects.toThrow(/^onnx\/model_quantized\.onnx: SHA-256/);
  });

  it('rejects an HTML page or a JSON error where a model was expected, even with no known hash', async () => {
    const html = text('<!DOCTYPE html><html><body>404 Not Found</body></html>');
    const unpinned: ManifestFile = { path: 'onnx/model_quantized.onnx', size: null, sha256: null };
    expect(await problem(verifyModelFile(unpinned, html, { allowUnpinned: true }))).toBe('error-page');
    const json = text('{"error":"Repository not found"}');
    expect(await problem(verifyModelFile({ ...unpinned, path: 'tokenizer.json' }, json, { allowUnpinned: true }))).toBe('error-page');
    expect(await problem(verifyModelFile(unpinned, bytes, { contentType: 'text/html; charset=utf-8', allowUnpinned: true }))).toBe('error-page');
  });

  it('accepts real JSON model files that merely start with a brace', async () => {
    const config = text('{"architectures":["BertModel"],"hidden_size":32,"model_type":"bert"}');
    expect(looksLikeErrorPage('config.json', config)).toBe(false);
    expect(await verifyModelFile(await entry(config, 'config.json'), config)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a file with no known hash in the widget, accepts it (pinning) only for the CLI', async () => {
    const unpinned: ManifestFile = { path: 'onnx/model_quantized.onnx', size: null, sha256: null };
    expect(await problem(verifyModelFile(unpinned, bytes))).toBe('unpinned');
    expect(await verifyModelFile(unpinned, bytes, { allowUnpinned: true })).toBe(await sha256Hex(bytes));
  });
});
