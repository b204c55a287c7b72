// The memory experiment's headline numbers, read at prerender from static/experiments/memory.json.
import { heldOutBands, runsOf, type Band } from '$lib/core/experiment/summary.js';
import type { MemoryExperiment } from '$lib/core/experiment/types.js';
import type { CellKind } from '$lib/core/trace/types.js';
import { trainedDistances } from './memory-findings.js';

/** Held-out accuracy across seeds at the shortest and longest distances, per cell, standard regime. */
export interface ExperimentHeadline {
  seeds: number;
  /** The shortest and longest trained distance. */
  distances: [number, number];
  /** Per cell: bands at 2–4 and 33–40 (standard regime), and 33–40 with the curriculum. */
  cells: Record<CellKind, { short: Band; long: Band; curriculumLong: Band }>;
}

/** The headline numbers of an experiment. */
export function experimentHeadline(experiment: MemoryExperiment): ExperimentHeadline {
  const band = (cell: CellKind, regime: 'standard' | 'curriculum', bucket: string) =>
    heldOutBands(runsOf(experiment, cell, regime)).find((b) => b.name === bucket)!;
  const cell = (kind: CellKind) => ({
    short: band(kind, 'standard', '2–4'),
    long: band(kind, 'standard', '33–40'),
    curriculumLong: band(kind, 'curriculum', '33–40')
  });
  return {
    seeds: experiment.protocol.seeds.length,
    distances: trainedDistances(experiment),
    cells: { simple_rnn: cell('simple_rnn'), lstm: cell('lstm'), gru: cell('gru') }
  };
}

/** Fetches the experiment file; call it from a server load, or prerender inlines the whole file into the page. */
export async function loadExperimentHeadline(
  fetch: typeof globalThis.fetch
): Promise<ExperimentHeadline> {
  const response = await fetch('/experiments/memory.json');
  if (!response.ok) throw new Error(`Could not load the memory experiment (${response.status}).`);
  return experimentHeadline((await response.json()) as MemoryExperiment);
}

/** A share as a whole percentage: 0.562 → "56 %". */
export function percent(share: number): string {
  return `${Math.round(share * 100)} %`;
}
