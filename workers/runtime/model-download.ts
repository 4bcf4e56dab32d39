/** What a download of one model file reports as bytes arrive. */
export type DownloadProgress = (loadedBytes: number, totalBytes: number) => void;

/** A download's result: the whole body, its content type, and how many requests it took. */
export interface DownloadedFile {
  bytes: Uint8Array;
  contentType: string;
  requests: number;
  /** Bytes that came from an earlier, interrupted attempt (kept, not fetched again). */
  resumedBytes: number;
}

/** Options for downloadFile. */
export interface DownloadOptions {
  /** The fetch to use (the real one, never the transformers.js hook that calls us). */
  fetch?: typeof fetch;
  /** Expected size, for progress when the host sends no content-length. */
  expectedSize?: number | null;
  /** Bytes already held from an earlier attempt: the download asks only for the rest (HTTP Range). */
  partial?: Uint8Array;
  /** How many times a dropped or stalled connection is resumed before giving up. */
  retries?: number;
  /**
   * How long the host may send nothing (no answer, or no bytes mid-body) before the attempt is
   * dropped and resumed with a Range request; default 30 s (`downloadStallMs` in EngineConfig).
   */
  stallMs?: number;
  onProgress?: DownloadProgress;
  /** Called with what arrived so far when the download fails, so a later visit can resume. */
  onInterrupted?: (partial: Uint8Array) => void;
  signal?: AbortSignal;
}

/** An HTTP answer other than 200/206 for a model file. */
export class HttpStatusError extends Error {
  override name = 'HttpStatusError';
  constructor(
    readonly url: string,
    readonly status: number,
  ) {
    super(`${url} answered HTTP ${status}`);
  }
}

/** The model host stopped sending for `stallMs`, on every attempt. */
export class DownloadStalledError extends Error {
  override name = 'DownloadStalledError';
  constructor(
    readonly url: string,
    readonly stallMs: number,
  ) {
    super(`${url}: the model host sent nothing for ${stallMs / 1000} s`);
  }
}

/** The default time a host may send nothing before a download attempt is dropped and resumed. */
export const defaultStallMs = 30_000;

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** The start offset a 206 answer covers, from `Content-Range: bytes START-END/TOTAL`. */
function rangeStart(response: Response): number | undefined {
  const match = /^bytes (\d+)-/.exec(response.headers.get('content-range') ?? '');
  return match ? Number(match[1]) : undefined;
}

/**
 * Downloads one file, resuming with an HTTP Range request when the connection drops or the host
 * stops sending for `stallMs` (or when
 * `partial` holds the start of the file from an earlier visit) where the host allows ranges; a host
 * that answers a range with the whole file is read from the start again. Checks nothing about the
 * content: verification is the caller's (verifyModelFile).
 */
export async function downloadFile(url: string, options: DownloadOptions = {}): Promise<DownloadedFile> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const retries = options.retries ?? 3;
  let chunks: Uint8Array[] = options.partial?.byteLength ? [options.partial] : [];
  let loaded = options.partial?.byteLength ?? 0;
  const resumedBytes = loaded;
  let requests = 0;
  let contentType = '';
  let total = options.expectedSize ?? 0;
  const stallMs = options.stallMs ?? defaultStallMs;
  for (let attempt = 0; ; attempt++) {
    const headers: Record<string, string> = loaded > 0 ? { Range: `bytes=${loaded}-` } : {};
    // Each attempt has its own abort: the caller's signal, or a watchdog when the host goes quiet.
    const attemptAbort = new AbortController();
    const stopAttempt = () => attemptAbort.abort(options.signal?.reason);
    options.signal?.addEventListener('abort', stopAttempt, { once: true });
    if (options.signal?.aborted) stopAttempt();
    let stalled = false;
    let watchdog: ReturnType<typeof setTimeout> | undefined;
    const quiet = () => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => {
        stalled = true;
        attemptAbort.abort(new DownloadStalledError(url, stallMs));
      }, stallMs);
    };
    try {
      requests++;
      quiet();
      const response = await doFetch(url, { headers, signal: attemptAbort.signal });
      if (response.status === 416 && loaded > 0 && total > 0 && loaded >= total) {
        await response.body?.cancel();
        break; // we already hold the whole file
      }
      if (response.status !== 200 && response.status !== 206) {
        await response.body?.cancel();
        throw new HttpStatusError(url, response.status);
      }
      if (response.status === 200 || rangeStart(response) !== loaded) {
        chunks = []; // the host ignored the range: start over
        loaded = 0;
      }
      contentType = response.headers.get('content-type') ?? contentType;
      const length = Number(response.headers.get('content-length') ?? 0);
      if (length > 0) total = loaded + length;
      if (!response.body) {
        const body = new Uint8Array(await response.arrayBuffer());
        chunks.push(body);
        loaded += body.byteLength;
      } else {
        const reader = response.body.getReader();
        for (;;) {
          quiet();
          const { done, value } = await reader.read();
          if (done) break;
          chunks.push(value);
          loaded += value.byteLength;
          options.onProgress?.(loaded, Math.max(total, loaded));
        }
      }
      break;
    } catch (caught) {
      const error = stalled ? new DownloadStalledError(url, stallMs) : caught;
      const giveUp = error instanceof HttpStatusError || options.signal?.aborted || attempt >= retries;
      if (giveUp) {
        if (loaded > 0) options.onInterrupted?.(concat(chunks, loaded));
        throw error;
      }
    } finally {
      clearTimeout(watchdog);
      options.signal?.removeEventListener('abort', stopAttempt);
    }
  }
  options.onProgress?.(loaded, Math.max(total, loaded));
  return { bytes: concat(chunks, loaded), contentType, requests, resumedBytes };
}
