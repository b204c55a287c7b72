// The memory experiment's results file, read at prerender and cut down to what /memory's figures draw.
import type { MemoryExperiment, Regime } from '$lib/core/experiment/types.js';
import type { ForgettingSeries } from '$lib/geometry/layout/forgetting-curve.js';
import {
  bandSeries,
  learningCurves,
  type LearningCurve
} from '$lib/geometry/layout/memory-experiment.js';
import type { Piece } from './figure.js';
import { REGIME_TITLES, memoryFindingPieces, trainedDistances } from './memory-findings.js';

/** One regime as the figures show it. */
export interface RegimeFigures {
  name: Regime;
  /** What the switch says, e.g. 'standard'. */
  label: string;
  description: string;
  series: ForgettingSeries[];
  curves: LearningCurve[];
}

/** Everything /memory's experiment section needs, small enough to inline in the page. */
export interface MemoryFigures {
  regimes: RegimeFigures[];
  chance: number;
  seeds: number[];
  epochs: number;
  heldOutSamples: number;
  /** The shortest and longest trained distance. */
  distances: [number, number];
  /** The findings, as pieces whose figures name their sources. */
  findings: Piece[][];
}

/** A one-line reason why `value` is not a memory experiment file, or undefined when it looks like one. */
export function experimentProblem(value: unknown): string | undefined {
  const file = value as Partial<MemoryExperiment> | null;
  if (typeof file !== 'object' || file === null) return 'it is not a JSON object';
  if (file.version !== 1) return `its version is ${String(file.version)}, not 1`;
  if (!file.protocol || !Array.isArray(file.protocol.cells)) return 'it has no protocol';
  if (!Array.isArray(file.runs) || file.runs.length === 0) return 'it has no runs';
  return undefined;
}

/** The figures' data for every regime the file has runs of. */
export function memoryFigures(experiment: MemoryExperiment, chance: number): MemoryFigures {
  const regimes = (['standard', 'curriculum'] as const)
    .filter((name) => experiment.runs.some((run) => run.regime === name))
    .map((name) => ({
      name,
      label: name,
      description: REGIME_TITLES[name],
      series: bandSeries(experiment, name),
      curves: learningCurves(experiment, name)
    }));
  return {
    regimes,
    chance,
    seeds: experiment.protocol.seeds,
    epochs: experiment.protocol.epochs,
    heldOutSamples: experiment.protocol.heldOut.samples,
    distances: trainedDistances(experiment),
    findings: memoryFindingPieces(experiment, chance)
  };
}

/** Fetches /experiments/memory.json with SvelteKit's fetch; throws one line when it is missing or malformed. */
export async function loadMemoryFigures(
  fetch: typeof globalThis.fetch,
  chance: number
): Promise<MemoryFigures> {
  const response = await fetch('/experiments/memory.json');
  if (!response.ok)
    throw new Error(`Could not load the memory experiment's results (${response.status}).`);
  const file: unknown = await response.json();
  const problem = experimentProblem(file);
  if (problem) throw new Error(`The memory experiment's results file is unusable: ${problem}.`);
  return memoryFigures(file as MemoryExperiment, chance);
}
