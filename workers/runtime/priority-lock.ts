/**
 * One model session runs one call at a time; this lets urgent calls (a shopper's query) go before
 * background ones (a batch of catalog embedding) that are waiting. A call already running is never
 * interrupted: an urgent call waits at most for the batch in progress.
 *
 * A shopper's message makes a few urgent calls in a row (routing it, then the search), with a trip
 * to the page between them. So after an urgent call, background calls wait `quietMs` for the next
 * one before they start: the search does not wait behind a batch that began in that gap.
 */
export class PriorityLock {
  private busy = false;
  private readonly waiting: { urgent: boolean; start: () => void }[] = [];
  private lastUrgentEnd = Number.NEGATIVE_INFINITY;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly quietMs = 0) {}

  async run<T>(urgent: boolean, job: () => Promise<T>): Promise<T> {
    if (this.busy || !(urgent || (!this.waiting.length && this.quietLeft() <= 0))) {
      await new Promise<void>((start) => {
        const at = urgent ? this.waiting.findIndex((w) => !w.urgent) : -1;
        this.waiting.splice(at === -1 ? this.waiting.length : at, 0, { urgent, start });
        this.pass();
      });
    } else {
      this.busy = true;
    }
    try {
      return await job();
    } finally {
      if (urgent) this.lastUrgentEnd = performance.now();
      this.busy = false;
      this.pass();
    }
  }

  /** Milliseconds until background calls may start again (0 or less: now). */
  private quietLeft(): number {
    return this.lastUrgentEnd + this.quietMs - performance.now();
  }

  /** Starts the first waiting call when the lock is free: an urgent one at once, a background one after the quiet. */
  private pass(): void {
    const next = this.waiting[0];
    if (this.busy || !next) return;
    const wait = next.urgent ? 0 : this.quietLeft();
    if (wait > 0) {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.pass(), wait);
      return;
    }
    this.waiting.shift();
    this.busy = true; // the lock passes straight to this call
    next.start();
  }
}
