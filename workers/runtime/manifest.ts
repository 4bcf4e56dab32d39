/** One file of a model, as published: path inside the model folder, byte size, SHA-256. */
export interface ManifestFile {
  path: string;
  size: number;
  sha256: string;
}

/** One model the engine can use for a task. */
export interface ManifestModel {
  /** The published model id (folder name under the model host). */
  id: string;
  /** transformers.js dtype of the ONNX weights: 'q8' reads onnx/model_quantized.onnx. */
  dtype: string;
  pooling?: 'mean' | 'cls';
  normalize?: boolean;
  dims?: number;
  files: ManifestFile[];
}

/** models/manifest.json: the model for each task. */
export interface ModelManifest {
  models: Record<string, ManifestModel>;
}

/** Reads and checks a manifest; throws a message that names what is wrong. */
export function parseManifest(json: unknown): ModelManifest {
  const models = (json as ModelManifest | null)?.models;
  if (!models || typeof models !== 'object') throw new Error('model manifest has no "models" object');
  for (const [task, model] of Object.entries(models)) {
    if (typeof model?.id !== 'string' || !Array.isArray(model.files)) {
      throw new Error(`model manifest entry "${task}" needs an "id" and a "files" list`);
    }
  }
  return { models };
}

/** Total download size of a model in bytes. */
export function modelBytes(model: ManifestModel): number {
  return model.files.reduce((sum, f) => sum + f.size, 0);
}

/** Fetches `${host}manifest.json`. */
export async function fetchManifest(host: string): Promise<ModelManifest> {
  const url = new URL('manifest.json', host).href;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`model manifest ${url} answered HTTP ${response.status}`);
  return parseManifest(await response.json());
}
