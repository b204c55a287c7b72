// Where a benchmark's frames spend their time, from a Chromium performance trace: `npm run bench:ui -- --trace`
// records the page while it plays and splits the renderer's main thread into script, style, layout, paint, layerize
// and commit, plus the busy time of the threads that composite and rasterize, each per frame played.
import type { Browser, Page } from 'playwright';

/** The trace categories the breakdown needs. */
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'toplevel',
  'cc',
  'viz',
  'v8'
];

/** Main-thread work by kind, ms per frame, and the other threads' busy time, ms per frame. */
export interface FrameBreakdown {
  main: Record<string, number>;
  threads: Record<string, number>;
  /** Compositor layers pushed per frame (each 'UpdateLayer'). */
  layers: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

// Event name → kind; an event of no listed name counts as its nearest listed ancestor's kind (else 'other').
const KINDS: Record<string, string> = {
  FunctionCall: 'script',
  EvaluateScript: 'script',
  FireAnimationFrame: 'script',
  RunMicrotasks: 'script',
  TimerFire: 'script',
  EventDispatch: 'script',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'layerize',
  Commit: 'commit',
  'LayerTreeHost::DoUpdateLayers': 'commit',
  MinorGC: 'gc',
  MajorGC: 'gc'
};

// Threads other than the main one whose busy time matters for a frame, by the name Chromium gives them.
const THREADS: Record<string, string> = {
  Compositor: 'compositor',
  VizCompositorThread: 'display compositor',
  ThreadPoolForegroundWorker: 'raster and other workers'
};

/** Starts recording `page`; call frameBreakdown with the result of browser.stopTracing(). */
export function startFrameTrace(browser: Browser, page: Page): Promise<void> {
  return browser.startTracing(page, { categories: CATEGORIES });
}

/** Splits the time between the page's performance marks `from` and `to` by kind and thread, per frame. */
export function frameBreakdown(
  trace: Buffer,
  from: string,
  to: string,
  frames: number
): FrameBreakdown {
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const names = new Map<string, string>();
  for (const event of events)
    if (event.ph === 'M' && event.name === 'thread_name' && event.args?.name)
      names.set(`${event.pid}:${event.tid}`, event.args.name);
  const start = events.find((event) => event.name === from)?.ts;
  const end = events.find((event) => event.name === to)?.ts;
  if (start === undefined || end === undefined)
    throw new Error(`The trace has no '${from}' and '${to}' marks to measure between.`);
  const byThread = new Map<string, TraceEvent[]>();
  for (const event of events) {
    if (event.ph !== 'X' || event.dur === undefined || event.ts < start || event.ts > end) continue;
    const thread = `${event.pid}:${event.tid}`;
    const list = byThread.get(thread) ?? [];
    list.push(event);
    byThread.set(thread, list);
  }
  const mainEvents =
    [...byThread].find(([thread]) => names.get(thread) === 'CrRendererMain')?.[1] ?? [];
  const perFrame = (ms: number) => Math.round((ms / frames) * 100) / 100;
  const main = selfTimeByKind(mainEvents);
  const threads: Record<string, number> = {};
  for (const [thread, events] of byThread) {
    const label = THREADS[names.get(thread) ?? ''];
    if (label) threads[label] = (threads[label] ?? 0) + topLevelTime(events);
  }
  const layers = mainEvents.filter((event) => event.name === 'UpdateLayer');
  return {
    main: Object.fromEntries(Object.entries(main).map(([kind, ms]) => [kind, perFrame(ms)])),
    threads: Object.fromEntries(Object.entries(threads).map(([name, ms]) => [name, perFrame(ms)])),
    layers: Math.round(layers.length / frames)
  };
}

/** Self time (an event's time minus its children's) summed by kind, ms. */
function selfTimeByKind(events: TraceEvent[]): Record<string, number> {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const totals: Record<string, number> = {};
  const stack: { end: number; kind: string; self: number }[] = [];
  const close = (until: number) => {
    while (stack.length > 0 && stack.at(-1)!.end <= until) {
      const done = stack.pop()!;
      totals[done.kind] = (totals[done.kind] ?? 0) + done.self / 1000;
    }
  };
  for (const event of sorted) {
    close(event.ts);
    const parent = stack.at(-1);
    if (parent) parent.self -= event.dur!;
    const kind = KINDS[event.name] ?? parent?.kind ?? 'other';
    stack.push({ end: event.ts + event.dur!, kind, self: event.dur! });
  }
  close(Infinity);
  return totals;
}

/** Time covered by a thread's outermost events, ms. */
function topLevelTime(events: TraceEvent[]): number {
  let total = 0;
  let reach = -Infinity;
  for (const event of [...events].sort((a, b) => a.ts - b.ts)) {
    const end = event.ts + event.dur!;
    if (event.ts >= reach) total += event.dur!;
    else if (end > reach) total += end - reach;
    reach = Math.max(reach, end);
  }
  return total / 1000;
}
