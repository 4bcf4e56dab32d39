/**
 * One model session runs one call at a time; this lets urgent calls (a shopper's query) go before
 * background ones (a batch of catalog embedding) that are waiting. A call already running is never
 * interrupted: an urgent call waits at most for the batch in progress.
 */
export class PriorityLock {
  private busy = false;
  private readonly waiting: { urgent: boolean; start: () => void }[] = [];

  async run<T>(urgent: boolean, job: () => Promise<T>): Promise<T> {
    if (this.busy) {
      await new Promise<void>((start) => {
        const at = urgent ? this.waiting.findIndex((w) => !w.urgent) : -1;
        this.waiting.splice(at === -1 ? this.waiting.length : at, 0, { urgent, start });
      });
    }
    this.busy = true;
    try {
      return await job();
    } finally {
      const next = this.waiting.shift();
      if (next) next.start(); // busy stays true: the lock passes straight to the next call
      else this.busy = false;
    }
  }
}
