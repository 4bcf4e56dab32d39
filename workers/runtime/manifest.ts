/**
 * One file of a model, as published: path inside the model folder, byte size, SHA-256. A size or
 * hash nobody could check is `null` (never invented): the widget refuses such a file until the
 * merchant pins it with `npx aisle models pull`, which writes the hashes it downloaded.
 */
export interface ManifestFile {
  path: string;
  size: number | null;
  sha256: string | null;
  /** Where the size and hash come from, when not from the published file itself. */
  evidence?: string;
  /** Only needed when the model loads with this dtype (e.g. the q4 weights WASM uses). */
  dtype?: string;
}

/** Where a model prefers to run; the first that works on the shopper's device wins. */
export type ModelDevice = 'webgpu' | 'wasm';

/** One model the engine can use for a task. */
export interface ManifestModel {
  /** The task this model serves (embeddings, sentiment, translation-zh-en, llm, ...). */
  task?: string;
  /** The published model id (folder name under the model host). */
  id: string;
  /** transformers.js dtype of the ONNX weights: 'q8' reads onnx/model_quantized.onnx. */
  dtype: string;
  /** A different dtype per device (e.g. q4f16 on WebGPU with shader-f16, q4 on WASM). */
  dtypeByDevice?: Partial<Record<ModelDevice, string>>;
  /** Devices in order of preference; WASM is always the fallback. */
  devices?: ModelDevice[];
  pooling?: 'mean' | 'cls';
  normalize?: boolean;
  dims?: number;
  /** Languages the model was trained for (ISO 639-1). */
  languages?: string[];
  files: ManifestFile[];
  /** A smaller model for the same task, used on weak devices or when storage is short. */
  lite?: ManifestModel;
  notes?: string;
}

/** models/manifest.json: the model for each task. */
export interface ModelManifest {
  models: Record<string, ManifestModel>;
}

function checkModel(where: string, model: ManifestModel | undefined): void {
  if (typeof model?.id !== 'string' || !Array.isArray(model.files)) {
    throw new Error(`model manifest entry "${where}" needs an "id" and a "files" list`);
  }
  for (const file of model.files) {
    if (typeof file?.path !== 'string' || file.path.split('/').some((part) => part === '..' || part === '')) {
      throw new Error(`model manifest entry "${where}" has a file with a bad path: ${JSON.stringify(file?.path)}`);
    }
    if (file.sha256 !== null && !/^[0-9a-f]{64}$/.test(file.sha256 ?? '')) {
      throw new Error(`model manifest entry "${where}" file ${file.path}: sha256 must be 64 hex digits or null`);
    }
  }
  if (model.lite) checkModel(`${where}.lite`, model.lite);
}

/** Reads and checks a manifest; throws a message that names what is wrong. */
export function parseManifest(json: unknown): ModelManifest {
  const models = (json as ModelManifest | null)?.models;
  if (!models || typeof models !== 'object') throw new Error('model manifest has no "models" object');
  for (const [task, model] of Object.entries(models)) checkModel(task, model);
  return { models };
}

/** Download size of a model in bytes for a dtype (default: its own); files of unknown size count 0. */
export function modelBytes(model: ManifestModel, dtype = model.dtype): number {
  return model.files.filter((f) => !f.dtype || f.dtype === dtype).reduce((sum, f) => sum + (f.size ?? 0), 0);
}

/** True when every file of the model has a known size and SHA-256, so the widget can verify it. */
export function isPinned(model: ManifestModel): boolean {
  return model.files.every((f) => typeof f.sha256 === 'string' && typeof f.size === 'number');
}

/** The dtype to load on a device. */
export function dtypeFor(model: ManifestModel, device: ModelDevice | 'cpu'): string {
  return (device === 'cpu' ? undefined : model.dtypeByDevice?.[device]) ?? model.dtype;
}

/** Fetches `${host}manifest.json`. */
export async function fetchManifest(host: string): Promise<ModelManifest> {
  const url = new URL('manifest.json', host).href;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`model manifest ${url} answered HTTP ${response.status}`);
  return parseManifest(await response.json());
}
