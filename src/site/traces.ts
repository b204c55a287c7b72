// Loading the precomputed traces of the shipped models (static/traces/, made by scripts/make-site-traces.ts).
import { browser } from '$app/environment';
import { parseTrace } from '$lib/core/trace/parse.js';
import type { Trace } from '$lib/core/trace/types.js';

/** Fetches /traces/<name>.json with SvelteKit's fetch (so prerendering inlines it), validated when prerendering. */
export async function loadSiteTrace(fetch: typeof globalThis.fetch, name: string): Promise<Trace> {
  const response = await fetch(`/traces/${name}.json`);
  if (!response.ok) throw new Error(`Could not load the trace ${name} (${response.status}).`);
  const json: unknown = await response.json();
  // The browser gets the very file the prerender checked; checking it again cost ~190 ms of /lstm's start-up for its
  // one trace on a 4× slowed CPU (Lighthouse's phone), as measured in a CPU profile.
  return browser ? (json as Trace) : parseTrace(json);
}

/** One point of the /memory slider: a sentence with `gap` extra distractor tokens and each model's answer. */
export interface MemoryGap {
  gap: number;
  distance: number;
  text: string;
  countryPosition: number;
  tokens: string[];
  [model: string]: unknown;
}

/** Each memory model's output probabilities and per-token influence on one gap sentence. */
export interface GapAnswer {
  output: number[];
  influence: number[];
  maxAbsDiff: number;
  /** Per country swapped in for Ireland (the file's `swapped` order): [P(its language), top class index]. */
  swaps?: [number, number][];
}

/** Fetches /traces/memory-gaps.json. */
export async function loadMemoryGaps(
  fetch: typeof globalThis.fetch
): Promise<{ labels: string[]; swapped?: string[]; gaps: MemoryGap[] }> {
  const response = await fetch('/traces/memory-gaps.json');
  if (!response.ok) throw new Error(`Could not load the memory gaps (${response.status}).`);
  return response.json();
}
