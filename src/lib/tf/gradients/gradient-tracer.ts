// Exact gradients of one model output with respect to every step of every recurrent layer.
import * as tf from '@tensorflow/tfjs';
import type { SequenceGradients } from '../../core/cells/backward/run.js';
import type { CellSpec } from '../../core/cells/weights.js';
import { UnrolledError } from '../../core/errors.js';
import { gradientNorms } from '../../core/gradients/norms.js';
import type { CellKind, Direction, TraceGradients } from '../../core/trace/types.js';
import { cellSpecOf } from '../extract.js';
import { influenceTarget, squashedOutputNode } from '../influence.js';
import { inputSpecOf, prepareInput, type InputSpec, type TraceInput } from '../input.js';
import type { ContainerLike, GraphNode, RecurrentLayerLike } from '../internals.js';
import type { ReplayedDirection } from '../replay.js';
import { graphOf } from '../tracer.js';
import { forwardPass } from './forward.js';
import { backwardGraph } from './graph-backward.js';
import { liveTensors } from './live.js';

/** Options of one gradient computation. */
export interface GradientOptions {
  /** Which entry of the flattened first output to differentiate. @default the largest (top class or single score) */
  output?: number;
}

/** The full gradient vectors of one direction of one recurrent layer, every array in token order. */
export interface DirectionGradients {
  /** The layer's name (a Bidirectional layer's name for both halves). */
  name: string;
  /** Reading direction. */
  direction: Direction;
  /** The cell kind. */
  cell: CellKind;
  /** Number of steps. */
  steps: number;
  /** ∂y/∂x_t, [steps, inputSize]. */
  dx: Float64Array;
  /** ∂y/∂h_t, [steps, units]. */
  dh: Float64Array;
  /** ∂y/∂c_t, [steps, units] (LSTM). */
  dc?: Float64Array;
}

/** The gradient of one output y of a model with respect to every recurrent step. */
export interface ModelGradients {
  /** The flattened output index differentiated. */
  output: number;
  /** Whether y is that entry's logit (before a final softmax or sigmoid) or the entry itself. */
  of: 'logit' | 'output';
  /** y itself for this input. */
  value: number;
  /** One entry per recurrent direction, in trace order. */
  layers: DirectionGradients[];
}

function targetIndex(values: Float32Array, requested: number | undefined): number {
  if (requested === undefined) return influenceTarget(values);
  if (!Number.isInteger(requested) || requested < 0 || requested >= values.length) {
    throw new UnrolledError(
      'bad-input',
      `--output must be a whole number from 0 to ${values.length - 1} (the model has ${values.length} output${values.length === 1 ? '' : 's'}), got ${requested}.`
    );
  }
  return requested;
}

function fromDirection(
  direction: ReplayedDirection,
  found: SequenceGradients | undefined
): DirectionGradients {
  const { steps, units } = direction.run;
  const lstm = direction.spec.kind === 'lstm';
  return {
    name: direction.name,
    direction: direction.direction,
    cell: direction.spec.kind,
    steps,
    dx: found?.dx ?? new Float64Array(steps * direction.spec.weights.inputSize),
    dh: found?.dh ?? new Float64Array(steps * units),
    dc: lstm ? (found?.dc ?? new Float64Array(steps * units)) : undefined
  };
}

/**
 * Back-propagates one output of a model through its replay: recurrent layers in core's exact arithmetic, the layers
 * around them (the Dense head, Dropout, merges) through tfjs's own gradients. Prepares the model once.
 */
export class GradientTracer {
  /** The model. */
  readonly model: tf.LayersModel;
  /** What the model expects as input. */
  readonly input: InputSpec;
  private readonly container: ContainerLike;
  private readonly logitsNode: GraphNode | undefined;
  private readonly live: Set<number>;
  private readonly specs = new Map<RecurrentLayerLike, CellSpec>();

  /** Inspects the model; throws a typed error for a model with no recurrent layer or an unsupported one. */
  constructor(model: tf.LayersModel) {
    this.model = model;
    this.container = graphOf(model);
    this.input = inputSpecOf(this.container);
    const inputs = this.container.inputs.length;
    if (inputs > 1) {
      throw new UnrolledError(
        'unsupported-layer',
        `The model has ${inputs} inputs; unrolled takes gradients of models with one input.`
      );
    }
    this.logitsNode = squashedOutputNode(this.container);
    this.live = liveTensors(this.container);
    if (this.live.size === 0) {
      throw new UnrolledError(
        'unsupported-layer',
        'The model has no SimpleRNN, LSTM, GRU or Bidirectional layer: no recurrent step to differentiate.'
      );
    }
  }

  private specOf = (layer: RecurrentLayerLike): CellSpec => {
    let spec = this.specs.get(layer);
    if (!spec) {
      spec = cellSpecOf(layer);
      this.specs.set(layer, spec);
    }
    return spec;
  };

  /** ∂y/∂x_t, ∂y/∂h_t (and ∂y/∂c_t) for every step of every recurrent direction, as full vectors. */
  gradients(input: TraceInput, options: GradientOptions = {}): ModelGradients {
    const { tensor } = prepareInput(this.input, input);
    let result: ModelGradients | undefined;
    try {
      tf.tidy(() => {
        const forward = forwardPass(this.container, tensor, this.specOf, this.logitsNode);
        const flat = forward.output.dataSync() as Float32Array;
        const output = targetIndex(flat, options.output);
        const seed = new Float32Array(flat.length);
        seed[output] = 1;
        const grads = new Map([
          [this.container.outputs[0]!.id, tf.tensor(seed, forward.output.shape)]
        ]);
        const found = new Map<ReplayedDirection, SequenceGradients>();
        backwardGraph(this.container, forward, grads, this.live, found);
        result = {
          output,
          of: this.logitsNode ? 'logit' : 'output',
          value: flat[output]!,
          layers: forward.directions.map((direction) =>
            fromDirection(direction, found.get(direction))
          )
        };
      });
    } finally {
      tensor.dispose();
    }
    return result!;
  }

  /** The same gradients as norms per step, in the trace's form. */
  norms(input: TraceInput, options: GradientOptions = {}): TraceGradients {
    return toTraceGradients(this.gradients(input, options));
  }
}

/** Per-step norms of full gradients, in the trace's form. */
export function toTraceGradients(gradients: ModelGradients): TraceGradients {
  return {
    output: gradients.output,
    of: gradients.of,
    layers: gradients.layers.map((layer) => ({
      name: layer.name,
      direction: layer.direction,
      steps: gradientNorms(layer)
    }))
  };
}
