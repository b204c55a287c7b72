// Back-propagation through one replayed recurrent node (a layer or a Bidirectional pair), in core's plain arithmetic.
import * as tf from '@tensorflow/tfjs';
import { backwardCell, type SequenceGradients } from '../../core/cells/backward/run.js';
import { splitMergeGradient } from '../../core/cells/backward/merge.js';
import type { BidirectionalLike, LayerLike, RecurrentLayerLike } from '../internals.js';
import type { ReplayedDirection } from '../replay.js';
import type { RecurrentRecord } from './forward.js';

/** What one recurrent node sends back: gradients for its input tensors and each direction's step gradients. */
export interface RecurrentBackward {
  /** ∂y/∂ each of the node's inputs (x, then any initial states); undefined where there is none. */
  inputs: (tf.Tensor | undefined)[];
  /** One entry per replayed direction, in the record's order. */
  directions: SequenceGradients[];
}

const values = (dy: tf.Tensor | undefined) => (dy ? Float64Array.from(dy.dataSync()) : undefined);

/** Adds a state output's gradient to the last processed step. */
function addToLast(into: Float64Array, dy: Float64Array | undefined, units: number): void {
  if (!dy) return;
  const at = into.length - units;
  for (let k = 0; k < units; k++) into[at + k]! += dy[k]!;
}

/** A direction's output gradient, [steps, units] in processing order, from its own output tensor's gradient. */
function directOutput(
  layer: RecurrentLayerLike,
  dy: Float64Array | undefined,
  steps: number,
  units: number
) {
  const d = new Float64Array(steps * units);
  if (dy) d.set(dy, layer.returnSequences ? 0 : (steps - 1) * units);
  return d;
}

function initialStates(
  layer: RecurrentLayerLike,
  given: tf.Tensor[]
): (Float32Array | undefined)[] {
  const states = given.length ? given : layer.stateful ? (layer.states_ ?? []) : [];
  return [0, 1].map((i) => states[i]?.dataSync() as Float32Array | undefined);
}

function backOne(
  replayed: ReplayedDirection,
  dOutputs: Float64Array,
  stateGradients: (Float64Array | undefined)[],
  givenStates: tf.Tensor[]
): SequenceGradients {
  const { layer, spec, run, inputs } = replayed;
  addToLast(dOutputs, stateGradients[0], run.units);
  const [initialH, initialC] = initialStates(layer, givenStates);
  return backwardCell(
    spec,
    inputs,
    run,
    { dOutputs, dFinalC: stateGradients[1] },
    { goBackwards: layer.goBackwards, initialH, initialC }
  );
}

/** Back-propagates output gradients `dys` (one per output tensor of the node) through a replayed node. */
export function recurrentBackward(
  layer: LayerLike,
  record: RecurrentRecord,
  dys: (tf.Tensor | undefined)[]
): RecurrentBackward {
  const [x, ...states] = record.inputs;
  const [first, second] = record.replayed as [ReplayedDirection, ReplayedDirection | undefined];
  const { steps, units } = first.run;
  const stateCount = first.spec.kind === 'lstm' ? 2 : 1;
  const grads = dys.map(values);
  let directions: SequenceGradients[];
  let stateInputs: tf.Tensor[][];
  if (!second) {
    const rnn = layer as RecurrentLayerLike;
    const dOutputs = directOutput(rnn, grads[0], steps, units);
    stateInputs = [states];
    directions = [backOne(first, dOutputs, grads.slice(1, 1 + stateCount), states)];
  } else {
    const pair = layer as BidirectionalLike;
    const merged = pair.mergeMode == null ? 2 : 1;
    const split = splitMergeGradient(
      pair.mergeMode ?? null,
      grads.slice(0, merged),
      first.run,
      second.run,
      steps,
      units,
      pair.forwardLayer.returnSequences
    );
    const half = states.length / 2;
    stateInputs = [states.slice(0, half), states.slice(half)];
    const stateGrads = grads.slice(merged);
    directions = [
      backOne(first, split.forward, stateGrads.slice(0, stateCount), stateInputs[0]!),
      backOne(second, split.backward, stateGrads.slice(stateCount), stateInputs[1]!)
    ];
  }
  const dx = new Float32Array(x!.size);
  for (const direction of directions) direction.dx.forEach((v, i) => (dx[i]! += v));
  const inputs: (tf.Tensor | undefined)[] = [tf.tensor(dx, x!.shape)];
  directions.forEach((direction, d) => {
    const given = stateInputs[d] ?? [];
    if (given[0]) inputs.push(tf.tensor(Float32Array.from(direction.dInitialH), given[0].shape));
    if (given[1] && direction.dInitialC)
      inputs.push(tf.tensor(Float32Array.from(direction.dInitialC), given[1].shape));
  });
  return { inputs, directions };
}
