import type { Product } from '../protocol/product.ts';
import { productEmbeddingText } from '../catalog/product-text.ts';
import { LexicalIndex } from './lexical-index.ts';
import { decodeInt8Shard, encodeInt8Shard } from './int8-vectors.ts';
import type { TextEmbedder } from '../runtime/runtime-types.ts';
import { sha256Hex } from '../math/sha256.ts';
import type { PrebuiltIndexManifest, IndexShard } from './search-types.ts';

/** The file name of the manifest inside an index folder. */
export const indexManifestFile = 'index.json';

/**
 * Builds a prebuilt index in memory: file name to contents (the CLI writes them to a folder).
 * Products are embedded `batch` at a time with `embedder` when one is given.
 */
export async function buildPrebuiltIndex(
  products: Product[],
  { embedder, modelId, shardRows = 4096, onProgress }: { embedder?: TextEmbedder; modelId?: string; shardRows?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<{ manifest: PrebuiltIndexManifest; files: Map<string, Uint8Array | string> }> {
  const files = new Map<string, Uint8Array | string>();
  files.set('products.json', JSON.stringify(products));
  files.set('lexical.json', new LexicalIndex(products).toJSON());
  const manifest: PrebuiltIndexManifest = {
    format: 'aisle-index', version: 1, createdAt: new Date().toISOString(),
    products: { file: 'products.json', count: products.length },
    lexical: { file: 'lexical.json', engine: 'minisearch' },
  };
  if (embedder) {
    const shards: IndexShard[] = [];
    let dims = 0;
    for (let start = 0; start < products.length; start += shardRows) {
      const vectors = await embedder.embed(products.slice(start, start + shardRows).map(productEmbeddingText));
      dims = vectors[0]?.length ?? dims;
      const bytes = encodeInt8Shard(vectors, dims);
      const file = `vectors-${String(shards.length).padStart(3, '0')}.bin`;
      files.set(file, bytes);
      shards.push({ file, rows: vectors.length, bytes: bytes.byteLength, sha256: await sha256Hex(bytes) });
      onProgress?.(Math.min(start + shardRows, products.length), products.length);
    }
    manifest.vectors = { modelKey: embedder.modelKey, modelId: modelId ?? embedder.modelKey.split('@')[0], dims, encoding: 'int8-row-scaled', shards };
  }
  files.set(indexManifestFile, JSON.stringify(manifest, null, 2));
  return { manifest, files };
}

/** A prebuilt index as loaded: products and the lexical index (vectors come later, on demand). */
export interface LoadedIndex {
  manifest: PrebuiltIndexManifest;
  products: Product[];
  lexical: LexicalIndex;
}

async function fetchOk(url: URL): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`search index file ${url.href} answered HTTP ${response.status}`);
  return response;
}

const folder = (url: string) => new URL(url.endsWith('/') || url.endsWith('.json') ? url : `${url}/`, globalThis.location?.href);

/** Fetches an index folder's manifest, products and lexical index. */
export async function loadPrebuiltIndex(url: string): Promise<LoadedIndex> {
  const base = folder(url);
  const manifestUrl = base.href.endsWith('.json') ? base : new URL(indexManifestFile, base);
  const manifest = (await (await fetchOk(manifestUrl)).json()) as PrebuiltIndexManifest;
  if (manifest.format !== 'aisle-index' || manifest.version !== 1) throw new Error(`${manifestUrl.href} is not an Aisle search index (version 1)`);
  const [products, lexical] = await Promise.all([
    fetchOk(new URL(manifest.products.file, manifestUrl)).then((r) => r.json() as Promise<Product[]>),
    fetchOk(new URL(manifest.lexical.file, manifestUrl)).then((r) => r.text()),
  ]);
  return { manifest, products, lexical: new LexicalIndex({ serialized: lexical }) };
}

/** Fetches and checks (byte size, SHA-256) the vector shards of an index; one vector per product, in order. */
export async function loadPrebuiltVectors(url: string, manifest: PrebuiltIndexManifest): Promise<Float32Array[]> {
  const vectors = manifest.vectors;
  if (!vectors) return [];
  const base = folder(url);
  const parts = await Promise.all(vectors.shards.map(async (shard) => {
    const bytes = new Uint8Array(await (await fetchOk(new URL(shard.file, base))).arrayBuffer());
    if (bytes.byteLength !== shard.bytes || (await sha256Hex(bytes)) !== shard.sha256) {
      throw new Error(`search index shard ${shard.file} is damaged (size or SHA-256 differs from index.json)`);
    }
    return decodeInt8Shard(bytes, vectors.dims);
  }));
  return parts.flat();
}
