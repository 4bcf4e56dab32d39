/**
 * SHA-256 as 64 lowercase hex digits (Web Crypto: the same in browsers, workers and Node 20), of
 * bytes or of a text's UTF-8: model file checks, index shard checks, cache keys for texts.
 */
export async function sha256Hex(data: string | Uint8Array | ArrayBuffer): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
