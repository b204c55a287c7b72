// Replays one recurrent layer (or a Bidirectional pair) in plain typed arrays and rebuilds the tensors tfjs would output.
import * as tf from '@tensorflow/tfjs';
import type { CellIntervention } from '../core/cells/intervention.js';
import { runCell, type RunOptions, type SequenceRun } from '../core/cells/run.js';
import type { CellSpec } from '../core/cells/weights.js';
import { UnrolledError } from '../core/errors.js';
import type { Direction } from '../core/trace/types.js';
import type { BidirectionalLike, RecurrentLayerLike } from './internals.js';

/** One direction of a replayed layer: the spec it ran and everything it recorded, in processing order. */
export interface ReplayedDirection {
  /** The name reported in the trace (the Bidirectional wrapper's name for both halves). */
  name: string;
  /** The tfjs layer that ran this direction (for the check probe). */
  layer: RecurrentLayerLike;
  /** Reading direction. */
  direction: Direction;
  /** What was replayed. */
  spec: CellSpec;
  /** The recorded states and gates, in processing order. */
  run: SequenceRun;
  /** The inputs x_t, token order, [steps, inputSize]. */
  inputs: Float32Array;
  /** What else the run started from: mask (token order) and initial states, for the float64 reference. */
  options: Pick<RunOptions, 'mask' | 'initialH' | 'initialC' | 'goBackwards'>;
}

/** Looks up (and caches) the CellSpec of a layer. */
export type SpecLookup = (layer: RecurrentLayerLike) => CellSpec;

/** The interventions that apply to one direction of a layer, by the name the trace reports (none when undefined). */
export type EditLookup = (name: string, direction: Direction) => CellIntervention[] | undefined;

interface DirectionResult {
  outputs: tf.Tensor[];
  replayed: ReplayedDirection;
}

function sequenceOf(x: tf.Tensor, layerName: string): { values: Float32Array; steps: number } {
  if (x.rank !== 3 || x.shape[0] !== 1) {
    throw new UnrolledError(
      'bad-input',
      `Layer "${layerName}" received an input of shape [${x.shape.join(', ')}]; unrolled traces one sequence at a time ([1, steps, features]).`,
      { layer: layerName }
    );
  }
  return { values: x.dataSync() as Float32Array, steps: x.shape[1]! };
}

function replayDirection(
  layer: RecurrentLayerLike,
  reportedName: string,
  x: tf.Tensor,
  mask: tf.Tensor | null,
  initialStates: tf.Tensor[] | undefined,
  specOf: SpecLookup,
  editsOf?: EditLookup
): DirectionResult {
  const spec = specOf(layer);
  const { values, steps } = sequenceOf(x, reportedName);
  const units = spec.weights.units;
  const stateful = layer.stateful ? (layer.states_ ?? undefined) : undefined;
  const initial = initialStates ?? stateful ?? undefined;
  const direction: Direction = layer.goBackwards ? 'backward' : 'forward';
  const options = {
    mask: mask ? mask.dataSync() : undefined,
    goBackwards: layer.goBackwards,
    initialH: initial?.[0] ? (initial[0].dataSync() as Float32Array) : undefined,
    initialC: initial?.[1] ? (initial[1].dataSync() as Float32Array) : undefined
  };
  const run = runCell(spec, values, steps, {
    ...options,
    interventions: editsOf?.(reportedName, direction)
  });
  const lastAt = (steps - 1) * units;
  const lastH = run.h.slice(lastAt, lastAt + units);
  const output = layer.returnSequences
    ? tf.tensor3d(run.h, [1, steps, units])
    : tf.tensor2d(lastH, [1, units]);
  const outputs = [output];
  if (layer.returnState) {
    outputs.push(tf.tensor2d(lastH, [1, units]));
    if (run.c) outputs.push(tf.tensor2d(run.c.slice(lastAt, lastAt + units), [1, units]));
  }
  return {
    outputs,
    replayed: {
      name: reportedName,
      layer,
      direction,
      spec,
      run,
      inputs: values,
      options
    }
  };
}

/** Replays a SimpleRNN, LSTM, GRU or RNN layer; returns the tensors tfjs's layer.call would and what it recorded. */
export function replayRecurrent(
  layer: RecurrentLayerLike,
  inputs: tf.Tensor[],
  mask: tf.Tensor | null,
  specOf: SpecLookup,
  editsOf?: EditLookup
): { outputs: tf.Tensor[]; replayed: ReplayedDirection[] } {
  const [x, ...states] = inputs;
  const result = replayDirection(
    layer,
    layer.name,
    x!,
    mask,
    states.length ? states : undefined,
    specOf,
    editsOf
  );
  return { outputs: result.outputs, replayed: [result.replayed] };
}

/** Replays both halves of a Bidirectional layer and merges them exactly as tfjs's Bidirectional.call does. */
export function replayBidirectional(
  layer: BidirectionalLike,
  inputs: tf.Tensor[],
  mask: tf.Tensor | null,
  specOf: SpecLookup,
  editsOf?: EditLookup
): { outputs: tf.Tensor[]; replayed: ReplayedDirection[] } {
  const [x, ...states] = inputs;
  const half = states.length / 2;
  const forward = replayDirection(
    layer.forwardLayer,
    layer.name,
    x!,
    mask,
    states.length ? states.slice(0, half) : undefined,
    specOf,
    editsOf
  );
  const backward = replayDirection(
    layer.backwardLayer,
    layer.name,
    x!,
    mask,
    states.length ? states.slice(half) : undefined,
    specOf,
    editsOf
  );
  const [y, ...forwardStates] = forward.outputs as [tf.Tensor, ...tf.Tensor[]];
  const [backwardOutput, ...backwardStates] = backward.outputs as [tf.Tensor, ...tf.Tensor[]];
  // The backward half runs last token first; with sequences, tfjs flips it back so both halves align to tokens.
  const yRev = layer.forwardLayer.returnSequences ? tf.reverse(backwardOutput, 1) : backwardOutput;
  const merged = mergeHalves(layer.mergeMode, y, yRev);
  const outputs = layer.forwardLayer.returnState
    ? [...merged, ...forwardStates, ...backwardStates]
    : merged;
  return { outputs, replayed: [forward.replayed, backward.replayed] };
}

function mergeHalves(
  mode: BidirectionalLike['mergeMode'],
  y: tf.Tensor,
  yRev: tf.Tensor
): tf.Tensor[] {
  switch (mode) {
    case 'concat':
      return [tf.concat([y, yRev], -1)];
    case 'sum':
      return [tf.add(y, yRev)];
    case 'ave':
      return [tf.mul(0.5, tf.add(y, yRev))];
    case 'mul':
      return [tf.mul(y, yRev)];
    default:
      return [y, yRev];
  }
}
