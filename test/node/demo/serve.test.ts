import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { serve } from '../../../scripts/serve.mjs';

let dir: string;
let server: Server;
let base: URL;
const script = 'export const widget = "aisle";\n'.repeat(200);
const wasm = Buffer.alloc(64 * 1024, 7);

/** A raw GET (node's fetch would decompress and add its own Accept-Encoding). */
function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(new URL(path, base), { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject).end();
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'aisle-serve-'));
  mkdirSync(join(dir, 'chunks'));
  mkdirSync(join(dir, 'assets'));
  mkdirSync(join(dir, 'models', 'm'), { recursive: true });
  writeFileSync(join(dir, 'aisle.js'), script);
  writeFileSync(join(dir, 'chunks', 'define-BfX3k2aQ.js'), script);
  writeFileSync(join(dir, 'assets', 'ort-wasm-simd-threaded-D2kL1x8_.wasm'), wasm);
  writeFileSync(join(dir, 'catalog.json'), JSON.stringify({ products: Array.from({ length: 50 }, (_, i) => ({ id: i, title: 'Shoe' })) }));
  writeFileSync(join(dir, 'models', 'm', 'tokenizer.json'), JSON.stringify({ vocab: 'x'.repeat(5000) }));
  ({ server, url: base } = await serve({ dir, port: 0 }).then((s: { server: Server; url: string }) => ({ ...s, url: new URL(s.url.replace('localhost', '127.0.0.1')) })));
});

afterAll(() => {
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('scripts/serve.mjs caching and compression headers', () => {
  it('sends content-hashed chunks and assets as immutable for a year, everything else no-cache with an ETag', async () => {
    for (const path of ['chunks/define-BfX3k2aQ.js', 'assets/ort-wasm-simd-threaded-D2kL1x8_.wasm']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers['cache-control'], path).toBe('public, max-age=31536000, immutable');
    }
    for (const path of ['aisle.js', 'catalog.json', 'models/m/tokenizer.json']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers['cache-control'], path).toBe('no-cache');
      expect(response.headers.etag, path).toMatch(/^"[^"]+"$/);
    }
  });

  it('answers a revalidation with the same ETag 304 and no body, and a changed file 200 with a new ETag', async () => {
    const first = await get('aisle.js');
    const again = await get('aisle.js', { 'If-None-Match': first.headers.etag! });
    expect(again.status).toBe(304);
    expect(again.body.byteLength).toBe(0);
    expect(again.headers.etag).toBe(first.headers.etag);

    writeFileSync(join(dir, 'aisle.js'), script + '// release 2\n');
    utimesSync(join(dir, 'aisle.js'), new Date(), new Date(Date.now() + 5000));
    const changed = await get('aisle.js', { 'If-None-Match': first.headers.etag! });
    expect(changed.status).toBe(200);
    expect(changed.body.toString()).toContain('release 2');
    expect(changed.headers.etag).not.toBe(first.headers.etag);
  });

  it('compresses scripts, JSON and WASM as the client accepts (brotli first), and sends them plain otherwise', async () => {
    const gzip = await get('chunks/define-BfX3k2aQ.js', { 'Accept-Encoding': 'gzip, deflate' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers.vary).toBe('Accept-Encoding');
    expect(gunzipSync(gzip.body).toString()).toBe(script);
    expect(gzip.body.byteLength).toBeLessThan(script.length / 10);

    const br = await get('assets/ort-wasm-simd-threaded-D2kL1x8_.wasm', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toBe('application/wasm');
    expect(brotliDecompressSync(br.body).equals(wasm)).toBe(true);
    expect(Number(br.headers['content-length'])).toBe(br.body.byteLength);

    const refused = await get('catalog.json', { 'Accept-Encoding': 'br;q=0, gzip;q=0' });
    expect(refused.headers['content-encoding']).toBeUndefined();
    const plain = await get('catalog.json');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(plain.body.toString()).products).toHaveLength(50);
    // The compressed and the plain body are different bytes: different ETags.
    const gzipCatalog = await get('catalog.json', { 'Accept-Encoding': 'gzip' });
    expect(gzipCatalog.headers.etag).not.toBe(plain.headers.etag);
    expect((await get('catalog.json', { 'Accept-Encoding': 'gzip', 'If-None-Match': gzipCatalog.headers.etag! })).status).toBe(304);
  });

  it('sends model files and ranges uncompressed, so Content-Length and Content-Range count the file\'s own bytes', async () => {
    const model = await get('models/m/tokenizer.json', { 'Accept-Encoding': 'gzip, br' });
    expect(model.headers['content-encoding']).toBeUndefined();
    expect(Number(model.headers['content-length'])).toBe(model.body.byteLength);

    const range = await get('assets/ort-wasm-simd-threaded-D2kL1x8_.wasm', { 'Accept-Encoding': 'gzip, br', Range: 'bytes=100-199' });
    expect(range.status).toBe(206);
    expect(range.headers['content-encoding']).toBeUndefined();
    expect(range.headers['content-range']).toBe(`bytes 100-199/${wasm.byteLength}`);
    expect(range.body.byteLength).toBe(100);
  });
});
