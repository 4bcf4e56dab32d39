import type { ManifestFile } from '../protocol/models.ts';
import { sha256Hex } from '../math/sha256.ts';

/** Why a downloaded or cached model file was refused. */
export type ModelFileProblem = 'error-page' | 'truncated' | 'size' | 'hash' | 'unpinned';

/** A model file that failed its check; the message names the file and what was wrong. */
export class ModelFileError extends Error {
  override name = 'ModelFileError';
  constructor(
    readonly path: string,
    readonly problem: ModelFileProblem,
    message: string,
  ) {
    super(message);
  }
}

const textStart = (bytes: Uint8Array) =>
  new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 256)).replace(/^\uFEFF/, '').trimStart().toLowerCase();

/**
 * True when bytes look like an HTML page or a JSON error object where a model file was expected
 * (the "cache poisoning" users of other engines suffer: a CDN's 404 page stored as a model).
 * Only called for files that are not themselves JSON, or for JSON files that parse as an error.
 */
export function looksLikeErrorPage(path: string, bytes: Uint8Array, contentType = ''): boolean {
  const start = textStart(bytes);
  if (/^<(!doctype html|html|head|body|\?xml)/.test(start) || /\btext\/html\b/i.test(contentType)) return true;
  if (path.endsWith('.json')) {
    if (!start.startsWith('{') || start.length > 200) return false;
    try {
      const value = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
      return Object.keys(value).length <= 3 && ('error' in value || 'message' in value && 'status' in value);
    } catch {
      return false;
    }
  }
  return start.startsWith('{') && /"(error|message)"\s*:/.test(start);
}

/**
 * Checks a model file against its manifest entry: not an error page, the full size, the right
 * SHA-256. Throws a ModelFileError naming the file; resolves with the hash when all is well.
 * `allowUnpinned` (the merchant CLI only) accepts a file whose manifest hash is unknown; `hash` replaces
 * SHA-256 of Web Crypto (tests count the calls).
 */
export async function verifyModelFile(
  file: ManifestFile,
  bytes: Uint8Array,
  options: { contentType?: string; allowUnpinned?: boolean; hash?: (bytes: Uint8Array) => Promise<string> } = {},
): Promise<string> {
  if (looksLikeErrorPage(file.path, bytes, options.contentType)) {
    throw new ModelFileError(file.path, 'error-page', `${file.path}: the host sent an HTML or JSON error page instead of the model file`);
  }
  if (file.size !== null && bytes.byteLength < file.size) {
    throw new ModelFileError(file.path, 'truncated', `${file.path}: truncated, got ${bytes.byteLength} of ${file.size} bytes`);
  }
  if (file.size !== null && bytes.byteLength !== file.size) {
    throw new ModelFileError(file.path, 'size', `${file.path}: ${bytes.byteLength} bytes, the manifest says ${file.size}`);
  }
  const actual = await (options.hash ?? sha256Hex)(bytes);
  if (file.sha256 === null) {
    if (options.allowUnpinned) return actual;
    throw new ModelFileError(file.path, 'unpinned', `${file.path}: no SHA-256 in the manifest, so it cannot be verified; pin it with "npx aisle models pull"`);
  }
  if (actual !== file.sha256) {
    throw new ModelFileError(file.path, 'hash', `${file.path}: SHA-256 ${actual.slice(0, 12)}… does not match the manifest's ${file.sha256.slice(0, 12)}…`);
  }
  return actual;
}
