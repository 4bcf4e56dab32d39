/**
 * Starts the engine worker and watches its life, so the page never waits on a worker that is not
 * there. A worker can fail in three ways, and each ends in `ended` rejecting within a bounded time:
 *
 * - it never starts (a CSP `worker-src` that refuses it, a missing chunk, a sandboxed page):
 *   `new Worker()` throws, an `error` event fires, or no "ready" message comes within `startTimeoutMs`;
 * - it dies (`terminate()`, `self.close()`, out of memory: no `error` event for these): the worker
 *   holds a Web Lock named after itself for its whole life, and the page's request for that lock is
 *   granted the moment the worker is gone;
 * - it hangs, or dies where Web Locks are missing (an opaque origin): while calls are in flight the
 *   page pings it every `heartbeatMs`; no answer for `hangTimeoutMs` counts as hung.
 *
 * The worker side of this handshake lives in workers/engine.worker.ts (messages below).
 */

/** Messages between this watch and the worker entry (plain objects Comlink ignores: they carry no `id`). */
export const lifeMessages = { ready: 'aisle-worker-ready', ping: 'aisle-worker-ping', pong: 'aisle-worker-pong' } as const;

export interface WatchTiming {
  /** How long a new worker may take to load its module and say it runs; default 30 s. */
  startTimeoutMs: number;
  /**
   * How long a busy worker may leave a ping unanswered before it counts as hung; default 90 s
   * (creating a model's session can hold a slow device's worker for tens of seconds; a dead worker
   * is found sooner, by its lock). Doubled for the next worker after each hang.
   */
  hangTimeoutMs: number;
  /** How often a busy worker is pinged; default 5 s. */
  heartbeatMs: number;
}

export const defaultWatchTiming: WatchTiming = { startTimeoutMs: 30_000, hangTimeoutMs: 90_000, heartbeatMs: 5_000 };

/** Why the engine's worker stopped: it never started, died, or stopped answering. */
export class EngineCrashedError extends Error {
  constructor(readonly reason: 'no-start' | 'died' | 'hung', detail?: string) {
    super(
      reason === 'no-start'
        ? `The engine worker could not start${detail ? ` (${detail})` : ''}`
        : reason === 'hung'
          ? 'The engine worker stopped answering'
          : 'The engine worker stopped unexpectedly',
    );
  }
}

/** The origin of this page: `self.origin` is "null" on an opaque origin (a sandboxed iframe), where `location.origin` is not. */
function pageOrigin(): string | undefined {
  return globalThis.origin ?? globalThis.location?.origin;
}

interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
/** The widget's own Trusted Types policy, `aisle`: created on first use; null where Trusted Types are absent or the page does not allow it. */
let policy: ScriptUrlPolicy | null | undefined;
/** The only URLs the policy vouches for: the worker scripts this module is about to start. */
const vouched = new Set<string>();

/**
 * A worker script URL as the page's Trusted Types want it (`require-trusted-types-for 'script'`
 * makes `new Worker()` take TrustedScriptURL only). The page allows the policy by name:
 * `trusted-types aisle lit-html` (docs/widget.md). Without it the plain URL goes, and the browser decides.
 */
function scriptUrl(url: string): string {
  const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: { createScriptURL(u: string): string }): ScriptUrlPolicy } }).trustedTypes;
  if (policy === undefined) {
    try {
      policy = factory?.createPolicy('aisle', {
        createScriptURL: (u) => {
          if (!vouched.delete(u)) throw new TypeError(`aisle: the policy vouches only for the engine worker's own script, not ${u}`);
          return u;
        },
      }) ?? null;
    } catch {
      policy = null; // the page's `trusted-types` list leaves `aisle` out
    }
  }
  if (!policy) return url;
  vouched.add(url);
  return policy.createScriptURL(url) as string;
}

/**
 * Creates the worker, also when its script lives on another origin than the page (a CDN):
 * browsers refuse such workers, so a same-origin `blob:` module imports it. Throws when the
 * browser refuses (a sandboxed page's worker, a CSP that forbids it synchronously).
 */
function createWorker(url: URL, name: string): Worker {
  if (url.origin === pageOrigin()) return new Worker(scriptUrl(url.href), { type: 'module', name });
  const blobUrl = URL.createObjectURL(new Blob([`import ${JSON.stringify(url.href)};`], { type: 'text/javascript' }));
  try {
    return new Worker(scriptUrl(blobUrl), { type: 'module', name });
  } finally {
    setTimeout(() => URL.revokeObjectURL(blobUrl), 60_000);
  }
}

let workerCount = 0;

/** One worker and its watch; `stop()` ends both. */
export class WorkerWatch {
  readonly worker: Worker;
  /** Resolves when the worker said it runs; rejects (EngineCrashedError 'no-start') if it never does. */
  readonly started: Promise<void>;
  /** Rejects once the worker has stopped for good (never resolves); `stop()` leaves it pending. */
  readonly ended: Promise<never>;
  private end!: (error: EngineCrashedError) => void;
  private running = false;
  private stopped = false;
  private busyCalls = 0;
  private lastPong = 0;
  private pings = 0;
  private readonly timers: ReturnType<typeof setTimeout>[] = [];
  private readonly lockWait = new AbortController();

  /** Throws when the browser refuses to create the worker at all. */
  constructor(url: URL, private readonly timing: WatchTiming = defaultWatchTiming) {
    // A name of its own per worker: the worker holds a Web Lock by this name while it lives.
    const name = `aisle-engine-${++workerCount}-${Math.random().toString(36).slice(2)}`;
    this.worker = createWorker(url, name);
    this.ended = new Promise<never>((_, reject) => (this.end = reject));
    this.ended.catch(() => undefined);
    let started!: () => void;
    this.started = new Promise<void>((resolve) => (started = resolve));
    this.started = Promise.race([this.started, this.ended]);
    this.started.catch(() => undefined);

    this.worker.addEventListener('error', (event) => {
      // An error before "ready" is a worker that cannot start (CSP, missing chunk); after, one that failed.
      this.fail(new EngineCrashedError(this.running ? 'died' : 'no-start', event.message || undefined));
    });
    this.worker.addEventListener('message', (event: MessageEvent) => {
      const data = event.data as { [key: string]: unknown } | undefined;
      if (data?.[lifeMessages.pong] !== undefined) this.lastPong = Date.now();
      if (data?.[lifeMessages.ready] === undefined) return;
      this.running = true;
      this.lastPong = Date.now();
      started();
      if (data[lifeMessages.ready] === 'locked') this.watchLock(name);
    });
    this.timers.push(
      setTimeout(() => {
        if (!this.running) this.fail(new EngineCrashedError('no-start', `no answer in ${timing.startTimeoutMs} ms`));
      }, timing.startTimeoutMs),
      setInterval(() => this.heartbeat(), timing.heartbeatMs),
    );
  }

  /** Counts calls in flight: a worker is pinged (and can be found hung) only while the page waits on it. */
  busy<T>(work: Promise<T>): Promise<T> {
    if (this.busyCalls++ === 0) this.lastPong = Date.now();
    return Promise.race([work, this.ended]).finally(() => this.busyCalls--);
  }

  /** Ends the watch and terminates the worker; `ended` stays pending (a deliberate stop is no crash). */
  stop(): void {
    this.stopped = true;
    this.timers.forEach((t) => clearTimeout(t));
    this.lockWait.abort();
    this.worker.terminate();
  }

  private heartbeat(): void {
    if (!this.running || this.busyCalls === 0) return;
    if (Date.now() - this.lastPong > this.timing.hangTimeoutMs) {
      this.fail(new EngineCrashedError('hung'));
      return;
    }
    this.worker.postMessage({ [lifeMessages.ping]: ++this.pings });
  }

  /** The page's request for the worker's lock is granted only once the worker is gone. */
  private watchLock(name: string): void {
    navigator.locks
      .request(name, { signal: this.lockWait.signal }, () => this.fail(new EngineCrashedError('died')))
      .catch(() => undefined);
  }

  private fail(error: EngineCrashedError): void {
    if (this.stopped) return;
    this.stop();
    this.end(error);
  }
}
