/**
 * Main-thread tasks of a page's renderer from a Chromium trace (Playwright's `browser.startTracing`
 * with `traceCategories`): each task's wall time and its CPU time (`tdur`: the time the thread
 * really ran). On a shared, loaded machine a task's wall time counts the time others held the CPU;
 * its CPU time does not, so it says what the page's own work costs.
 */
export const traceCategories = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'];

export interface TraceTask {
  /** ms after the page's commit. */
  at: number;
  wall: number;
  cpu: number;
  afterDcl: boolean;
  /** The longest events inside the task (name, function or script, CPU ms): what it did. */
  inside: string;
}

type TraceEvent = { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; args?: { data?: { url?: string; isMainFrame?: boolean; functionName?: string; type?: string } } };

/** The main-thread tasks (RunTask) of the main frame that committed `pageUrl`, in order. */
export function traceTasks(trace: Buffer, pageUrl: string): TraceTask[] {
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  // The page's main thread is the one that committed its load.
  const commit = events.find((e) => e.name === 'CommitLoad' && e.args?.data?.isMainFrame && e.args.data.url === pageUrl);
  if (!commit) throw new Error(`bench: no CommitLoad of ${pageUrl} in the trace`);
  const dcl = events.find((e) => e.name === 'MarkDOMContent' && e.pid === commit.pid)?.ts ?? Infinity;
  const onMain = events.filter((e) => e.ph === 'X' && e.pid === commit.pid && e.tid === commit.tid);
  const what = (e: TraceEvent) => {
    const data = e.args?.data;
    const detail = data?.functionName || data?.type || (data?.url ? data.url.replace(/^.*\//, '') : '');
    return `${e.name}${detail ? `(${detail})` : ''} ${((e.tdur ?? e.dur ?? 0) / 1000).toFixed(0)}`;
  };
  return onMain.filter((e) => e.name === 'RunTask').map((t) => {
    const cpu = (t.tdur ?? 0) / 1000;
    const inside = cpu > 50
      ? onMain.filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0))
        .sort((a, b) => (b.tdur ?? b.dur ?? 0) - (a.tdur ?? a.dur ?? 0)).slice(0, 8).map(what).join(', ')
      : '';
    return { at: (t.ts - commit.ts) / 1000, wall: (t.dur ?? 0) / 1000, cpu, afterDcl: t.ts >= dcl, inside };
  });
}
