import type { ManifestModel, ModelDevice, ModelManifest } from '../protocol/models.ts';


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

/**
 * The dtype to load on a device. Node's native CPU binding takes WASM's dtype: both run on the CPU,
 * where fp16 weights (q4f16, made for WebGPU's shader-f16) have no kernels.
 */
export function dtypeFor(model: ManifestModel, device: ModelDevice | 'cpu'): string {
  return model.dtypeByDevice?.[device === 'cpu' ? 'wasm' : device] ?? model.dtype;
}

/** Fetches `${host}manifest.json`. */
export async function fetchManifest(host: string): Promise<ModelManifest> {
  const url = new URL('manifest.json', host).href;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`model manifest ${url} answered HTTP ${response.status}`);
  return parseManifest(await response.json());
}
