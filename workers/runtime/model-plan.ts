import type { Capabilities } from '../protocol/models.ts';
import { liteReason } from './device-choice.ts';
import { isPinned, modelBytes } from './manifest.ts';
import type { ManifestModel } from '../protocol/models.ts';
import { freeBytes, estimateStorage } from './storage-quota.ts';
import type { VerifiedModelCache } from './verified-cache.ts';

/** Which model of a task to load, and why. */
export interface ModelPlan {
  ok: true;
  model: ManifestModel;
  variant: 'full' | 'lite';
  /** Every file is already in the verified cache: loading needs no network. */
  cached: boolean;
  /** Why this variant (lite on a weak device, storage short, ...). */
  reason?: string;
  /** Models evicted (least recently used) to make room. */
  evicted: string[];
}

/** Why no model of a task is loaded: waiting for consent, no room, or nothing verifiable. */
export interface NoModelPlan {
  ok: false;
  reason: 'save-data' | 'size' | 'storage' | 'unpinned';
  message: string;
  /** The download a go-ahead is asked for (save-data, size): the model, plus the runtime when not yet stored. */
  bytes?: number;
  /** The part of `bytes` that is the AI runtime (ONNX Runtime's wasm). */
  runtimeBytes?: number;
}

/**
 * Downloads above this wait for the shopper's go-ahead (EngineConfig.askAboveBytes, `ask-above-mb`).
 * From the real-size bench (README, "Benchmarks"): the light path answers with under 1 MB, the lite
 * embedder (all-MiniLM-L6, q8) is 23 MB and the default multilingual one 120 MB, plus the AI runtime
 * (ONNX Runtime's wasm: 14.3 MB, 3.7 MB gzip; 27 MB for WebGPU) until it is stored. The question counts
 * the runtime uncompressed (planModelLoad's `runtimeBytes`; a host may not compress it), so the lite
 * model's first visit is 37 MB: 40 MB lets it load on first use, as it did before the runtime was
 * counted, and asks before the full one (134 MB) or the sentiment model (67 MB); on a saveData or
 * slow connection every download asks, whatever its size.
 */
export const DEFAULT_ASK_ABOVE_BYTES = 40_000_000;

/** What planModelLoad needs. */
export interface PlanInput {
  entry: ManifestModel;
  caps: Capabilities;
  /** The verified cache, for URL hosts; undefined for a directory host (read as it is). */
  cache?: VerifiedModelCache;
  /** The model's folder URL on the host, per model id. */
  baseUrl: (modelId: string) => string;
  /** The shopper agreed to the download (on a saveData or slow connection, or above `askAboveBytes`). */
  saveDataConsent: boolean;
  /** Downloads above this many bytes wait for the go-ahead; default DEFAULT_ASK_ABOVE_BYTES. */
  askAboveBytes?: number;
  /**
   * Bytes of ONNX Runtime's wasm this load would download too: its size (written by the build, see
   * common/ort-builds.ts) while it is not in the verified cache, else 0. Counted in the question and
   * in the storage check, so neither understates what the device takes.
   */
  runtimeBytes?: number;
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** "134.3 MB download: 120.0 MB model + 14.3 MB AI runtime", or the model's size alone when the runtime is stored. */
const download = (model: number, runtime: number) =>
  runtime ? `${mb(model + runtime)} download: ${mb(model)} model + ${mb(runtime)} AI runtime` : `${mb(model)} download`;

/** What a go-ahead is asked for: the model's bytes plus the runtime's. */
function waitFor(reason: 'save-data' | 'size', why: string, model: ManifestModel, runtimeBytes: number): NoModelPlan {
  const bytes = modelBytes(model) + runtimeBytes;
  return { ok: false, reason, bytes, ...(runtimeBytes ? { runtimeBytes } : {}), message: `${why}smart features wait for your go-ahead (${download(modelBytes(model), runtimeBytes)})` };
}

/** Why the lite model answers when the device could take the full one: the full one is not pinned, or storage is short. */
function liteBecause(entry: ManifestModel, unpinned: string[], short: string): string {
  if (unpinned.includes(entry.id)) return `${entry.id} is not pinned (files with no known size or SHA-256; pin them with "npx aisle models pull")`;
  return `storage is short for ${entry.id}${short}`;
}

/**
 * Picks the full or lite model of a task: lite on a weak device or a saveData connection; a model
 * already cached is loaded without asking; a download (the model, plus the AI runtime when it is not
 * stored yet) waits for consent on a saveData or slow connection, or when it is larger than
 * `askAboveBytes`; a model (with the runtime) that
 * does not fit the quota (even after evicting least-recently-used models) gives way to the lite
 * one, and when nothing fits the task stays on the light path with a message saying why.
 */
export async function planModelLoad(input: PlanInput): Promise<ModelPlan | NoModelPlan> {
  const { entry, caps, cache } = input;
  const lite = liteReason(entry, caps);
  const candidates: { model: ManifestModel; variant: 'full' | 'lite'; reason?: string }[] = lite
    ? [{ model: entry.lite!, variant: 'lite', reason: lite }]
    : [{ model: entry, variant: 'full' }, ...(entry.lite ? [{ model: entry.lite, variant: 'lite' as const }] : [])];
  if (!cache) return { ok: true, ...candidates[0], cached: true, evicted: [] };

  const pinned = candidates.filter((c) => isPinned(c.model));
  const unpinned = candidates.filter((c) => !isPinned(c.model)).map((c) => c.model.id);
  if (pinned.length === 0) {
    return { ok: false, reason: 'unpinned', message: `${entry.id} has files with no known size or SHA-256: pin them with "npx aisle models pull"` };
  }
  for (const c of pinned) {
    if (await cache.hasModel(c.model, input.baseUrl(c.model.id))) return { ok: true, ...c, cached: true, evicted: [] };
  }
  const runtimeBytes = input.runtimeBytes ?? 0;
  if ((caps.saveData || caps.slowConnection) && !input.saveDataConsent) {
    const why = caps.saveData ? 'the connection asks to save data: ' : 'the connection is slow: ';
    return waitFor('save-data', why, pinned.at(-1)!.model, runtimeBytes);
  }
  if (modelBytes(pinned[0].model) + runtimeBytes > (input.askAboveBytes ?? DEFAULT_ASK_ABOVE_BYTES) && !input.saveDataConsent) {
    return waitFor('size', '', pinned[0].model, runtimeBytes);
  }
  const estimate = await estimateStorage();
  let short = '';
  for (const c of pinned) {
    const room = await cache.planRoom(c.model, modelBytes(c.model) + runtimeBytes, estimate);
    if (room.fits) {
      const reason = c.reason ?? (c.variant === 'lite' ? liteBecause(entry, unpinned, short) : undefined);
      return { ok: true, ...c, reason, cached: false, evicted: room.evicted };
    }
    short = ` (needs ${mb(room.neededBytes)}, ${mb(room.freeBytes)} free)`;
  }
  return { ok: false, reason: 'storage', message: `not enough storage for smart features${short}: quick search keeps working (free: ${mb(freeBytes(estimate))})` };
}
