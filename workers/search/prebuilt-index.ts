import type { Product } from '../protocol/product.ts';
import { productEmbeddingText } from '../catalog/product-text.ts';
import { LexicalIndex } from './lexical-index.ts';
import { decodeInt8Shard, encodeInt8Shard } from './int8-vectors.ts';
import type { TextEmbedder } from '../runtime/runtime-types.ts';
import { sha256Hex } from '../math/sha256.ts';
import type { PrebuiltIndexManifest, IndexShard } from './search-types.ts';

/** The file name of the manifest inside an index folder. */
export const indexManifestFile = 'index.json';
/** The manifest version `buildPrebuiltIndex` writes; `loadPrebuiltIndex` also reads version 1. */
export const indexVersion = 2;

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
  const lexical = new LexicalIndex(products).pack();
  files.set('lexical.bin', lexical);
  const manifest: PrebuiltIndexManifest = {
    format: 'aisle-index', version: indexVersion, createdAt: new Date().toISOString(),
    products: { file: 'products.json', count: products.length },
    lexical: { file: 'lexical.bin', engine: 'minisearch', encoding: 'aisle-packed', bytes: lexical.byteLength, sha256: await sha256Hex(lexical) },
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

/** Fetches and checks (byte size, SHA-256) a version 2 packed lexical index, and reads it. */
async function loadPackedLexical(url: URL, { bytes, sha256 }: PrebuiltIndexManifest['lexical']): Promise<LexicalIndex> {
  const packed = new Uint8Array(await (await fetchOk(url)).arrayBuffer());
  if (packed.byteLength !== bytes || (await sha256Hex(packed)) !== sha256) {
    throw new Error(`search index file ${url.href} is damaged (size or SHA-256 differs from index.json)`);
  }
  return new LexicalIndex({ packed });
}

/**
 * Fetches an index folder's manifest, products and lexical index. Version 2 (packed lexical index)
 * loads without a rebuild; version 1 (MiniSearch JSON) still loads, rebuilding MiniSearch's maps
 * (several times slower at 10k products), with a console note to rebuild it; any other is refused.
 */
export async function loadPrebuiltIndex(url: string): Promise<LoadedIndex> {
  const base = folder(url);
  const manifestUrl = base.href.endsWith('.json') ? base : new URL(indexManifestFile, base);
  const manifest = (await (await fetchOk(manifestUrl)).json()) as PrebuiltIndexManifest;
  if (manifest?.format !== 'aisle-index') throw new Error(`${manifestUrl.href} is not an Aisle search index`);
  if (manifest.version !== 1 && manifest.version !== indexVersion) {
    throw new Error(`${manifestUrl.href} is an Aisle search index of version ${String(manifest.version)}; this Aisle reads versions 1 and ${indexVersion}: rebuild it with this Aisle's npx aisle index build`);
  }
  const lexicalUrl = new URL(manifest.lexical.file, manifestUrl);
  if (manifest.version === 1) console.warn(`aisle: ${manifestUrl.href} is a version 1 index; it loads slower than one built by this Aisle's npx aisle index build`);
  const [products, lexical] = await Promise.all([
    fetchOk(new URL(manifest.products.file, manifestUrl)).then((r) => r.json() as Promise<Product[]>),
    manifest.version === 1
      ? fetchOk(lexicalUrl).then(async (r) => new LexicalIndex({ serialized: await r.text() }))
      : loadPackedLexical(lexicalUrl, manifest.lexical),
  ]);
  return { manifest, products, lexical };
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
