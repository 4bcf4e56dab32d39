import type { ManifestModel } from '../protocol/models.ts';

/** The cache key of a manifest model: `id@dtype#<first 16 hex of its ONNX file's SHA-256>`. */
export function embeddingModelKey(model: ManifestModel): string {
  const weights = model.dtype === 'q8' || model.dtype === 'int8'
    ? model.files.find((f) => /_quantized\.onnx$/.test(f.path))
    : model.files.find((f) => f.path.endsWith('.onnx'));
  return `${model.id}@${model.dtype}#${(weights ?? model.files[0])?.sha256?.slice(0, 16) ?? 'unknown'}`;
}
